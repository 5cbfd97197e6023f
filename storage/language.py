"""The language of a buyer request: French, English or Arabic, from its script and its small
words (stopwords). Short texts count: "logo pour ma boulangerie" is French, "need a logo"
is English. Québec French has its own small words ("pis", "tsé", "icitte", "courriel").

A text that gives no sign either way is "" (the inbox then shows no language).
"""

from __future__ import annotations

import re

__all__ = ["STOPWORDS", "detect_language", "words"]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_FRENCH_LETTERS = re.compile(r"[éèêàâçîïôûùœë]", re.IGNORECASE)



def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_FR = _wordset("""
le la les un une des du de d l au aux et ou mais donc car ni je j tu il elle on nous vous ils
elles me m te t se s moi toi lui leur leurs mon ma mes ton ta tes son sa ses notre nos votre
vos ce cet cette ces ça cela qui que qu quoi dont où pour par avec sans sur sous dans chez
entre vers est sont suis êtes sommes était être avoir ai as avons avez ont fait faire faut
pas ne n plus très bien aussi comme si y en c merci bonjour bonsoir salut besoin voudrais
veux souhaite cherche svp stp alors puis après avant tout tous toute toutes même autre
quel quelle quels quelles combien pourquoi comment quand déjà encore
pis tsé icitte chu pantoute ben faque courriel magasiner fin allo
""")

_EN = _wordset("""
the a an and or but so nor i me my mine you your yours he him his she her it its we us our
they them their this that these those who whom which what where when why how is are am was
were be been being have has had do does did will would shall should can could may might must
of to in on at by for with without from into about over under than then there here not no
yes all any some each every more most very just also too only own same please thanks thank
hi hello hey dear need needs want wants looking like would i'm i'd i'll it's don't can't
""")

_AR = _wordset("""
في من على إلى الى عن مع هذا هذه ذلك تلك التي الذي الذين أن ان إن لا ما لم لن هل كان كانت
هو هي هم أنا انا نحن أنت انت كل بعض أو او ثم قد لقد عند بين حتى إذا اذا لكن أريد اريد
""")

#: Words too common to find anything by: dropped from a request's keyword query.
STOPWORDS = _FR | _EN | _AR


def words(text: str) -> list[str]:
    """The words of `text`, lower case (apostrophes inside a word kept: "aujourd'hui")."""
    return [w.lower() for w in _WORD.findall(text)]


def _split_elision(word: str) -> list[str]:
    # French elision: "l'image" → "l", "image"; "j'ai" → "j", "ai". English "it's" stays whole.
    if word in _EN:
        return [word]
    head, sep, tail = word.replace("’", "'").partition("'")
    return [head, tail] if sep and tail else [word]


def detect_language(text: str) -> str:
    """"fr", "en", "ar", or "" when the text gives no sign (no words, or a tie)."""
    arabic = len(_ARABIC.findall(text))
    latin = len(_LATIN.findall(text))
    if arabic and arabic >= latin:
        return "ar"
    fr = en = 0
    for word in words(text):
        for part in _split_elision(word):
            fr += part in _FR
            en += part in _EN
    # Accented letters only French uses tip a close call ("café logo design" is not French,
    # "création logo" is).
    accents = len(_FRENCH_LETTERS.findall(text))
    fr_score = fr + min(accents, 3) * 0.5
    if fr_score == 0 and en == 0:
        return "ar" if arabic else ""
    if fr_score > en:
        return "fr"
    if en > fr_score:
        return "en"
    return ""
