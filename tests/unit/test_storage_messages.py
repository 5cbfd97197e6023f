"""Every fixed storage error message is listed for translation."""

from __future__ import annotations

import ast
from pathlib import Path

import storage
from desktop.storage_messages import STORAGE_MESSAGES


def literal_messages() -> set[str]:
    found = set()
    for path in Path(storage.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = getattr(node, "func", None)
            name = getattr(name, "id", getattr(name, "attr", ""))
            if (isinstance(node, ast.Call) and name == "ValidationError"
                    and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant)
                    and isinstance(node.args[1].value, str)):
                found.add(node.args[1].value)
    return found


def test_every_literal_storage_message_is_listed_for_translation() -> None:
    missing = literal_messages() - set(STORAGE_MESSAGES)
    assert not missing, f"add to desktop/storage_messages.py: {sorted(missing)}"
