"""HTML: block text, inline tags as placeholders, attributes, untouched scripts and code."""

from __future__ import annotations

from storage.documents import read_document, render_document

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Our prices</title>
  <meta name="description" content="Prices &amp; offers">
  <style>p { color: red; }</style>
  <script>var label = "Do not translate. Ever.";</script>
</head>
<body>
  <h1>Welcome</h1>
  <p>Read our <a href="/terms" title="Terms of sale">terms</a>.
     Use <code>pip install</code> to start!</p>
  <img src="logo.png" alt="Company logo">
  <pre>Code stays. As is.</pre>
  <ul><li>One <b>bold</b> item</li><li>Second&nbsp;item</li></ul>
  <div>Loose text<p>Inner paragraph</p>tail text</div>
</body>
</html>
"""


def test_segments() -> None:
    doc = read_document(PAGE.encode(), "prices.html")
    assert doc.source_language == "en"
    sources = [s.source for s in doc.segments]
    assert sources == [
        "Our prices",
        "Prices & offers",
        "Welcome",
        "Read our ⟨1⟩terms⟨/1⟩.",
        "Use ⟨1/⟩ to start!",
        "Terms of sale",
        "Company logo",
        "One ⟨1⟩bold⟨/1⟩ item",
        "Second\u00a0item",
        "Loose text",
        "Inner paragraph",
        "tail text",
    ]
    by_source = {s.source: s for s in doc.segments}
    assert by_source["Read our ⟨1⟩terms⟨/1⟩."].tags == {"1": "link → /terms"}
    assert by_source["Use ⟨1/⟩ to start!"].tags == {"1": "code: pip install"}
    assert by_source["Terms of sale"].location == "Line 12, title of <a>"
    assert by_source["Welcome"].context == "h1"


def test_export_replaces_only_translated_text() -> None:
    doc = read_document(PAGE.encode(), "prices.html")
    assert render_document(doc, {}) == PAGE.encode()
    ids = {s.source: s.id for s in doc.segments}
    out = render_document(doc, {
        ids["Read our ⟨1⟩terms⟨/1⟩."]: "Lisez nos ⟨1⟩conditions⟨/1⟩.",
        ids["Terms of sale"]: "Conditions « générales » & co",
        ids["Prices & offers"]: "Prix & offres",
        ids["Company logo"]: "Logo de l'entreprise",
        ids["One ⟨1⟩bold⟨/1⟩ item"]: "Un élément en ⟨1⟩gras⟨/1⟩ <ici>",
    }, target_language="fr").decode()
    assert '<html lang="fr">' in out
    assert ('<p>Lisez nos <a href="/terms" title="Conditions « générales » &amp; co">'
            'conditions</a>. Use <code>pip install</code> to start!</p>') in out
    assert '<meta name="description" content="Prix &amp; offres">' in out
    assert '<img src="logo.png" alt="Logo de l&#x27;entreprise">' in out
    assert "<li>Un élément en <b>gras</b> &lt;ici&gt;</li>" in out
    for untouched in ('<script>var label = "Do not translate. Ever.";</script>',
                      "<pre>Code stays. As is.</pre>", "<style>p { color: red; }</style>",
                      "<li>Second&nbsp;item</li>"):
        assert untouched in out


def test_declared_charset_and_unencodable_characters() -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Café</p></body></html>'
    doc = read_document(page.encode("latin-1"), "old.htm")
    assert doc.segments[0].source == "Café"
    out = render_document(doc, {doc.segments[0].id: "Café 咖啡"})
    assert out == page.replace("Café", "Café &#21654;&#21857;").encode("latin-1")
    # Plain ASCII too is written back in the charset the page declares.
    ascii_page = page.replace("Café", "Coffee").encode("ascii")
    doc = read_document(ascii_page, "old.htm")
    out = render_document(doc, {doc.segments[0].id: "Café"})
    assert out == page.encode("latin-1")
