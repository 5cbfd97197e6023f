"""`--engine NAME` on generate, draft, rewrite, brainstorm, translate and match: the work runs
on a loopback OpenAI-compatible server; the work of a client kept on this computer is refused
naming the client and nothing reaches the server; the sent log keeps characters, never text."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage import engines, privacy
from storage.db import open_store
from storage.paths import store_path
from storage.tables import Order, OrderStatus, SegmentStatus, TranslationSegment
from tests.cli_helpers import run
from tests.factories import client, order
from tests.keyring_backend import MemoryKeyring, use_keyring
from tests.openai_server import OpenAIServer

SECRET = "Fiches produits pour la Maison Verdier, confidentiel"


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    with use_keyring(MemoryKeyring()) as kr:
        yield kr


@pytest.fixture
def server() -> Iterator[OpenAIServer]:
    with OpenAIServer(models=("tiny-chat", "tiny-embed"), chunks=("Bon", "jour", " !")) as srv:
        yield srv


def _setup(data: Path, server: OpenAIServer, *, kept: bool) -> int:
    """A store with the engine "home" and an order of a client (kept local or not)."""
    with open_store(store_path(data)) as store, store.transaction() as s:
        engines.add_engine(s, "home", server.url)
        c = client(s, "Maison Verdier", language="fr")
        o = order(s, client_obj=c, title="Fiches", brief=SECRET,
                  status=OrderStatus.IN_PROGRESS).id
        if kept:
            privacy.set_keep_local(s, c.id, True)
        return o


def _sent_log(data: Path) -> list[tuple[str, str, str, int]]:
    with open_store(store_path(data)) as store, store.session() as s:
        return [(r.task, r.engine, r.model, r.characters) for r in privacy.sent_log(s)]


def test_generate_streams_from_the_server_and_logs_characters_only(
        tmp_path: Path, capsys, server: OpenAIServer, memory_keyring) -> None:
    d = ["--data-dir", str(tmp_path)]
    _setup(tmp_path, server, kept=False)
    code, out, err = run(capsys, "generate", "--engine", "home", "--model", "tiny-chat",
                         "Bonjour", *d)
    assert code == 0, err
    assert out == "Bonjour !\n"
    assert err.startswith("[3 tokens, ") and err.rstrip().endswith("eos]")
    [(method, path, _h, body)] = server.requests
    assert (method, path, body["model"]) == ("POST", "/v1/chat/completions", "tiny-chat")
    assert _sent_log(tmp_path) == [("draft", "home", "tiny-chat", len("Bonjour"))]
    db = store_path(tmp_path).read_bytes()
    assert b"Bonjour" not in db  # the log keeps a count, never the text


def test_draft_for_a_kept_local_client_is_refused_and_nothing_is_sent(
        tmp_path: Path, capsys, server: OpenAIServer, memory_keyring) -> None:
    d = ["--data-dir", str(tmp_path)]
    order_id = _setup(tmp_path, server, kept=True)
    code, _out, err = run(capsys, "draft", "--template", "delivery-message", "--order",
                         str(order_id), "--engine", "home", "--model", "tiny-chat",
                         "-o", str(tmp_path / "out.txt"), *d)
    assert code == 2
    assert "Maison Verdier is kept on this computer" in err and "“home”" in err
    assert server.requests == [] and SECRET not in server.sent_text()
    assert _sent_log(tmp_path) == []
    assert not (tmp_path / "out.txt").exists()


def test_draft_with_an_engine_keeps_the_servers_text_as_the_orders_version(
        tmp_path: Path, capsys, server: OpenAIServer, memory_keyring) -> None:
    from storage import drafts

    d = ["--data-dir", str(tmp_path)]
    order_id = _setup(tmp_path, server, kept=False)
    out_file = tmp_path / "out.txt"
    code, _out, err = run(capsys, "draft", "--template", "delivery-message", "--order",
                         str(order_id), "--engine", "home", "--model", "tiny-chat",
                         "-o", str(out_file), *d)
    assert code == 0, err
    assert "Bonjour !" in out_file.read_text(encoding="utf-8")
    with open_store(store_path(tmp_path)) as store, store.session() as s:
        [draft] = drafts.list_drafts(s, order_id=order_id)
        [version] = drafts.list_versions(s, draft.id)
        assert version.text == "Bonjour !" and version.model_id == "home/tiny-chat"
    [(task, engine, model, chars)] = _sent_log(tmp_path)
    assert (task, engine, model) == ("draft", "home", "tiny-chat") and chars > 0


def test_rewrite_streams_from_the_server(tmp_path: Path, capsys, monkeypatch,
                                         server: OpenAIServer, memory_keyring) -> None:
    d = ["--data-dir", str(tmp_path)]
    _setup(tmp_path, server, kept=False)
    monkeypatch.setattr("sys.stdin", io.StringIO("Un texte un peu trop long à raccourcir."))
    code, out, err = run(capsys, "rewrite", "-", "--kind", "shorter", "--engine", "home",
                         "--model", "tiny-chat", *d)
    assert code == 0, err
    assert out == "Bonjour !\n"
    assert "raccourcir" in server.sent_text()
    assert [t for t, *_ in _sent_log(tmp_path)] == ["rewrite"]


def test_brainstorm_for_a_kept_local_client_sends_nothing(
        tmp_path: Path, capsys, server: OpenAIServer, memory_keyring) -> None:
    d = ["--data-dir", str(tmp_path)]
    order_id = _setup(tmp_path, server, kept=True)
    code, _out, err = run(capsys, "brainstorm", "--order", str(order_id), "--engine", "home",
                          "--model", "tiny-chat", "-o", str(tmp_path / "b.md"), *d)
    assert code == 2 and "Maison Verdier" in err
    assert server.requests == [] and SECRET not in server.sent_text()


def test_brainstorm_streams_ideas_from_the_server(tmp_path: Path, capsys,
                                                   server: OpenAIServer, memory_keyring) -> None:
    d = ["--data-dir", str(tmp_path)]
    order_id = _setup(tmp_path, server, kept=False)
    server.chunks = (json.dumps([{"title": "Vert forêt", "concept": "Un logo sobre.",
                                  "palette": ["#1b4332", "#f1faee", "#e9c46a"]}]),)
    code, _out, err = run(capsys, "brainstorm", "--order", str(order_id), "-n", "1",
                          "--engine", "home", "--model", "tiny-chat", "-o",
                          str(tmp_path / "b.md"), *d)
    assert code == 0, err
    assert SECRET in server.sent_text()
    assert "Vert forêt" in (tmp_path / "b.md").read_text(encoding="utf-8")
    assert {t for t, *_ in _sent_log(tmp_path)} == {"brainstorm"}


def _translate(tmp_path: Path, capsys, *extra: str) -> tuple[int, str, str]:
    src = tmp_path / "doc.txt"
    if not src.exists():
        src.write_text("Le devis est prêt.\n\nLa facture suit demain.\n\nMerci beaucoup.\n",
                       encoding="utf-8")
    return run(capsys, "translate", str(src), "--from", "fr", "--to", "en", "--engine",
               "home", "--model", "tiny-chat", "-o", str(tmp_path / "out.txt"),
               "--data-dir", str(tmp_path), *extra)


def test_translate_by_the_server_uses_the_glossary_and_neighbours_and_its_own_label(
        tmp_path: Path, capsys, server: OpenAIServer, memory_keyring) -> None:
    _setup(tmp_path, server, kept=False)
    glossary = tmp_path / "g.csv"
    glossary.write_text("source,target\ndevis,quote\n", encoding="utf-8")
    server.chunks = ("Done.",)
    code, _out, err = _translate(tmp_path, capsys, "--glossary", str(glossary))
    assert code == 0, err
    chats = [body for _m, path, _h, body in server.requests if path.endswith("/completions")]
    assert len(chats) == 3  # segment by segment
    first = chats[0]["messages"][-1]["content"]
    assert "devis → quote" in first
    assert "La facture suit demain." in first  # the next segment as context
    assert "devis" not in chats[2]["messages"][-1]["content"].split("Text to translate")[1]
    with open_store(store_path(tmp_path)) as store, store.session() as s:
        segs = s.query(TranslationSegment).order_by(TranslationSegment.position).all()
        assert [(g.status, g.mt_engine, g.target) for g in segs] == \
            [(SegmentStatus.MT, "home/tiny-chat", "Done.")] * 3
    assert [t for t, *_ in _sent_log(tmp_path)] == ["translate"] * 3


def test_translate_by_the_server_resumes_after_a_stop(
        tmp_path: Path, capsys, server: OpenAIServer, memory_keyring, monkeypatch) -> None:
    from assistants import routing

    _setup(tmp_path, server, kept=False)
    server.chunks = ("Done.",)
    real = routing.open_stream
    calls = {"n": 0}

    def interrupted(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt  # Ctrl+C during the second segment
        return real(*args, **kwargs)

    monkeypatch.setattr(routing, "open_stream", interrupted)
    code, _out, err = _translate(tmp_path, capsys, "--project", "p")
    assert code == 130 and "run the same command again" in err
    monkeypatch.setattr(routing, "open_stream", real)
    server.requests.clear()
    code, _out, err = _translate(tmp_path, capsys, "--project", "p")
    assert code == 0, err
    assert len([r for r in server.requests if r[1].endswith("/completions")]) == 2
    with open_store(store_path(tmp_path)) as store, store.session() as s:
        assert {(g.status, g.mt_engine) for g in s.query(TranslationSegment)} == \
            {(SegmentStatus.MT, "home/tiny-chat")}


def test_translate_of_a_kept_local_clients_project_sends_nothing(
        tmp_path: Path, capsys, server: OpenAIServer, memory_keyring) -> None:
    from storage.translation import projects as sp

    order_id = _setup(tmp_path, server, kept=True)
    with open_store(store_path(tmp_path)) as store, store.transaction() as s:
        sp.create_project(s, "p", "fr", "en", order_id=order_id)
    code, _out, err = _translate(tmp_path, capsys, "--project", "p")
    assert code == 2 and "Maison Verdier is kept on this computer" in err
    assert server.requests == [] and "devis" not in server.sent_text()


def test_match_with_an_engine_embeds_through_the_server_but_not_kept_local_orders(
        tmp_path: Path, capsys, server: OpenAIServer, memory_keyring) -> None:
    _setup(tmp_path, server, kept=True)
    with open_store(store_path(tmp_path)) as store, store.transaction() as s:
        order(s, client_obj=client(s, "Atelier Nord"), title="Logo",
              brief="Un logo pour une boulangerie", status=OrderStatus.IN_PROGRESS)
    code, out, err = run(capsys, "match", "Je cherche des fiches produits", "--engine",
                         "home", "--model", "tiny-embed", "--json", "--data-dir",
                         str(tmp_path))
    assert code == 0, err
    paths = {path for _m, path, _h, _b in server.requests}
    assert paths == {"/v1/embeddings"}
    assert "Je cherche des fiches produits" in server.sent_text()
    assert "Un logo pour une boulangerie" in server.sent_text()
    assert SECRET not in server.sent_text() and "Fiches" not in server.sent_text()
    assert {t for t, *_ in _sent_log(tmp_path)} == {"embed"}
    json.loads(out)


def test_the_key_goes_in_the_header_only_never_to_the_store_logs_or_output(
        tmp_path: Path, capsys, memory_keyring) -> None:
    from assistants.secrets import set_engine_key

    key = "sk-routing-Vq93LmZ"
    with OpenAIServer(key=key) as server:
        with open_store(store_path(tmp_path)) as store, store.transaction() as s:
            engines.add_engine(s, "home", server.url, has_key=True)
        set_engine_key("home", key)
        code, out, err = run(capsys, "generate", "--engine", "home", "--model", "tiny-chat",
                             "Bonjour", "--data-dir", str(tmp_path))
        assert code == 0, err
        assert out == "Bonjour !\n"
        [(_m, _p, headers, body)] = server.requests
        assert headers["Authorization"] == f"Bearer {key}"
        assert key not in json.dumps(body)
    assert key not in out + err
    written = b"".join(p.read_bytes() for p in sorted(tmp_path.rglob("*")) if p.is_file())
    assert key.encode() not in written  # the store, its WAL, the logs, the settings


def test_ctrl_c_closes_the_connection_at_once(tmp_path: Path, capsys, monkeypatch,
                                             memory_keyring) -> None:
    with OpenAIServer(chunks=tuple(f"mot{i} " for i in range(500)), delay_s=0.02) as server:
        _setup(tmp_path, server, kept=False)
        real_write = __import__("sys").stdout.write
        seen: list[str] = []

        def write(text: str) -> int:
            seen.append(text)
            if text.startswith("mot"):
                raise KeyboardInterrupt  # Ctrl+C while the first words arrive
            return real_write(text)

        monkeypatch.setattr("sys.stdout.write", write)
        code = __import__("desktop.cli", fromlist=["main"]).main(
            ["generate", "--engine", "home", "--model", "tiny-chat", "Bonjour",
             "--data-dir", str(tmp_path)])
        monkeypatch.undo()
        _out, err = capsys.readouterr()
        assert code == 0
        assert server.closed_early.wait(5.0)  # the server saw the connection go
        assert "cancelled]" in err  # the stats line, as today


def test_a_kept_local_passage_is_embedded_once_its_client_is_no_longer_kept(
        tmp_path: Path, capsys, server: OpenAIServer, memory_keyring) -> None:
    """A withheld passage gets no vector under the server's model (a zero vector stored
    once was never replaced): when the client is un-marked, the next match sends it."""
    from sqlalchemy import func, select

    from storage.tables import Client, PassageVector

    d = ["--engine", "home", "--model", "tiny-embed", "--json", "--data-dir", str(tmp_path)]
    _setup(tmp_path, server, kept=True)
    code, _out, err = run(capsys, "match", "Je cherche des fiches produits", *d)
    assert code == 0, err
    assert SECRET not in server.sent_text()
    with open_store(store_path(tmp_path)) as store, store.transaction() as s:
        assert s.scalar(select(func.count()).select_from(PassageVector)) == 0
        privacy.set_keep_local(s, s.scalar(select(Client.id)), False)
    code, out, err = run(capsys, "match", "Je cherche des fiches produits", *d)
    assert code == 0, err
    assert SECRET in server.sent_text()
    with open_store(store_path(tmp_path)) as store, store.session() as s:
        assert s.scalar(select(func.count()).select_from(PassageVector)) == 1
    json.loads(out)


def test_a_client_is_kept_on_this_computer_from_the_command_line(
        tmp_path: Path, capsys, server: OpenAIServer, memory_keyring) -> None:
    """`atelier clients edit ID --keep-local` (the client dialog's check box): a draft with
    --engine for their order is then refused, naming them; --no-keep-local lets it go."""
    d = ["--data-dir", str(tmp_path)]
    order_id = _setup(tmp_path, server, kept=False)
    with open_store(store_path(tmp_path)) as store, store.session() as s:
        client_id = s.get(Order, order_id).client_id
    draft = ["draft", "--template", "delivery-message", "--order", str(order_id), "--engine",
             "home", "--model", "tiny-chat", "-o", str(tmp_path / "out.txt"), *d]
    code, _out, err = run(capsys, "clients", "edit", str(client_id), "--keep-local", *d)
    assert code == 0, err
    code, _out, err = run(capsys, *draft)
    assert code == 2 and "Maison Verdier is kept on this computer" in err
    assert server.requests == []
    code, _out, err = run(capsys, "clients", "edit", str(client_id), "--no-keep-local", *d)
    assert code == 0, err
    code, _out, err = run(capsys, *draft)
    assert code == 0, err
    assert SECRET in server.sent_text()
