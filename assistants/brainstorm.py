"""Brainstorm: design directions from a brief, as structured cards a designer can look at.

No Qt, no model here: prompts, a tolerant parser, validation, near-duplicate detection, WCAG
contrast figures, wireframe blocks and the Markdown export. The generation itself is driven by
the caller (the desktop's ModelService, or the CLI's stream_generate) through ``BoardRun``:

    run = BoardRun(request, n=6, seed=42)
    while (step := run.next_step()) is not None:
        run.feed(generate(step.messages, seed=step.seed))   # one model answer per step
    run.ideas, run.raw_texts, run.dropped, run.outputs

A step asks for ideas, or asks the model to repair JSON it could not read (once per answer).
Ideas too close to one already on the board are dropped and more are asked for (a few
attempts, each with another seed). An answer that still cannot be read becomes a raw card:
its text is kept, never lost.

The workflow the Brainstorm page and ``atelier brainstorm`` share lives here too, once: the
token budget of a request (``Step.max_new_tokens``), recording a round with its cards
(``record_round``), stored rows as ``Card`` objects (``board_cards``) and a board's export
(``board_export``, ``export_markdown``; the PDF is drawn by the desktop from the same cards).
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storage import brainstorm as sb
from storage.cleantext import clean_text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from storage.tables import BrainstormIdea

Message = dict[str, str]

ROLES = ("background", "surface", "primary", "secondary", "accent", "text", "muted")
ROLE_ALIASES = {
    "bg": "background", "backdrop": "background", "base": "background", "paper": "background",
    "fond": "background", "card": "surface", "panel": "surface", "foreground": "text",
    "body": "text", "body text": "text", "ink": "text", "texte": "text", "highlight": "accent",
    "cta": "accent", "call to action": "accent", "accent colour": "accent",
    "accent color": "accent", "brand": "primary", "main": "primary", "principale": "primary",
    "secondaire": "secondary", "neutral": "muted", "subtle": "muted", "border": "muted",
}
MIN_COLOURS, MAX_COLOURS = 3, 6
DUPLICATE_THRESHOLD = 0.72
MAX_ATTEMPTS = 3
TITLE_MAX = 300

SCHEMA_EXAMPLE = """{"ideas": [
  {"title": "Short name of the direction",
   "concept": "Two or three sentences: the idea and how it looks.",
   "palette": [{"hex": "#F5F1E8", "role": "background"}, {"hex": "#1F2A44", "role": "text"},
               {"hex": "#C8553D", "role": "accent"}],
   "typography": {"heading": "Playfair Display", "body": "Source Sans 3"},
   "layout": "Header with logo left, full-width hero image, three-column grid, footer.",
   "imagery": ["hand-drawn textures", "close-up product shots"],
   "mood": ["warm", "artisanal"],
   "rationale": "Why it fits the brief and the audience."}
]}"""


# --- ideas ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Swatch:
    hex: str  # "#RRGGBB"
    role: str  # one of ROLES


@dataclass
class Idea:
    title: str
    concept: str = ""
    palette: list[Swatch] = field(default_factory=list)
    heading_font: str = ""
    body_font: str = ""
    layout: str = ""
    imagery: list[str] = field(default_factory=list)
    mood: list[str] = field(default_factory=list)
    rationale: str = ""
    problems: list[str] = field(default_factory=list)  # what validation fixed or found missing

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title, "concept": self.concept,
            "palette": [{"hex": s.hex, "role": s.role} for s in self.palette],
            "typography": {"heading": self.heading_font, "body": self.body_font},
            "layout": self.layout, "imagery": list(self.imagery), "mood": list(self.mood),
            "rationale": self.rationale,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Idea:
        """An idea from stored (already valid) data; tolerant like ``validate_idea``."""
        idea = validate_idea(data)
        if idea is None:
            return cls(title=str(data.get("title") or ""))
        return idea

    def text(self) -> str:
        """Title and concept, what near-duplicate detection compares."""
        return f"{self.title}. {self.concept}"

    def color(self, role: str) -> str | None:
        return next((s.hex for s in self.palette if s.role == role), None)


# --- parsing ---------------------------------------------------------------------------------


@dataclass
class ParseResult:
    ideas: list[Idea]
    text: str  # the model's answer, as received
    problems: list[str] = field(default_factory=list)
    repaired: bool = False  # the ideas came from the model's repaired answer

    @property
    def ok(self) -> bool:
        return bool(self.ideas)


_FENCE = re.compile(r"```[ \t]*(?:json5?|javascript|js)?[ \t]*\n?(.*?)(?:```|\Z)",
                    re.DOTALL | re.IGNORECASE)
_SMART = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'"})


def _fenced(text: str) -> list[str]:
    return [m.group(1) for m in _FENCE.finditer(text) if m.group(1).strip()]


def _requote(text: str) -> str:
    """Single-quoted strings become double-quoted ones; apostrophes inside double-quoted
    strings and inside words (it's) are left alone."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        elif c == "'" and not (i > 0 and text[i - 1].isalnum()):
            j = i + 1
            buf: list[str] = []
            while j < n:
                if text[j] == "\\" and j + 1 < n:
                    buf.append(text[j:j + 2] if text[j + 1] != "'" else "'")
                    j += 2
                    continue
                if text[j] == "'" and not (j + 1 < n and text[j + 1].isalpha()
                                           and text[j - 1].isalpha()):
                    break
                buf.append('\\"' if text[j] == '"' else text[j])
                j += 1
            out.append('"' + "".join(buf) + '"')
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _clean(text: str) -> str:
    """JSON-ish text made JSON: straight quotes, double-quoted strings, quoted keys, no
    trailing commas, JSON literals."""
    text = text.translate(_SMART)
    text = _requote(text)
    text = re.sub(r'([{,]\s*)([A-Za-z_][\w\- ]*?)\s*:(?!//)', r'\1"\2":', text)
    text = re.sub(r",\s*([}\]])", r"\1", text)
    text = re.sub(r"\bTrue\b", "true", text)
    text = re.sub(r"\bFalse\b", "false", text)
    return re.sub(r"\bNone\b", "null", text)


def _close_truncated(text: str) -> str:
    """Close what an answer cut short left open: a string, then arrays and objects; a
    dangling key, colon or comma at the end is dropped."""
    stack: list[str] = []
    in_string = False
    i = 0
    while i < len(text):
        c = text[i]
        if in_string:
            if c == "\\":
                i += 1
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
        elif c in "[{":
            stack.append("]" if c == "[" else "}")
        elif c in "]}" and stack:
            stack.pop()
        i += 1
    if in_string:
        text += '"'
    while True:
        stripped = text.rstrip()
        trimmed = re.sub(r'(,|:|,\s*"[^"]*"\s*:?|\{\s*"[^"]*"\s*:?)\s*$',
                         lambda m: "{" if m.group(0).lstrip().startswith("{") else "",
                         stripped)
        if trimmed == stripped:
            break
        text = trimmed
    return text + "".join(reversed(stack))


def _balanced(text: str, start: int) -> int | None:
    """The index after the bracket closing the one at ``start``, or None if unclosed."""
    depth, in_string, quote = 0, False, ""
    i = start
    while i < len(text):
        c = text[i]
        if in_string:
            if c == "\\":
                i += 1
            elif c == quote:
                in_string = False
        elif c in "\"'":
            if c == '"' or not (i > 0 and text[i - 1].isalnum()):
                in_string, quote = True, c
        elif c in "[{":
            depth += 1
        elif c in "]}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return None


def _loads(candidate: str) -> Any:
    for attempt in (candidate, _clean(candidate)):
        try:
            return _clean_strings(json.loads(attempt))
        except ValueError:
            continue
    try:
        return _clean_strings(json.loads(_close_truncated(_clean(candidate))))
    except ValueError:
        return None


def _clean_strings(value: Any) -> Any:
    """``value`` with every string cleaned: a JSON escape (``\\u0007``, ``\\ud800``) brings
    back the characters ``BoardRun`` took out of the raw answer."""
    if isinstance(value, str):
        return clean_text(value).text
    if isinstance(value, list):
        return [_clean_strings(v) for v in value]
    if isinstance(value, dict):
        return {clean_text(str(k)).text: _clean_strings(v) for k, v in value.items()}
    return value


def _items(value: Any) -> list[Mapping[str, Any]]:
    """The idea objects in a parsed value: a list, {"ideas": [...]}, or one idea."""
    if isinstance(value, list):
        return [v for v in value if isinstance(v, Mapping)]
    if isinstance(value, Mapping):
        for key in ("ideas", "directions", "concepts", "cards", "items", "idées", "idees"):
            if isinstance(value.get(key), list):
                return _items(value[key])
        if "title" in value or "concept" in value:
            return [value]
        lists = [v for v in value.values() if isinstance(v, list)]
        if len(lists) == 1:
            return _items(lists[0])
    return []


def _candidates(text: str) -> Iterable[str]:
    """Where JSON may be: fenced blocks first, then from each opening bracket."""
    sources = [*_fenced(text), text]
    for source in sources:
        for m in re.finditer(r"[\[{]", source):
            end = _balanced(source, m.start())
            yield source[m.start():end] if end is not None else source[m.start():]
            break


def parse_ideas(text: str) -> ParseResult:
    """Ideas in a model's answer, as many as can be read.

    Tolerates code fences, prose before and after, single quotes, unquoted keys, trailing
    commas, a bare array or ``{"ideas": [...]}``, and an answer cut short (the complete ideas
    are kept, an incomplete one too when it has a title). Never raises.
    """
    text = text or ""
    problems: list[str] = []
    for candidate in _candidates(text):
        value = _loads(candidate)
        items = _items(value)
        ideas = [i for i in (validate_idea(item) for item in items) if i is not None]
        if ideas:
            return ParseResult(ideas, text, problems)
    # Last resort: every balanced object on its own (a broken list around good objects).
    ideas = []
    for m in re.finditer(r"\{", text):
        end = _balanced(text, m.start())
        if end is None:
            continue
        value = _loads(text[m.start():end])
        if isinstance(value, Mapping) and ("title" in value or "concept" in value):
            idea = validate_idea(value)
            if idea is not None and all(idea.title != i.title for i in ideas):
                ideas.append(idea)
    if not ideas:
        problems.append("no JSON idea could be read")
    return ParseResult(ideas, text, problems)


def parse_with_repair(text: str, repair: Callable[[str], str] | None) -> ParseResult:
    """``parse_ideas``, and when nothing could be read, one retry: ``repair(text)`` asks the
    model to fix its JSON (see ``repair_messages``) and returns its new answer."""
    result = parse_ideas(text)
    if result.ok or repair is None:
        return result
    fixed = parse_ideas(repair(text))
    if fixed.ok:
        fixed.text = text
        fixed.repaired = True
        return fixed
    return result


# --- validation --------------------------------------------------------------------------------

_HEX = re.compile(r"#?\b([0-9a-fA-F]{6}|[0-9a-fA-F]{3})(?:[0-9a-fA-F]{2})?\b")
_RGB = re.compile(r"rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})")


def normalise_hex(value: Any) -> str | None:
    """'#abc' → '#AABBCC', 'aabbcc' → '#AABBCC', 'rgb(1, 2, 3)' → '#010203'; None if not a
    colour."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    m = _RGB.search(value)
    if m:
        parts = [min(int(p), 255) for p in m.groups()]
        return "#" + "".join(f"{p:02X}" for p in parts)
    m = _HEX.fullmatch(value) or _HEX.search(value)
    if not m:
        return None
    digits = m.group(1)
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return "#" + digits.upper()


def normalise_role(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    role = value.strip().lower().replace("_", " ").replace("-", " ")
    if role in ROLES:
        return role
    if role in ROLE_ALIASES:
        return ROLE_ALIASES[role]
    for known in ROLES:
        if known in role:
            return known
    for alias, known in ROLE_ALIASES.items():
        if alias in role.split():
            return known
    return None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, Mapping):
        return "; ".join(f"{k}: {_text(v)}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return "; ".join(_text(v) for v in value)
    return str(value).strip()


def _keywords(value: Any) -> list[str]:
    if isinstance(value, str):
        parts = re.split(r"[,;/\n]|\s+-\s+", value)
    elif isinstance(value, (list, tuple)):
        parts = [_text(v) for v in value]
    else:
        parts = []
    seen: list[str] = []
    for p in parts:
        p = p.strip(" .\t")
        if p and p.lower() not in (s.lower() for s in seen):
            seen.append(p)
    return seen[:8]


def _raw_palette(value: Any) -> list[tuple[Any, Any]]:
    if isinstance(value, Mapping):  # {"background": "#fff", ...}
        return [(v, k) for k, v in value.items()]
    if isinstance(value, str):
        return [(h, None) for h in re.findall(r"#[0-9a-fA-F]{3,8}\b", value)]
    pairs: list[tuple[Any, Any]] = []
    for item in value if isinstance(value, (list, tuple)) else []:
        if isinstance(item, Mapping):
            hex_value = next((item[k] for k in ("hex", "color", "colour", "value", "code")
                              if k in item), None)
            role = next((item[k] for k in ("role", "use", "name", "usage") if k in item), None)
            pairs.append((hex_value, role))
        elif isinstance(item, (list, tuple)) and item:
            pairs.append((item[0], item[1] if len(item) > 1 else None))
        else:
            pairs.append((item, None))
    return pairs


def validate_palette(value: Any, problems: list[str] | None = None) -> list[Swatch]:
    """3–6 swatches with normalised hex and a role. Colours that are not colours are dropped;
    a missing role is guessed (the lightest colour is the background, the darkest the text,
    the rest accents)."""
    problems = problems if problems is not None else []
    colours: list[tuple[str, str | None]] = []
    for hex_value, role in _raw_palette(value):
        hex_norm = normalise_hex(hex_value)
        if hex_norm is None:
            if hex_value not in (None, ""):
                problems.append(f"not a colour: {hex_value!r}")
            continue
        if any(h == hex_norm for h, _ in colours):
            continue
        colours.append((hex_norm, normalise_role(role)))
    if len(colours) > MAX_COLOURS:
        problems.append(f"{len(colours)} colours: the first {MAX_COLOURS} are kept")
        colours = colours[:MAX_COLOURS]
    if len(colours) < MIN_COLOURS:
        problems.append(f"{len(colours)} colour(s): a palette has {MIN_COLOURS} to "
                        f"{MAX_COLOURS}")
    roles = {r for _, r in colours if r}
    unassigned = [i for i, (_, r) in enumerate(colours) if r is None]
    if unassigned:
        by_light = sorted(unassigned, key=lambda i: relative_luminance(colours[i][0]))
        if "background" not in roles and by_light:
            i = by_light.pop()
            colours[i] = (colours[i][0], "background")
            roles.add("background")
        if "text" not in roles and by_light:
            i = by_light.pop(0)
            colours[i] = (colours[i][0], "text")
            roles.add("text")
        for i in by_light:
            role = "primary" if "primary" not in roles else "accent"
            colours[i] = (colours[i][0], role)
            roles.add(role)
    return [Swatch(h, r or "accent") for h, r in colours]


def validate_idea(data: Mapping[str, Any]) -> Idea | None:
    """A clean ``Idea`` from a parsed object, or None when it has neither title nor concept."""
    if not isinstance(data, Mapping):
        return None
    lower = {str(k).strip().lower(): v for k, v in data.items()}
    title = _text(lower.get("title") or lower.get("name") or lower.get("titre"))
    concept = _text(lower.get("concept") or lower.get("description") or lower.get("idea"))
    if not title and not concept:
        return None
    problems: list[str] = []
    if not title:
        title = concept.split(".")[0][:60]
        problems.append("no title")
    typo = lower.get("typography") or lower.get("fonts") or lower.get("typographie") or {}
    heading = body = ""
    if isinstance(typo, Mapping):
        t = {str(k).lower(): v for k, v in typo.items()}
        heading = _text(t.get("heading") or t.get("headings") or t.get("title")
                        or t.get("display") or t.get("titres"))
        body = _text(t.get("body") or t.get("text") or t.get("paragraph") or t.get("corps"))
    elif isinstance(typo, (list, tuple)) and typo:
        heading, body = _text(typo[0]), _text(typo[-1])
    elif isinstance(typo, str):
        parts = re.split(r"\s*(?:/|\+|&|,| and | with | et )\s*", typo)
        heading, body = parts[0], parts[-1]
    heading = heading or _text(lower.get("heading_font"))
    body = body or _text(lower.get("body_font")) or heading
    idea = Idea(
        title=title[:TITLE_MAX],
        concept=concept,
        palette=validate_palette(lower.get("palette") or lower.get("colors")
                                 or lower.get("colours") or lower.get("couleurs") or [],
                                 problems),
        heading_font=_font_name(heading),
        body_font=_font_name(body),
        layout=_text(lower.get("layout") or lower.get("composition") or lower.get("mise en page")),
        imagery=_keywords(lower.get("imagery") or lower.get("images") or lower.get("imagerie")),
        mood=_keywords(lower.get("mood") or lower.get("ambiance") or lower.get("keywords")),
        rationale=_text(lower.get("rationale") or lower.get("why") or lower.get("fit")
                        or lower.get("pourquoi")),
        problems=problems,
    )
    return idea


def _font_name(value: str) -> str:
    """'Montserrat (bold, 700)' → 'Montserrat'."""
    value = re.sub(r"\(.*?\)", "", value or "")
    value = re.split(r"[,;]", value)[0]
    return value.strip(" '\"")[:80]


# --- near-duplicates -------------------------------------------------------------------------

_WORD = re.compile(r"[\w']+", re.UNICODE)
_STOP = frozenset((
    "a", "an", "and", "the", "of", "for", "with", "to", "in", "on", "is", "it", "its", "by",
    "as", "at", "from", "or", "that", "this", "le", "la", "les", "un", "une", "des", "et",
    "de", "du", "en", "au", "aux", "pour", "avec", "sur", "dans", "par",
))


def _tokens(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 1}


def similarity(a: str, b: str) -> float:
    """0..1: the larger of token Jaccard and difflib's ratio over the normalised text."""
    ta, tb = _tokens(a), _tokens(b)
    jaccard = len(ta & tb) / len(ta | tb) if ta | tb else 1.0
    ratio = difflib.SequenceMatcher(None, " ".join(sorted(ta)), " ".join(sorted(tb))).ratio()
    return max(jaccard, ratio if min(len(ta), len(tb)) >= 4 else jaccard)


def is_near_duplicate(idea: Idea, others: Iterable[Idea | str],
                      threshold: float = DUPLICATE_THRESHOLD) -> bool:
    text = idea.text()
    for other in others:
        other_text = other if isinstance(other, str) else other.text()
        if idea.title.strip().lower() == other_text.split(". ")[0].strip().lower():
            return True
        if similarity(text, other_text) >= threshold:
            return True
    return False


def dedupe(ideas: Iterable[Idea], existing: Iterable[Idea | str] = (),
           threshold: float = DUPLICATE_THRESHOLD) -> tuple[list[Idea], list[Idea]]:
    """(kept, dropped): each idea is compared with ``existing`` and the ideas kept before it."""
    seen: list[Idea | str] = list(existing)
    kept: list[Idea] = []
    dropped: list[Idea] = []
    for idea in ideas:
        if is_near_duplicate(idea, seen, threshold):
            dropped.append(idea)
        else:
            kept.append(idea)
            seen.append(idea)
    return kept, dropped


# --- contrast (WCAG 2.x) ---------------------------------------------------------------------


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2.x relative luminance of an sRGB colour, 0 (black) .. 1 (white)."""
    h = normalise_hex(hex_colour)
    if h is None:
        raise ValueError(f"not a colour: {hex_colour!r}")
    channels = []
    for i in (1, 3, 5):
        c = int(h[i:i + 2], 16) / 255
        channels.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    r, g, b = channels
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
    """(L1 + 0.05) / (L2 + 0.05), L1 the lighter: 1 .. 21."""
    la, lb = relative_luminance(foreground), relative_luminance(background)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def wcag_level(ratio: float, *, large: bool = False) -> str:
    """'AAA', 'AA' or 'fail' for normal text (AA 4.5, AAA 7) or large text — 18 pt, or 14 pt
    bold — (AA 3, AAA 4.5). Ratios are compared unrounded, as WCAG asks."""
    aa, aaa = (3.0, 4.5) if large else (4.5, 7.0)
    return "AAA" if ratio >= aaa else "AA" if ratio >= aa else "fail"


@dataclass(frozen=True)
class ContrastPair:
    foreground_role: str
    background_role: str
    foreground: str
    background: str
    ratio: float

    @property
    def normal(self) -> str:
        return wcag_level(self.ratio)

    @property
    def large(self) -> str:
        return wcag_level(self.ratio, large=True)


def contrast_pairs(palette: Sequence[Swatch]) -> list[ContrastPair]:
    """Text-like roles on background-like roles, in reading order: text on background first."""
    by_role: dict[str, str] = {}
    for s in palette:
        by_role.setdefault(s.role, s.hex)
    pairs = []
    for fg in ("text", "primary", "accent", "muted", "secondary"):
        for bg in ("background", "surface"):
            if fg in by_role and bg in by_role and by_role[fg] != by_role[bg]:
                pairs.append(ContrastPair(fg, bg, by_role[fg], by_role[bg],
                                          contrast_ratio(by_role[fg], by_role[bg])))
    return pairs


# --- wireframe ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    kind: str  # header, nav, hero, content, sidebar, grid, columns, gallery, cta, form, footer
    weight: int = 1  # share of its row's width
    cells: int = 1  # grid / columns / gallery: how many cells side by side


_BLOCK_WORDS: list[tuple[str, tuple[str, ...]]] = [
    ("nav", ("nav", "navigation", "menu bar", "navbar", "menu")),
    ("header", ("header", "masthead", "top bar", "en-tête", "entête", "bandeau", "logo")),
    ("hero", ("hero", "banner", "full-bleed", "full bleed", "splash", "cover", "bannière")),
    ("sidebar", ("sidebar", "side bar", "side panel", "barre latérale", "colonne latérale")),
    ("grid", ("grid", "cards", "tiles", "masonry", "grille", "cartes", "mosaic", "mosaïque")),
    ("gallery", ("gallery", "carousel", "slider", "galerie", "carrousel")),
    ("columns", ("column", "colonne", "split", "two-up", "side by side", "side-by-side")),
    ("cta", ("call to action", "call-to-action", "cta", "button", "bouton")),
    ("form", ("form", "newsletter", "sign-up", "signup", "formulaire", "inscription")),
    ("content", ("text block", "article", "body copy", "content", "story", "texte", "contenu",
                 "section", "quote", "testimonial")),
    ("footer", ("footer", "pied de page", "bottom bar")),
]
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "deux": 2, "trois": 3,
            "quatre": 4, "cinq": 5, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
_COUNTED = ("grid", "columns", "gallery")


def _count_near(text: str, start: int, end: int) -> int | None:
    """'three-column grid', '3 columns', 'grid of 4', 'grille 4 x 2' → the number of cells."""
    m = re.search(r"(\d)\s*[x×]\s*\d\s*$", text[max(0, start - 12):start]) or \
        re.match(r"\s*(?:of\s+|de\s+)?(\d)\b", text[end:end + 12])
    if m:
        return int(m.group(1))
    for w in reversed(re.findall(r"[\wéè]+", text[max(0, start - 20):start])[-2:]):
        if w in _NUMBERS:
            return _NUMBERS[w]
    return None


def wireframe_blocks(layout: str) -> list[list[Block]]:
    """Rows of blocks read from a layout description, top to bottom, for a small wireframe.

    'Sticky header, full-bleed hero, three-column grid of products with a sidebar on the
    right, footer' → [[header], [hero], [grid(3) 3, sidebar 1], [footer]]. Something is
    always drawn: an empty or unreadable description gives header, content and footer.
    """
    text = (layout or "").lower()
    found: list[tuple[int, str, int]] = []
    taken: list[tuple[int, int]] = []
    for kind, words in _BLOCK_WORDS:
        for word in words:
            for m in re.finditer(r"(?<![\w-])" + re.escape(word), text):
                if any(a <= m.start() < b for a, b in taken):
                    continue
                if kind in ("header", "nav") and any(k in ("header", "nav")
                                                     for _, k, _ in found):
                    continue
                if kind not in ("grid", "columns", "content", "cta", "form", "gallery") and any(
                        k == kind for _, k, _ in found):
                    continue
                if kind == "columns" and any(k == "grid" and 0 <= m.start() - at <= 30
                                             for at, k, _ in found):
                    continue  # "a grid of 3 columns" is one grid
                cells = 1
                if kind in _COUNTED:
                    cells = _count_near(text, m.start(), m.end()) or (2 if kind == "columns"
                                                                      else 3)
                found.append((m.start(), kind, cells))
                taken.append((m.start(), m.end()))
    found.sort(key=lambda f: (f[1] not in ("nav", "header"), f[1] == "footer", f[0]))
    rows: list[list[Block]] = []
    sidebar_side = "right" if re.search(r"(sidebar|side panel|latérale)[^.,;]*\b(right|droite)",
                                        text) else "left"
    sidebar = any(k == "sidebar" for _, k, _ in found)
    for _, kind, cells in found:
        if kind == "sidebar":
            continue
        if rows and rows[-1][0].kind == kind:
            continue
        rows.append([Block(kind, 1, max(1, min(cells, 6)))])
    if not any(r[0].kind in ("header", "nav") for r in rows):
        rows.insert(0, [Block("header")])
    if not any(r[0].kind not in ("header", "nav", "footer") for r in rows):
        rows.insert(1, [Block("content")])
    if rows[-1][0].kind != "footer":
        rows = [r for r in rows if r[0].kind != "footer"] + [[Block("footer")]]
    if sidebar:
        body = next((i for i, r in enumerate(rows)
                     if r[0].kind in ("content", "grid", "columns", "gallery")),
                    next(i for i, r in enumerate(rows) if r[0].kind not in ("header", "nav")))
        main = Block(rows[body][0].kind, 3, rows[body][0].cells)
        side = Block("sidebar", 1)
        rows[body] = [main, side] if sidebar_side == "right" else [side, main]
    return rows[:7]


# --- fonts -----------------------------------------------------------------------------------

_FONT_HINTS: list[tuple[str, tuple[str, ...]]] = [
    ("monospace", ("mono", "code", "courier", "consol", "menlo", "typewriter")),
    ("cursive", ("script", "hand", "brush", "pacifico", "dancing", "caveat", "lobster",
                 "satisfy", "great vibes", "sacramento")),
    ("serif", ("serif", "playfair", "merriweather", "lora", "garamond", "georgia", "times",
               "baskerville", "bodoni", "didot", "caslon", "crimson", "libre", "dm serif",
               "fraunces", "cormorant", "spectral", "prata", "abril", "zilla", "slab",
               "roboto slab", "bitter", "domine", "cardo", "vollkorn", "alegreya")),
]


def font_category(family: str) -> str:
    """'serif', 'sans-serif', 'monospace' or 'cursive': a guess from the family's name, for
    showing a specimen in the closest installed font."""
    name = (family or "").lower()
    if "sans" in name and "serif" in name:
        return "sans-serif"
    for category, words in _FONT_HINTS:
        if any(w in name for w in words):
            return category
    return "sans-serif"


# --- prompts ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class BriefRequest:
    brief: str
    audience: str = ""
    style: str = ""
    constraints: str = ""
    language: str = "en"  # the language the ideas are written in


def _brief_block(req: BriefRequest) -> str:
    lines = [f"Brief:\n{req.brief.strip()}"]
    if req.audience.strip():
        lines.append(f"Audience: {req.audience.strip()}")
    if req.style.strip():
        lines.append(f"Style keywords: {req.style.strip()}")
    if req.constraints.strip():
        lines.append(f"Constraints (colours to use or avoid, formats): "
                     f"{req.constraints.strip()}")
    return "\n".join(lines)


def _system(req: BriefRequest) -> str:
    language = "French" if req.language == "fr" else "English"
    return (
        "You are an art director helping a freelance designer get unstuck. You propose "
        "clearly different design directions, concrete enough to sketch. Answer with JSON "
        "only, no prose, in this exact shape:\n" + SCHEMA_EXAMPLE + "\n"
        f"Rules: palette has 3 to 6 colours, each a #RRGGBB hex with a role among "
        f"{', '.join(ROLES)}; include a background and a text colour with enough contrast "
        "to read; typography names real font families (Google Fonts or system fonts); "
        "layout names the main blocks (header, hero, grid, columns, sidebar, footer…). "
        f"Write the text values in {language}."
    )


def _messages(req: BriefRequest, ask: str, avoid: Sequence[str], avoid_lead: str
              ) -> list[Message]:
    """The system prompt and `ask`, which ends by naming the first 12 ideas to `avoid`."""
    if avoid:
        ask += avoid_lead + "; ".join(avoid[:12]) + "."
    return [{"role": "system", "content": _system(req)}, {"role": "user", "content": ask}]


def ideas_messages(req: BriefRequest, n: int, avoid: Sequence[str] = ()) -> list[Message]:
    ask = f"{_brief_block(req)}\n\nPropose {n} design direction(s) that differ from each " \
          "other in concept, palette, typography and layout."
    return _messages(req, ask, avoid,
                     "\nThey must also differ from these directions already on the board: ")


def _idea_json(idea: Idea) -> str:
    return json.dumps(idea.to_dict(), ensure_ascii=False)


def variation_messages(req: BriefRequest, idea: Idea, n: int = 1,
                       avoid: Sequence[str] = ()) -> list[Message]:
    ask = (f"{_brief_block(req)}\n\nThe designer liked this direction:\n{_idea_json(idea)}\n\n"
           f"Propose {n} new direction(s) in the same spirit — more like this — but not a "
           "copy: push the concept further, vary the palette and the layout.")
    return _messages(req, ask, avoid, " Avoid repeating: ")


def combination_messages(req: BriefRequest, first: Idea, second: Idea,
                         avoid: Sequence[str] = ()) -> list[Message]:
    ask = (f"{_brief_block(req)}\n\nCombine these two directions into one new direction that "
           f"keeps the best of each:\nA: {_idea_json(first)}\nB: {_idea_json(second)}\n\n"
           "Propose 1 direction.")
    return _messages(req, ask, avoid, " It must differ from: ")


def repair_messages(text: str) -> list[Message]:
    """Ask the model to rewrite an answer it gave as valid JSON (the one repair retry)."""
    return [
        {"role": "system", "content": "You fix JSON. Answer with valid JSON only."},
        {"role": "user", "content": (
            "This answer should have been JSON in the shape below but cannot be parsed. "
            "Rewrite it as valid JSON with the same content, nothing else.\n\nShape:\n"
            f"{SCHEMA_EXAMPLE}\n\nAnswer to fix:\n{text[:6000]}")},
    ]


# --- a generation round ----------------------------------------------------------------------


#: The longest answer a request may get: this many tokens per idea asked for, plus the
#: JSON around them. The page and ``atelier brainstorm`` both ask ``Step.max_new_tokens``.
TOKENS_PER_IDEA = 260
TOKENS_PER_ANSWER = 120


def answer_budget(ideas: int, limit: int | None = None) -> int:
    """The ``max_new_tokens`` of a request for ``ideas`` ideas; ``limit`` (the command's
    ``--max-tokens``, a test's cap) replaces the rule when given."""
    if limit:
        return limit
    return TOKENS_PER_IDEA * max(1, ideas) + TOKENS_PER_ANSWER


@dataclass(frozen=True)
class Step:
    purpose: str  # 'ideas' | 'repair'
    messages: list[Message]
    seed: int | None
    max_new_tokens: int  # the longest answer this request may get (``answer_budget``)


@dataclass
class Output:
    purpose: str
    seed: int | None
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"purpose": self.purpose, "seed": self.seed, "text": self.text}


class BoardRun:
    """One round of ideas, driven step by step by the caller (see the module docstring).

    ``prompt`` builds the ideas prompt for how many ideas are still wanted and the titles to
    avoid: ``lambda n, avoid: ideas_messages(req, n, avoid)`` by default. ``existing`` are
    the board's ideas (or their title + concept): new ones too close to them are dropped.
    Each step asks for ``answer_budget`` of the ideas still wanted, or ``max_new_tokens``
    when given.
    """

    def __init__(
        self, request: BriefRequest, n: int, *, seed: int | None = None,
        existing: Sequence[Idea | str] = (),
        prompt: Callable[[int, Sequence[str]], list[Message]] | None = None,
        max_attempts: int = MAX_ATTEMPTS, threshold: float = DUPLICATE_THRESHOLD,
        max_new_tokens: int | None = None,
    ) -> None:
        self.request = request
        self.n = max(1, n)
        self.seed = seed
        self.max_new_tokens = max_new_tokens
        self.existing = list(existing)
        self.prompt = prompt or (lambda k, avoid: ideas_messages(request, k, avoid))
        self.max_attempts = max_attempts
        self.threshold = threshold
        self.ideas: list[Idea] = []
        self.raw_texts: list[str] = []  # answers that could not be read: raw cards
        self.dropped: list[Idea] = []  # near-duplicates
        self.outputs: list[Output] = []
        self.repaired = 0
        self.attempts = 0
        #: Characters no file can hold that the model wrote, left out before parsing.
        self.removed_characters = 0
        self._pending: Step | None = self._ideas_step()
        self._to_repair: str | None = None

    def _avoid(self) -> list[str]:
        titles = [e if isinstance(e, str) else e.title for e in self.existing]
        return [t.split(". ")[0] for t in titles] + [i.title for i in self.ideas]

    def _ideas_step(self) -> Step:
        self.attempts += 1
        seed = None if self.seed is None else self.seed + self.attempts - 1
        wanted = self.n - len(self.ideas)
        return Step("ideas", self.prompt(wanted, self._avoid()), seed,
                    answer_budget(wanted, self.max_new_tokens))

    @property
    def done(self) -> bool:
        return self._pending is None

    def next_step(self) -> Step | None:
        return self._pending

    def feed(self, text: str) -> None:
        """The model's answer to ``next_step()``."""
        step = self._pending
        if step is None:
            raise RuntimeError("this round is over")
        text = self._clean(text or "")
        self.outputs.append(Output(step.purpose, step.seed, text))
        result = parse_ideas(text)
        if step.purpose == "ideas" and not result.ok:
            if not text.strip():
                self._pending = None
                return
            self._to_repair = text
            self._pending = Step("repair", repair_messages(text), step.seed,
                                 step.max_new_tokens)
            return
        if not result.ok:  # the repair failed too: the first answer is a raw card
            self.raw_texts.append(self._to_repair or text)
            self._pending = None
            return
        if step.purpose == "repair":
            self.repaired += 1
        self._add(result.ideas)
        self._to_repair = None
        if len(self.ideas) < self.n and self.attempts < self.max_attempts:
            self._pending = self._ideas_step()
        else:
            self._pending = None

    def stop(self, partial: str = "") -> None:
        """Stop pressed: keep what the partial answer holds (ideas, else a raw card)."""
        step = self._pending
        self._pending = None
        if step is None:
            return
        partial = self._clean(partial or "")
        if partial.strip():
            self.outputs.append(Output(step.purpose, step.seed, partial))
            result = parse_ideas(partial)
            if result.ok:
                self._add(result.ideas)
            elif step.purpose == "ideas":
                self.raw_texts.append(partial)
        if step.purpose == "repair" and self._to_repair:
            self.raw_texts.append(self._to_repair)

    def _clean(self, text: str) -> str:
        """The answer without characters no file (JSON, the board's Markdown or PDF) can
        hold: model text is cleaned where it enters, before it is parsed or kept."""
        cleaned = clean_text(text)
        self.removed_characters += cleaned.removed
        return cleaned.text

    def _add(self, ideas: list[Idea]) -> None:
        kept, dropped = dedupe(ideas, [*self.existing, *self.ideas], self.threshold)
        room = self.n - len(self.ideas)
        self.ideas.extend(kept[:room])
        self.dropped.extend(dropped)

    def raw_output(self) -> str:
        """Every answer of the round, as JSON text for the history."""
        return json.dumps([o.to_dict() for o in self.outputs], ensure_ascii=False)


def run_board(run: BoardRun, generate: Callable[[list[Message], int | None], str]) -> BoardRun:
    """Drive ``run`` to its end with a blocking ``generate(messages, seed) -> text``."""
    while (step := run.next_step()) is not None:
        run.feed(generate(step.messages, step.seed))
    return run


# --- the board in the store ------------------------------------------------------------------


@dataclass(frozen=True)
class RecordedRound:
    round_id: int
    idea_ids: tuple[int, ...]  # the new cards: ideas first, then raw answers


def record_round(
    s: Session, board_id: int, run: BoardRun, *, kind: str = "ideas", model: str,
    temperature: float, parents: Sequence[int] = (), stopped: bool = False,
    now: datetime | None = None,
) -> RecordedRound | None:
    """Write a round that ended (finished, stopped or failed) to the board: its settings,
    every answer of the model, a card per idea (naming ``parents``, for "more like this"
    and combinations) and a raw card per answer that could not be read. None, and nothing
    written, when the model gave no answer at all."""
    if not run.outputs:
        return None
    rnd = sb.add_round(s, board_id, kind=kind, model=model, temperature=temperature,
                       seed=run.seed, requested=run.n, dropped=len(run.dropped),
                       raw_output=run.raw_output(), stopped=stopped, now=now)
    ids = [sb.add_idea(s, board_id, idea.to_dict(), round_id=rnd.id, parent_ids=parents,
                       now=now).id for idea in run.ideas]
    ids += [sb.add_idea(s, board_id, raw_text=raw, round_id=rnd.id, now=now).id
            for raw in run.raw_texts]
    return RecordedRound(rnd.id, tuple(ids))


@dataclass(frozen=True)
class Card:
    """A card of a board, as the page shows it and an export writes it: a structured idea,
    or a raw answer (idea None)."""

    idea: Idea | None
    raw_text: str = ""
    notes: str = ""
    pinned: bool = False
    id: int | None = None  # the stored idea's id
    discarded: bool = False
    edited: bool = False  # changed by hand
    origin: str = ""  # 'vary' or 'combine' for a card made from others, else ''


def row_idea(row: BrainstormIdea) -> Idea | None:
    """A stored card's idea, or None for a raw card."""
    data = sb.idea_data(row)
    return Idea.from_dict(data) if data is not None else None


def board_cards(s: Session, board_id: int, *, include_discarded: bool = False,
                pinned_only: bool = False) -> list[Card]:
    """The board's cards in the order they came (see ``storage.brainstorm.list_ideas``)."""
    rows = sb.list_ideas(s, board_id, include_discarded=include_discarded,
                         pinned_only=pinned_only)
    kinds = {r.id: r.kind for r in sb.list_rounds(s, board_id)} if any(
        r.parent_ids for r in rows) else {}
    return [Card(row_idea(row), raw_text=row.raw_text, notes=row.notes, pinned=row.pinned,
                 id=row.id, discarded=row.discarded, edited=row.edited,
                 origin=kinds.get(row.round_id or 0, "") if row.parent_ids else "")
            for row in rows]


def board_ideas(s: Session, board_id: int) -> list[Idea]:
    """The structured ideas on the board (not discarded): what a new round must differ from."""
    return [idea for idea in (row_idea(r) for r in sb.list_ideas(s, board_id))
            if idea is not None]


def load_idea(s: Session, idea_id: int) -> Idea | None:
    """One stored card's idea (None for a raw card); ValidationError when it is gone."""
    return row_idea(sb.get_idea(s, idea_id))


@dataclass(frozen=True)
class BoardExport:
    """What an export of a board writes: its brief and its cards."""

    board_id: int
    title: str
    brief: str
    audience: str
    style: str
    constraints: str
    cards: list[Card]


def board_export(s: Session, board_id: int, *, pinned_only: bool = False) -> BoardExport:
    """The board (or its pinned cards) ready to be written, read in one session."""
    board = sb.get_board(s, board_id)
    return BoardExport(board.id, board.title, board.brief, board.audience, board.style,
                       board.constraints, board_cards(s, board_id, pinned_only=pinned_only))


def export_markdown(board: BoardExport, labels: Mapping[str, str] | None = None) -> str:
    """The Markdown text of an export (``board_markdown`` of its cards)."""
    items: list[Idea | str] = [c.idea if c.idea is not None else c.raw_text
                               for c in board.cards]
    return board_markdown(board.title, board.brief, items, audience=board.audience,
                          style=board.style, constraints=board.constraints, labels=labels)


def write_markdown(path: str | Path, board: BoardExport,
                   labels: Mapping[str, str] | None = None) -> int:
    """Write the export as Markdown; returns the number of cards. OSError when the file
    cannot be written."""
    Path(path).write_text(export_markdown(board, labels), encoding="utf-8")
    return len(board.cards)


# --- Markdown export -------------------------------------------------------------------------


def board_markdown(title: str, brief: str, ideas: Sequence[Idea | str], *,
                   audience: str = "", style: str = "", constraints: str = "",
                   labels: Mapping[str, str] | None = None) -> str:
    """The board as Markdown: the brief, then each idea with its palette as a table (hex,
    role, contrast on the background), fonts, layout, keywords and rationale. A ``str``
    item is a raw card (the model's unparsed answer), shown as a quoted block."""
    t = {
        "brief": "Brief", "audience": "Audience", "style": "Style", "constraints": "Constraints",
        "palette": "Palette", "colour": "Colour", "role": "Role",
        "contrast": "Contrast on background", "typography": "Typography",
        "heading": "Heading", "body": "Body", "layout": "Layout", "imagery": "Imagery",
        "mood": "Mood", "why": "Why it fits", "raw": "Unparsed answer", "notes": "Notes",
        **(labels or {}),
    }
    out = [f"# {title}", "", f"**{t['brief']}:** {brief.strip()}"]
    for key, value in (("audience", audience), ("style", style), ("constraints", constraints)):
        if value.strip():
            out.append(f"**{t[key]}:** {value.strip()}")
    for number, idea in enumerate(ideas, start=1):
        out.append("")
        if isinstance(idea, str):
            out += [f"## {number}. {t['raw']}", ""]
            out += ["> " + line if line else ">" for line in idea.strip().splitlines()]
            continue
        out += [f"## {number}. {idea.title}", "", idea.concept.strip()]
        if idea.palette:
            bg = idea.color("background")
            out += ["", f"### {t['palette']}", "",
                    f"| {t['colour']} | {t['role']} | {t['contrast']} |", "| --- | --- | --- |"]
            for s in idea.palette:
                if bg and s.hex != bg:
                    ratio = contrast_ratio(s.hex, bg)
                    level = wcag_level(ratio)
                    figure = f"{ratio:.2f}:1 ({level if level != 'fail' else '—'})"
                else:
                    figure = ""
                out.append(f"| `{s.hex}` | {s.role} | {figure} |")
        if idea.heading_font or idea.body_font:
            out += ["", f"**{t['typography']}:** {t['heading']} {idea.heading_font or '—'}, "
                        f"{t['body']} {idea.body_font or '—'}"]
        if idea.layout:
            out += ["", f"**{t['layout']}:** {idea.layout}"]
        if idea.imagery:
            out += ["", f"**{t['imagery']}:** {', '.join(idea.imagery)}"]
        if idea.mood:
            out += ["", f"**{t['mood']}:** {', '.join(idea.mood)}"]
        if idea.rationale:
            out += ["", f"**{t['why']}:** {idea.rationale}"]
    return "\n".join(out).rstrip() + "\n"
