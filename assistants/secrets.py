"""Secrets kept in the operating system's keyring and nowhere else: the Hugging Face access
token, and the API key of each inference server (engine).

Service "Atelier"; user name "huggingface-token" for the token, "engine:<name>" for an
engine's key. A secret never goes to the store, the settings, a log, an exception's text or a
file: with no usable keyring backend, ``set_hub_token`` / ``set_engine_key`` refuse with
``KeyringUnavailable`` rather than fall back to a file, and the getters answer None (an engine
then works without a key).
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


_NO_KEYRING_FOR_KEY = (
    "No system keyring was found (Secret Service or KWallet on Linux, the Keychain on macOS, "
    "the Credential Locker on Windows), so the server's API key cannot be kept safely. "
    "Atelier never writes it to a file: install or unlock a keyring (for example GNOME "
    "Keyring or KWallet), then try again. A server that needs no key works without one."
)


class KeyringUnavailable(AssistantError):
    """No usable keyring backend: the token cannot be saved (Atelier never writes it to a file)."""

    def __init__(self, message: str = _NO_KEYRING) -> None:
        super().__init__(message)


def engine_username(name: str) -> str:
    """The keyring user name of an engine's API key."""
    return f"engine:{name}"


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


def _get(username: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    if not keyring_available():
        return None
    try:
        value = keyring.get_password(SERVICE, username)
    except KeyringError:  # locked, or the user dismissed the unlock prompt
        return None
    return value.strip() or None if value else None


def get_hub_token() -> str | None:
    """The saved token, or None when none is saved, there is no keyring, or it is locked."""
    return _get(USERNAME)


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


def get_engine_key(name: str) -> str | None:
    """The API key saved for the engine ``name``, or None (none saved, no keyring, locked)."""
    return _get(engine_username(name))


def set_engine_key(name: str, key: str) -> None:
    """Save the API key (stripped) of the engine ``name`` in the keyring; refuse an empty
    one, or no keyring. The key never appears in a message."""
    import keyring
    from keyring.errors import KeyringError

    key = (key or "").strip()
    if not key:
        raise AssistantError("The API key is empty: paste the key the server gave you, or "
                             "leave it out if the server needs none.")
    if any(c.isspace() or not c.isprintable() for c in key):
        raise AssistantError("An API key has no spaces or line breaks: paste the key alone.")
    if not keyring_available():
        raise KeyringUnavailable(_NO_KEYRING_FOR_KEY)
    try:
        keyring.set_password(SERVICE, engine_username(name), key)
    except KeyringError as exc:
        raise AssistantError(Phrase(
            "The system keyring did not save the API key ({error}): unlock the keyring, then "
            "try again.", error=type(exc).__name__)) from None


def delete_engine_key(name: str) -> None:
    """Forget the engine's API key (nothing to do when none is saved or there is no keyring)."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    if not keyring_available():
        return
    try:
        keyring.delete_password(SERVICE, engine_username(name))
    except PasswordDeleteError:
        return  # none saved
    except KeyringError as exc:
        raise AssistantError(Phrase(
            "The system keyring did not remove the API key ({error}): unlock the keyring, "
            "then try again.", error=type(exc).__name__)) from None
