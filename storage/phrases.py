"""Sentences for the person that carry values: an English template and the values to put in.

storage/ and assistants/ have no Qt, so they cannot word a message in the person's language.
A `Phrase` is the English sentence (it *is* a ``str``: the CLI, the logs and ``str(error)``
read it as before) that also keeps its ``template`` and ``values``, so the app can translate
the template and put the values in (desktop.jobs.phrase_text). A value may itself be a
`Phrase` (a reason inside a refusal) or a `Joined` list of them; an amount (`Money`) and a day
(`Day`, storage/phrase_values.py) are written as the person's language writes them; any
other value (a file name, a number, a system message) is put in as it is.

Every literal template given to `Phrase` is listed for Qt Linguist (desktop/storage_messages.py
for storage/, desktop/assistant_messages.py for assistants/); a unit test checks it.
"""

from __future__ import annotations

from collections.abc import Iterable


class Phrase(str):
    template: str
    values: dict[str, object]

    def __new__(cls, template: str, /, **values: object) -> Phrase:
        self = super().__new__(cls, template.format(**values) if values else template)
        self.template = template
        self.values = values
        return self


class Joined(str):
    """Items shown one after another (``a, b, c``); each item may be a `Phrase`."""

    items: tuple[str, ...]
    separator: str

    def __new__(cls, items: Iterable[str], separator: str = ", ") -> Joined:
        items = tuple(items)
        self = super().__new__(cls, separator.join(items))
        self.items = items
        self.separator = separator
        return self

