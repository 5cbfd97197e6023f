"""Settings › Engines: add an engine from a preset (its API key to the keyring only), test it in
the background against a loopback OpenAI-compatible server (Cancel; a slow server never
freezes the window), accept a self-signed certificate only after its fingerprint is shown,
remove it after asking, and the log of what was sent (never the content)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime

import pytest
from keyring.backends import fail

from desktop.ui.pages.settings import SettingsPage
from desktop.ui.pages.settings_engines import EngineDialog, EnginesTab
from storage import engines as store_engines
from storage.privacy import record_sent
from tests.keyring_backend import MemoryKeyring, use_keyring
from tests.openai_server import OpenAIServer

KEY = "sk-gui-Hn27pQ"


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    with use_keyring(MemoryKeyring()) as kr:
        yield kr


def _tab(ctx, qtbot, **kw) -> EnginesTab:
    tab = EnginesTab(ctx, **kw)
    qtbot.addWidget(tab)
    tab.load()
    return tab


def _add(ctx, url: str, key: str | None = None, name: str = "home") -> None:
    from assistants import engine_setup

    with ctx.store.transaction() as s:
        engine_setup.add_engine(s, name, url, api_key=key)


def test_a_preset_fills_the_address_and_the_key_goes_to_the_keyring(
        ctx, qtbot, memory_keyring: MemoryKeyring) -> None:
    tab = _tab(ctx, qtbot)
    assert tab.empty.isVisibleTo(tab) and not tab.table.isVisibleTo(tab)
    dialog = tab.add_engine()
    dialog.choose_preset("lmstudio")
    assert dialog.url_edit.text() == "http://127.0.0.1:1234"
    assert dialog.name_edit.text() == "lmstudio"
    assert dialog.kind.currentData() == "openai" and not dialog.context.isEnabled()
    dialog.choose_preset("ollama")
    assert dialog.url_edit.text() == "http://127.0.0.1:11434"
    assert dialog.kind.currentData() == "ollama" and dialog.context.isEnabled()
    assert not dialog.fetch_button.isEnabled()  # http: no certificate to accept
    dialog.key_edit.setText(KEY)
    dialog.context.setValue(16384)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    with ctx.store.session() as s:
        row = store_engines.get_engine(s, "lmstudio")
        assert (row.base_url, row.kind, row.context_tokens, row.has_key) == (
            "http://127.0.0.1:11434/v1", "ollama", 16384, True)
    assert memory_keyring.passwords == {("Atelier", "engine:lmstudio"): KEY}
    assert tab.table.topLevelItemCount() == 1
    assert tab.table.topLevelItem(0).text(3) == "saved"
    # nowhere in the data folder: the store, its journal, the settings, the logs
    for file in ctx.data_dir.rglob("*"):
        if file.is_file():
            assert KEY.encode() not in file.read_bytes(), file


def test_a_wrong_value_or_no_keyring_writes_nothing(ctx, qtbot) -> None:
    tab = _tab(ctx, qtbot)
    dialog = tab.add_engine()
    dialog.name_edit.setText("home")
    dialog.url_edit.setText("ftp://box")
    dialog.accept()
    assert dialog.error_label("url").isVisibleTo(dialog)
    dialog.url_edit.setText("http://127.0.0.1:8080")
    dialog.key_edit.setText(KEY)
    with use_keyring(fail.Keyring()):
        dialog.accept()
    assert "keyring" in dialog.general_error.text() and KEY not in dialog.general_error.text()
    assert dialog.result() != dialog.DialogCode.Accepted
    with ctx.store.session() as s:
        assert store_engines.list_engines(s) == []


def test_test_lists_the_models_in_the_background(ctx, qtbot,
                                                 memory_keyring: MemoryKeyring) -> None:
    with OpenAIServer(key=KEY, models=("qwen2.5:7b", "mistral-small")) as srv:
        _add(ctx, srv.url, KEY)
        tab = _tab(ctx, qtbot)
        tab.select("home")
        tab.test_engine()
        assert tab.cancel_button.isVisibleTo(tab) and not tab.test_button.isEnabled()
        _tested(tab, qtbot)
        assert srv.requests[-1][2]["Authorization"] == f"Bearer {KEY}"
    assert [tab.models.item(i).text() for i in range(tab.models.count())] == [
        "mistral-small", "qwen2.5:7b"]
    assert tab.models.isVisibleTo(tab) and not tab.cancel_button.isVisibleTo(tab)
    tab.models.setCurrentRow(1)
    assert tab.chosen_model() == "qwen2.5:7b"


def test_an_empty_list_lets_the_person_type_a_model_id(ctx, qtbot,
                                                       memory_keyring: MemoryKeyring) -> None:
    with OpenAIServer(models=()) as srv:
        _add(ctx, srv.url)
        tab = _tab(ctx, qtbot)
        tab.select("home")
        tab.test_engine()
        _tested(tab, qtbot)
    assert "lists no model" in tab.test_status.text()
    assert tab.model_id.isVisibleTo(tab)
    tab.model_id.setText("my-model")
    assert tab.chosen_model() == "my-model"


def test_a_wrong_key_is_said_and_a_hanging_server_can_be_cancelled(
        ctx, qtbot, memory_keyring: MemoryKeyring) -> None:
    with OpenAIServer(key=KEY) as srv:
        _add(ctx, srv.url, "sk-wrong")
        tab = _tab(ctx, qtbot)
        tab.select("home")
        tab.test_engine()
        _tested(tab, qtbot)
        assert "refused the request (401)" in tab.test_status.text()
        assert "sk-wrong" not in tab.test_status.text()

    # a server that accepts the connection and never answers: the window stays usable
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    with ctx.store.transaction() as s:
        store_engines.add_engine(s, "slow", f"http://127.0.0.1:{port}", timeout_s=3)
    tab.load()
    tab.select("slow")
    tab.test_engine()  # returns at once: the request runs in a worker
    assert tab.test_job is not None and tab.cancel_button.isVisibleTo(tab)
    job = tab.test_job
    tab.cancel_test()
    assert tab.test_status.text() == "Test cancelled."
    assert tab.test_job is None and tab.test_button.isEnabled()
    with qtbot.waitSignal(job.done, timeout=10_000):
        listener.close()  # the worker ends (its connection refused or timed out)
    assert tab.test_status.text() == "Test cancelled."  # its late answer is dropped


def test_a_self_signed_certificate_is_accepted_only_after_its_fingerprint_shows(
        ctx, qtbot, memory_keyring: MemoryKeyring) -> None:
    sha = "ab" * 32
    asked: list[str] = []

    def fake_fetch(url: str) -> tuple[str, bytes]:
        asked.append(url)
        return sha, b"der"

    dialog = EngineDialog(ctx, fetch_certificate=fake_fetch)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("gpu")
    dialog.url_edit.setText("https://gpu.lan:8000")
    assert dialog.fetch_button.isEnabled() and not dialog.accept_check.isVisibleTo(dialog)
    with qtbot.waitSignal(ctx.jobs.job_done, timeout=10_000):
        dialog.read_certificate()
    assert asked == ["https://gpu.lan:8000/v1"]
    assert "AB AB AB" in dialog.fingerprint_label.text()
    assert dialog.accept_check.isVisibleTo(dialog) and not dialog.accept_check.isChecked()
    dialog.accept_check.setChecked(True)
    dialog.accept()
    with ctx.store.session() as s:
        assert store_engines.get_engine(s, "gpu").pinned_sha256 == sha


def test_a_certificate_not_accepted_is_not_pinned(ctx, qtbot,
                                                  memory_keyring: MemoryKeyring) -> None:
    dialog = EngineDialog(ctx, fetch_certificate=lambda url: ("cd" * 32, b""))
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("gpu")
    dialog.url_edit.setText("https://gpu.lan:8000")
    with qtbot.waitSignal(ctx.jobs.job_done, timeout=10_000):
        dialog.read_certificate()
    dialog.url_edit.setText("https://other.lan:8000")  # another server: the choice goes
    assert not dialog.accept_check.isVisibleTo(dialog)
    dialog.accept()
    with ctx.store.session() as s:
        assert store_engines.get_engine(s, "gpu").pinned_sha256 == ""


def test_remove_asks_first_and_forgets_the_key(ctx, qtbot, monkeypatch,
                                               memory_keyring: MemoryKeyring) -> None:
    _add(ctx, "http://127.0.0.1:11434", KEY)
    tab = _tab(ctx, qtbot)
    tab.select("home")
    answers = iter([False, True])
    monkeypatch.setattr("desktop.ui.pages.settings_engines.confirm",
                        lambda *a: next(answers))
    tab.remove_engine()  # No: nothing changes
    assert memory_keyring.passwords and tab.table.topLevelItemCount() == 1
    tab.remove_engine()
    assert memory_keyring.passwords == {}
    assert tab.table.topLevelItemCount() == 0 and tab.empty.isVisibleTo(tab)


def test_the_sent_log_shows_records_never_content(ctx, qtbot) -> None:
    tab = _tab(ctx, qtbot)
    assert tab.log_empty.isVisibleTo(tab) and not tab.log.isVisibleTo(tab)
    _add(ctx, "http://127.0.0.1:11434")
    with ctx.store.transaction() as s:
        row = store_engines.get_engine(s, "home")
        record_sent(s, task="draft", engine=row, model="qwen2.5:7b", characters=1234,
                    at=datetime(2026, 12, 7, 10, 30, tzinfo=UTC))
        record_sent(s, task="translate", engine=row, model="qwen2.5:7b", characters=56,
                    at=datetime(2026, 12, 7, 11, 0, tzinfo=UTC))
    tab.load()
    assert tab.log.isVisibleTo(tab) and not tab.log_empty.isVisibleTo(tab)
    rows = [[tab.log.topLevelItem(i).text(c) for c in range(4)]
            for i in range(tab.log.topLevelItemCount())]
    assert [r[1:] for r in rows] == [["Pre-translation", "home · qwen2.5:7b", "56"],
                                     ["Drafting", "home · qwen2.5:7b", "1,234"]]
    assert all("2026" in r[0] for r in rows)


def test_the_settings_page_has_the_engines_tab(ctx, qtbot) -> None:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.tabs.tabText(page.tabs.count() - 1) == "Engines"
    assert page.engines_tab.empty.isVisibleTo(page.engines_tab)


def test_a_certificate_that_cannot_be_read_is_said_and_nothing_can_be_accepted(
        ctx, qtbot) -> None:
    from assistants.remote import RemoteError

    def refused(url: str) -> tuple[str, bytes]:
        raise RemoteError(f"Nothing answers at {url}: is the server running, and on this port?")

    dialog = EngineDialog(ctx, fetch_certificate=refused)
    qtbot.addWidget(dialog)
    dialog.url_edit.setText("https://gpu.lan:8000")
    with qtbot.waitSignal(ctx.jobs.job_done, timeout=10_000):
        dialog.read_certificate()
    assert "Nothing answers at https://gpu.lan:8000/v1" in dialog.fingerprint_label.text()
    assert not dialog.accept_check.isVisibleTo(dialog) and dialog.fingerprint == ""


def _log_rows(tab: EnginesTab) -> list[str]:
    return [tab.log.topLevelItem(i).text(2) for i in range(tab.log.topLevelItemCount())]


def test_the_sent_log_follows_sends_while_the_tab_shows_and_when_it_is_shown(
        ctx, qtbot) -> None:
    from desktop.changes import Changed

    _add(ctx, "http://127.0.0.1:11434")
    tab = _tab(ctx, qtbot)
    tab.show()
    assert tab.log_empty.isVisibleTo(tab)
    with ctx.store.transaction() as s:  # a draft written through the server, meanwhile
        record_sent(s, task="draft", engine=store_engines.get_engine(s, "home"),
                    model="tiny-chat", characters=511, at=datetime(2026, 12, 7, 18, 15,
                                                                   tzinfo=UTC))
    ctx.events.emit(Changed.SENT)  # what a job that sent something says once it ends
    assert _log_rows(tab) == ["home · tiny-chat"] and not tab.log_empty.isVisibleTo(tab)
    tab.hide()
    with ctx.store.transaction() as s:  # sent while another page shows, told to nobody
        record_sent(s, task="embed", engine=store_engines.get_engine(s, "home"),
                    model="nomic-embed-text", characters=80,
                    at=datetime(2026, 12, 7, 18, 20, tzinfo=UTC))
    tab.show()
    assert _log_rows(tab) == ["home · nomic-embed-text", "home · tiny-chat"]


def test_engines_added_by_another_writer_show_when_the_tab_or_page_is_shown(
        ctx, qtbot) -> None:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    tab = page.engines_tab
    engines_index = page.tabs.count() - 1
    page.tabs.setCurrentIndex(engines_index)
    assert tab.empty.isVisibleTo(tab)
    _add(ctx, "http://127.0.0.1:9", name="dead")  # `atelier engines add` in a terminal
    page.tabs.setCurrentIndex(0)
    page.tabs.setCurrentIndex(engines_index)
    assert tab.table.topLevelItemCount() == 1 and tab.table.topLevelItem(0).text(0) == "dead"
    draft_combo = tab.routes.engine_combos["draft"]
    assert draft_combo.findData("dead") >= 0 and tab.routes.isVisibleTo(tab)
    page.hide()  # another page shows; the terminal adds one more
    _add(ctx, "http://127.0.0.1:41859", name="slow")
    page.show()
    assert [tab.table.topLevelItem(i).text(0)
            for i in range(tab.table.topLevelItemCount())] == ["dead", "slow"]
    assert draft_combo.findData("slow") >= 0


def _tested(tab, qtbot) -> None:
    """Wait for the tab's Test to end (another job of the page may end before it)."""
    qtbot.waitUntil(lambda: tab.test_button.isEnabled(), timeout=10_000)


