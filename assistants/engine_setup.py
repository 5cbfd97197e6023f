"""Adding, editing and removing an inference server with its API key: the one workflow behind
`atelier engines add|edit|remove` and Settings › Engines.

The engine's row goes to the store (``storage.engines``), its API key to the keyring only
(``assistants.secrets``); the row keeps whether a key is saved (``EngineRow.has_key``). Every
value is checked before anything is written; a key the keyring refuses leaves no engine behind,
and removing an engine forgets its key. No Qt.
"""

from __future__ import annotations

import ssl
from pathlib import Path

from sqlalchemy.orm import Session

from assistants import secrets
from assistants.errors import AssistantError
from storage import engines
from storage.errors import ValidationError
from storage.phrases import Phrase
from storage.tables import EngineRow

MAX_CA_BYTES = 1 << 20


def check_ca_file(path: str | Path) -> str:
    """The absolute path of a readable PEM certificate file (a custom CA to trust);
    ``ValidationError("ca", …)`` naming the file otherwise."""
    file = Path(path).expanduser()
    try:
        file = file.resolve()
        with file.open("rb") as f:
            data = f.read(MAX_CA_BYTES + 1)
    except OSError as e:
        raise ValidationError("ca", Phrase(
            "The CA certificate {file} cannot be read: {error}.", file=str(path),
            error=e.strerror or type(e).__name__)) from None
    if len(data) > MAX_CA_BYTES or b"-----BEGIN CERTIFICATE-----" not in data:
        raise ValidationError("ca", Phrase(
            "{file} is not a PEM certificate (a text file starting with “-----BEGIN "
            "CERTIFICATE-----”): export the server's CA certificate in PEM format.",
            file=str(path)))
    try:
        ssl.create_default_context().load_verify_locations(cadata=data.decode("ascii"))
    except (ssl.SSLError, UnicodeDecodeError, ValueError):
        raise ValidationError("ca", Phrase(
            "{file} holds a damaged certificate: export the server's CA certificate in PEM "
            "format again.", file=str(path))) from None
    return str(file)


def add_engine(s: Session, name: str, url: str, *, api_key: str | None = None,
               kind: str | None = None, timeout_s: int = 60, ca_file: str = "",
               pinned_sha256: str = "", context_tokens: int = 8192) -> EngineRow:
    """Add the engine in the caller's transaction and save its key (if any) in the keyring.

    Raises ``ValidationError`` for a wrong value, ``KeyringUnavailable`` (or another
    ``AssistantError``) when a key is given and the keyring cannot keep it: the caller's
    transaction then rolls back, so nothing is written."""
    ca = check_ca_file(ca_file) if ca_file else ""
    key = (api_key or "").strip() or None
    row = engines.add_engine(s, name, url, kind=kind, timeout_s=timeout_s, ca_file=ca,
                             pinned_sha256=pinned_sha256, context_tokens=context_tokens,
                             has_key=key is not None)
    if key is not None:
        secrets.set_engine_key(row.name, key)
    return row


def edit_engine(s: Session, name: str, url: str, *, api_key: str | None = None,
                kind: str | None = None, timeout_s: int = 60, ca_file: str = "",
                pinned_sha256: str = "", context_tokens: int = 8192) -> EngineRow:
    """Change the engine's address, kind, timeout, context size and certificate trust in the
    caller's transaction; ``api_key`` (when given, not empty) replaces the saved key, else the
    key stays. Checked as ``add_engine`` checks; a key the keyring refuses writes nothing."""
    ca = check_ca_file(ca_file) if ca_file else ""
    row = engines.update_engine(s, name, url, kind=kind, timeout_s=timeout_s, ca_file=ca,
                                pinned_sha256=pinned_sha256, context_tokens=context_tokens)
    key = (api_key or "").strip()
    if key:
        set_key(s, row.name, key)
    return row


def set_key(s: Session, name: str, api_key: str | None) -> None:
    """Replace the engine's key (``None`` or empty: forget it)."""
    row = engines.get_engine(s, name)
    key = (api_key or "").strip()
    if key:
        secrets.set_engine_key(row.name, key)
    else:
        secrets.delete_engine_key(row.name)
    row.has_key = bool(key)


def remove_engine(s: Session, name: str) -> None:
    """Remove the engine (its routes run locally again) and forget its key."""
    row = engines.get_engine(s, name)
    secrets.delete_engine_key(row.name)  # a locked keyring refuses: the engine stays
    engines.remove_engine(s, row.name)


def key_of(row: EngineRow) -> str | None:
    """The engine's key from the keyring (None when it has none, or it cannot be read)."""
    return secrets.get_engine_key(row.name) if row.has_key else None


class KeyUnreadable(AssistantError):
    """The engine has a key saved but the keyring cannot give it now (locked, or gone)."""

    def __init__(self, name: str) -> None:
        super().__init__(Phrase(
            "The API key of the engine “{engine}” cannot be read from the system keyring: "
            "unlock the keyring, then try again.", engine=name))
