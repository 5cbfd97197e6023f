"""Red flags in a buyer request: the words that should make a freelancer careful.

``find_flags(text, …)`` returns a ``storage.matching.Flag`` (defined in storage.match_shapes)
for each place in the request that raised one, with the exact words (``Flag.text`` is a slice
of the request, so a page can highlight it). The kinds:

- ``off_platform_payment``: paying outside the platform (PayPal, Western Union, a wire or bank
  transfer, crypto, "pay outside Fiverr", "payer en dehors de la plateforme", "virement
  direct", ادفع خارج…). "I will pay through Fiverr" is not one.
- ``off_platform_contact``: an e-mail address (a signature's counts too), a phone number,
  WhatsApp/Telegram/Skype/Discord/Viber/WeChat, "contact me outside/directly", "mon numéro"…
- ``free_sample``: "free sample", "free test", "échantillon gratuit", "test gratuit", عينة
  مجانية… — not when denied ("no free sample", "pas d'échantillon gratuit").
- ``unpaid_test``: "unpaid test", "test task before hiring", "test non rémunéré", "test avant
  de vous choisir"… — not a "paid test task before hiring".
- ``short_deadline``: a deadline stated in the text ("in 24 hours", "by tomorrow", "within 2
  days", "sous 48 h", "d'ici demain", "pour ce soir", خلال 24 ساعة…) shorter than the gig's
  ``delivery_days``. "ASAP", "urgent", "dès que possible", مستعجل count as one day, and only
  when the text states no explicit deadline ("not urgent", "pas pressé" do not count). A
  weekday ("by Friday", "avant vendredi") counts only when ``today`` is given. Without
  ``delivery_days`` no deadline is flagged.
- ``low_budget``: a budget stated in the text ("$5", "5 €", "10 USD", "budget: 50 dirhams",
  "100 $ CA", "MAD 300") *far below* the similar orders' prices: below half their median
  (``LOW_BUDGET_SHARE``), the median of ``similar_prices_minor`` (in ``currency``). A budget in
  another currency is compared only when ``rates`` gives that currency's value in
  ``currency`` (one unit of it = rate units of ``currency``); otherwise it is not comparable
  and raises nothing. An amount with no currency ("budget: 50") is not a budget here.

French, English and the common Arabic/Darija words are looked for whatever ``language`` says
(requests mix them). The text is untrusted: only its first ``SCAN_LIMIT`` characters are read,
and every pattern is bounded (no nested repetition), so a long adversarial text costs a linear
scan of at most that many characters.

``FLAG_NAMES`` and ``FLAG_EXPLANATIONS`` word each kind for the person (Phrases, translated in
the "storage" context: desktop/storage_messages.py lists them).
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from storage.match_shapes import Flag
from storage.money import CURRENCY_EXPONENTS, convert
from storage.phrases import Phrase

SCAN_LIMIT = 20_000  # characters of a request that are read
LOW_BUDGET_SHARE = Decimal("0.5")  # a budget below half the similar orders' median is low
ASAP_DAYS = 1.0  # "ASAP", "urgent": as good as a one-day deadline

KINDS = ("off_platform_payment", "off_platform_contact", "free_sample", "unpaid_test",
         "short_deadline", "low_budget")

FLAG_NAMES: dict[str, Phrase] = {
    "off_platform_payment": Phrase("Payment outside the platform"),
    "off_platform_contact": Phrase("Contact outside the platform"),
    "free_sample": Phrase("Free sample asked"),
    "unpaid_test": Phrase("Unpaid test"),
    "short_deadline": Phrase("Deadline shorter than your delivery time"),
    "low_budget": Phrase("Budget far below your similar orders"),
}

FLAG_EXPLANATIONS: dict[str, Phrase] = {
    "off_platform_payment": Phrase(
        "Paying outside the platform breaks its terms, can close your account, and leaves "
        "you with no protection if the buyer never pays."),
    "off_platform_contact": Phrase(
        "The request gives or asks for a way to talk outside the platform (e-mail, phone, "
        "messaging app): platforms forbid it and it is the usual first step of a scam."),
    "free_sample": Phrase(
        "The buyer asks for work for free before ordering: your portfolio and gig samples "
        "should be enough."),
    "unpaid_test": Phrase(
        "The buyer wants a test task without paying for it: unpaid tests are often free "
        "work that never leads to an order."),
    "short_deadline": Phrase(
        "The deadline in the request is shorter than the delivery time of the gig: say what "
        "you can deliver, or charge for the rush."),
    "low_budget": Phrase(
        "The budget is below half of what your similar orders paid: it will likely pay "
        "less than your minimum rate."),
}

_FLAGS = re.IGNORECASE | re.UNICODE

# --- words ---------------------------------------------------------------------------------

_PLATFORM = (r"(?:fiverr|upwork|malt|comeup|5euros|freelancer(?:\.com)?|peopleperhour|"
             r"(?:the\s+|this\s+|la\s+|cette\s+)?(?:platform|plateforme|site|website|app|"
             r"application))")
_NOT_PLATFORM = r"(?!(?:fiverr|upwork|malt|comeup|5euros)\b)"
_PAY_EN = r"(?:pay|pays|paid|paying|payment|payments)"
_PAY_FR = (r"(?:payer|paye|payé|payée|payés|paie|paierai|paierais|paiera|paierons|payerai|"
           r"payons|paiement|paiements|payement|régler|règlement|réglerai)")
_CONTACT_EN = (r"(?:contact|reach|message|text|call|e-?mail|write\s+to|talk\s+to|chat\s+with|"
               r"add)")
_CONTACT_FR = (r"(?:contacte[rz]?|contactez|écri(?:re|s|vez)|appel(?:er|le|lez)|"
               r"parler|discuter|joindre|ajoute[rz]?)")

_PAYMENT_PATTERNS = [
    r"\bpay\s?pal\b", r"\bwestern\s+union\b", r"\bmoney\s?gram\b", r"\bpayoneer\b",
    r"\bskrill\b", r"\bzelle\b", r"\bvenmo\b", r"\bcash\s?app\b", r"\brevolut\b",
    r"\bwafacash\b", r"\bcash\s?plus\b", r"\bcrypto(?:currency|currencies|s|monnaies?)?\b",
    r"\bbitcoins?\b", r"\bbtc\b", r"\busdt\b", r"\bethereum\b", r"\bbinance\b",
    r"\b(?:wire|bank|direct)\s+transfers?\b", r"\bwire\s+(?:the\s+)?money\b",
    r"\bvirements?\s+(?:bancaires?|directs?|sur\s+(?:votre|ton|mon)\s+compte)\b",
    r"\bpar\s+virement\b", r"\btransfert\s+(?:bancaire|direct)\b",
    # "pay you outside Fiverr", "payment directly", "pay in cash"
    rf"\b{_PAY_EN}\b(?:\s+{_NOT_PLATFORM}[\w'’]+){{0,3}}?\s+"
    rf"(?:outside(?:\s+of)?(?:\s+{_PLATFORM})?|off\s+(?:of\s+)?{_PLATFORM}|in\s+cash|"
    rf"direct(?:ly)?\b(?!\s+(?:by|through|via|on|from|in)\s+{_PLATFORM}))",
    rf"\b{_PAY_FR}\b(?:\s+{_NOT_PLATFORM}[\w'’]+){{0,3}}?\s+"
    r"(?:en\s+dehors|hors|en\s+direct|"
    rf"directement\b(?!\s+(?:sur|via|par|depuis|avec)\s+{_PLATFORM})|"
    rf"en\s+(?:liquide|espèces)|cash)(?:\s+(?:de\s+|du\s+)?{_PLATFORM})?",
    r"\bpaiement\s+(?:direct|hors\s+plateforme)\b",
    # Arabic, Darija
    r"ادفع\s*(?:لك\s*)?خارج", r"الدفع\s*خارج", r"دفع\s*مباشر", r"باي\s?بال", r"ويسترن\s*يونيون",
    r"تحويل\s*بنكي", r"نخلصك\s*(?:برا|برة|خارج)", r"خلص(?:ني|ك)?\s*برا",
]

_CONTACT_PATTERNS = [
    # an e-mail address: the lookbehind starts it only at a word's start (linear scan)
    r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}",
    r"\b[\w.-]{1,64}\s*(?:\[at\]|\(at\)|\s+at\s+)\s*(?:gmail|yahoo|hotmail|outlook|icloud|"
    r"proton(?:mail)?|live)\s*(?:\.|\[dot\]|\(dot\)|\s+dot\s+)\s*(?:com|fr|net|ma|ca)\b",
    # phone numbers: international (+ or 00), national (0…), North American
    r"(?<![\w+])(?:\+|00)\d[\d \t().-]{7,18}\d(?!\w)",
    r"(?<![\w+.,])\(?0\d\)?(?:[ .-]?\d{2}){4}(?!\w)",
    r"(?<![\w+])\(\d{3}\)\s?\d{3}[\s.-]?\d{4}(?!\w)",
    r"(?<![\w+.,])\d{3}[.-]\d{3}[.-]\d{4}(?!\w)",
    r"\bwhats\s?app\b", r"\bwa\.me/\w*", r"\btelegram\b", r"\bt\.me/\w*", r"\bskype\b",
    r"\bdiscord\b", r"\bviber\b", r"\bwechat\b", r"\bsignal\s+app\b",
    rf"\b{_CONTACT_EN}\s+(?:me|us)\s+(?:outside(?:\s+of)?(?:\s+{_PLATFORM})?|directly|"
    r"off\s+(?:the\s+)?(?:platform|site|fiverr|upwork)|by\s+(?:e-?mail|phone)|"
    r"(?:at|on)\s+my\s+(?:personal\s+)?(?:e-?mail|number|phone))",
    r"\bmy\s+(?:personal\s+)?(?:e-?mail(?:\s+address)?|phone(?:\s+number)?|cell(?:\s+number)?|"
    r"mobile(?:\s+number)?)\s+(?:is|:)",
    rf"\b{_CONTACT_FR}[-\s]+(?:moi|nous)\s+(?:en\s+dehors(?:\s+de\s+{_PLATFORM})?|"
    r"directement|hors\s+(?:de\s+)?(?:la\s+)?plateforme|par\s+(?:e-?mail|mail|courriel|"
    r"téléphone|tél)|sur\s+(?:mon\s+)?(?:whatsapp|telegram|skype|numéro|mail))",
    r"\bmon\s+(?:numéro(?:\s+de\s+(?:téléphone|portable))?|adresse\s+(?:e-?mail|mail)|"
    r"e-?mail|mail|courriel|portable)\s*(?:est|:)",
    # Arabic, Darija
    r"واتس\s?اب", r"واتساب", r"الواتس", r"تيليجرام", r"تلغرام", r"تليجرام", r"سكايب",
    r"تواصل\s*معي\s*(?:خارج|على\s*رقمي|مباشرة)", r"رقمي\s*(?:هو|:)",
]

_FREE_PATTERNS = [
    r"\bfree\s+(?:samples?|tests?|trials?|demos?|mock-?ups?|examples?|drafts?|"
    r"concepts?|tries|try|logo)\b",
    r"\b(?:samples?|tests?|trial|demo|mock-?up|draft|concept)\s+(?:for|at)\s+free\b",
    r"\b(?:do|make|design|create|write)\s+(?:it|one|a\s+\w+|this)\s+for\s+free\b",
    r"\béchantillons?\s+gratuits?\b", r"\btests?\s+gratuits?\b", r"\bessais?\s+gratuits?\b",
    r"\bexemples?\s+gratuits?\b", r"\bmaquettes?\s+gratuites?\b",
    r"\bébauches?\s+gratuites?\b",
    r"\b(?:échantillon|essai|exemple|test|maquette)s?\s+(?:à\s+titre\s+)?gratuit(?:ement)?\b",
    r"عينة\s*مجانية", r"تجربة\s*مجانية", r"نموذج\s*مجاني",
    r"(?:عينة|نموذج|تصميم)\s*(?:مجانا|بلاش|فابور)",
]

_UNPAID_PATTERNS = [
    r"\bunpaid\s+(?:test|trial|task|work|assignment|sample|job|project)s?\b",
    r"\b(?:test|trial)\s+(?:task|project|job|assignment|piece|work)?\s*(?:first\s+)?before\s+"
    r"(?:hiring|i\s+hire|we\s+hire|hire|choosing|i\s+choose|we\s+choose|selecting|awarding|"
    r"ordering|i\s+order|we\s+order|placing\s+the\s+order)\b",
    r"\b(?:test|trial|task|work)\s+(?:without|with\s+no)\s+pay(?:ment)?\b",
    r"\b(?:tests?|essais?|travail|tâches?)\s+non\s+(?:rémunérée?s?|payée?s?)\b",
    r"\b(?:tests?|essais?)\s+avant\s+(?:de\s+)?(?:(?:vous|te|t['’])\s*)?(?:embaucher|engager|"
    r"recruter|choisir|retenir|commander|valider|sélectionner)\b",
    r"\b(?:test|essai)\s+(?:sans|non)\s+(?:rémunération|paiement)\b",
    r"بدون\s*مقابل", r"اختبار\s*مجاني", r"اختبار\s*قبل\s*(?:التوظيف|الطلب)",
]

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "ten": 10, "twelve": 12, "un": 1, "une": 1, "deux": 2, "trois": 3,
    "quatre": 4, "cinq": 5, "sept": 7, "dix": 10, "douze": 12,
}
_NUMBER = r"(\d{1,3}(?:[.,]\d)?|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
_UNIT = (r"(hours?|hrs?|h|days?|jours?|j|weeks?|semaines?|minutes?|mins?|heures?|"
         r"ساعة|ساعات|يوم|أيام|ايام)")
_UNIT_DAYS = {"hour": 1 / 24, "hr": 1 / 24, "h": 1 / 24, "heure": 1 / 24, "ساعة": 1 / 24,
              "ساعات": 1 / 24, "day": 1.0, "jour": 1.0, "j": 1.0, "يوم": 1.0, "أيام": 1.0,
              "ايام": 1.0, "week": 7.0, "semaine": 7.0, "minute": 1 / 1440, "min": 1 / 1440}

_DEADLINE_PATTERNS: list[tuple[str, float | None]] = [
    # (pattern, days) — days None: read from the number and the unit groups
    (rf"\b(?:in|within|under|less\s+than|in\s+less\s+than|en|sous|dans|d['’]ici|"
     rf"moins\s+de|en\s+moins\s+de|max(?:imum)?)\s+{_NUMBER}\s*-?\s*{_UNIT}(?!\w)", None),
    (rf"(?<![\w.,]){_NUMBER}\s*-?\s*{_UNIT}\s+(?:deadline|delivery|turnaround|max(?:imum)?|"
     r"chrono|top\s+chrono|délai|livraison)\b", None),
    (rf"\b(?:deadline|délai)\s*(?:is|of|de|:)?\s*{_NUMBER}\s*-?\s*{_UNIT}(?!\w)", None),
    (rf"خلال\s*{_NUMBER}\s*{_UNIT}", None),
    (r"\b(?:by|before|until|for)\s+tomorrow\b|\btomorrow\s+(?:morning|at\s+the\s+latest)\b",
     1.0),
    (r"\b(?:d['’]ici|pour|avant|dès)\s+demain\b|\bdemain\s+(?:matin|au\s+plus\s+tard|"
     r"dernier\s+délai)\b", 1.0),
    (r"\b(?:by|before|for)\s+(?:tonight|this\s+evening|the\s+end\s+of\s+(?:the\s+)?day|"
     r"eod|today)\b|\bsame[-\s]day\b|\btonight\b", 0.5),
    (r"\b(?:pour|avant|d['’]ici)\s+(?:ce\s+soir|aujourd['’]hui|la\s+fin\s+de\s+(?:la\s+)?"
     r"journée)\b|\bdans\s+la\s+journée\b", 0.5),
    (r"غدا|غدوة|قبل\s*الليلة", 1.0),
]
_ASAP = (r"\b(?:asap|a\.s\.a\.p|as\s+soon\s+as\s+possible|urgent(?:ly)?|rush\s+(?:order|job)|"
         r"dès\s+que\s+possible|au\s+plus\s+vite|urgence|en\s+urgence|très\s+vite)\b|"
         r"مستعجل|عاجل|بالزربة")
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
             "saturday": 5, "sunday": 6, "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3,
             "vendredi": 4, "samedi": 5, "dimanche": 6}
_WEEKDAY = (r"\b(?:by|before|until|on|for|avant|pour|d['’]ici|jusqu['’]à)\s+(?:this\s+|next\s+|"
            r"ce\s+)?(" + "|".join(_WEEKDAYS) + r")\b")

# --- money ---------------------------------------------------------------------------------

_AMOUNT = r"(\d{1,3}(?:[ ,.'\u00a0\u202f]\d{3}){1,3}(?:[.,]\d{1,2})?|\d{1,9}(?:[.,]\d{1,2})?)"
_CUR_BEFORE = (r"(us\s?\$|ca\s?\$|c\$|can\s?\$|\$\s?ca|\$|€|£|usd|eur|cad|mad|gbp|dhs?)")
_CUR_AFTER = (r"(\$\s?(?:ca|can|cad|us|usd)\b|\$|€|£|usd|eur|euros?|cad|mad|gbp|dhs?|"
              r"dirhams?|درهم|دراهم|دولار|يورو|dollars?\s+(?:canadiens?|canadian|us|américains?)|"
              r"dollars?|livres?\s+sterling)")
_BUDGET_WORDS = (r"\b(?:budget|pay|paying|offer|price|prix|tarif|offre|rémunération|payer|"
                 r"paie|je\s+donne|i\s+can\s+give)\b|ميزانية|الميزانية|الثمن|السعر")


def _currency(token: str) -> str | None:
    t = re.sub(r"\s+", "", token.lower())
    if t in {"€", "eur", "euro", "euros", "يورو"}:
        return "EUR"
    if t in {"£", "gbp"} or t.startswith("livre"):
        return "GBP"
    if t in {"mad", "dh", "dhs", "dirham", "dirhams", "درهم", "دراهم"}:
        return "MAD"
    if "ca" in t or "canad" in t or t == "c$":
        return "CAD"
    if t in {"$", "us$", "usd", "$us", "$usd", "dollar", "dollars", "دولار"} or "us" in t \
            or "améric" in t:
        return "USD"
    return None


def _minor(amount: str) -> int | None:
    """"1,500" → 150000, "1 500,50" → 150050, "5" → 500 (every currency here has cents)."""
    text = amount.replace("\u00a0", " ").replace("\u202f", " ")
    decimals = ""
    match = re.search(r"[.,](\d{1,2})$", text)
    if match:
        decimals = match.group(1)
        text = text[:match.start()]
    digits = re.sub(r"[ ,.']", "", text)
    if not digits.isdigit():
        return None
    try:
        value = Decimal(f"{digits}.{decimals or '0'}")
    except InvalidOperation:
        return None
    return int((value * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _bounded(pattern: str) -> str:
    """Whitespace runs of at most four characters: a pattern never backtracks over a long
    run of spaces (an adversarial text of spaces stays a linear scan)."""
    return pattern.replace(r"\s+", r"\s{1,4}").replace(r"\s*", r"\s{0,4}")


_COMPILED: dict[str, list[re.Pattern[str]]] = {
    "off_platform_payment": [re.compile(_bounded(p), _FLAGS) for p in _PAYMENT_PATTERNS],
    "off_platform_contact": [re.compile(_bounded(p), _FLAGS) for p in _CONTACT_PATTERNS],
    "free_sample": [re.compile(_bounded(p), _FLAGS) for p in _FREE_PATTERNS],
    "unpaid_test": [re.compile(_bounded(p), _FLAGS) for p in _UNPAID_PATTERNS],
}
_DEADLINES = [(re.compile(_bounded(p), _FLAGS), days) for p, days in _DEADLINE_PATTERNS]
_ASAP_RE = re.compile(_bounded(_ASAP), _FLAGS)
_WEEKDAY_RE = re.compile(_bounded(_WEEKDAY), _FLAGS)
_MONEY_RES = [
    (re.compile(rf"(?<![\w$€£]){_CUR_BEFORE}\s?{_AMOUNT}(?![\d])", _FLAGS), 1, 2),
    (re.compile(rf"(?<![\w.,]){_AMOUNT}\s?{_CUR_AFTER}(?!\w)", _FLAGS), 2, 1),
]
_BUDGET_WORD_RE = re.compile(_bounded(_BUDGET_WORDS), _FLAGS)

# Words that deny what follows ("no free sample", "pas de paiement hors plateforme").
_NEGATION = re.compile(
    r"(?:\bno|\bnot|\bnever|n['’]t|\bwithout|\bnor|\bpas|\bsans|\baucune?|\bjamais|\bni|"
    r"\bplus\s+de|\binterdit|\bforbidden|\bavoid|\bévite[rz]?|(?<!\w)لا|بدون|ممنوع)\b"
    r"[^.!?\n]{0,25}$",
    _FLAGS)
# "not urgent", "pas pressé", "no rush": an ASAP word that is denied
_NOT_URGENT = re.compile(r"\b(?:not|no|pas|non|rien\s+d['’])\s*(?:\w+\s+){0,2}$", _FLAGS)
_NUMBER_END = re.compile(r"\s[-–.]\s|\s{2,}|\t")
_PAID_BEFORE = re.compile(r"(?<!un)\b(?:paid|payée?|rémunérée?)\s+$", _FLAGS)


def _scanned(text: str) -> str:
    return (text or "")[:SCAN_LIMIT]


def _negated(text: str, start: int) -> bool:
    return _NEGATION.search(text[max(0, start - 40):start]) is not None


def _word_matches(text: str, kind: str) -> Iterable[re.Match[str]]:
    for pattern in _COMPILED[kind]:
        yield from pattern.finditer(text)


def _deadline_matches(text: str, today: date | None) -> list[tuple[int, str, float]]:
    """(position, words, days) of each deadline stated in the text."""
    found: list[tuple[int, str, float]] = []
    for pattern, days in _DEADLINES:
        for m in pattern.finditer(text):
            if days is None:
                number = m.group(1).lower().replace(",", ".")
                value = float(_NUMBER_WORDS.get(number, 0) or number)
                unit = m.group(2).lower()
                unit = unit if unit in _UNIT_DAYS else unit.rstrip("s")
                if unit not in _UNIT_DAYS or value <= 0:
                    continue
                found.append((m.start(), m.group(0), value * _UNIT_DAYS[unit]))
            else:
                found.append((m.start(), m.group(0), days))
    if today is not None:
        for m in _WEEKDAY_RE.finditer(text):
            ahead = (_WEEKDAYS[m.group(1).lower()] - today.weekday()) % 7
            found.append((m.start(), m.group(0), float(ahead) if ahead else 0.5))
    if not found:
        for m in _ASAP_RE.finditer(text):
            if _NOT_URGENT.search(text[max(0, m.start() - 30):m.start()]):
                continue
            found.append((m.start(), m.group(0), ASAP_DAYS))
    return sorted(found)


def parse_deadline_days(text: str, today: date | None = None) -> float | None:
    """The shortest deadline the text states, in days (hours are fractions of a day: "in 12
    hours" → 0.5; "tonight" → 0.5; "tomorrow" → 1; "ASAP" → 1 when nothing more precise is
    said); None when it states none. A weekday ("by Friday") is read only with ``today``."""
    found = _deadline_matches(_scanned(text), today)
    return min((days for _pos, _words, days in found), default=None)


def _budget_matches(text: str) -> list[tuple[int, str, int, str]]:
    """(position, words, minor, currency) of each amount with a currency in the text."""
    found: list[tuple[int, str, int, str]] = []
    for pattern, cur_group, amount_group in _MONEY_RES:
        for m in pattern.finditer(text):
            currency = _currency(m.group(cur_group))
            minor = _minor(m.group(amount_group))
            if currency and minor is not None:
                found.append((m.start(), m.group(0).strip(), minor, currency))
    found.sort()
    unique: list[tuple[int, str, int, str]] = []
    for item in found:  # "$5" and "5 $" may both match one place: keep the first
        if unique and item[0] < unique[-1][0] + len(unique[-1][1]):
            continue
        unique.append(item)
    return unique


def _budget(text: str) -> tuple[int, str, int, str] | None:
    amounts = _budget_matches(text)
    if not amounts:
        return None
    for pos, words, minor, currency in amounts:
        # an amount within 40 characters after a budget word is the budget
        if _BUDGET_WORD_RE.search(text[max(0, pos - 40):pos]):
            return pos, words, minor, currency
    return amounts[0]


def parse_budget(text: str) -> tuple[int, str] | None:
    """The budget the text states, as (minor units, ISO currency): the amount that follows a
    budget word ("budget", "prix", "I can pay", ميزانية…), else the first amount with a
    currency. "$" alone (and دولار) is USD; "$ CA", "CA$", "CAD" are CAD; "DH", "dirhams", درهم
    are MAD; يورو is EUR.
    None when no amount with a currency is stated."""
    found = _budget(_scanned(text))
    return None if found is None else (found[2], found[3])


def _median(values: Sequence[int]) -> Decimal | None:
    values = [v for v in values if v is not None and v > 0]
    return Decimal(statistics.median(values)) if values else None


def find_flags(text: str, *, language: str = "", delivery_days: float | None = None,
               similar_prices_minor: Sequence[int] = (), currency: str | None = None,
               rates: Mapping[str, Decimal] | None = None,
               today: date | None = None) -> list[Flag]:
    """The red flags of a request, in the order their words appear (see the module's
    docstring for each kind). ``delivery_days``: the chosen gig's delivery time;
    ``similar_prices_minor``: what similar orders were priced, in ``currency``; ``rates``:
    the value of one unit of another currency in ``currency`` (a budget in a currency with no
    rate here is not compared); ``today``: reads weekdays ("by Friday"). ``language`` is not
    needed (every language's words are looked for) and kept for the callers' convenience."""
    del language
    body = _scanned(text)
    found: list[tuple[int, str, str]] = []
    for kind in ("off_platform_payment", "off_platform_contact", "free_sample",
                 "unpaid_test"):
        for m in _word_matches(body, kind):
            words = m.group(0)
            if not words.strip():
                continue
            # an e-mail address or a number is contact even after "no" ("no spam: a@b.c")
            deniable = kind != "off_platform_contact" or not re.search(r"[@\d]", words)
            if deniable and _negated(body, m.start()):
                continue
            if kind == "off_platform_contact" and words[0] in "+0(":
                # a number stops at " - " or a wide gap ("+33 6 12 34 56 78 - 2 days")
                words = _NUMBER_END.split(words, maxsplit=1)[0]
                if sum(c.isdigit() for c in words) < 8:
                    continue
            if kind == "unpaid_test" and _PAID_BEFORE.search(body[max(0, m.start() - 12):
                                                                  m.start()]):
                continue
            found.append((m.start(), kind, words))
    if delivery_days is not None:
        for pos, words, days in _deadline_matches(body, today):
            if days < delivery_days:
                found.append((pos, "short_deadline", words))
    median = _median(similar_prices_minor)
    budget = _budget(body)
    home = (currency or "").upper()
    if median is not None and budget is not None and home in CURRENCY_EXPONENTS:
        pos, words, minor, budget_currency = budget
        value: int | None = minor
        if budget_currency != home:
            rate = (rates or {}).get(budget_currency)
            value = None if rate is None else convert(minor, budget_currency, home, rate)
        if value is not None and value < median * LOW_BUDGET_SHARE:
            found.append((pos, "low_budget", words))
    return _merged(body, found)


def _merged(body: str, found: list[tuple[int, str, str]]) -> list[Flag]:
    """One flag per stretch of words: overlapping matches of one kind become one ("par
    virement" + "virement direct" → "par virement direct"); the same words again are not
    repeated."""
    spans: dict[str, list[list[int]]] = {}
    for pos, kind, words in sorted(found):
        runs = spans.setdefault(kind, [])
        end = pos + len(words)
        if runs and pos < runs[-1][1]:
            runs[-1][1] = max(runs[-1][1], end)
        else:
            runs.append([pos, end])
    flags: list[tuple[int, Flag]] = []
    seen: set[tuple[str, str]] = set()
    for kind, runs in spans.items():
        for start, end in runs:
            words = body[start:end].strip()
            if words and (kind, words.casefold()) not in seen:
                seen.add((kind, words.casefold()))
                flags.append((start, Flag(kind, words)))
    return [flag for _start, flag in sorted(flags, key=lambda f: (f[0], KINDS.index(f[1].kind)))]
