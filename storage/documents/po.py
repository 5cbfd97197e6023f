"""Gettext catalogues (.po, .pot), read and written with polib.

Structure: an entry is a unit and, by default, one segment (``SegmentationRules.split_entries``
cuts untranslated entries into sentences). A plural entry gives two segments: the singular
(``msgid``) and the plural (``msgid_plural``, ``Segment.plural_of`` = the singular's id). Ids
are ``po:`` plus a hash of msgctxt and msgid, so they survive a new version of the template.
``context`` is the msgctxt, ``note`` the extracted and translator comments and the flags,
``location`` the source references; ``target`` / ``target_state`` the msgstr already there.
Obsolete (``#~``) entries and the header are not segments.

Export fills msgstr (or msgstr[0…n-1]: the singular's translation in [0], the plural's in the
others, for the target's ``nplurals``) and keeps everything else: header and its comment,
comments, references, flags, msgctxt, previous msgids, obsolete entries. A translated entry
loses its ``fuzzy`` flag (and previous msgid) unless it is unconfirmed; an entry whose target
language has more than two plural forms is marked fuzzy so a person checks the extra forms.
Untranslated entries keep their msgstr (empty: gettext falls back to the source language).
With ``target_language``, the header's Language (and Plural-Forms when it is missing or a
template's placeholder) is filled, and a template header's fuzzy flag is removed. polib
re-wraps long lines at 78 columns: the catalogue is the same, its line wrapping may differ.
"""

from __future__ import annotations

import hashlib
import re

import polib

from storage.documents._io import decode_text, encode_text, newline_of
from storage.documents._units import (
    ExportOptions,
    MismatchCollector,
    Slot,
    Unit,
    plain_text,
    realize,
    segment_units,
    touched,
)
from storage.documents.errors import MalformedDocumentError, TranslationMismatchError
from storage.documents.model import Document
from storage.documents.segment import SegmentationRules

FORMAT = "po"
EXTENSIONS = (".po", ".pot")

_CHARSET_RE = re.compile(rb'charset=([\w.:-]+)')
_LINE_RE = re.compile(r"\(line (\d+)\)")
_NPLURALS_RE = re.compile(r"nplurals\s*=\s*(\d+)")

#: Plural-Forms headers for target languages, by language code.
PLURAL_FORMS = {
    **dict.fromkeys(
        ["en", "de", "nl", "sv", "da", "nb", "nn", "no", "fi", "et", "el", "it", "es", "ca",
         "eu", "gl", "hu", "bg", "eo", "he", "af", "sq", "tr", "az", "ka", "hi", "bn", "ta",
         "te", "mr", "ur", "sw", "pt_PT"],
        "nplurals=2; plural=(n != 1);"),
    **dict.fromkeys(["fr", "pt", "pt_BR", "oc", "br", "ln", "hy", "fa", "am", "wa"],
                    "nplurals=2; plural=(n > 1);"),
    **dict.fromkeys(["ja", "zh", "ko", "vi", "th", "id", "ms", "lo", "km", "my"],
                    "nplurals=1; plural=0;"),
    **dict.fromkeys(["ru", "uk", "be", "sr", "hr", "bs"],
                    "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
                    "(n%100<10 || n%100>=20) ? 1 : 2);"),
    "pl": "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) "
          "? 1 : 2);",
    **dict.fromkeys(["cs", "sk"], "nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;"),
    "ro": "nplurals=3; plural=(n==1 ? 0 : (n==0 || (n%100 > 0 && n%100 < 20)) ? 1 : 2);",
    "lt": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && (n%100<10 || n%100>=20) "
          "? 1 : 2);",
    "sl": "nplurals=4; plural=(n%100==1 ? 0 : n%100==2 ? 1 : n%100==3 || n%100==4 ? 2 : 3);",
    "ga": "nplurals=5; plural=(n==1 ? 0 : n==2 ? 1 : n<7 ? 2 : n<11 ? 3 : 4);",
    "ar": "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 "
          ": n%100>=11 ? 4 : 5);",
}


def plural_forms_for(language: str) -> str | None:
    """The Plural-Forms header for a language code (``fr``, ``pt_BR``, ``en-US``), if known."""
    code = language.replace("-", "_")
    return PLURAL_FORMS.get(code) or PLURAL_FORMS.get(code.split("_")[0].lower())


_STRING = r'"(?:[^"\\]|\\.)*"'
_KEYWORD_RE = re.compile(
    rf"^(msgctxt|msgid_plural|msgid|msgstr\[\d+\]|msgstr)(?![\w\[])\s*({_STRING})?\s*(.*)$")
_CONTINUATION_RE = re.compile(rf"^{_STRING}\s*$")


