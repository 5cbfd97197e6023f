"""The OpenAI-compatible client against a loopback server (tests/openai_server.py)."""

from __future__ import annotations

import socket
import threading
import time

import numpy as np
import pytest

from assistants.remote import (
    Engine,
    RemoteError,
    RemoteStream,
    ThinkSplitter,
    embed,
    list_models,
)
from storage.engines import normalise_base_url
from storage.errors import ValidationError
from tests.openai_server import OpenAIServer

HELLO = [{"role": "user", "content": "Bonjour"}]


def engine(server: OpenAIServer, **kw: object) -> Engine:
    return Engine("home", normalise_base_url(server.url), **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(("typed", "base"), [
    ("localhost:11434", "http://localhost:11434/v1"),
    ("http://127.0.0.1:8080/", "http://127.0.0.1:8080/v1"),
    ("https://gpu.example/v1/", "https://gpu.example/v1"),
    ("  http://h:1234/openai  ", "http://h:1234/openai/v1"),
    ("http://[::1]:8000", "http://[::1]:8000/v1"),
])
def test_the_address_typed_becomes_the_v1_base(typed: str, base: str) -> None:
    assert normalise_base_url(typed) == base


@pytest.mark.parametrize("typed", ["", "ftp://h", "http://user:pw@h", "http://h/?a=1",
                                   "http://h:99999", "http://", "not a url at all",
                                   "http://h/a b", "http://h\x07st:80", "http://-h_/"])
def test_what_cannot_be_a_server_address_is_refused_with_a_sentence(typed: str) -> None:
    with pytest.raises(ValidationError) as err:
        normalise_base_url(typed)
    assert err.value.field == "url" and err.value.message.endswith(".")


def test_models_are_listed_and_the_key_travels_only_in_the_header() -> None:
    with OpenAIServer(key="sk-secret", models=("b-model", "a-model")) as server:
        assert list_models(engine(server), "sk-secret") == ["a-model", "b-model"]
        with pytest.raises(RemoteError, match="API key") as err:
            list_models(engine(server), "wrong")
        assert err.value.status == 401
        assert "sk-secret" not in server.sent_text()


def test_an_answer_streams_chunk_by_chunk_with_its_stats() -> None:
    with OpenAIServer(chunks=("Bon", "jour", " !")) as server:
        stream = RemoteStream(engine(server), "tiny-chat", HELLO)
        assert list(stream) == ["Bon", "jour", " !"]
        assert stream.text == "Bonjour !"
        assert stream.stats.stop_reason == "eos"
        assert stream.stats.generated_tokens == 3 and stream.stats.prompt_tokens == 7
        assert stream.characters_sent == len("Bonjour")
        (_, path, _, body), = [r for r in server.requests if r[0] == "POST"]
        assert path == "/v1/chat/completions" and body["stream"] is True


def test_a_reply_cut_for_length_says_so() -> None:
    with OpenAIServer(finish_reason="length") as server:
        stream = RemoteStream(engine(server), "tiny-chat", HELLO)
        list(stream)
        assert stream.stats.stop_reason == "length"


def test_reasoning_is_kept_apart_from_the_answer() -> None:
    with OpenAIServer(reasoning=("Let me ", "think."),
                      chunks=("<thi", "nk>inline</think>", "Answer")) as server:
        stream = RemoteStream(engine(server), "tiny-chat", HELLO)
        assert "".join(stream) == "Answer"
        assert stream.reasoning == "Let me think.inline"


def test_think_tags_cut_between_chunks_are_split() -> None:
    splitter = ThinkSplitter()
    out = [splitter.feed(p) for p in ("Hi <", "think", ">secret</th", "ink> there")]
    out.append(splitter.flush())
    assert "".join(a for a, _ in out) == "Hi  there"
    assert "".join(r for _, r in out) == "secret"


def test_stop_closes_the_connection_at_once() -> None:
    with OpenAIServer(chunks=tuple("abcdefghij"), delay_s=0.5) as server:
        stream = RemoteStream(engine(server), "tiny-chat", HELLO)
        assert next(stream) == "a"
        began = time.monotonic()
        stream.close()
        assert time.monotonic() - began < 1.0
        assert stream.stats.stop_reason == "cancelled"
        assert stream.text == "a"
        assert server.closed_early.wait(5)


def test_stop_does_not_wait_for_the_servers_next_chunk() -> None:
    """A server that streams without a length (the connection closes at the end) hands the
    socket to the response: Stop shuts it all the same, so the reading thread is gone when
    close() returns, whatever the server's pace (Ctrl+C on `atelier generate --engine`
    waited for the next chunk)."""
    with OpenAIServer(chunks=("a", "b", "c"), delay_s=0.2) as server:
        stream = RemoteStream(engine(server), "tiny-chat", HELLO)
        assert next(stream) == "a"
        server.delay_s = 60  # the server goes quiet after "b"
        assert next(stream) == "b"
        closer = threading.Thread(target=stream.close)
        closer.start()
        closer.join(10)  # a bound, not a timing: close() waited the server's 60 s
        assert not closer.is_alive()
        assert stream._thread is not None and not stream._thread.is_alive()
        assert stream.stats.stop_reason == "cancelled" and stream.text == "ab"


def test_the_cancel_event_stops_a_stream_read_in_another_thread() -> None:
    cancel = threading.Event()
    with OpenAIServer(chunks=tuple("abcdefghij"), delay_s=0.3) as server:
        stream = RemoteStream(engine(server), "tiny-chat", HELLO, cancel=cancel)
        got: list[str] = []
        reader = threading.Thread(target=lambda: got.extend(stream))
        reader.start()
        time.sleep(0.5)
        cancel.set()
        reader.join(2)
        assert not reader.is_alive()
        assert stream.stats.stop_reason == "cancelled" and len(got) < 10


def test_a_server_that_dies_midway_keeps_what_it_wrote() -> None:
    with OpenAIServer(chunks=("one ", "two ", "three"), cut_after=2) as server:
        stream = RemoteStream(engine(server), "tiny-chat", HELLO)
        got: list[str] = []
        with pytest.raises(RemoteError, match="midway"):
            for chunk in stream:
                got.append(chunk)
        assert got == ["one ", "two "]
        assert stream.stats.stop_reason == "error"


def test_a_silent_server_times_out_instead_of_hanging() -> None:
    with OpenAIServer(hang=True) as server:
        stream = RemoteStream(engine(server, timeout_s=0.5), "tiny-chat", HELLO)
        began = time.monotonic()
        with pytest.raises(RemoteError, match="nothing for"):
            list(stream)
        assert time.monotonic() - began < 5
        assert stream.stats.stop_reason == "timeout"
        server.hang = False


@pytest.mark.parametrize(("status", "words"), [
    (401, "API key"), (403, "API key"), (429, "busy"), (500, "failed"), (503, "failed")])
def test_each_error_status_gets_its_own_message(status: int, words: str) -> None:
    with OpenAIServer(status=status) as server:
        with pytest.raises(RemoteError, match=words) as err:
            list(RemoteStream(engine(server), "tiny-chat", HELLO))
        assert err.value.status == status


def test_an_unknown_model_is_named() -> None:
    with OpenAIServer() as server, pytest.raises(RemoteError, match="no model “nope”"):
        list(RemoteStream(engine(server), "nope", HELLO))


def test_nothing_listening_is_said_in_words() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(RemoteError, match="Nothing answers"):
        list_models(Engine("gone", f"http://127.0.0.1:{port}/v1"))


def test_ollama_gets_its_context_size_through_its_native_api() -> None:
    with OpenAIServer(reasoning=("hmm",), chunks=("Salut", "!")) as server:
        stream = RemoteStream(engine(server, kind="ollama", context_tokens=16384), "tiny-chat",
                              HELLO)
        assert "".join(stream) == "Salut!"
        assert stream.reasoning == "hmm"
        (_, path, _, body), = [r for r in server.requests if r[0] == "POST"]
        assert path == "/api/chat" and body["options"]["num_ctx"] == 16384


def test_control_characters_from_a_server_are_cleaned() -> None:
    with OpenAIServer(chunks=("ok\x00", "\x1b[31mred")) as server:
        stream = RemoteStream(engine(server), "tiny-chat", HELLO)
        assert "".join(stream) == "ok[31mred"
        assert stream.stats.removed_characters == 2


def test_embeddings_are_rows_of_length_one_in_input_order() -> None:
    with OpenAIServer(models=("emb",)) as server:
        vectors = embed(engine(server), "emb", ["logo", "article", "logo"], batch_size=2)
        assert vectors.shape == (3, 4)
        assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0)
        assert np.allclose(vectors[0], vectors[2])
