"""Every message template of a document, TMX or export error is listed for translation, and
the app words those errors in the person's language (naming the file and the segment)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import storage
from desktop.document_messages import DOCUMENT_MESSAGES
from desktop.jobs import document_error_text, location_text
from storage.documents import _io, errors, locations
from storage.documents._units import (
    BAD_CLOSE,
    NEVER_CLOSED,
    NOT_IN_SOURCE,
    TWICE,
    WRONG_KIND,
    TooManySegments,
)
from storage.documents.errors import (
    DocumentEncodingError,
    DocumentError,
    TranslationMismatchError,
)
from storage.errors import CsvImportError
from storage.translation.export import Untranslated, UntranslatedError
from storage.translation.glossary import read_csv
from storage.translation.memory import TmxError

ROOT = Path(storage.__file__).parent
SOURCES = [*sorted((ROOT / "documents").glob("*.py")),
           ROOT / "translation" / "export.py", ROOT / "translation" / "memory.py"]
DOCS = Path(__file__).resolve().parents[3] / "shared" / "testdata" / "docs"


def _error_names() -> set[str]:
    names = {"DocumentError", "TmxError"}
    names |= {name for name, obj in vars(errors).items()
              if isinstance(obj, type) and issubclass(obj, DocumentError)}
    return names


def raised_templates() -> tuple[set[str], list[str]]:
    """The literal problem templates given to the document errors, and the places where a
    problem is built otherwise (an f-string: English whatever the language)."""
    names = _error_names()
    found: set[str] = set()
    built: list[str] = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            func = getattr(node, "func", None)
            name = getattr(func, "id", getattr(func, "attr", ""))
            if not (isinstance(node, ast.Call) and name in names and len(node.args) >= 2):
                continue
            problem = node.args[1]
            if isinstance(problem, ast.Constant) and isinstance(problem.value, str):
                found.add(problem.value)
            elif not (name == "TranslationMismatchError"  # its TEMPLATE, checked below
                      or (isinstance(problem, ast.Name) and problem.id == "CANNOT_ENCODE")
                      or (isinstance(problem, ast.Attribute) and problem.attr == "TEMPLATE")):
                built.append(f"{path.name}:{node.lineno}")  # an f-string, a variable…
    return found, built


def glossary_templates() -> tuple[set[str], list[str]]:
    """The same for the glossary's CSV errors (their message is the fourth argument)."""
    found: set[str] = set()
    built: list[str] = []
    path = ROOT / "translation" / "glossary.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        func = getattr(node, "func", None)
        if (isinstance(node, ast.Call) and getattr(func, "id", "") == "CsvImportError"
                and len(node.args) >= 4):
            message = node.args[3]
            if isinstance(message, ast.Constant) and isinstance(message.value, str):
                found.add(message.value)
            else:
                built.append(f"{path.name}:{node.lineno}")
    return found, built


def fixed_templates() -> set[str]:
    return {*errors.PLACES.values(), TranslationMismatchError.TEMPLATE,
            TranslationMismatchError.SEGMENT, TranslationMismatchError.MORE,
            TranslationMismatchError.SEPARATOR, UntranslatedError.SEPARATOR,
            UntranslatedError.TEMPLATE, UntranslatedError.SEGMENT, UntranslatedError.MORE,
            NOT_IN_SOURCE, WRONG_KIND, TWICE, BAD_CLOSE, NEVER_CLOSED,
            TooManySegments.TEMPLATE, _io.CANNOT_ENCODE, CsvImportError.PLACE,
            *locations.WHOLE, *locations.PARTS, *_io._LEGACY_NAMES.values()}


def test_every_document_message_template_is_listed_for_translation() -> None:
    found, _ = raised_templates()
    missing = (found | glossary_templates()[0] | fixed_templates()) - set(DOCUMENT_MESSAGES)
    assert not missing, f"add to desktop/document_messages.py: {sorted(missing)}"


def test_no_document_error_is_built_from_english_pieces() -> None:
    built = raised_templates()[1] + glossary_templates()[1]
    assert not built, f"give these a template and values: {built}"


def test_every_location_of_the_sample_documents_is_known() -> None:
    from storage.documents import load_document

    unknown = []
    for path in sorted(DOCS.iterdir()):
        if path.name == "SOURCES.md":
            continue
        for seg in load_document(path).segments:
            if locations.parse_location(seg.location) is None:
                unknown.append((path.name, seg.location))
    assert not unknown, unknown[:5]


# --- wording with a translation -----------------------------------------------------------

FRENCH = {
    "{file}, {where}: {problem}": "{file}, {where}\u202f: {problem}",
    "{file}: {problem}": "{file}\u202f: {problem}",
    "{file}, line {line}: {problem}": "{file}, ligne {line}\u202f: {problem}",
    "Subtitle {label} ({start} → {end})": "Sous-titre {label} ({start} → {end})",
    "Table {table}, row {row}, cell {cell}": "Tableau {table}, ligne {row}, cellule {cell}",
    "table {table}, row {row}, cell {cell}": "tableau {table}, ligne {row}, cellule {cell}",
    "Line {line}": "Ligne {line}",
    _io.CANNOT_ENCODE: "la traduction contient «\u202f{character}\u202f», que l’encodage du "
                       "fichier, {encoding}, ne peut pas enregistrer.",
    "cannot be written: {reason}.": "ne peut pas être écrit\u202f: {reason}.",
    TranslationMismatchError.TEMPLATE: "traductions dont les balises ne correspondent pas à "
                                       "la source\u202f: {count}. {segments}{more}.",
    TranslationMismatchError.SEGMENT: "segment {segment}\u202f: {problem}",
    NOT_IN_SOURCE: "{placeholder} n’est pas dans la source",
    UntranslatedError.TEMPLATE: "{file}\u202f: segments pas encore traduits\u202f: {count} "
                                "({segments}{more}).",
    UntranslatedError.SEGMENT: "{where}\u202f: «\u202f{source}\u202f»",
    UntranslatedError.MORE: " et {count} de plus",
    "is not well-formed XML ({reason}).": "n’est pas un XML bien formé ({reason}).",
    CsvImportError.PLACE: "{file}, ligne {line}, colonne «\u202f{field}\u202f»\u202f: {problem}",
    "the term is too long ({limit} characters at most).":
        "le terme est trop long ({limit} caractères au plus).",
}


