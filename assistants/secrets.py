"""The Hugging Face access token, kept in the operating system's keyring and nowhere else.

Service "Atelier", user name "huggingface-token". The token never goes to the store, the
settings, a log or a file: with no usable keyring backend, ``set_hub_token`` refuses with
``KeyringUnavailable`` rather than fall back to a file, and ``get_hub_token`` answers None.
"""

from __future__ import annotations

from typing import Any

from assistants.errors import AssistantError
from storage.phrases import Phrase

SERVICE = "Atelier"
USERNAME = "huggingface-token"

_NO_KEYRING = (
    "No system keyring was found (Secret Service or KWallet on Linux, the Keychain on macOS, "
    "the Credential Locker on Windows), so the Hugging Face access token cannot be kept "
    "safely. Atelier never writes it to a file: install or unlock a keyring (for example "
    "GNOME Keyring or KWallet), then try again. Public models download without a token."
)


class KeyringUnavailable(AssistantError):
    """No usable keyring backend: the token cannot be saved (Atelier never writes it to a file)."""

    def __init__(self, message: str = _NO_KEYRING) -> None:
        super().__init__(message)


def _usable(backend: Any) -> bool:
    from keyring.backends import chainer, fail, null

    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(_usable(b) for b in backend.backends)
    # keyrings.alt's plaintext backend writes passwords to a file in clear: not a keyring.
    return type(backend).__name__ != "PlaintextKeyring"


def keyring_available() -> bool:
    """True when a real keyring backend is there (not keyring's fail / null backends)."""
    import keyring

    try:
        return _usable(keyring.get_keyring())
    except Exception:  # a broken backend configuration is no keyring at all
        return False


def get_hub_token() -> str | None:
    """The saved token, or None when none is saved, there is no keyring, or it is locked."""
    import keyring
    from keyring.errors import KeyringError

    if not keyring_available():
        return None
    try:
        value = keyring.get_password(SERVICE, USERNAME)
    except KeyringError:  # locked, or the user dismissed the unlock prompt
        return None
    return value.strip() or None if value else None


def set_hub_token(token: str) -> None:
    """Save ``token`` (stripped) in the keyring; refuse an empty one, or no keyring."""
    import keyring
    from keyring.errors import KeyringError

    token = (token or "").strip()
    if not token:
        raise AssistantError(
            "The access token is empty: copy a token (read access is enough) from "
            "https://huggingface.co/settings/tokens and paste it.")
    if any(c.isspace() for c in token):
        raise AssistantError("An access token has no spaces: paste the token alone.")
    if not keyring_available():
        raise KeyringUnavailable()
    try:
        keyring.set_password(SERVICE, USERNAME, token)
    except KeyringError as exc:
        raise AssistantError(Phrase(
            "The system keyring did not save the token ({error}): unlock the keyring, then "
            "try again.", error=type(exc).__name__)) from None


def delete_hub_token() -> None:
    """Forget the saved token (nothing to do when none is saved or there is no keyring)."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    if not keyring_available():
        return
    try:
        keyring.delete_password(SERVICE, USERNAME)
    except PasswordDeleteError:
        return  # none saved
    except KeyringError as exc:
        raise AssistantError(Phrase(
            "The system keyring did not remove the token ({error}): unlock the keyring, then "
            "try again.", error=type(exc).__name__)) from None
