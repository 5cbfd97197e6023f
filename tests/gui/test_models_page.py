"""The Models page and the desktop ModelService: catalogue cards, import/delete, Try it with a
real Stop, the idle unload, and downloads against a loopback hub (no network)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail

from assistants.catalogue import find_entry, load_catalogue
from desktop.ai import ModelService
from desktop.ui.pages import models as models_page
from desktop.ui.pages.models import ModelsPage, licence_confirmation_text
from tests.gui.conftest import shown
from tests.hubserver import HubServer, files_from
from tests.keyring_backend import MemoryKeyring, use_keyring
from tests.unit.assistants.conftest import build_pickle_only, build_seq2seq

REPO = "acme/tiny-writer"


@pytest.fixture(scope="module")
def pickle_dir(tmp_path_factory: pytest.TempPathFactory, tiny_dir: Path) -> Path:
    return build_pickle_only(tiny_dir, tmp_path_factory.mktemp("gui-models") / "pickle-only")


@pytest.fixture(scope="module")
def marian_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_seq2seq(tmp_path_factory.mktemp("gui-models") / "tiny-marian")


@pytest.fixture
def page(ctx, qtbot) -> Iterator[ModelsPage]:
    yield shown(qtbot, ModelsPage(ctx), 1280, 800)
    ctx.models.shutdown()
    ctx.jobs.wait()


@pytest.fixture
def installed(ctx, tiny_dir: Path) -> str:
    shutil.copytree(tiny_dir, ctx.models.models_dir / "tiny-writer")
    return "tiny-writer"


def wait_job(qtbot, service: ModelService, job, timeout: int = 15_000) -> None:
    """Until the job ended and its callbacks ran in the GUI thread."""
    qtbot.waitUntil(lambda: service.settled(job), timeout=timeout)


def downloaded(page: ModelsPage) -> int:
    state = page.models.download_state(REPO)
    return state.done_bytes if state is not None else 0


def settings_text(ctx) -> str:
    ctx.qsettings.sync()
    path = Path(ctx.qsettings.fileName())
    return path.read_text(encoding="utf-8") if path.exists() else ""


def table_names(page: ModelsPage) -> list[str]:
    return [page.table.item(r, 0).text() for r in range(page.table.rowCount())]


# --- catalogue --------------------------------------------------------------------------------


def test_catalogue_cards_show_size_fit_and_licence(page: ModelsPage) -> None:
    assert set(page.cards) == {e.repo_id for e in load_catalogue()}
    qwen = page.cards["Qwen/Qwen2.5-0.5B-Instruct"]
    assert qwen.licence.text() == "Commercial use OK"
    assert qwen.default_badge.isVisible()
    assert "download" in qwen.size.text() and "parameters" in qwen.size.text()
    assert "of memory" in qwen.ram.text()
    assert qwen.fit.text().lstrip("● ") in (
        "Fits easily", "Tight: close other apps", "Too big for this computer")
    assert qwen.button.text() == "Download"
    nllb = page.cards["facebook/nllb-200-distilled-600M"]
    assert nllb.licence.text() == "Non-commercial"
    # grouped: writing first, then translation
    assert page.chat_grid.cards and all(c.entry.task == "chat" for c in page.chat_grid.cards)
    assert all(c.entry.task == "translation" for c in page.translation_grid.cards)
    assert page.installed_empty.isVisible()
    assert page.try_empty.isVisible()


def test_non_commercial_model_asks_before_download(page: ModelsPage, monkeypatch) -> None:
    nllb = find_entry("facebook/nllb-200-distilled-600M")
    qwen = find_entry("Qwen/Qwen2.5-0.5B-Instruct")
    assert nllb is not None and qwen is not None
    assert licence_confirmation_text(qwen) is None
    question = licence_confirmation_text(nllb)
    assert question is not None
    assert "non-commercial" in question and "Freelancers sell their work" in question
    asked: list[str] = []
    monkeypatch.setattr(page, "confirm_licence", lambda q: asked.append(q) or False)
    assert page.download_entry(nllb) is None
    assert asked == [question]
    assert page.models.downloads() == []


def test_repo_field_refuses_what_is_not_a_repo_id(page: ModelsPage) -> None:
    page.repo_field.setText("not a repo")
    assert page.download_repo_field() is None
    assert page.repo_error.isVisible() and "owner/model" in page.repo_error.text()


# --- installed models -------------------------------------------------------------------------


def test_import_then_delete(page: ModelsPage, qtbot, tiny_dir: Path, monkeypatch) -> None:
    changed: list[bool] = []
    page.models.installed_changed.connect(lambda: changed.append(True))
    job = page.import_folder(str(tiny_dir))
    assert job is not None
    wait_job(qtbot, page.models, job)
    assert job.state == "finished"
    assert table_names(page) == ["tiny-writer"]
    assert page.table.item(0, 1).text() == "Writing & ideas"
    assert page.table.item(0, 2).text().endswith("kB")
    assert "Ready" in page.table.item(0, 3).text()
    assert changed and "installed" in page.installed_message.text()
    assert page.models.chat_model == "tiny-writer"
    assert page.try_model.currentData() == "tiny-writer"

    page.select_model("tiny-writer")
    monkeypatch.setattr(models_page, "confirm", lambda *a: True)
    assert page.delete_selected()
    assert table_names(page) == []
    assert not (page.models.models_dir / "tiny-writer").exists()
    assert page.installed_empty.isVisible()


def test_pickle_only_folder_is_refused_with_a_reason(page: ModelsPage, qtbot,
                                                     pickle_dir: Path) -> None:
    job = page.import_folder(str(pickle_dir))
    wait_job(qtbot, page.models, job)
    assert job.state == "failed"
    assert page.installed_message.isVisible()
    assert "safetensors" in page.installed_message.text()
    assert table_names(page) == []


def test_a_broken_folder_shows_its_problem(page: ModelsPage, ctx, tiny_dir: Path) -> None:
    target = ctx.models.models_dir / "broken"
    shutil.copytree(tiny_dir, target)
    (target / "config.json").unlink()
    page.refresh()
    assert table_names(page) == ["broken"]
    assert "config.json" in page.table.item(0, 3).text()
    assert page.try_model.count() == 0


# --- try it -----------------------------------------------------------------------------------


def test_try_it_streams_then_reports_stats(page: ModelsPage, qtbot, installed: str) -> None:
    page.refresh()
    assert page.try_model.currentData() == installed
    page.prompt.setPlainText("Bonjour, le devis est prêt ?")
    tokens: list[str] = []
    job = page.generate()
    assert job is not None
    job.token.connect(tokens.append)
    assert page.stop_button.isEnabled() and not page.generate_button.isEnabled()
    wait_job(qtbot, page.models, job, 30_000)
    assert job.state == "finished", job.error
    assert tokens and page.output.toPlainText() == job.result[0]
    assert "token" in page.stats.text() and "first token after" in page.stats.text()
    assert page.models.resident == installed
    qtbot.waitUntil(lambda: page.generate_button.isEnabled())
    assert not page.stop_button.isEnabled()
    assert "in memory" in page.table.item(0, 3).text()


def test_stop_ends_generation_quickly(page: ModelsPage, qtbot, installed: str,
                                      monkeypatch) -> None:
    monkeypatch.setattr(models_page, "TRY_MAX_TOKENS", 3000)
    page.refresh()
    page.prompt.setPlainText("Write a long story about a freelancer.")
    job = page.generate()
    assert job is not None
    qtbot.waitUntil(lambda: bool(page.output.toPlainText()), timeout=30_000)
    page.stop()
    wait_job(qtbot, page.models, job, 5_000)
    assert job.state == "cancelled"
    assert page.stats.text().startswith("Stopped.")
    assert page.output.toPlainText()  # what was written stays
    assert not page.models.busy


def test_empty_prompt_is_refused(page: ModelsPage, installed: str) -> None:
    page.refresh()
    assert page.generate() is None
    assert page.try_error.isVisible()


def test_idle_timer_unloads_the_model(ctx, qtbot, installed: str) -> None:
    now = [1000.0]
    service = ModelService(ctx.jobs, ctx.models.models_dir, ctx.qsettings,
                           clock=lambda: now[0], idle_check_ms=20)
    try:
        service.idle_minutes = 1
        job = service.load(installed)
        wait_job(qtbot, service, job, 30_000)
        assert job.state == "finished", job.error
        assert service.resident == installed
        assert not service.check_idle()  # not idle long enough
        with qtbot.waitSignal(service.resident_changed, timeout=5_000) as blocker:
            now[0] += 61
        assert blocker.args == [""]
        assert service.resident == ""
    finally:
        service.shutdown()


def test_settings_are_kept_in_qsettings(ctx) -> None:
    m = ctx.models
    assert m.precision == "auto" and m.int8_setting is None
    assert m.int8 is True  # the CPU default
    m.precision = "float32"
    assert (m.dtype, m.int8) == ("float32", False)
    m.precision = "int8"
    assert m.int8 and m.ram_dtype() == "int8"
    m.threads = 2
    m.idle_minutes = 5
    again = ModelService(ctx.jobs, m.models_dir, ctx.qsettings)
    assert (again.precision, again.threads, again.idle_minutes) == ("int8", 2, 5)
    assert again.manager.idle_timeout_s == 300
    again.shutdown()


def test_translate_job_keeps_the_input_order(ctx, qtbot, marian_dir: Path) -> None:
    shutil.copytree(marian_dir, ctx.models.models_dir / "tiny-marian")
    assert ctx.models.translation_model == "tiny-marian"
    sentences = ["Le devis est prêt.", "", "Merci pour votre commande, la livraison est prévue."]
    progress: list[tuple[int, int]] = []
    results: list[list[str]] = []
    job = ctx.models.translate("tiny-marian", sentences, batch_size=1,
                               on_progress=lambda d, t: progress.append((d, t)),
                               on_finished=results.append)
    wait_job(qtbot, ctx.models, job, 30_000)
    assert job.state == "finished", job.error
    assert len(results[0]) == 3 and results[0][1] == ""
    assert progress[-1] == (3, 3)
    # a translation model cannot write: a readable refusal, not a traceback
    errors: list[Exception] = []
    job = ctx.models.generate("tiny-marian", "Bonjour", on_failed=errors.append)
    wait_job(qtbot, ctx.models, job, 30_000)
    assert job.state == "failed"
    assert "translation model" in str(errors[0])


def test_page_speaks_french(page: ModelsPage, ctx) -> None:
    ctx.i18n.set_language("fr")
    page.retranslate()
    assert page.title()
    ctx.i18n.set_language("en")
    assert page.title() == "Models"


# --- downloads --------------------------------------------------------------------------------


def test_download_pause_resume_and_restart(page: ModelsPage, ctx, qtbot,
                                           tiny_dir: Path) -> None:
    with HubServer({REPO: files_from(tiny_dir)}, throttle=60_000) as hub:
        ctx.models.endpoint = hub.endpoint
        job = page.start_download(REPO)
        qtbot.waitUntil(lambda: downloaded(page) > 0, timeout=10_000)
        row = page.download_rows[REPO]
        assert " of " in row.detail.text()
        assert row.pause.isVisible() and not row.resume.isVisible()
        page.models.pause_download(REPO)
        wait_job(qtbot, page.models, job)
        assert job.state == "cancelled"
        state = page.models.download_state(REPO)
        assert state is not None and state.state == "paused"
        assert [p.repo_id for p in page.models.partial_downloads()] == [REPO]
        assert row.resume.isVisible() and "Paused" in row.detail.text()

        # after a restart, the partial download is listed, paused
        later = ModelService(ctx.jobs, ctx.models.models_dir, ctx.qsettings)
        assert [(d.repo_id, d.state) for d in later.downloads()] == [(REPO, "paused")]
        later.shutdown()

        hub.throttle = None
        job = page.resume(REPO)
        assert job is not None
        wait_job(qtbot, page.models, job)
        assert job.state == "finished", job.error
        assert hub.range_requests  # it went on from where it stopped
    assert "tiny-writer" in table_names(page)
    assert page.download_rows == {}
    assert page.downloads_empty.isVisible()


def test_cancel_discards_the_partial(page: ModelsPage, ctx, qtbot, tiny_dir: Path) -> None:
    with HubServer({REPO: files_from(tiny_dir)}, throttle=30_000) as hub:
        ctx.models.endpoint = hub.endpoint
        job = page.start_download(REPO)
        qtbot.waitUntil(lambda: downloaded(page) > 0, timeout=10_000)
        page.cancel_download(REPO)
        wait_job(qtbot, page.models, job)
    assert page.models.downloads() == []
    assert page.models.partial_downloads() == []
    assert page.download_rows == {}


def test_gated_repo_asks_for_a_token_then_downloads(page: ModelsPage, ctx, qtbot, caplog,
                                                    tiny_dir: Path) -> None:
    ctx.models.idle_minutes = 5  # the settings file exists and holds the ai/ settings
    with use_keyring(MemoryKeyring()) as kr, HubServer(
            {REPO: files_from(tiny_dir)}, gated={REPO}, token="hf_right") as hub:
        ctx.models.endpoint = hub.endpoint
        job = page.start_download(REPO)
        wait_job(qtbot, page.models, job)
        assert job.state == "failed"
        qtbot.waitUntil(lambda: page.token_dialog is not None)
        dialog = page.token_dialog
        assert dialog.isVisible() and REPO in dialog.reason.text()
        assert dialog.status.text() == "No token saved."
        assert page.download_rows[REPO].error.isVisible()
        dialog.token.setText("hf_right")
        dialog.accept()
        assert kr.passwords == {("Atelier", "huggingface-token"): "hf_right"}
        state = page.models.download_state(REPO)
        assert state is not None and state.job is not None
        wait_job(qtbot, page.models, state.job)
        assert state.job.state == "finished", state.job.error
        assert "tiny-writer" in table_names(page)
        # the dialog says a token is saved, never shows it
        again = page.open_token_dialog()
        assert again.status.text() == "A token is saved."
        assert again.token.text() == ""
        again.remove_token()
        assert kr.passwords == {}
        again.reject()
    text = settings_text(ctx)
    assert "ai/" in text or "[ai]" in text
    assert "hf_right" not in text
    assert "hf_right" not in caplog.text


def test_no_keyring_says_so_and_keeps_the_token_for_the_session(page: ModelsPage, ctx, qtbot,
                                                                tiny_dir: Path) -> None:
    with use_keyring(fail.Keyring()), HubServer(
            {REPO: files_from(tiny_dir)}, gated={REPO}, token="hf_session") as hub:
        ctx.models.endpoint = hub.endpoint
        dialog = page.open_token_dialog()
        assert not dialog.keyring_ok
        assert dialog.no_keyring.isVisible()
        assert "keyring" in dialog.no_keyring.text()
        dialog.token.setText("hf_session")
        dialog.accept()
        assert page.models.hub_token_saved()
        job = page.start_download(REPO)  # the gated repo takes the session's token
        wait_job(qtbot, page.models, job)
        assert job.state == "finished", job.error
        # a dialog that believed there was a keyring shows the refusal and stays open
        other = page.open_token_dialog()
        other.keyring_ok = True
        other.token.setText("hf_other")
        other.accept()
        assert other.error.isVisible() and "keyring" in other.error.text()
        assert other.isVisible()
        other.reject()
    text = settings_text(ctx)
    assert "hf_session" not in text and "hf_other" not in text


def test_models_page_in_the_main_window(window) -> None:
    page = window.show_page("models")
    assert isinstance(page, ModelsPage)
    assert list(window.pages)[-2:] == ["models", "settings"]
    assert window.sidebar.item(list(window.pages).index("models")).text() == "Models"


# --- the model thread -------------------------------------------------------------------------


def test_model_jobs_wait_on_the_model_thread_not_in_the_job_runner(ctx, qtbot,
                                                                  installed: str) -> None:
    m = ctx.models
    tokens: list[str] = []
    # A plain callback, not waitSignal: tokens keep coming after the first, and a queued
    # one reaching pytest-qt's blocker after it closed crashed the test worker.
    first = m.generate(installed, "Bonjour", max_new_tokens=100_000, temperature=0.8, seed=1,
                       on_token=tokens.append)
    qtbot.waitUntil(lambda: bool(tokens), timeout=30_000)
    second = m.generate(installed, "Merci", max_new_tokens=8)
    # Both are listed (status bar, Cancel), neither holds one of the runner's threads, so
    # income, backup and export jobs never wait behind them.
    assert first in ctx.jobs.active and second in ctx.jobs.active
    assert ctx.jobs.pool.activeThreadCount() == 0
    with qtbot.waitSignal(second.cancelled, timeout=1_000):
        second.cancel()  # not started: taken off the queue at once
    assert first.running and m.busy
    first.cancel()  # Stop: ends within one decoding step
    # The step may be slow while the other test worker runs torch on the same two cores
    # (one CI run timed out at 15 s); the job must still end, without a hang.
    wait_job(qtbot, m, first, timeout=60_000)
    assert first.state == "cancelled" and second.state == "cancelled"
    assert not m.busy


def test_pretranslation_batches_run_on_the_model_thread(ctx, qtbot, marian_dir: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from assistants import translation

    shutil.copytree(marian_dir, ctx.models.models_dir / "tiny-marian")
    real = translation.translate_batch
    threads: list[str] = []

    def recording(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(translation, "translate_batch", recording)
    options = ctx.models.load_options()

    def work(jc):
        with ctx.models.translator("tiny-marian", jc, load_options=options) as translate:
            return translate(["Le devis est prêt."]) + translate(["Merci."])

    results: list[list[str]] = []
    job = ctx.jobs.submit("pre-translation", work, on_finished=results.append)
    qtbot.waitUntil(lambda: job.delivered, timeout=30_000)
    assert job.state == "finished", job.error
    assert len(results[0]) == 2
    assert threads == [ctx.models.model_thread.name] * 2


def test_the_cli_loads_models_with_the_settings_the_page_saved(
        ctx, installed: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import torch

    from assistants import loading
    from desktop.cli import main

    ctx.models.precision = "float32"  # the Models page's choice: no int8
    ctx.models.threads = torch.get_num_threads()
    seen: dict = {}
    real = loading.load_model

    def spy(folder, **kwargs):
        seen.update(kwargs)
        return real(folder, **kwargs)

    monkeypatch.setattr(loading, "load_model", spy)
    data_dir = ctx.models.models_dir.parent
    code = main(["generate", "--model", installed, "Bonjour", "--max-new-tokens", "4",
                 "--seed", "1", "--data-dir", str(data_dir)])
    assert code == 0, capsys.readouterr().err
    assert seen["quantize_int8"] is False and seen["dtype"] == "float32"
    assert seen["threads"] == torch.get_num_threads()
    ctx.models.precision = "int8"
    main(["generate", "--model", installed, "Bonjour", "--max-new-tokens", "2",
          "--data-dir", str(data_dir), "--full-precision"])
    assert seen["quantize_int8"] is False  # --full-precision still wins
    assert seen["fast_decode"] is True  # the app's own loop by default
    ctx.models.fast_decode = False  # the Models page's "fast decoding loop" unticked
    main(["generate", "--model", installed, "Bonjour", "--max-new-tokens", "2",
          "--data-dir", str(data_dir)])
    assert seen["fast_decode"] is False
    ctx.models.fast_decode = True
    main(["generate", "--model", installed, "Bonjour", "--max-new-tokens", "2",
          "--data-dir", str(data_dir), "--reference-decoding"])
    assert seen["fast_decode"] is False  # --reference-decoding wins
    ctx.models.precision = "int4"
    assert page_ram_dtype(ctx) == "int4"
    main(["generate", "--model", installed, "Bonjour", "--max-new-tokens", "2",
          "--data-dir", str(data_dir)])
    assert seen["quantize_int4"] is True
    main(["generate", "--model", installed, "Bonjour", "--max-new-tokens", "2",
          "--data-dir", str(data_dir), "--full-precision"])
    assert seen["quantize_int4"] is False and seen["quantize_int8"] is False


def page_ram_dtype(ctx) -> str:
    return ctx.models.ram_dtype()


def test_the_fast_loop_is_one_tick_away_and_reaches_the_loaded_model(
        page: ModelsPage, ctx, qtbot, installed: str) -> None:
    from assistants.generation import FAST_DECODE_ATTRIBUTE

    assert page.fast_decode.isChecked() and ctx.models.fast_decode
    page.fast_decode.click()  # off: transformers' generate
    assert not ctx.models.fast_decode
    again = ModelService(ctx.jobs, ctx.models.models_dir, ctx.qsettings)
    assert not again.fast_decode
    again.shutdown()
    models: list = []
    job = ctx.models.generate(installed, "Bonjour", max_new_tokens=2, temperature=0)
    wait_job(qtbot, ctx.models, job)
    with ctx.models.manager.use(installed, lambda: None) as loaded:
        models.append(loaded.model)
    assert getattr(models[0], FAST_DECODE_ATTRIBUTE, True) is False


def test_runtime_settings_move_out_of_qsettings_on_first_start(ctx) -> None:
    from assistants.runtime import read_settings, settings_path

    qs = ctx.qsettings
    path = settings_path(ctx.models.models_dir)
    path.unlink(missing_ok=True)
    qs.setValue("ai/dtype", "float32")
    qs.setValue("ai/int8", False)
    qs.setValue("ai/threads", 3)
    again = ModelService(ctx.jobs, ctx.models.models_dir, qs)
    try:
        assert (again.precision, again.threads, again.int8_setting) == ("float32", 3, False)
        assert read_settings(path).threads == 3  # where the CLI reads them
        assert not any(qs.contains(k) for k in ("ai/dtype", "ai/int8", "ai/threads"))
    finally:
        again.shutdown()


@pytest.mark.parametrize("code,english,french", [
    ("ready", "Atelier's own kernel", "Noyau propre à Atelier"),
    ("cpu", "no AVX-512 VNNI", "n’a pas AVX-512 VNNI"),
    ("not-built", "no C compiler", "pas de compilateur C"),
    ("off", "ATELIER_INT8_KERNEL=off", "est désactivé (ATELIER_INT8_KERNEL=off)"),
])
def test_the_page_says_which_int8_products_run_and_why(
        ctx, qtbot, monkeypatch: pytest.MonkeyPatch, code: str, english: str, french: str
        ) -> None:
    from assistants import kernels

    monkeypatch.setattr(kernels, "status",
                        lambda *a, **k: kernels.Status(code == "ready", "", code))
    page = shown(qtbot, ModelsPage(ctx), 1280, 800)
    assert english in page.kernel.text()
    ctx.i18n.set_language("fr")
    try:
        page.retranslate()
        assert page.kernel_label.text() == "Produits int8"
        assert french in page.kernel.text()
    finally:
        ctx.i18n.set_language("en")
    ctx.models.shutdown()


def test_four_bits_are_one_choice_away_and_saved(page: ModelsPage, ctx) -> None:
    from assistants.runtime import read_settings, settings_path

    index = page.precision.findData("int4")
    assert index >= 0 and "4-bit" in page.precision.itemText(index)
    page.precision.setCurrentIndex(index)
    saved = read_settings(settings_path(ctx.models.models_dir))
    assert saved.precision == "int4" and ctx.models.load_options().int4
    card = next(iter(page.cards.values()))
    assert card.ram.text().endswith("(4-bit)")  # the cards' memory needs follow the choice
    page.precision.setCurrentIndex(page.precision.findData("int8"))
    assert not ctx.models.load_options().int4