def french(text: str) -> str:
    return FRENCH.get(text, text)


def test_an_encoding_error_reads_in_french_naming_the_file_and_the_subtitle() -> None:
    error = DocumentEncodingError("/tmp/film.srt", _io.CANNOT_ENCODE,
                                  _io.cannot_encode("€", "latin-1"),
                                  where="Subtitle 12 (00:01:02,000 → 00:01:04,000)")
    assert str(error) == ("film.srt, Subtitle 12 (00:01:02,000 → 00:01:04,000): the "
                          "translation contains “€”, which the file's encoding, ISO-8859-1 "
                          "(Latin-1), cannot store. Export again choosing UTF-8.")
    assert document_error_text(error, french) == (
        "film.srt, Sous-titre 12 (00:01:02,000 → 00:01:04,000)\u202f: la traduction contient "
        "«\u202f€\u202f», que l’encodage du fichier, ISO-8859-1 (Latin-1), ne peut pas "
        "enregistrer.")
    # Without a catalogue the app says what the command line says.
    assert document_error_text(error, lambda text: text) == str(error)


def test_a_placeholder_mismatch_reads_in_french() -> None:
    error = TranslationMismatchError("a.docx", [("p3", "⟨9⟩ is not in the source")],
                                     [("p3", NOT_IN_SOURCE, {"placeholder": "⟨9⟩"})])
    assert str(error) == ("a.docx: 1 translation(s) do not match their source's inline "
                          "formatting placeholders, so nothing was written. segment p3: ⟨9⟩ "
                          "is not in the source.")
    assert document_error_text(error, french) == (
        "a.docx\u202f: traductions dont les balises ne correspondent pas à la source\u202f: 1. "
        "segment p3\u202f: ⟨9⟩ n’est pas dans la source.")


def test_untranslated_segments_read_in_french_with_their_locations() -> None:
    segments = [Untranslated(k, f"p{k}", f"Table 1, row {k}, cell 1", f"Source {k}")
                for k in range(1, 6)]
    error = UntranslatedError("offre.docx", segments)
    assert str(error).startswith("offre.docx: 5 segment(s) are not translated yet, so "
                                 "nothing was written (Table 1, row 1, cell 1: “Source 1”;")
    assert document_error_text(error, french) == (
        "offre.docx\u202f: segments pas encore traduits\u202f: 5 (Tableau 1, ligne 1, cellule "
        "1\u202f: «\u202fSource 1\u202f»; Tableau 1, ligne 2, cellule 1\u202f: «\u202fSource "
        "2\u202f»; Tableau 1, ligne 3, cellule 1\u202f: «\u202fSource 3\u202f» et 2 de plus).")


def test_a_tmx_error_reads_in_french_with_its_line() -> None:
    error = TmxError("memoire.tmx", "is not well-formed XML ({reason}).",
                     {"reason": "mismatched tag"}, line=4)
    assert str(error) == "memoire.tmx, line 4: is not well-formed XML (mismatched tag)."
    assert document_error_text(error, french) == (
        "memoire.tmx, ligne 4\u202f: n’est pas un XML bien formé (mismatched tag).")


@pytest.mark.parametrize(("english", "worded"), [
    ("Table 2, row 1, cell 3 › table 1, row 4, cell 2",
     "Tableau 2, ligne 1, cellule 3 › tableau 1, ligne 4, cellule 2"),
    ("Line 7", "Ligne 7"),
    ("Something else, 3", "Something else, 3"),
])
def test_locations_are_worded_part_by_part(english: str, worded: str) -> None:
    assert location_text(english, french) == worded


def test_a_translation_naming_an_unknown_value_falls_back_to_english() -> None:
    error = DocumentError("a.txt", "cannot be written: {reason}.", {"reason": "disk full"})
    wrong = {"cannot be written: {reason}.": "ne peut pas être écrit\u202f: {raison}."}
    assert document_error_text(error, lambda t: wrong.get(t, t)) == (
        "a.txt: cannot be written: disk full.")


def test_a_glossary_line_reads_in_french_naming_the_file_line_and_column() -> None:
    with pytest.raises(CsvImportError) as caught:
        read_csv(("source,target\nfacture," + "x" * 301 + "\n").encode(), "termes.csv")
    assert str(caught.value) == ("termes.csv, line 2, field “target”: the term is too long "
                                 "(300 characters at most).")
    assert document_error_text(caught.value, french) == (
        "termes.csv, ligne 2, colonne «\u202ftarget\u202f»\u202f: le terme est trop long "
        "(300 caractères au plus).")