def _check_syntax(text: str, name: str) -> None:
    """Catch what polib lets through silently (an unclosed quote, a msgid without msgstr), so
    that an entry is never dropped or merged without a word."""
    state = "start"  # what the last keyword was: start, ctxt, id, plural, str
    entry_line = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        m = _KEYWORD_RE.match(line)
        if m:
            keyword, string, rest = m.groups()
            if string is None or rest:
                shown = line if len(line) <= 50 else line[:47] + "…"
                raise MalformedDocumentError(
                    name, "syntax error in “{text}”: the text after {keyword} must be one "
                          "string in double quotes (a quote inside it is written \\\").",
                    {"text": shown, "keyword": keyword}, line=number)
            if keyword in ("msgctxt", "msgid") and state in ("ctxt", "id", "plural") and not (
                    keyword == "msgid" and state == "ctxt"):
                raise MalformedDocumentError(
                    name, "the entry starting on line {start} has no msgstr.",
                    {"start": entry_line}, line=number)
            if keyword == "msgctxt":
                state, entry_line = "ctxt", number
            elif keyword == "msgid":
                entry_line = entry_line if state == "ctxt" else number
                state = "id"
            elif keyword == "msgid_plural":
                if state != "id":
                    raise MalformedDocumentError(name, "msgid_plural without a msgid before it.",
                                                 line=number)
                state = "plural"
            else:
                if state not in ("id", "plural", "str"):
                    raise MalformedDocumentError(name, "{keyword} without a msgid before it.",
                                                 {"keyword": keyword}, line=number)
                state = "str"
            continue
        if line.startswith('"'):
            if not _CONTINUATION_RE.match(line):
                raise MalformedDocumentError(
                    name, "syntax error: a string is not closed by a double quote (or has an "
                          "unescaped quote inside).", line=number)
            if state == "start":
                raise MalformedDocumentError(name, "a string outside any entry.", line=number)
            continue
        shown = line if len(line) <= 50 else line[:47] + "…"
        raise MalformedDocumentError(
            name, "syntax error: “{text}” is not a gettext keyword (msgid, msgstr…), a string "
                  "or a comment.", {"text": shown}, line=number)
    if state in ("ctxt", "id", "plural"):
        raise MalformedDocumentError(name, "the entry starting on line {start} has no msgstr.",
                                     {"start": entry_line}, line=entry_line)


def _parse(data: bytes, name: str) -> tuple[polib.POFile, str, str | None]:
    m = _CHARSET_RE.search(data[:4096])
    declared = m.group(1).decode("ascii", "replace") if m else None
    if declared and declared.upper() == "CHARSET":
        declared = None
    decoded = decode_text(data, name, legacy=False, declared=declared)
    text = decoded.text
    if text.startswith("\ufeff"):
        text = text[1:]
    _check_syntax(text, name)
    try:
        # polib takes a string holding a newline as the file's content, never as a path.
        po = polib.pofile(text + "\n", encoding=decoded.encoding.replace("-sig", ""))
    except (OSError, ValueError, KeyError, IndexError) as exc:
        m = _LINE_RE.search(str(exc))
        detail = str(exc).split(": ", 1)[1] if ": " in str(exc) else ""
        line = int(m.group(1)) if m else None
        if detail:
            raise MalformedDocumentError(
                name, "is not a valid gettext catalogue: syntax error ({reason}). Check the "
                      "quotes and keywords (msgid, msgstr) on that line.", {"reason": detail},
                line=line) from exc
        raise MalformedDocumentError(
            name, "is not a valid gettext catalogue: syntax error. Check the quotes and "
                  "keywords (msgid, msgstr) on that line.", line=line) from exc
    if not text.strip():
        return po, decoded.encoding, None
    if not len(po) and not po.metadata and text.strip() and "msgid" not in text:
        raise MalformedDocumentError(name, "is not a gettext catalogue: it has no msgid.")
    return po, decoded.encoding, decoded.note


def _entry_id(entry: polib.POEntry) -> str:
    key = f"{entry.msgctxt or ''}\x04{entry.msgid}".encode()
    return "po:" + hashlib.sha1(key, usedforsecurity=False).hexdigest()[:12]


def _note(entry: polib.POEntry) -> str:
    parts = []
    if entry.comment:
        parts.append(entry.comment)
    if entry.tcomment:
        parts.append(entry.tcomment)
    flags = [f for f in entry.flags if f != "fuzzy"]
    if flags:
        parts.append("Flags: " + ", ".join(flags))
    return "\n".join(parts)


