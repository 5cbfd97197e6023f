"""Keyring backends for tests: the real ``keyring`` API, with nothing leaving the process.

    from tests.keyring_backend import MemoryKeyring, use_keyring

    @pytest.fixture
    def memory_keyring() -> Iterator[MemoryKeyring]:
        with use_keyring(MemoryKeyring()) as kr:
            yield kr

    # no keyring at all:  with use_keyring(keyring.backends.fail.Keyring()): ...
    # a locked keyring:   with use_keyring(MemoryKeyring(locked=True)): ...

``use_keyring`` installs a backend with ``keyring.set_keyring`` and puts the previous one back
afterwards. ``MemoryKeyring.passwords`` maps (service, username) to the password.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError

K = TypeVar("K", bound=KeyringBackend)


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring. ``locked=True``: every call fails as a locked keyring does."""

    # Below keyring's own fail backend (0), so that keyring never picks this class by itself
    # when it chooses a default backend: tests install it explicitly with ``use_keyring``.
    priority = -10  # type: ignore[assignment]

    def __init__(self, *, locked: bool = False) -> None:
        super().__init__()
        self.locked = locked
        self.passwords: dict[tuple[str, str], str] = {}

    def _check(self) -> None:
        if self.locked:
            raise KeyringLocked("the test keyring is locked")

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


@contextmanager
def use_keyring(backend: K) -> Iterator[K]:
    """Make ``backend`` keyring's backend for the block; restore the previous one after."""
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
