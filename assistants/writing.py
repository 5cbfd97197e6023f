"""Drafting requests: what a writing model is asked, how many tokens it may write, how freely.

One home for the writer's rules, used by the Draft page and by ``atelier draft`` /
``atelier rewrite`` alike (no Qt here):

- :func:`template_draft`: a first draft from a template and its resolved variables;
  :func:`prepare_template_draft` finds the template and resolves its variables from the store
  for the command line (the page resolves them into its form, which the person edits).
- :func:`rewrite`: a text made shorter, longer, more formal, friendlier, corrected, or
  translated (``kind="translate"``, ``to=`` a language code).
- :func:`continue_text`: the model writes on from the end of a text.

Each returns a :class:`WritingRequest`: the chat messages for
``assistants.generation.stream_generate``, ``max_new_tokens`` and ``temperature``. The prompts
are in the interface's language (``INSTRUCTIONS``: prompts, not interface text); the text the
model writes keeps the language of the text it was given.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from storage.drafts import count_words
from storage.errors import ValidationError
from storage.phrases import Phrase
from storage.tables import Order
from storage.templates import (
    LANGUAGE_NAMES,
    Template,
    get_template,
    language_name,
    render,
    resolve_variables,
)

DEFAULT_MAX_TOKENS = 600  # a first draft when the template names no number of words
MAX_TOKENS = 2048  # no request asks for more
CONTINUE_TOKENS = 256
REWRITES = ("shorter", "longer", "formal", "friendly", "grammar")
TRANSLATIONS = ("fr", "en")  # the languages the Draft page offers to translate a selection into
TOKENS_PER_WORD = 1.6

_WORD_UNIT = re.compile(r"\b(?:words?|mots?)\b", re.IGNORECASE)
_NUMBER = re.compile(r"\d+")

# How much longer than the text a rewrite may be (in words), and how freely it is written.
_LENGTH_FACTOR = {"shorter": 1.0, "longer": 3.0, "translate": 2.0}
_DEFAULT_FACTOR = 1.6
_TEMPERATURE = {"grammar": 0.3, "translate": 0.3}
_DEFAULT_TEMPERATURE = 0.7
_AGAIN_TEMPERATURE = 0.9  # Regenerate: the same request, written differently

# What the model is asked, in the interface's language (prompts, not interface text).
INSTRUCTIONS: dict[str, dict[str, str]] = {
    "en": {
        "system": "You are a careful editor for a freelancer. Answer with the text asked "
                  "for only: no preamble, no quotation marks, no notes.",
        "shorter": "Rewrite this text shorter, keeping its meaning and its language:",
        "longer": "Rewrite this text longer and more detailed, keeping its meaning, its tone "
                  "and its language:",
        "formal": "Rewrite this text in a more formal tone, keeping its meaning and its "
                  "language:",
        "friendly": "Rewrite this text in a friendlier, warmer tone, keeping its meaning and "
                    "its language:",
        "grammar": "Correct the grammar, spelling and punctuation of this text. Change "
                   "nothing else and keep its language:",
        "translate": "Translate this text into {language}, keeping its meaning, its tone and "
                     "its line breaks:",
        "continue": "Here is the beginning of a text. Continue it from where it stops, in "
                    "the same language, tone and style, without repeating the beginning:",
    },
    "fr": {
        "system": "Tu es un relecteur attentif au service d'un ou d'une freelance. Réponds "
                  "uniquement par le texte demandé : pas de préambule, pas de guillemets, "
                  "pas de commentaire.",
        "shorter": "Réécris ce texte plus court, en gardant son sens et sa langue :",
        "longer": "Réécris ce texte plus long et plus détaillé, en gardant son sens, son ton "
                  "et sa langue :",
        "formal": "Réécris ce texte sur un ton plus formel, en gardant son sens et sa "
                  "langue :",
        "friendly": "Réécris ce texte sur un ton plus chaleureux, en gardant son sens et sa "
                    "langue :",
        "grammar": "Corrige la grammaire, l'orthographe et la ponctuation de ce texte. Ne "
                   "change rien d'autre et garde sa langue :",
        "translate": "Traduis ce texte en {language}, en gardant son sens, son ton et ses "
                     "retours à la ligne :",
        "continue": "Voici le début d'un texte. Continue-le là où il s'arrête, dans la même "
                    "langue, le même ton et le même style, sans répéter le début :",
    },
}


@dataclass(frozen=True)
class WritingRequest:
    """What to ask a writing model: ``kind`` is ``generate``, ``continue``, a rewrite
    (``shorter``…) or ``translate-<code>`` (the note a model version keeps)."""

    kind: str
    messages: list[dict[str, str]]
    max_new_tokens: int
    temperature: float


def prompt_language(lang: str) -> str:
    """The language the instructions are written in: the interface's when there are
    instructions in it, else English."""
    return lang if lang in INSTRUCTIONS else "en"


def rewrite_kinds() -> tuple[str, ...]:
    """Every ``kind`` :func:`rewrite` takes."""
    return (*REWRITES, "translate")


def target_words(length: str) -> int:
    """The number of words a ``{length}`` value asks for ("about 150 words" → 150, "120 to
    180 words" → 180, "moins de 100 mots" → 100); 0 when it names no number of words."""
    if not _WORD_UNIT.search(length or ""):
        return 0
    numbers = _NUMBER.findall(length)
    return int(numbers[-1]) if numbers else 0


def target_state(words: int, target: int) -> str:
    """How a text of ``words`` words stands against a ``target`` length: ``over`` (more than
    10 % over), ``met`` (within 10 % under to 10 % over), else ``short``."""
    if words > target * 1.1:
        return "over"
    return "met" if words >= target * 0.9 else "short"


def draft_tokens(words: int) -> int:
    """The token budget of a first draft of about ``words`` words (0: no target)."""
    if not words:
        return DEFAULT_MAX_TOKENS
    return min(max(int(words * TOKENS_PER_WORD) + 64, 64), MAX_TOKENS)


def _capped(tokens: int, cap: int | None) -> int:
    return min(tokens, cap) if cap is not None else tokens


def template_draft(template: Template, values: Mapping[str, str | None], *,
                   target: int = 0, again: bool = False,
                   max_new_tokens: int | None = None) -> WritingRequest:
    """A first draft from ``template`` filled with ``values``; ``target``: the words the
    text should have (the budget follows it); ``again``: Regenerate, written more freely;
    ``max_new_tokens``: a cap on the budget. A variable without a value raises
    ValidationError named after it (``storage.templates.render``)."""
    return draft_request(render(template, values), target=target, again=again,
                         max_new_tokens=max_new_tokens)


def draft_request(messages: list[dict[str, str]], *, target: int = 0, again: bool = False,
                  max_new_tokens: int | None = None) -> WritingRequest:
    """A first draft from messages a template gave (Regenerate asks them ``again``)."""
    return WritingRequest("generate", list(messages),
                          _capped(draft_tokens(target), max_new_tokens),
                          _AGAIN_TEMPERATURE if again else _DEFAULT_TEMPERATURE)


class MissingValue(ValidationError):
    """A variable of the template has no value; ``field`` is the variable."""


@dataclass(frozen=True)
class TemplateDraft:
    """A template resolved for ``atelier draft``: its request and the draft's title."""

    template: Template
    values: dict[str, str]
    request: WritingRequest
    title: str


def prepare_template_draft(s: Session, template_id: str, lang: str, *,
                           order_id: int | None = None,
                           overrides: Mapping[str, str] | None = None,
                           max_new_tokens: int | None = None,
                           temperature: float | None = None) -> TemplateDraft:
    """Find the template ``template_id`` in ``lang``, resolve its variables (the order's,
    then ``overrides``) and build its request. An unknown template, order or variable
    raises ValidationError naming it, a variable left without a value MissingValue."""
    overrides = dict(overrides or {})
    template = get_template(s, template_id, lang)
    unknown = sorted(set(overrides) - set(template.variables))
    if unknown:
        raise ValidationError(unknown[0], Phrase(
            "The template “{template}” has no variable {unknown}; its variables are: "
            "{variables}.", template=template.id, unknown=", ".join(unknown),
            variables=", ".join(template.variables)))
    values = resolve_variables(s, template, order_id=order_id, overrides=overrides)
    try:
        request = template_draft(template, values, max_new_tokens=max_new_tokens)
    except ValidationError as exc:
        raise MissingValue(exc.field, exc.message) from None
    if temperature is not None:
        request = WritingRequest(request.kind, request.messages, request.max_new_tokens,
                                 temperature)
    order = s.get(Order, order_id) if order_id is not None else None
    title = f"{template.title} — {order.title}" if order else template.title
    return TemplateDraft(template, values, request, title)


def _messages(prompts: Mapping[str, str], instruction: str, text: str) -> list[dict[str, str]]:
    return [{"role": "system", "content": prompts["system"]},
            {"role": "user", "content": f"{instruction}\n\n{text}"}]


def continue_text(text: str, lang: str = "en") -> WritingRequest:
    """Continue: the model writes on from the end of ``text`` (instructions in ``lang``)."""
    if not text.strip():
        raise ValidationError("text", "Write or generate some text first.")
    prompts = INSTRUCTIONS[prompt_language(lang)]
    return WritingRequest("continue", _messages(prompts, prompts["continue"], text),
                          CONTINUE_TOKENS, _DEFAULT_TEMPERATURE)


def translation_target(to: str) -> str:
    """The language code ``to`` names ("FR", "fr-CA" → "fr"); ValidationError("to") when
    Atelier does not know it."""
    code = re.split(r"[-_]", (to or "").strip().lower())[0]
    if code not in LANGUAGE_NAMES:
        raise ValidationError("to", Phrase("Atelier does not know the language “{language}”: "
                                           "give one of {languages}.", language=to,
                                           languages=", ".join(LANGUAGE_NAMES)))
    return code


def rewrite(kind: str, text: str, lang: str = "en", *, to: str | None = None) -> WritingRequest:
    """Rewrite ``text`` (its blank ends left out): ``kind`` is one of ``REWRITES`` or
    ``translate`` with ``to`` a language code (``translate-fr`` is taken too); instructions
    in ``lang``. The budget grows with the text's words; a translation and a grammar fix
    are written with little freedom."""
    if kind.startswith("translate-") and to is None:
        kind, to = "translate", kind.removeprefix("translate-")
    if kind not in rewrite_kinds():
        raise ValidationError("kind", Phrase("There is no rewrite “{kind}”: choose one of "
                                             "{kinds}.", kind=kind,
                                             kinds=", ".join(rewrite_kinds())))
    if kind == "translate" and not to:
        raise ValidationError("to", "Say which language to translate into.")
    if kind != "translate" and to:
        raise ValidationError("to", "Only a translation takes a language to translate into.")
    core = text.strip()
    if not core:
        raise ValidationError("text", "There is no text to rewrite.")
    lang = prompt_language(lang)
    prompts = INSTRUCTIONS[lang]
    if kind == "translate":
        code = translation_target(to or "")
        instruction = prompts["translate"].format(language=language_name(code, lang))
        note = f"translate-{code}"
    else:
        instruction, note = prompts[kind], kind
    factor = _LENGTH_FACTOR.get(kind, _DEFAULT_FACTOR)
    tokens = min(max(int(count_words(core) * factor * TOKENS_PER_WORD) + 32, 32), MAX_TOKENS)
    return WritingRequest(note, _messages(prompts, instruction, core), tokens,
                          _TEMPERATURE.get(kind, _DEFAULT_TEMPERATURE))


def split_selection(selected: str) -> tuple[str, str, str]:
    """A selection as (leading blanks, the words, trailing blanks): the model rewrites the
    words, the blanks around them stay."""
    core = selected.strip()
    lead = selected[: len(selected) - len(selected.lstrip())]
    trail = selected[len(selected.rstrip()):] if core else ""
    return lead, core, trail
