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


# --- engines' API keys (issue 19) -----------------------------------------------------------


def test_an_engine_key_is_kept_per_engine_in_the_keyring(memory_keyring: MemoryKeyring) -> None:
    from assistants.secrets import delete_engine_key, get_engine_key, set_engine_key

    assert get_engine_key("home") is None
    set_engine_key("home", "  sk-home-123\n")
    set_engine_key("office", "sk-office-456")
    assert memory_keyring.passwords == {(SERVICE, "engine:home"): "sk-home-123",
                                        (SERVICE, "engine:office"): "sk-office-456"}
    assert get_engine_key("home") == "sk-home-123"
    delete_engine_key("home")
    assert get_engine_key("home") is None
    assert get_engine_key("office") == "sk-office-456"
    delete_engine_key("home")  # none saved: nothing to do
    set_hub_token("hf_secret123")  # the hub token is another entry
    assert get_engine_key("office") == "sk-office-456"


@pytest.mark.parametrize("bad", ["", "  \n", "sk a", "sk\x00b"])
def test_an_empty_or_spaced_engine_key_is_refused(memory_keyring: MemoryKeyring,
                                                  bad: str) -> None:
    from assistants.secrets import set_engine_key

    with pytest.raises(AssistantError, match="API key"):
        set_engine_key("home", bad)
    assert memory_keyring.passwords == {}


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_no_keyring_for_an_engine_key(backend: object) -> None:
    from assistants.secrets import delete_engine_key, get_engine_key, set_engine_key

    with use_keyring(backend):
        assert get_engine_key("home") is None  # the engine works without a key
        with pytest.raises(KeyringUnavailable) as caught:
            set_engine_key("home", "sk-home-123")
        assert "never writes it to a file" in caught.value.message
        assert "API key" in caught.value.message
        assert "sk-home-123" not in caught.value.message
        delete_engine_key("home")


def test_a_locked_keyring_and_an_engine_key() -> None:
    from assistants.secrets import delete_engine_key, get_engine_key, set_engine_key

    with use_keyring(MemoryKeyring(locked=True)):
        assert get_engine_key("home") is None
        with pytest.raises(AssistantError, match="unlock") as caught:
            set_engine_key("home", "sk-home-123")
        assert "sk-home-123" not in str(caught.value)
        with pytest.raises(AssistantError, match="unlock"):
            delete_engine_key("home")
