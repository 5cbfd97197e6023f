"""Quality checks of a translated segment: a list of :class:`QaIssue` (code, message, severity).

Checks (``code``: what it reports, severity):

- ``empty_target`` (error): no translation while the source has text;
- ``placeholder`` (error) / ``placeholder_missing`` (warning): inline formatting placeholders
  (``⟨1⟩…⟨/1⟩``, ``⟨2/⟩``) unknown, repeated or mis-nested — export refuses those — or left out
  (the formatting is lost), from ``storage.documents.check_placeholders``;
- ``format_placeholder`` (error): printf and format placeholders that differ between source and
  translation: ``%s``, ``%d``, ``%.2f``, ``%1$s``, ``%(name)s``, ``{0}``, ``{name}``,
  ``{name:>10}``, ``{{ var }}``, ``${var}``, ``%{var}``, ``%VAR%`` (compared as multisets:
  their order may change);
- ``numbers`` (warning): numbers that differ, once written the same way: ``1 000,50`` (French)
  equals ``1,000.50`` (English), ``3,5`` equals ``3.5``. Separators are read with the language's
  conventions (:func:`parse_number`); dates and times compare by their parts;
- ``term_missing`` (warning): a glossary term marked required is in the source but none of its
  target terms is in the translation;
- ``double_space`` (warning): more runs of two spaces in the translation than in the source;
- ``final_punctuation`` (warning): the source and the translation end differently (``.``,
  ``!``, ``?``, ``:``, ``;``, ``…``, or none); closing quotes and brackets and the space French
  puts before ``?!:;`` are looked through, so ``Vraiment ?`` matches ``Really?`` and ``...``
  matches ``…``;
- ``too_long`` (error): longer than the file's length limit (XLIFF ``maxwidth``);
- ``invisible_characters`` (warning): control characters, lone surrogates or U+FFFE/U+FFFF
  (typed, pasted or imported: :mod:`storage.cleantext`), which no file can hold: export
  leaves them out and says so, this check shows which segment holds them and what they are.

The messages are English sentences for the log and the CLI; the editor shows its own
translated text per ``code`` (the values in ``QaIssue.data`` fill it in).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.cleantext import describe, illegal_characters
from storage.documents.placeholders import check_placeholders, strip_placeholders
from storage.tables import SegmentStatus, TranslationFile, TranslationProject, TranslationSegment
from storage.translation.glossary import Glossary
from storage.translation.languages import uses_decimal_comma

ERROR = "error"
WARNING = "warning"

#: Every check's code, in the order checks run.
CODES = ("empty_target", "placeholder", "placeholder_missing", "format_placeholder", "numbers",
         "term_missing", "double_space", "final_punctuation", "too_long",
         "invisible_characters")


@dataclass(frozen=True)
class QaIssue:
    code: str
    message: str
    severity: str = WARNING
    data: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False)


# --- format placeholders -----------------------------------------------------------------------

_FORMAT_RE = re.compile(
    r"""
    %%                                                   # a literal percent: skipped below
    | %(?:\(\w+\)|\d+\$)?[-+0\#]*(?:\d+|\*)?(?:\.(?:\d+|\*))?[hlLqjzt]*[diouxXeEfFgGcrsa]
    | \{\{\s*[\w.\[\]|:"' -]+?\s*\}\}                     # {{ var }}, {{ var|filter }}
    | \$\{\w[\w.]*\}                                     # ${var}
    | %\{\w+\}                                           # %{var}
    | %[A-Z][A-Z0-9_]*%                                  # %VAR%
    | \{\d*\}|\{[A-Za-z_][\w.\[\]]*(?:![rsa])?(?::[^{}]*)?\}   # {0}, {}, {name}, {name:>10}
    """,
    re.VERBOSE,
)


def format_placeholders(text: str) -> list[str]:
    """printf / format placeholders of ``text`` (see the module docstring), in order."""
    found = []
    for m in _FORMAT_RE.finditer(strip_placeholders(text)):
        token = m.group(0)
        if token == "%%":
            continue
        if token.startswith("{{"):
            token = "{{" + token[2:-2].strip() + "}}"
        found.append(token)
    return found


# --- numbers ------------------------------------------------------------------------------------

_NUMBER_RE = re.compile(r"\d+(?:(?:[.,]|[ \u00a0\u202f'’](?=\d{3}(?!\d)))\d+)*")


def _grouped(groups: list[str]) -> bool:
    """Whether these digit groups read as a number with thousands separators (1 / 000 / 000)."""
    return (1 <= len(groups[0]) <= 3 and not groups[0].startswith("0")
            and all(len(g) == 3 for g in groups[1:]))


def _values(token: str, lang: str | None) -> list[Decimal]:
    t = re.sub(r"[ \u00a0\u202f'’]", "", token)
    commas, dots = t.count(","), t.count(".")
    if commas and dots:
        dec = "," if t.rfind(",") > t.rfind(".") else "."
        thousands = "." if dec == "," else ","
        head, tail = t.rsplit(dec, 1)
        groups = head.split(thousands)
        if dec in head or not _grouped(groups):
            return [Decimal(p) for p in re.split(r"[.,]", t)]
        t = "".join(groups) + "." + tail
    elif commas or dots:
        sep = "," if commas else "."
        parts = t.split(sep)
        if len(parts) > 2:
            return [Decimal("".join(parts))] if _grouped(parts) else [Decimal(p) for p in parts]
        head, tail = parts
        comma_decimal = uses_decimal_comma(lang)
        grouping = len(tail) == 3 and _grouped(parts) and (
            (sep == "," and not comma_decimal) or (sep == "." and comma_decimal))
        t = head + tail if grouping else head + "." + tail
    return [Decimal(t)]


def parse_number(token: str, lang: str | None) -> Decimal | None:
    """The value of a number as written in ``lang``: ``1 000,50`` / ``1.000,50`` (French) and
    ``1,000.50`` (English) are 1000.5. With one separator followed by exactly three digits
    (``1,000`` / ``1.000``) the language decides: a thousands separator in English for ``,``,
    in French for ``.``; otherwise a separator is the decimal mark. None for something that is
    not one number (``12.03.2025`` is three: see :func:`numbers`)."""
    try:
        values = _values(token, lang)
    except InvalidOperation:
        return None
    return values[0].normalize() if len(values) == 1 else None


def numbers(text: str, lang: str | None) -> list[Decimal]:
    """The numbers of a text (placeholders and format placeholders left out); a date or a
    version (``12.03.2025``, ``1.2.3``) counts as its parts."""
    plain = _FORMAT_RE.sub(" ", strip_placeholders(text))
    out = []
    for m in _NUMBER_RE.finditer(plain):
        try:
            out.extend(v.normalize() for v in _values(m.group(0), lang))
        except InvalidOperation:
            continue
    return out


def _show(value: Decimal, lang: str | None) -> str:
    text = format(value, "f")
    return text.replace(".", ",") if uses_decimal_comma(lang) else text


# --- final punctuation --------------------------------------------------------------------------

_CLOSERS = "»”’\"')]}›"
_SPACES = " \u00a0\u202f\t\n"
_FINAL = ".!?:;…"


def final_punctuation(text: str) -> str:
    """The sentence-final punctuation of ``text`` (``"?"``, ``"!?"``, ``"…"``; ``""`` if none),
    looking through placeholders, closing quotes/brackets and French spacing."""
    t = strip_placeholders(text).rstrip(_SPACES)
    while t and t[-1] in _CLOSERS:
        t = t[:-1].rstrip(_SPACES)
    run = []
    while t and t[-1] in _FINAL:
        run.append(t[-1])
        t = t[:-1]
    punct = "".join(reversed(run))
    return punct.replace("...", "…")


# --- the checks ---------------------------------------------------------------------------------


def _has_text(text: str) -> bool:
    return any(ch.isalnum() for ch in strip_placeholders(text))


def check_segment(source: str, target: str, *, source_lang: str | None = None,
                  target_lang: str | None = None, glossary: Glossary | None = None,
                  max_length: int | None = None) -> list[QaIssue]:
    """Every issue of ``target`` as the translation of ``source``."""
    target = target or ""
    if not target.strip():
        if _has_text(source) or source.strip():
            return [QaIssue("empty_target", "The translation is empty.", ERROR)]
        return []
    issues: list[QaIssue] = []

    for p in check_placeholders(source, target):
        if p.blocking:
            issues.append(QaIssue("placeholder", f"Inline formatting: {p.message}.", ERROR,
                                  {"placeholder": p.placeholder, "detail": p.message}))
        else:
            issues.append(QaIssue(
                "placeholder_missing",
                f"Inline formatting: {p.placeholder} is missing (its formatting is lost).",
                WARNING, {"placeholder": p.placeholder}))

    src_fmt, tgt_fmt = Counter(format_placeholders(source)), Counter(format_placeholders(target))
    for token in sorted((src_fmt - tgt_fmt).elements()):
        issues.append(QaIssue("format_placeholder", f"{token} is missing from the translation.",
                              ERROR, {"placeholder": token, "where": "target"}))
    for token in sorted((tgt_fmt - src_fmt).elements()):
        issues.append(QaIssue("format_placeholder", f"{token} is not in the source.", ERROR,
                              {"placeholder": token, "where": "source"}))

    src_num = Counter(numbers(source, source_lang))
    tgt_num = Counter(numbers(target, target_lang))
    if src_num != tgt_num:
        missing = ", ".join(_show(v, target_lang) for v in sorted((src_num - tgt_num).elements()))
        extra = ", ".join(_show(v, target_lang) for v in sorted((tgt_num - src_num).elements()))
        parts = []
        if missing:
            parts.append(f"{missing} not in the translation")
        if extra:
            parts.append(f"{extra} not in the source")
        issues.append(QaIssue("numbers", "Numbers differ: " + "; ".join(parts) + ".", WARNING,
                              {"missing": missing, "extra": extra}))

    if glossary is not None and len(glossary):
        wanted: dict[str, list] = {}
        for hit in glossary.hits(source):
            if hit.term.required:
                wanted.setdefault(hit.term.source.casefold(), []).append(hit.term)
        for terms in wanted.values():
            if not any(glossary.target_has(t, target) for t in terms):
                options = " / ".join(dict.fromkeys(t.target for t in terms))
                issues.append(QaIssue(
                    "term_missing",
                    f"The glossary asks for “{options}” (for “{terms[0].source}”).", WARNING,
                    {"source": terms[0].source, "target": options}))

    doubles = len(re.findall(r"[ \u00a0\u202f]{2,}", target.strip()))
    if doubles > len(re.findall(r"[ \u00a0\u202f]{2,}", source.strip())):
        issues.append(QaIssue("double_space", "The translation has doubled spaces.", WARNING))

    src_end, tgt_end = final_punctuation(source), final_punctuation(target)
    if src_end != tgt_end:
        a = f"“{src_end}”" if src_end else "no punctuation"
        b = f"“{tgt_end}”" if tgt_end else "no punctuation"
        issues.append(QaIssue("final_punctuation",
                              f"The source ends with {a}, the translation with {b}.", WARNING,
                              {"source": src_end, "target": tgt_end}))

    if max_length is not None and len(strip_placeholders(target)) > max_length:
        issues.append(QaIssue("too_long",
                              f"The translation is longer than the {max_length} characters "
                              "the file allows.", ERROR, {"max_length": str(max_length)}))

    found = illegal_characters(target)
    if found:
        shown = ", ".join(dict.fromkeys(describe(ch) for _, ch in found))
        issues.append(QaIssue(
            "invisible_characters",
            f"The translation holds {len(found)} invisible character(s) ({shown}) that files "
            "cannot hold: export leaves them out.", WARNING,
            {"count": str(len(found)), "characters": shown}))
    return issues


def check_project(s: Session, project_id: int, *, file_id: int | None = None,
                  segment_ids: list[int] | None = None, include_new: bool = False,
                  glossary: Glossary | None = None) -> dict[int, list[QaIssue]]:
    """Issues per segment row id (segments without issues are left out). Segments not
    translated yet (status ``new``, no target) are skipped unless ``include_new``: export
    reports those. The project's glossary is loaded unless one is given."""
    project = s.get(TranslationProject, project_id)
    if project is None:
        return {}
    if glossary is None:
        glossary = Glossary.load(s, project.source_lang, project.target_lang)
    q = (select(TranslationSegment).join(TranslationFile)
         .where(TranslationFile.project_id == project_id)
         .order_by(TranslationSegment.file_id, TranslationSegment.position))
    if file_id is not None:
        q = q.where(TranslationSegment.file_id == file_id)
    if segment_ids is not None:
        q = q.where(TranslationSegment.id.in_(segment_ids))
    out: dict[int, list[QaIssue]] = {}
    for seg in s.scalars(q):
        if seg.status == SegmentStatus.NEW and not seg.target.strip() and not include_new:
            continue
        issues = check_segment(seg.source, seg.target, source_lang=project.source_lang,
                               target_lang=project.target_lang, glossary=glossary,
                               max_length=seg.max_length)
        if issues:
            out[seg.id] = issues
    return out
