"""Every message with values that storage/ or assistants/ gives the person can be translated.

A message built with values is a `Phrase` (storage/phrases.py): its English template is a
literal, listed for Qt Linguist in the catalogue of the context it is worded in
(desktop/assistant_messages.py for an assistant's error, desktop/storage_messages.py for a
storage error or any ValidationError); an error is never given a sentence already built with
an f-string, ``+``, ``%``, ``.format``, ``.join`` or ``.replace`` (Qt could not translate it:
it stayed English in the French app).
"""

from __future__ import annotations

import ast
from pathlib import Path

from desktop.assistant_messages import ASSISTANT_MESSAGES
from desktop.storage_messages import STORAGE_MESSAGES

PROJECT = Path(__file__).resolve().parents[2]
ROOTS = {"assistants": PROJECT / "assistants", "storage": PROJECT / "storage"}

# Errors whose message (their first argument; a ValidationError's second) is shown to the
# person: the assistants' errors are found by their base class, storage's are named.
STORAGE_ERRORS = {"ValidationError", "MissingValue", "PackageValidationError", "StoreError",
                  "StoreTooNewError", "NotAStoreError", "BackupError", "RestoreRefused",
                  "PretranslateError"}
FIELD_FIRST = {"ValidationError", "MissingValue", "PackageValidationError"}


# desktop/ai.py wraps what a model job raised in an AssistantError: worded like the others.
EXTRA = {"assistants": [PROJECT / "desktop" / "ai.py"]}


def _sources() -> list[tuple[str, Path, ast.Module]]:
    return [(root, path, ast.parse(path.read_text(encoding="utf-8")))
            for root, folder in ROOTS.items()
            for path in [*sorted(folder.rglob("*.py")), *EXTRA.get(root, [])]]


def _name(call: ast.Call) -> str:
    func = call.func
    return getattr(func, "id", getattr(func, "attr", ""))


def assistant_errors() -> set[str]:
    """AssistantError and every class of assistants/ that derives from it."""
    bases: dict[str, set[str]] = {}
    for _root, _path, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {getattr(b, "id", getattr(b, "attr", "")) for b in node.bases}
    found = {"AssistantError"}
    grew = True
    while grew:
        more = {name for name, of in bases.items() if of & found} - found
        found |= more
        grew = bool(more)
    return found


def _message(call: ast.Call) -> ast.expr | None:
    for keyword in call.keywords:
        if keyword.arg == "message":
            return keyword.value
    index = 1 if _name(call) in FIELD_FIRST else 0
    return call.args[index] if len(call.args) > index else None


def _built(node: ast.expr) -> bool:
    """A sentence put together in code rather than a literal or a Phrase."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return not (isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant))
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in {"format", "join", "replace"})


def built_messages() -> list[str]:
    errors = assistant_errors() | STORAGE_ERRORS
    found = []
    for _root, path, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node) in errors:
                message = _message(node)
                if message is not None and _built(message):
                    found.append(f"{path.name}:{node.lineno} {_name(node)}")
    return found


# Calls whose template (by position) becomes a Phrase: ImportProblem(file, template, …) of
# storage/imports/model.py words it with Phrase(template, …). An ImportProblem's template may
# be a module constant (NAME = "…", read here) or a name a helper function passes on (its
# callers give the literal); a Phrase's must be a literal.
TEMPLATE_ARGUMENT = {"Phrase": 0, "ImportProblem": 1}
PASSED_ON = {("model.py", "template")}


def _template(call: ast.Call, constants: dict[str, ast.expr]) -> ast.expr | None:
    if _name(call) == "ImportProblem":
        template = next((k.value for k in call.keywords if k.arg == "template"),
                        call.args[1] if len(call.args) > 1 else None)
        if isinstance(template, ast.Name):
            return constants.get(template.id, ast.Constant(None))
        return template
    return call.args[0] if call.args else None


def _constants(tree: ast.Module) -> dict[str, ast.expr]:
    return {target.id: node.value for node in tree.body if isinstance(node, ast.Assign)
            for target in node.targets if isinstance(target, ast.Name)
            and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)}


def phrase_templates() -> dict[str, set[str]]:
    """Each literal Phrase template by the context it is worded in: "storage" for storage/ and
    for a Phrase inside a ValidationError (error_text words those in "storage"), else
    "assistants". A Phrase whose template is not a literal is reported under None."""
    found: dict[str, set[str]] = {"assistants": set(), "storage": set(), "not literal": set()}
    for root, path, tree in _sources():
        in_validation: set[int] = set()
        constants = _constants(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node) in FIELD_FIRST:
                in_validation |= {id(n) for n in ast.walk(node)}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _name(node) in TEMPLATE_ARGUMENT):
                continue
            template = _template(node, constants)
            if (isinstance(template, ast.Name) and (path.name, template.id) in PASSED_ON) \
                    or (isinstance(template, ast.Constant) and template.value is None):
                continue
            if not (isinstance(template, ast.Constant) and isinstance(template.value, str)):
                found["not literal"].add(f"{path.name}:{node.lineno}")
                continue
            context = "storage" if root == "storage" or id(node) in in_validation \
                else "assistants"
            found[context].add(template.value)
    return found


def test_no_error_message_is_built_with_values() -> None:
    built = built_messages()
    assert not built, f"give these errors a Phrase(template, **values): {built}"


def test_every_phrase_template_is_a_literal_listed_for_translation() -> None:
    found = phrase_templates()
    assert not found["not literal"], found["not literal"]
    assert found["assistants"], "the scan found no Phrase in assistants/"
    missing = found["assistants"] - set(ASSISTANT_MESSAGES)
    assert not missing, f"add to desktop/assistant_messages.py: {sorted(missing)}"
    missing = found["storage"] - set(STORAGE_MESSAGES)
    assert not missing, f"add to desktop/storage_messages.py: {sorted(missing)}"


def test_the_catalogues_list_each_template_once() -> None:
    for catalogue in (ASSISTANT_MESSAGES, STORAGE_MESSAGES):
        assert len(catalogue) == len(set(catalogue))
