"""Export: untranslated segments reported before anything is written, drafts marked
unconfirmed, placeholders checked, the format kept."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest

from storage.db import Store
from storage.documents import TranslationMismatchError, UnsupportedFormatError, load_document
from storage.translation import projects as sp
from storage.translation.export import (
    UntranslatedError,
    export_project_file,
    untranslated_segments,
)
from storage.translation.pretranslate import pretranslate
from tests.unit.translation.conftest import make_project

DOC = "Un.\n\nDeux.\n\nTrois.\n\nQuatre.\n\nCinq.\n"
PO = '''msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "Open"
msgstr ""

msgid "Close"
msgstr ""

msgid "One file"
msgid_plural "%d files"
msgstr[0] ""
msgstr[1] ""
'''


def test_untranslated_segments_stop_the_export_before_writing(tstore: Store,
                                                              tmp_path: Path) -> None:
    pid, [fid] = make_project(tstore, {"a.txt": DOC})
    with tstore.transaction() as s:
        first = sp.segments(s, pid)[0]
        sp.set_target(s, first.id, "One.")
    out = tmp_path / "a.txt"
    with tstore.session() as s:
        missing = untranslated_segments(s, fid)
        assert [u.source for u in missing] == ["Deux.", "Trois.", "Quatre.", "Cinq."]
        with pytest.raises(UntranslatedError) as err:
            export_project_file(s, fid, out)
    assert not out.exists()
    message = str(err.value)
    assert message.startswith("a.txt: 4 segment(s) are not translated yet, so nothing was")
    assert "“Deux.”" in message and "and 1 more" in message and "Cinq" not in message
    assert [u.segment_id for u in err.value.segments] == [m.segment_id for m in missing]

    with tstore.session() as s:
        result = export_project_file(s, fid, out, allow_untranslated=True)
    assert out.read_text(encoding="utf-8") == DOC.replace("Un.", "One.")
    assert (result.segments, result.translated, len(result.untranslated)) == (5, 1, 4)


def test_drafts_are_exported_as_unconfirmed(tstore: Store, tmp_path: Path) -> None:
    pid, [fid] = make_project(tstore, {"ui.po": PO}, source="en", target="fr-CA")
    pretranslate(tstore, pid, lambda texts: [t.upper() for t in texts])
    with tstore.transaction() as s:
        open_ = sp.segments(s, pid)[0]
        sp.confirm(s, open_.id, "Ouvrir")
    out = tmp_path / "ui.po"
    with tstore.session() as s:
        result = export_project_file(s, fid, out)
    assert (result.translated, result.unconfirmed) == (4, 3)
    po = polib.pofile(str(out))
    entries = {e.msgid: e for e in po}
    assert po.metadata["Language"] in ("fr_CA", "fr-CA")
    assert entries["Open"].msgstr == "Ouvrir" and "fuzzy" not in entries["Open"].flags
    assert entries["Close"].msgstr == "CLOSE" and "fuzzy" in entries["Close"].flags
    assert entries["One file"].msgstr_plural[1] == "%D FILES"


def test_export_checks_extension_and_placeholders(tstore: Store, tmp_path: Path) -> None:
    pid, [fid] = make_project(tstore, {"p.html": "<p>Un <b>mot</b>.</p>"})
    with tstore.transaction() as s:
        [seg] = sp.segments(s, pid)
        sp.set_target(s, seg.id, "A ⟨/1⟩word⟨1⟩.")
    with tstore.session() as s:
        with pytest.raises(UnsupportedFormatError, match="own extension"):
            export_project_file(s, fid, tmp_path / "p.txt")
        with pytest.raises(TranslationMismatchError):
            export_project_file(s, fid, tmp_path / "p.html")
    assert not (tmp_path / "p.html").exists()
    with tstore.transaction() as s:
        sp.set_target(s, seg.id, "A ⟨1⟩word⟨/1⟩.")
    with tstore.session() as s:
        export_project_file(s, fid, tmp_path / "p.html")
    assert "A <b>word</b>." in (tmp_path / "p.html").read_text(encoding="utf-8")
    assert load_document(tmp_path / "p.html").segments[0].source == "A ⟨1⟩word⟨/1⟩."
