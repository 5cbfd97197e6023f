"""The placeholder convention and its checks (used by export, later by QA)."""

from __future__ import annotations

import pytest

from storage.documents import (
    TranslationMismatchError,
    check_placeholders,
    placeholders,
    read_document,
    render_document,
    same_placeholders,
    strip_placeholders,
)

SOURCE = "Click ⟨1⟩here⟨/1⟩ to see ⟨2/⟩ the ⟨3⟩big ⟨4⟩news⟨/4⟩⟨/3⟩."


def test_placeholders_and_stripping() -> None:
    assert placeholders(SOURCE) == ["⟨1⟩", "⟨/1⟩", "⟨2/⟩", "⟨3⟩", "⟨4⟩", "⟨/4⟩", "⟨/3⟩"]
    assert strip_placeholders(SOURCE) == "Click here to see  the big news."
    # Text that merely looks alike is not a placeholder.
    assert placeholders("{1} %s <b> {{ limit }} ⟨a⟩ ⟨/1/⟩") == []


def test_a_reordered_translation_matches() -> None:
    translation = "Voir ⟨2/⟩ les ⟨3⟩⟨4⟩nouvelles⟨/4⟩ importantes⟨/3⟩ : cliquez ⟨1⟩ici⟨/1⟩."
    assert check_placeholders(SOURCE, translation) == []
    assert same_placeholders(SOURCE, translation)


@pytest.mark.parametrize(("translation", "kind", "blocking"), [
    ("Cliquez ici ⟨2/⟩ ⟨3⟩⟨4⟩x⟨/4⟩⟨/3⟩.", "missing", False),
    ("⟨1⟩Cliquez⟨/1⟩ ⟨2/⟩ ⟨3⟩⟨4⟩x⟨/4⟩⟨/3⟩ ⟨5/⟩", "extra", True),
    ("⟨1⟩a⟨/1⟩ ⟨2/⟩ ⟨2/⟩ ⟨3⟩⟨4⟩x⟨/4⟩⟨/3⟩", "duplicate", True),
    ("⟨1/⟩ ⟨2/⟩ ⟨3⟩⟨4⟩x⟨/4⟩⟨/3⟩", "kind", True),
    ("⟨1⟩a⟨/1⟩ ⟨2/⟩ ⟨3⟩⟨4⟩x⟨/3⟩⟨/4⟩", "nesting", True),
    ("⟨1⟩a ⟨2/⟩ ⟨3⟩⟨4⟩x⟨/4⟩⟨/3⟩", "nesting", True),
    ("⟨/1⟩a⟨1⟩ ⟨2/⟩ ⟨3⟩⟨4⟩x⟨/4⟩⟨/3⟩", "nesting", True),
])
def test_issues(translation: str, kind: str, blocking: bool) -> None:
    issues = check_placeholders(SOURCE, translation)
    assert kind in [i.kind for i in issues]
    assert any(i.blocking for i in issues) is blocking
    assert all(i.message for i in issues)


def test_export_refuses_broken_placeholders_and_accepts_missing_ones() -> None:
    doc = read_document(b"<p>Click <b>here</b> now.</p>", "page.html")
    (seg,) = doc.segments
    assert seg.source == "Click ⟨1⟩here⟨/1⟩ now."
    assert seg.tags == {"1": "bold"}
    out = render_document(doc, {seg.id: "Cliquez ⟨1⟩ici⟨/1⟩ maintenant."})
    assert out == b"<p>Cliquez <b>ici</b> maintenant.</p>"
    # A dropped pair loses its formatting only.
    assert render_document(doc, {seg.id: "Cliquez ici."}) == b"<p>Cliquez ici.</p>"
    with pytest.raises(TranslationMismatchError) as caught:
        render_document(doc, {seg.id: "Cliquez ⟨1⟩ici⟨/1⟩ ⟨7/⟩."})
    assert caught.value.segments == [(seg.id, "⟨7/⟩ is not in the source")]
    assert "page.html" in str(caught.value) and "⟨7/⟩" in str(caught.value)


def test_left_out_content_is_put_back_not_lost() -> None:
    doc = read_document(b"<p>Run <code>make test</code><br>first.</p>", "page.html")
    (seg,) = doc.segments
    assert seg.source == "Run ⟨1/⟩⟨2/⟩first."
    assert seg.tags == {"1": "code: make test", "2": "line break"}
    # The code comes back at the end; the line break, mere formatting, is dropped.
    out = render_document(doc, {seg.id: "Lancez d'abord les tests."})
    assert out == b"<p>Lancez d'abord les tests.<code>make test</code></p>"


def test_text_that_looks_like_a_placeholder_survives() -> None:
    doc = read_document("Le signe ⟨1⟩ reste. Fin.".encode(), "odd.txt")
    assert [s.source for s in doc.segments] == ["Le signe ⟨1/⟩ reste.", "Fin."]
    assert render_document(doc, {doc.segments[0].id: "The sign ⟨1/⟩ stays."}) == (
        "The sign ⟨1⟩ stays. Fin.".encode())