def _units(po: polib.POFile) -> list[tuple[polib.POEntry, Unit, Unit | None]]:
    out = []
    seen: dict[str, int] = {}
    for n, entry in enumerate((e for e in po if not e.obsolete), start=1):
        uid = _entry_id(entry)
        seen[uid] = seen.get(uid, 0) + 1
        if seen[uid] > 1:
            uid = f"{uid}#{seen[uid]}"
        refs = ", ".join(f"{f}:{ln}" if ln else f for f, ln in entry.occurrences[:3])
        location = f"Entry {n}" + (f" ({refs})" if refs else "")
        state = "fuzzy" if "fuzzy" in entry.flags else None
        if entry.msgid_plural:
            forms = entry.msgstr_plural
            sing_target = forms.get(0, "")
            plur_target = forms.get(1, forms.get(0, ""))
            state = state or ("translated" if any(forms.values()) else None)
            single = Unit(uid, [entry.msgid], location, entry.msgctxt or "", _note(entry),
                          whole=True, splittable=False,
                          target=[sing_target] if sing_target else None, target_state=state)
            plural = Unit(f"{uid}.plural", [entry.msgid_plural], location + ", plural",
                          entry.msgctxt or "", _note(entry), whole=True, splittable=False,
                          plural_of=uid, target=[plur_target] if plur_target else None,
                          target_state=state)
            out.append((entry, single, plural))
        else:
            state = state or ("translated" if entry.msgstr else None)
            out.append((entry, Unit(uid, [entry.msgid], location, entry.msgctxt or "",
                                    _note(entry), whole=True,
                                    target=[entry.msgstr] if entry.msgstr else None,
                                    target_state=state), None))
    return out


def _all_units(triples: list[tuple[polib.POEntry, Unit, Unit | None]]) -> list[Unit]:
    units = []
    for _, single, plural in triples:
        units.append(single)
        if plural is not None:
            units.append(plural)
    return units


def read(data: bytes, name: str, rules: SegmentationRules) -> Document:
    po, encoding, note = _parse(data, name)
    segments, _ = segment_units(_all_units(_units(po)), rules)
    language = po.metadata.get("Language") or None
    return Document(FORMAT, name, data, tuple(segments), rules, encoding,
                    target_language=language, notes=tuple(n for n in [note] if n))


def _nplurals(po: polib.POFile) -> int:
    m = _NPLURALS_RE.search(po.metadata.get("Plural-Forms", ""))
    return int(m.group(1)) if m and int(m.group(1)) > 0 else 2


def write(document: Document, translations: dict[str, str], options: ExportOptions) -> bytes:
    po, encoding, _ = _parse(document.data, document.name)
    triples = _units(po)
    _, layouts = segment_units(_all_units(triples), document.rules)

    if options.target_language:
        _fill_header(po, options.target_language)
    if "charset=CHARSET" in po.metadata.get("Content-Type", ""):
        po.metadata["Content-Type"] = po.metadata["Content-Type"].replace(
            "charset=CHARSET", "charset=UTF-8")
        encoding = "utf-8"
    nplurals = _nplurals(po)

    problems = MismatchCollector()

    def translated(unit: Unit | None) -> tuple[str | None, bool]:
        if unit is None:
            return None, False
        layout = layouts[unit.id]
        if not touched(layout, translations):
            return None, False
        pieces, _ = realize(layout, translations, problems)
        ids = {i.segment_id for i in layout if isinstance(i, Slot)}
        return plain_text(pieces), bool(ids & options.unconfirmed)

    for entry, single, plural in triples:
        t_single, draft_single = translated(single)
        t_plural, draft_plural = translated(plural)
        if t_single is None and t_plural is None:
            continue
        draft = draft_single or draft_plural
        if entry.msgid_plural:
            forms = dict(entry.msgstr_plural)
            if nplurals == 1:
                forms[0] = t_plural or t_single or forms.get(0, "")
            else:
                if t_single is not None:
                    forms[0] = t_single
                if t_plural is not None:
                    for i in range(1, nplurals):
                        forms[i] = t_plural
            entry.msgstr_plural = {i: forms.get(i, "") for i in range(nplurals)}
            if nplurals > 2 or not all(entry.msgstr_plural.values()):
                draft = True
        else:
            entry.msgstr = t_single or ""
        if draft:
            if "fuzzy" not in entry.flags:
                entry.flags.append("fuzzy")
        else:
            entry.flags = [f for f in entry.flags if f != "fuzzy"]
            entry.previous_msgid = entry.previous_msgid_plural = None
            entry.previous_msgctxt = None
    if problems.problems:
        raise TranslationMismatchError(document.name, problems.problems, problems.details)

    text = str(po)
    if not text.endswith("\n"):
        text += "\n"
    newline = newline_of(decode_text(document.data, document.name, legacy=False,
                                     declared=encoding).text)
    if newline != "\n":
        text = text.replace("\n", newline)
    return encode_text(text, options.encoding or encoding, document.name)


def _fill_header(po: polib.POFile, language: str) -> None:
    po.metadata["Language"] = language
    forms = po.metadata.get("Plural-Forms", "")
    if not forms or "INTEGER" in forms or "EXPRESSION" in forms:
        known = plural_forms_for(language)
        if known:
            po.metadata["Plural-Forms"] = known
    po.metadata_is_fuzzy = 0