def test_a_test_error_goes_when_another_engine_is_added_or_selected(
        ctx, qtbot, memory_keyring: MemoryKeyring) -> None:
    # bound, never listening: the port refuses, and stays ours (closed whatever happens)
    with closing(socket.socket()) as held:
        held.bind(("127.0.0.1", 0))
        _add(ctx, f"http://127.0.0.1:{held.getsockname()[1]}", name="dead")
        tab = _tab(ctx, qtbot)
        tab.select("dead")
        tab.test_engine()
        # the Test's own answer (another job of the page may end first)
        qtbot.waitUntil(lambda: "Nothing answers at" in tab.test_status.text(), timeout=10_000)
        dialog = tab.add_engine()
        dialog.name_edit.setText("home")
        dialog.url_edit.setText("http://127.0.0.1:11434")
        dialog.accept()
        assert tab.selected_name() == "home"
        assert tab.test_status.text() == ""  # it was about "dead"
        tab.select("dead")
        tab.test_engine()
        qtbot.waitUntil(lambda: "Nothing answers at" in tab.test_status.text(), timeout=10_000)
        tab.select("home")
        assert tab.test_status.text() == ""


def test_the_address_error_has_room_under_the_address(ctx, qtbot) -> None:
    tab = _tab(ctx, qtbot)
    dialog = tab.add_engine()
    qtbot.waitExposed(dialog)
    dialog.name_edit.setText("bad")
    dialog.url_edit.setText("ftp://a-rather-long-host-name-for-a-server.example.com:8080/path")
    dialog.accept()
    error = dialog.error_label("url")
    assert error.isVisible()
    for label in (error, dialog.key_note):  # every line of both, none cut or overlapping
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    top_of_error = error.mapTo(dialog, error.rect().topLeft()).y()
    bottom_of_address = dialog.url_edit.mapTo(dialog, dialog.url_edit.rect().bottomLeft()).y()
    assert top_of_error > bottom_of_address


