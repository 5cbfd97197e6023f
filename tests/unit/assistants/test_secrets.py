"""The hub token in the keyring (an in-memory backend here), and no keyring at all."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from keyring.backends import fail, null

from assistants.errors import AssistantError
from assistants.secrets import (
    SERVICE,
    USERNAME,
    KeyringUnavailable,
    delete_hub_token,
    get_hub_token,
    keyring_available,
    set_hub_token,
)
from tests.keyring_backend import MemoryKeyring, use_keyring


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    with use_keyring(MemoryKeyring()) as kr:
        yield kr


def test_set_get_delete(memory_keyring: MemoryKeyring) -> None:
    assert keyring_available()
    assert get_hub_token() is None
    set_hub_token("  hf_secret123\n")
    assert memory_keyring.passwords == {(SERVICE, USERNAME): "hf_secret123"}
    assert get_hub_token() == "hf_secret123"
    set_hub_token("hf_other")  # replaces
    assert get_hub_token() == "hf_other"
    delete_hub_token()
    assert get_hub_token() is None
    delete_hub_token()  # none saved: nothing to do


@pytest.mark.parametrize("bad", ["", "   \n", "hf_a b"])
def test_an_empty_or_spaced_token_is_refused(memory_keyring: MemoryKeyring, bad: str) -> None:
    with pytest.raises(AssistantError, match="token"):
        set_hub_token(bad)
    assert memory_keyring.passwords == {}


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()],
                         ids=["fail", "null"])
def test_no_keyring(backend: object) -> None:
    with use_keyring(backend):
        assert not keyring_available()
        assert get_hub_token() is None
        with pytest.raises(KeyringUnavailable) as caught:
            set_hub_token("hf_secret123")
        assert "never writes it to a file" in caught.value.message
        assert "Keychain" in caught.value.message
        delete_hub_token()  # nothing saved anywhere: nothing to do


def test_a_locked_keyring() -> None:
    with use_keyring(MemoryKeyring(locked=True)):
        assert keyring_available()
        assert get_hub_token() is None
        with pytest.raises(AssistantError, match="unlock") as caught:
            set_hub_token("hf_secret123")
        assert not isinstance(caught.value, KeyringUnavailable)
        assert "hf_secret123" not in caught.value.message
        with pytest.raises(AssistantError, match="unlock"):
            delete_hub_token()
