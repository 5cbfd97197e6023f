"""Colours live in one place: desktop/ui/style.py names each one; no other module of the app
writes a hex colour in its code (comments aside)."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
HEX = re.compile(r"(?<![&\w])#(?:[0-9A-Fa-f]{8}|[0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})(?![0-9A-Za-z])")

#: The palette itself.
ALLOWED = {"ui/style.py"}
#: Hex codes that are text shown to the person, not colours of the app.
ALLOWED_TEXT = {
    # The palette field's placeholder and help show how to write a colour.
    "ui/dialogs/idea_dialog.py": {"#F5F1E8", "#1F2A44", "#C8553D"},
}


def hex_literals(path: Path) -> list[tuple[int, str]]:
    """(line, colour) of every hex colour inside a string of ``path``'s code."""
    found = []
    tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
    for tok in tokens:
        if tok.type in (tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", -1)):
            found += [(tok.start[0], m.group(0)) for m in HEX.finditer(tok.string)]
    return found


def test_hex_colours_are_defined_only_in_the_style_module() -> None:
    stray = []
    for path in sorted(DESKTOP.rglob("*.py")):
        rel = path.relative_to(DESKTOP).as_posix()
        if rel in ALLOWED:
            continue
        allowed_text = ALLOWED_TEXT.get(rel, set())
        stray += [f"desktop/{rel}:{line}: {colour}" for line, colour in hex_literals(path)
                  if colour not in allowed_text]
    assert not stray, "colours outside desktop/ui/style.py:\n" + "\n".join(stray)


def test_the_scan_finds_colours(tmp_path: Path) -> None:
    """The check itself: it sees colours in strings and f-strings, not in comments or
    character references."""
    sample = tmp_path / "sample.py"
    sample.write_text('A = "#b3261e"\nB = f"color: {x}; background: #FFF"\n'
                      '# "#123456" in a comment\nC = "&#8239;"\n', encoding="utf-8")
    assert [c for _, c in hex_literals(sample)] == ["#b3261e", "#FFF"]
