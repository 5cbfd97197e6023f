"""Gettext catalogues: entries, plurals, context, comments, flags, header; syntax errors."""

from __future__ import annotations

import polib
import pytest

from storage.documents import (
    DocumentEncodingError,
    MalformedDocumentError,
    read_document,
    render_document,
    untranslated,
)
from tests.unit.documents.helpers import real_document

POT = b'''# Template for Shop.
#, fuzzy
msgid ""
msgstr ""
"Project-Id-Version: Shop 1.0\\n"
"Language: \\n"
"Content-Type: text/plain; charset=CHARSET\\n"
"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\\n"

#. Shown on the cart button
#: cart.py:10
msgctxt "button"
msgid "Order"
msgstr ""

#: cart.py:12
#, python-format
msgid "%(count)d item in your cart."
msgid_plural "%(count)d items in your cart."
msgstr[0] ""
msgstr[1] ""

# A translator's note
#: cart.py:20
#, fuzzy
#| msgid "Old thanks"
msgid "Thanks!"
msgstr "Merci !"

#~ msgid "Gone"
#~ msgstr "Parti"
'''


def test_entries_become_segments() -> None:
    doc = read_document(POT, "shop.pot")
    assert doc.format == "po"
    order, single, plural, thanks = doc.segments
    assert (order.source, order.context, order.location) == (
        "Order", "button", "Entry 1 (cart.py:10)")
    assert order.note == "Shown on the cart button"
    assert single.source == "%(count)d item in your cart."
    assert single.note == "Flags: python-format"
    assert (plural.source, plural.plural_of) == ("%(count)d items in your cart.", single.id)
    assert plural.id == f"{single.id}.plural"
    assert (thanks.target, thanks.target_state) == ("Merci !", "fuzzy")
    assert thanks.note == "A translator's note"
    # The fuzzy translation counts as not done.
    assert untranslated(doc, {}) == [order, single, plural, thanks]
    assert all(s.id.startswith("po:") for s in doc.segments)
    # Ids hang on msgctxt + msgid, not on the position in the file.
    moved = read_document(POT.replace(b'#: cart.py:10\nmsgctxt "button"\nmsgid "Order"\n'
                                      b'msgstr ""\n\n', b"") + b'\n#: cart.py:10\nmsgctxt '
                                      b'"button"\nmsgid "Order"\nmsgstr ""\n', "shop.pot")
    assert {s.id for s in moved.segments} == {s.id for s in doc.segments}


def test_export_fills_msgstr_plurals_and_header() -> None:
    doc = read_document(POT, "shop.pot")
    order, single, plural, thanks = doc.segments
    data = render_document(doc, {
        order.id: "Commander",
        single.id: "%(count)d article dans votre panier.",
        plural.id: "%(count)d articles dans votre panier.",
        thanks.id: "Merci !",
    }, unconfirmed={order.id}, target_language="fr")
    po = polib.pofile(data.decode("utf-8"))
    assert po.metadata["Language"] == "fr"
    assert po.metadata["Plural-Forms"] == "nplurals=2; plural=(n > 1);"
    assert "charset=UTF-8" in po.metadata["Content-Type"]
    assert not po.metadata_is_fuzzy
    assert po.header.startswith("Template for Shop.")
    entries = {(e.msgctxt, e.msgid): e for e in po}
    button = entries[("button", "Order")]
    assert (button.msgstr, button.flags) == ("Commander", ["fuzzy"])  # unconfirmed: a draft
    assert button.comment == "Shown on the cart button"
    items = entries[(None, "%(count)d item in your cart.")]
    assert items.msgstr_plural == {0: "%(count)d article dans votre panier.",
                                   1: "%(count)d articles dans votre panier."}
    assert items.flags == ["python-format"]
    done = entries[(None, "Thanks!")]
    assert (done.msgstr, done.flags, done.previous_msgid) == ("Merci !", [], None)
    assert [e.msgid for e in po.obsolete_entries()] == ["Gone"]


def test_languages_with_more_plural_forms() -> None:
    doc = read_document(POT, "shop.pot")
    _, single, plural, _ = doc.segments
    data = render_document(doc, {single.id: "%(count)d товар", plural.id: "%(count)d товаров"},
                           target_language="ru")
    po = polib.pofile(data.decode("utf-8"))
    items = next(e for e in po if e.msgid_plural)
    assert items.msgstr_plural == {0: "%(count)d товар", 1: "%(count)d товаров",
                                   2: "%(count)d товаров"}
    assert "fuzzy" in items.flags  # a person checks the forms the source does not have
    data = render_document(doc, {plural.id: "%(count)d 個"}, target_language="ja")
    items = next(e for e in polib.pofile(data.decode("utf-8")) if e.msgid_plural)
    assert items.msgstr_plural == {0: "%(count)d 個"}


def test_real_template_plurals() -> None:
    doc = read_document(real_document("wtforms.pot").read_bytes(), "wtforms.pot")
    plurals = [s for s in doc.segments if s.plural_of]
    assert len(plurals) == 4
    assert len(doc.segments) == 36 + 4
    translations = {s.id: "FR " + s.source for s in doc.segments}
    po = polib.pofile(render_document(doc, translations, target_language="fr").decode())
    assert all(e.translated() for e in po)


@pytest.mark.parametrize(("data", "line", "words"), [
    (b'msgid "a"\nmsgstr "b"\n\nmsgid "c\nmsgstr "d"\n', 4, "double quotes"),
    (b'msgid "a"\n\nmsgid "b"\nmsgstr ""\n', 3, "has no msgstr"),
    (b'msgid "a"\nmsgstr "b"\nbonjour\n', 3, "not a gettext keyword"),
    (b'msgid "a"\nmsgstr "b"\n"open\n', 3, "not closed"),
    (b'msgstr "x"\n', 1, "without a msgid"),
])
def test_syntax_errors_name_the_line(data: bytes, line: int, words: str) -> None:
    with pytest.raises(MalformedDocumentError, match=words) as caught:
        read_document(data, "ui.po")
    assert caught.value.line == line
    assert str(caught.value).startswith(f"ui.po, line {line}: ")


def test_encoding_follows_the_header() -> None:
    data = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=ISO-8859-1\\n"\n\n'
            'msgid "Coffee"\nmsgstr "Café"\n').encode("latin-1")
    doc = read_document(data, "old.po")
    assert doc.segments[0].target == "Café"
    out = render_document(doc, {doc.segments[0].id: "Café crème"})
    assert "Café crème".encode("latin-1") in out
    with pytest.raises(DocumentEncodingError, match="UTF-8"):
        read_document(b'msgid "Caf\xe9"\nmsgstr ""\n', "bad.po")
