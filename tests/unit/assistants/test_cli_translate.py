"""`atelier translate` with the tiny seq2seq model (no network): .srt and .docx pre-translated
and written in the same format (timings, paragraphs, styles and runs kept), the translation
memory first, resumable projects; `atelier tm` / `atelier glossary`; clear errors."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest

from storage.db import open_store
from storage.documents import load_document
from storage.paths import store_path
from storage.translation import projects as sp
from tests.cli_helpers import run

SRT = ("1\n00:00:01,000 --> 00:00:03,500\nBonjour, je suis une freelance à Paris.\n\n"
       "2\n00:00:04,000 --> 00:00:06,250\nLe devis est prêt pour le client.\n\n"
       "3\n00:01:02,500 --> 00:01:04,000\nMerci pour votre commande.\n\n")
TIMING_RE = re.compile(r"^\d\d:\d\d:\d\d,\d{3} --> .*$", re.M)


@pytest.fixture
def data_dir(tiny_mt_data_dir: Path) -> Path:
    return tiny_mt_data_dir


def project_rows(data_dir: Path, name: str) -> list:
    with open_store(store_path(data_dir)) as store, store.session() as s:
        project = sp.find_project(s, name)
        return sp.segments(s, project.id)


def test_translate_srt_fills_mt_segments_and_keeps_timings(
        capsys, data_dir: Path, tmp_path: Path) -> None:
    src = tmp_path / "episode.srt"
    src.write_text(SRT, encoding="utf-8")
    out = tmp_path / "episode.en.srt"
    code, _, err = run(capsys, "translate", str(src), "--from", "fr", "--to", "en",
                       "--model", "tiny-mt", "-o", str(out), "--data-dir", str(data_dir))
    assert code == 0, err
    assert "Pre-translating: 3/3 segments" in err and f"Written to {out}" in err
    written = out.read_text(encoding="utf-8")
    assert TIMING_RE.findall(written) == TIMING_RE.findall(SRT)
    rows = project_rows(data_dir, "episode.srt (fr → en)")
    assert [r.status for r in rows] == ["mt"] * 3
    assert all(r.target and r.target == r.mt and r.target != r.source for r in rows)
    again = load_document(out)
    assert [s.source for s in again.segments] == [r.target for r in rows]

    # Running it again reuses the project: nothing is sent to the model twice.
    code, _, err = run(capsys, "translate", str(src), "--from", "fr", "--to", "en",
                       "--model", "tiny-mt", "-o", str(out), "--data-dir", str(data_dir))
    assert code == 0, err
    assert "Pre-translating" not in err and "Loading" not in err
    assert out.read_text(encoding="utf-8") == written


def make_docx(path: Path) -> Path:
    d = docx.Document()
    d.add_heading("Le devis est prêt pour le client.", level=1)
    p = d.add_paragraph()
    p.add_run("Merci pour votre commande.").bold = True
    p = d.add_paragraph("Je traduis des documents ")
    p.add_run("et je rédige").italic = True
    p.add_run(" des articles.")
    table = d.add_table(rows=2, cols=2)
    for i, cell in enumerate(table._cells):
        cell.text = ["Bonjour.", "La facture.", "Le devis.", "Merci."][i]
    d.save(str(path))
    return path


def runs(paragraph) -> list[tuple[bool | None, bool | None]]:
    return [(r.bold, r.italic) for r in paragraph.runs if r.text.strip()]


def test_translate_docx_keeps_paragraphs_styles_tables_and_runs(
        capsys, data_dir: Path, tmp_path: Path) -> None:
    src = make_docx(tmp_path / "devis.docx")
    out = tmp_path / "quote.docx"
    tmx = tmp_path / "memory.tmx"
    tmx.write_text(
        '<tmx version="1.4"><header srclang="fr"/><body><tu>'
        '<tuv xml:lang="fr"><seg>La facture.</seg></tuv>'
        '<tuv xml:lang="en"><seg>The invoice.</seg></tuv></tu></body></tmx>', encoding="utf-8")
    code, _, err = run(capsys, "translate", str(src), "--from", "fr", "--to", "en",
                       "--model", "tiny-mt", "-o", str(out), "--project", "Devis Dupont",
                       "--tm", str(tmx), "--data-dir", str(data_dir))
    assert code == 0, err
    assert "1 unit(s) added" in err and "1 from the translation memory" in err

    before, after = docx.Document(str(src)), docx.Document(str(out))
    assert [p.style.name for p in after.paragraphs] == [p.style.name for p in before.paragraphs]
    assert [p.text for p in after.paragraphs] != [p.text for p in before.paragraphs]
    assert runs(after.paragraphs[1]) == [(True, None)]  # the bold paragraph stays bold
    assert (None, None) in runs(after.paragraphs[2])
    [table] = after.tables
    assert len(table.rows) == 2 and len(table.columns) == 2
    assert table.cell(0, 1).text == "The invoice."  # the exact TM match wins over the model
    rows = {r.source: r for r in project_rows(data_dir, "Devis Dupont")}
    assert rows["La facture."].status == "tm"
    assert {r.status for k, r in rows.items() if k != "La facture."} == {"mt"}


@pytest.mark.parametrize(("name", "data", "message"), [
    ("broken.docx", b"PK\x03\x04 this is not a zip", "broken.docx: "),
    ("broken.srt", b"1\nno timing here\nHello\n", "broken.srt"),
    ("notes.pdf", b"%PDF-1.4", "“.pdf” files are not supported"),
])
def test_a_bad_file_exits_non_zero_with_the_message(
        capsys, data_dir: Path, tmp_path: Path, name: str, data: bytes, message: str) -> None:
    src = tmp_path / name
    src.write_bytes(data)
    out = tmp_path / ("out" + Path(name).suffix)
    code, _, err = run(capsys, "translate", str(src), "--from", "fr", "--to", "en",
                       "--model", "tiny-mt", "-o", str(out), "--data-dir", str(data_dir))
    assert code == 2 and message in err and not out.exists()
    with open_store(store_path(data_dir)) as store, store.session() as s:
        assert sp.list_projects(s) == []  # nothing half-imported, not even the project


def test_usage_errors(capsys, data_dir: Path, tmp_path: Path) -> None:
    src = tmp_path / "a.srt"
    src.write_text(SRT, encoding="utf-8")
    code, _, err = run(capsys, "translate", str(src), "--from", "fr", "--to", "en",
                       "--model", "tiny-mt", "-o", str(tmp_path / "a.txt"),
                       "--data-dir", str(data_dir))
    assert code == 2 and "a.txt: write the translation with the input's format (.srt)" in err
    code, _, err = run(capsys, "translate", str(src), "--from", "fr", "--to", "en",
                       "--model", "absent", "-o", str(tmp_path / "b.srt"),
                       "--data-dir", str(data_dir))
    assert code == 2 and "No installed model is named “absent”" in err
    # Without a model, only the memory: untranslated segments stop the export.
    code, _, err = run(capsys, "translate", str(src), "--from", "fr", "--to", "en",
                       "-o", str(tmp_path / "b.srt"), "--data-dir", str(data_dir))
    assert code == 2 and "3 segment(s) are not translated yet" in err
    assert not (tmp_path / "b.srt").exists()
    code, _, err = run(capsys, "translate", str(src), "--from", "fr", "--to", "en",
                       "-o", str(tmp_path / "b.srt"), "--allow-untranslated",
                       "--data-dir", str(data_dir))
    assert code == 0 and "3 segment(s) were left in the source language" in err
    assert (tmp_path / "b.srt").read_text(encoding="utf-8") == SRT


def test_tm_and_glossary_commands_round_trip(capsys, tmp_path: Path) -> None:
    d = str(tmp_path / "data")
    tmx = tmp_path / "in.tmx"
    tmx.write_text('<tmx version="1.4"><header/><body><tu><tuv xml:lang="fr"><seg>Oui.</seg>'
                   '</tuv><tuv xml:lang="en"><seg>Yes.</seg></tuv></tu></body></tmx>',
                   encoding="utf-8")
    code, out, _ = run(capsys, "tm", "import", str(tmx), "--from", "fr", "--to", "en",
                       "--data-dir", d)
    assert code == 0 and "1 unit(s) added" in out
    code, out, _ = run(capsys, "tm", "export", str(tmp_path / "out.tmx"), "--from", "fr",
                       "--to", "en", "--data-dir", d)
    assert code == 0 and "Wrote 1 unit(s)" in out
    assert "<seg>Yes.</seg>" in (tmp_path / "out.tmx").read_text(encoding="utf-8")
    csv = tmp_path / "g.csv"
    csv.write_text("source;target;required\ndevis;quote;oui\n", encoding="utf-8")
    code, out, _ = run(capsys, "glossary", "import", str(csv), "--from", "fr", "--to", "en",
                       "--data-dir", d)
    assert code == 0 and "1 term(s) added" in out
    code, out, _ = run(capsys, "glossary", "export", str(tmp_path / "o.csv"), "--from", "fr",
                       "--to", "en", "--data-dir", d)
    assert code == 0 and "devis,quote,,yes,no" in (tmp_path / "o.csv").read_text("utf-8-sig")
    bad = tmp_path / "bad.csv"
    bad.write_text("source,target\n,x\n", encoding="utf-8")
    code, _, err = run(capsys, "glossary", "import", str(bad), "--from", "fr", "--to", "en",
                       "--data-dir", d)
    assert code == 2 and "bad.csv, line 2" in err