def test_the_same_server_cannot_be_added_twice(ctx, qtbot,
                                               memory_keyring: MemoryKeyring) -> None:
    _add(ctx, "http://127.0.0.1:41859", name="slow")
    tab = _tab(ctx, qtbot)
    dialog = tab.add_engine()
    dialog.name_edit.setText("slow2")
    dialog.url_edit.setText("127.0.0.1:41859/v1/")  # the same address, written otherwise
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error_label("url").text() == (
        "The engine “slow” has this address already (http://127.0.0.1:41859/v1): edit it "
        "rather than add it twice.")
    with ctx.store.session() as s:
        assert [e.name for e in store_engines.list_engines(s)] == ["slow"]


def test_an_engine_is_edited_and_its_key_replaced(ctx, qtbot,
                                                  memory_keyring: MemoryKeyring) -> None:
    _add(ctx, "http://127.0.0.1:11434", KEY, name="home")
    _add(ctx, "http://127.0.0.1:1234", name="other")
    tab = _tab(ctx, qtbot)
    tab.select("home")
    assert tab.edit_button.isEnabled()
    dialog = tab.edit_engine()
    assert dialog.name_edit.text() == "home" and not dialog.name_edit.isEnabled()
    assert dialog.url_edit.text() == "http://127.0.0.1:11434/v1"
    assert dialog.key_edit.text() == ""  # never shown; empty keeps it
    dialog.timeout.setValue(300)
    dialog.context.setValue(32768)
    dialog.accept()
    with ctx.store.session() as s:
        row = store_engines.get_engine(s, "home")
        assert (row.timeout_s, row.context_tokens, row.has_key) == (300, 32768, True)
    assert memory_keyring.passwords == {("Atelier", "engine:home"): KEY}
    dialog = tab.edit_engine()
    dialog.url_edit.setText("http://127.0.0.1:1234")  # "other"'s address: refused
    dialog.accept()
    assert "“other” has this address already" in dialog.error_label("url").text()
    dialog.url_edit.setText("http://gpu.lan:11434")
    dialog.key_edit.setText("sk-new-key")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    with ctx.store.session() as s:
        assert store_engines.get_engine(s, "home").base_url == "http://gpu.lan:11434/v1"
    assert memory_keyring.passwords == {("Atelier", "engine:home"): "sk-new-key"}
    assert tab.table.topLevelItem(0).text(1) == "http://gpu.lan:11434/v1"
