"""Typed errors whose messages a user can read. Nothing is written when one is raised."""

from __future__ import annotations


class AtelierError(Exception):
    """Base of every error the storage layer raises on purpose."""


class ValidationError(AtelierError):
    """A value a user entered is wrong; `field` names it so the UI can show the message by it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class TransitionError(AtelierError):
    """An order cannot move from its state to the one asked for. Carries the states' codes
    (`current`, `target`, `allowed`) for a UI to word; `storage.orders.check_transition`
    writes the English sentence."""

    def __init__(self, current: str, target: str, allowed: tuple[str, ...] = (),
                 message: str = "") -> None:
        super().__init__(message or f"An order cannot go from {current} to {target}.")
        self.current = current
        self.target = target
        self.allowed = allowed


class StoreError(AtelierError):
    """The store file cannot be opened as it is; the file was left untouched."""


class StoreBusy(StoreError):
    """Another program (an Atelier window, an `atelier` command) held the store's write lock
    for longer than the busy timeout. Nothing was written; trying again later is safe."""

    MESSAGE = ("The store is busy: another Atelier window or command is writing to it. "
               "Nothing was changed; try again in a moment.")

    def __init__(self, message: str = MESSAGE) -> None:
        super().__init__(message)


class StoreTooNewError(StoreError):
    """The store was written by a newer Atelier with a schema this version does not know."""


class NotAStoreError(StoreError):
    """The file is not an Atelier store (not SQLite, or another application's database)."""


class CsvImportError(ValidationError):
    """A row of an imported CSV file is wrong; names the file, the line and the field.

    ``message`` may be a template with ``values`` (``"the term is too long ({limit}
    characters at most)."``): the app translates the template, then puts the values in
    (desktop.jobs.document_error_text); ``str()`` is the English sentence."""

    #: Listed for translation in desktop/document_messages.py.
    PLACE = "{file}, line {line}, field “{field}”: {problem}"

    def __init__(self, file: str, line: int, field: str, message: str,
                 values: dict[str, object] | None = None) -> None:
        self.template = message
        self.values = dict(values or {})
        message = message.format(**self.values) if self.values else message
        super().__init__(field, message)
        self.file = file
        self.line = line
        self.args = (self.PLACE.format(file=file, line=line, field=field, problem=message),)

    def __str__(self) -> str:
        return self.args[0]
