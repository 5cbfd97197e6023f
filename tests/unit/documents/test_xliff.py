"""XLIFF 1.2: trans-units, inline elements as placeholders, states on export; errors."""

from __future__ import annotations

import pytest
from lxml import etree

from storage.documents import (
    MalformedDocumentError,
    UnsupportedFormatError,
    read_document,
    render_document,
    untranslated,
)

NS = "urn:oasis:names:tc:xliff:document:1.2"
XLF = f'''<?xml version="1.0" encoding="UTF-8"?>
<!-- made by hand -->
<xliff version="1.2" xmlns="{NS}">
  <file source-language="en" datatype="html" original="page.html">
    <body>
      <trans-unit id="t1" resname="welcome">
        <source>Click <g id="1">here</g> to continue<x id="2"/>.</source>
        <note>Button text</note>
      </trans-unit>
      <group id="g">
        <trans-unit id="t2" maxwidth="20" size-unit="char">
          <source>Save <ph id="1">&lt;br/&gt;</ph>now</source>
          <target state="needs-review-translation"
            >Enregistrer <ph id="1">&lt;br/&gt;</ph>maintenant</target>
        </trans-unit>
      </group>
      <trans-unit id="t3" translate="no"><source>ACME</source></trans-unit>
      <trans-unit id="t4"><source>Done</source><target>Fait</target></trans-unit>
    </body>
  </file>
</xliff>
'''.encode()


def units(data: bytes) -> dict[str, etree._Element]:
    root = etree.fromstring(data)
    return {tu.get("id"): tu for tu in root.iter(f"{{{NS}}}trans-unit")}


def test_units_become_segments() -> None:
    doc = read_document(XLF, "page.xlf")
    assert (doc.source_language, doc.target_language) == ("en", None)
    t1, t2, t4 = doc.segments
    assert (t1.id, t1.source, t1.context, t1.note) == (
        "t1", "Click ⟨1⟩here⟨/1⟩ to continue⟨2/⟩.", "welcome", "Button text")
    assert t1.tags == {"1": "formatting 1", "2": "placeholder 2"}
    assert t1.target is None
    assert (t2.source, t2.max_length) == ("Save ⟨1/⟩now", 20)
    assert (t2.target, t2.target_state) == ("Enregistrer ⟨1/⟩maintenant",
                                            "needs-review-translation")
    assert (t4.target, t4.target_state) == ("Fait", "translated")
    assert [s.id for s in untranslated(doc, {})] == ["t1", "t2"]


def test_export_writes_targets_and_states() -> None:
    doc = read_document(XLF, "page.xlf")
    out = render_document(doc, {"t1": "Cliquez ⟨1⟩ici⟨/1⟩ pour continuer⟨2/⟩."},
                          target_language="fr")
    assert out.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<!-- made by hand -->')
    tus = units(out)
    target = tus["t1"].find(f"{{{NS}}}target")
    assert target.get("state") == "translated"
    g, x = target
    assert (target.text, g.tag, g.get("id"), g.text, g.tail) == (
        "Cliquez ", f"{{{NS}}}g", "1", "ici", " pour continuer")
    assert (x.tag, x.get("id"), x.tail) == (f"{{{NS}}}x", "2", ".")
    # The target follows the source, and the note is kept.
    children = [etree.QName(c).localname for c in tus["t1"]]
    assert children == ["source", "target", "note"]
    # Units without a translation keep theirs, or get the source marked as still to do.
    t2 = tus["t2"].find(f"{{{NS}}}target")
    assert (t2.get("state"), "".join(t2.itertext())) == ("needs-review-translation",
                                                         "Enregistrer <br/>maintenant")
    assert tus["t3"].find(f"{{{NS}}}target") is None
    assert etree.fromstring(out).find(f"{{{NS}}}file").get("target-language") == "fr"

    again = read_document(out, "page.xlf")
    assert again.segment("t1").target == "Cliquez ⟨1⟩ici⟨/1⟩ pour continuer⟨2/⟩."

    drafts = render_document(doc, {"t1": "Cliquez ici.", "t4": "Terminé"}, unconfirmed={"t1"})
    tus = units(drafts)
    assert tus["t1"].find(f"{{{NS}}}target").get("state") == "needs-review-translation"
    assert tus["t4"].find(f"{{{NS}}}target").get("state") == "translated"
    missing = tus["t2"]
    assert missing.find(f"{{{NS}}}target").get("state") == "needs-review-translation"


def test_untranslated_units_get_the_source_as_target() -> None:
    doc = read_document(XLF, "page.xlf")
    tus = units(render_document(doc, {}))
    target = tus["t1"].find(f"{{{NS}}}target")
    assert target.get("state") == "needs-translation"
    assert "".join(target.itertext()) == "Click here to continue."
    assert target.find(f"{{{NS}}}g").get("id") == "1"


@pytest.mark.parametrize(("data", "error", "words"), [
    (b'<?xml version="1.0"?>\n<xliff version="1.2">\n<file><body>\n'
     b'<trans-unit id="1"><source>Hi</source>\n</body></file></xliff>', MalformedDocumentError,
     r"^bad\.xlf, line 5: is not well-formed XML: mismatched tag"),
    (b"<html><body>Hi</body></html>", MalformedDocumentError, "root element is <html>"),
    (b'<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0"><file id="f"/>'
     b'</xliff>', UnsupportedFormatError, "XLIFF 2.0"),
    (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "a"><!ENTITY b "&a;&a;">]>'
     b'<xliff version="1.2"><file><body/></file></xliff>', MalformedDocumentError, "entities"),
    (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
     b'<xliff version="1.2"><file><body><trans-unit id="1"><source>&e;</source>'
     b'</trans-unit></body></file></xliff>', MalformedDocumentError, "entities"),
])
def test_errors(data: bytes, error: type, words: str) -> None:
    with pytest.raises(error, match=words):
        read_document(data, "bad.xlf")
