"""Settings › Engines: the inference servers (Ollama, LM Studio, Jan, llama.cpp's server, vLLM)
the person added, a dialog to add one (presets, address, API key kept in the keyring only,
timeout, Ollama's context size, a custom CA certificate or an explicit choice to accept a
self-signed certificate after reading its fingerprint), a test that lists the server's models
in the background (Cancel; a slow server never freezes the window), Remove (asked first), and
the log of what was sent to servers (date, task, engine, characters; never the content).

The workflow is assistants.engine_setup's (the same as `atelier engines`); here only widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from assistants import remote
from assistants.errors import AssistantError
from desktop.changes import Changed
from desktop.context import AppContext
from desktop.jobs import Job, JobContext, error_text
from desktop.ui import style
from desktop.ui.forms import FormDialog, confirm
from storage import engines as store_engines
from storage.errors import ValidationError
from storage.privacy import sent_log

#: the presets in the order shown: key of storage.engines.PRESETS, the name people know
PRESET_NAMES = (("ollama", "Ollama"), ("lmstudio", "LM Studio"), ("jan", "Jan"),
                ("llamacpp", "llama.cpp server"), ("vllm", "vLLM"))


def preset_address(key: str) -> str:
    return f"http://127.0.0.1:{store_engines.PRESETS[key][1]}"


class EngineDialog(FormDialog):
    """Add an engine, or edit the one named ``editing`` (its name stays; an empty API key
    keeps the saved one, a typed one replaces it). ``fetch_certificate``
    (assistants.remote's by default) reads an https server's certificate, in the background,
    so its fingerprint is shown before it is accepted."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 fetch_certificate: Callable[[str], tuple[str, bytes]] | None = None,
                 editing: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editing = editing
        self._has_key = False
        self.setObjectName("EngineDialog")
        self.setMinimumWidth(560)
        self.fetch_certificate = fetch_certificate or remote.fetch_certificate
        self.fingerprint = ""  # the SHA-256 of the certificate read, once read
        self._fetch_job: Job | None = None

        self.preset = QComboBox()
        self.preset.addItem("", None)
        for key, name in PRESET_NAMES:
            self.preset.addItem(name, key)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(60)
        self.url_edit = QLineEdit()
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_note = style.muted(QLabel(), wrap=True)
        self.timeout = QSpinBox()
        self.timeout.setRange(1, 3600)
        self.timeout.setValue(60)
        self.kind = QComboBox()
        self.kind.addItem("OpenAI-compatible", "openai")
        self.kind.addItem("Ollama", "ollama")
        self.context = QSpinBox()
        self.context.setRange(512, 1_048_576)
        self.context.setSingleStep(1024)
        self.context.setValue(8192)
        self.ca_edit = QLineEdit()
        self.ca_button = QPushButton()
        ca_row = QWidget()
        ca_layout = QHBoxLayout(ca_row)
        ca_layout.setContentsMargins(0, 0, 0, 0)
        ca_layout.addWidget(self.ca_edit, 1)
        ca_layout.addWidget(self.ca_button)
        self.fetch_button = QPushButton()
        self.fingerprint_label = QLabel()  # lines of its own: no wrapping, its height exact
        self.fingerprint_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label.hide()
        self.accept_check = QCheckBox()
        self.accept_check.hide()
        cert_box = QWidget()
        cert_layout = QVBoxLayout(cert_box)
        cert_layout.setContentsMargins(0, 0, 0, 0)
        cert_layout.setSpacing(2)
        cert_layout.addWidget(self.fetch_button, 0, Qt.AlignmentFlag.AlignLeft)
        cert_layout.addWidget(self.fingerprint_label)
        cert_layout.addWidget(self.accept_check)
        key_box = QWidget()
        key_layout = QVBoxLayout(key_box)
        key_layout.setContentsMargins(0, 0, 0, 0)
        key_layout.setSpacing(2)
        key_layout.addWidget(self.key_edit)
        key_layout.addWidget(self.key_note)

        self.add_row("preset", "", self.preset)
        self.add_row("name", "", self.name_edit)
        self.add_row("url", "", self.url_edit)
        self.add_row("key", "", key_box)
        self.add_row("kind", "", self.kind)
        self.add_row("timeout", "", self.timeout)
        self.add_row("context", "", self.context)
        self.add_row("ca", "", ca_row)
        self.add_row("certificate", "", cert_box)

        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.url_edit.textChanged.connect(self._url_changed)
        self.ca_button.clicked.connect(self._choose_ca)
        self.fetch_button.clicked.connect(self.read_certificate)
        self._kind_changed()
        self._url_changed()
        if editing is not None:
            self._fill(editing)
        self.retranslate()

    def _fill(self, name: str) -> None:
        """The engine's values, as saved (never its key)."""
        with self.ctx.store.session() as s:
            row = store_engines.get_engine(s, name)
            url, kind, timeout, context = row.base_url, row.kind, row.timeout_s, \
                row.context_tokens
            ca, pinned, self._has_key = row.ca_file or "", row.pinned_sha256 or "", \
                bool(row.has_key)
        self.preset.hide()
        self.form.setRowVisible(0, False)
        self.name_edit.setText(name)
        self.name_edit.setEnabled(False)
        self.url_edit.setText(url)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.timeout.setValue(timeout)
        self.context.setValue(context)
        self.ca_edit.setText(ca)
        if pinned:  # accepted before: shown, still accepted unless unticked
            self._certificate_read(pinned)
            self.accept_check.setChecked(True)

    # --- wiring -----------------------------------------------------------------------

    def choose_preset(self, key: str) -> None:
        self.preset.setCurrentIndex(self.preset.findData(key))

    def _preset_chosen(self) -> None:
        key = self.preset.currentData()
        if key is None:
            return
        self.url_edit.setText(preset_address(key))
        self.kind.setCurrentIndex(self.kind.findData(store_engines.PRESETS[key][0]))
        if not self.name_edit.text().strip():
            self.name_edit.setText(key)

    def _kind_changed(self) -> None:
        # the context size is sent through Ollama's native API only
        self.context.setEnabled(self.kind.currentData() == "ollama")

    def _url_changed(self) -> None:
        https = self.url_edit.text().strip().lower().startswith("https://")
        self.fetch_button.setEnabled(https)
        self.ca_edit.setEnabled(https)
        self.ca_button.setEnabled(https)
        if self.fingerprint:  # another address: the certificate read is not its
            self.fingerprint = ""
            self.fingerprint_label.hide()
            self.accept_check.setChecked(False)
            self.accept_check.hide()

    def _choose_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("CA certificate"), "",
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self.ca_edit.setText(path)

    def read_certificate(self) -> None:
        """Read the server's certificate in the background, then show its fingerprint and
        the choice to accept it."""
        self.clear_errors()
        try:
            url = store_engines.normalise_base_url(self.url_edit.text())
        except ValidationError as exc:
            self.show_error(exc)
            return
        fetch = self.fetch_certificate
        self.fetch_button.setEnabled(False)
        self.fingerprint_label.setText(self.tr("Reading the server's certificate…"))
        self.fingerprint_label.show()
        self._fetch_job = self.ctx.jobs.submit(
            self.tr("Reading a certificate"), lambda _c: fetch(url)[0],
            on_finished=self._certificate_read, on_failed=self._certificate_failed)

    def _certificate_read(self, sha256: str) -> None:
        self.fetch_button.setEnabled(True)
        self.fingerprint = sha256
        self.fingerprint_label.setWordWrap(False)
        pairs = [sha256[i:i + 2].upper() for i in range(0, len(sha256), 2)]
        half = (len(pairs) + 1) // 2
        self.fingerprint_label.setText("\n".join((
            self.tr("The server presents this certificate (SHA-256 fingerprint):"),
            " ".join(pairs[:half]), " ".join(pairs[half:]),
            self.tr("Compare it with the one your server shows before you accept it."))))
        self.fingerprint_label.show()
        self.accept_check.setChecked(False)
        self.accept_check.show()
        self.fit_height()

    def _certificate_failed(self, exc: BaseException) -> None:
        self.fetch_button.setEnabled(True)
        self.fingerprint_label.setWordWrap(True)  # a sentence, not the fingerprint's lines
        self.fingerprint_label.setText(error_text(exc))
        self.fit_height()

    # --- saving -----------------------------------------------------------------------

    def save(self) -> str:
        name, url = self.name_edit.text(), self.url_edit.text()
        key = self.key_edit.text()
        ca = self.ca_edit.text().strip() if self.ca_edit.isEnabled() else ""
        pinned = self.fingerprint if self.accept_check.isChecked() else ""
        values = dict(kind=self.kind.currentData(), timeout_s=self.timeout.value(),
                      context_tokens=self.context.value(), ca_file=ca, pinned_sha256=pinned)
        from assistants import engine_setup

        editing = self.editing

        def write(s: Session) -> str:
            if editing is not None:
                return engine_setup.edit_engine(s, editing, url, api_key=key or None,
                                                **values).name
            return engine_setup.add_engine(s, name, url, api_key=key or None, **values).name

        return self.ctx.write(Changed.SETTINGS, write)

    def accept(self) -> None:
        try:
            super().accept()
        except AssistantError as exc:  # no keyring, or a locked one: nothing was written
            self.general_error.setText(error_text(exc))
            self.general_error.show()
            self.fit_height()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit the engine “{name}”").format(name=self.editing)
                            if self.editing is not None else self.tr("Add an engine"))
        self.set_label("preset", self.tr("&Server:"))
        self.set_label("name", self.tr("&Name:"))
        self.set_label("url", self.tr("&Address:"))
        self.set_label("key", self.tr("API &key:"))
        self.set_label("kind", self.tr("&Kind:"))
        self.set_label("timeout", self.tr("&Timeout:"))
        self.set_label("context", self.tr("&Context size:"))
        self.set_label("ca", self.tr("C&A certificate:"))
        self.set_label("certificate", self.tr("Self-signed:"))
        self.preset.setItemText(0, self.tr("Other (type the address)"))
        self.kind.setItemText(0, self.tr("OpenAI-compatible"))
        self.name_edit.setPlaceholderText(self.tr("A short name, e.g. home"))
        self.url_edit.setPlaceholderText("http://192.168.1.20:11434")
        self.key_edit.setPlaceholderText(
            self.tr("Saved: leave empty to keep it, or type a new key") if self._has_key
            else self.tr("Optional"))
        self.key_note.setText(self.tr(
            "Only if the server asks for one. Kept in the system keyring, never in a file."))
        self.timeout.setSuffix(self.tr(" s"))
        self.context.setSuffix(self.tr(" tokens"))
        self.context.setToolTip(self.tr(
            "Ollama cuts longer prompts silently: Atelier sets this size through its own API."))
        self.ca_edit.setPlaceholderText(self.tr("For an https server signed by your own CA"))
        self.ca_button.setText(self.tr("C&hoose…"))
        self.fetch_button.setText(self.tr("Read the server's &certificate…"))
        self.accept_check.setText(self.tr("&Accept this self-signed certificate"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class EnginesTab(QWidget):
    """The Engines tab of Settings: the engines, Add/Test/Remove, and the sent log."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 fetch_certificate: Callable[[str], tuple[str, bytes]] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fetch_certificate = fetch_certificate
        self.test_job: Job | None = None
        self._tested_engine: str | None = None  # the engine the test's answer below is about
        self._engines: list[dict[str, Any]] = []

        self.intro = style.muted(QLabel(), wrap=True)
        self.table = QTreeWidget()
        self.table.setObjectName("enginesTable")
        self.table.setColumnCount(5)
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setStretchLastSection(True)
        self.table.setMaximumHeight(160)
        self.empty = style.muted(QLabel(), wrap=True)
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.test_button = QPushButton()
        self.cancel_button = QPushButton()
        self.cancel_button.hide()
        self.remove_button = QPushButton()
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.test_button, self.cancel_button,
                  self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.test_status = QLabel()
        self.test_status.setWordWrap(True)
        self.test_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.models = QListWidget()
        self.models.setObjectName("engineModels")
        self.models.setMaximumHeight(120)
        self.models.hide()
        self.model_id = QLineEdit()  # when the server lists nothing, the person types the id
        self.model_id.hide()

        self.log_heading = QLabel()
        style.bold(self.log_heading)
        self.log_intro = style.muted(QLabel(), wrap=True)
        self.log = QTreeWidget()
        self.log.setObjectName("sentLog")
        self.log.setColumnCount(4)
        self.log.setRootIsDecorated(False)
        self.log.setUniformRowHeights(True)
        self.log.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.log_empty = style.muted(QLabel(), wrap=True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 16, 4, 8)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(self.test_status)
        layout.addWidget(self.models)
        layout.addWidget(self.model_id)
        from desktop.ui.widgets.engine_routes import EngineRoutes

        self.routes = EngineRoutes(ctx)  # where each task runs (assistants.routing)
        layout.addWidget(self.routes)
        layout.addSpacing(8)
        layout.addWidget(self.log_heading)
        layout.addWidget(self.log_intro)
        layout.addWidget(self.log, 1)
        layout.addWidget(self.log_empty)

        self.add_button.clicked.connect(self.add_engine)
        self.edit_button.clicked.connect(self.edit_engine)
        self.table.itemActivated.connect(lambda *_: self.edit_engine())
        self.test_button.clicked.connect(self.test_engine)
        self.cancel_button.clicked.connect(self.cancel_test)
        self.remove_button.clicked.connect(self.remove_engine)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        ctx.events.changed.connect(self._store_changed)
        self.retranslate()

    # --- data -------------------------------------------------------------------------

    def load(self) -> None:
        selected = self.selected_name()
        with self.ctx.store.session() as s:
            self._engines = [{"name": e.name, "base_url": e.base_url, "kind": e.kind,
                              "has_key": e.has_key, "ca": bool(e.ca_file),
                              "pinned": bool(e.pinned_sha256)}
                             for e in store_engines.list_engines(s)]
        self.table.clear()
        for e in self._engines:
            item = QTreeWidgetItem(["", "", "", "", ""])
            item.setData(0, Qt.ItemDataRole.UserRole, e["name"])
            self.table.addTopLevelItem(item)
            if e["name"] == selected:
                item.setSelected(True)
        self._engine_texts()
        self.table.setVisible(bool(self._engines))
        self.empty.setVisible(not self._engines)
        self.load_log()
        self.routes.load()
        self._selection_changed()

    def load_log(self) -> None:
        """The sent log, as the store has it now."""
        with self.ctx.store.session() as s:
            records = [(r.at, r.task, r.engine, r.model, r.characters) for r in sent_log(s)]
        self.log.clear()
        for at, task, engine, model, characters in records:
            at = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
            item = QTreeWidgetItem([self.ctx.i18n.datetime(at), self._task_name(task),
                                    f"{engine} · {model}" if model else engine,
                                    self.ctx.i18n.locale().toString(int(characters))])
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight
                                  | Qt.AlignmentFlag.AlignVCenter)
            self.log.addTopLevelItem(item)
        self.log.setVisible(bool(records))
        self.log_empty.setVisible(not records)

    def showEvent(self, event: QShowEvent) -> None:
        # what another writer changed meanwhile (`atelier engines add` in a terminal, a send
        # recorded while another page showed): the store has no notice for the app to hear
        self.load()
        super().showEvent(event)

    def _store_changed(self, changes: Changed) -> None:
        if Changed.SENT in changes and self.isVisible():
            self.load_log()

    def _engine_texts(self) -> None:
        for i, e in enumerate(self._engines):
            item = self.table.topLevelItem(i)
            certificate = (self.tr("custom CA") if e["ca"] else self.tr("accepted")
                           if e["pinned"] else "")
            for col, text in enumerate((e["name"], e["base_url"],
                                        "Ollama" if e["kind"] == "ollama" else
                                        self.tr("OpenAI-compatible"),
                                        self.tr("saved") if e["has_key"] else self.tr("none"),
                                        certificate)):
                item.setText(col, text)

    def _task_name(self, task: str) -> str:
        return {"draft": self.tr("Drafting"), "rewrite": self.tr("Rewriting"),
                "brainstorm": self.tr("Brainstorming"), "translate": self.tr("Pre-translation"),
                "embed": self.tr("Matching (embeddings)"),
                "plan": self.tr("Order plan")}.get(task, task)  # follows drafting's route

    def selected_name(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def select(self, name: str) -> None:
        for i in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(i)
            item.setSelected(item.data(0, Qt.ItemDataRole.UserRole) == name)

    def _selection_changed(self) -> None:
        name = self.selected_name()
        has = name is not None
        testing = self.test_job is not None
        if not testing and self._tested_engine is not None and name != self._tested_engine:
            self._clear_test()  # the answer was about another engine
        self.edit_button.setEnabled(has and not testing)
        self.test_button.setEnabled(has and not testing)
        self.remove_button.setEnabled(has and not testing)

    def _clear_test(self) -> None:
        self._tested_engine = None
        self.test_status.clear()
        self.models.clear()
        self.models.hide()
        self.model_id.hide()

    # --- actions ----------------------------------------------------------------------

    def add_engine(self) -> EngineDialog:
        dialog = EngineDialog(self.ctx, self, fetch_certificate=self.fetch_certificate)
        dialog.accepted.connect(lambda: self._added(dialog.result_value))
        dialog.open()
        return dialog

    def _added(self, name: str) -> None:
        self.load()
        self.select(name)

    def edit_engine(self) -> EngineDialog | None:
        """Edit the selected engine: address, kind, timeout, context size, certificate, and
        a new API key (assistants.engine_setup.edit_engine)."""
        name = self.selected_name()
        if name is None or self.test_job is not None:
            return None
        dialog = EngineDialog(self.ctx, self, fetch_certificate=self.fetch_certificate,
                              editing=name)
        dialog.accepted.connect(lambda: self._edited(name))
        dialog.open()
        return dialog

    def _edited(self, name: str) -> None:
        if self._tested_engine == name:
            self._clear_test()  # the answer was about the address before
        self.load()
        self.select(name)

    def test_engine(self) -> None:
        """List the selected engine's models in the background; Cancel leaves it behind."""
        name = self.selected_name()
        if name is None or self.test_job is not None:
            return
        with self.ctx.store.session() as s:
            row = store_engines.get_engine(s, name)
            engine = remote.Engine.of(row)
            has_key = bool(row.has_key)

        def work(c: JobContext) -> list[str]:
            from assistants import engine_setup, secrets

            key = secrets.get_engine_key(engine.name) if has_key else None
            if has_key and key is None:
                raise engine_setup.KeyUnreadable(engine.name)
            models = remote.list_models(engine, key)
            c.check()
            return models

        self.models.hide()
        self.model_id.hide()
        self._tested_engine = name
        self.test_status.setText(self.tr("Asking {url} for its models…").format(
            url=engine.base_url))
        self.cancel_button.show()
        # The callbacks are given to submit (connected before the job starts): a refused
        # connection can fail the job before a connect() after submit would run.
        started: list[Job] = []
        job = self.ctx.jobs.submit(
            self.tr("Testing an engine"), work,
            on_finished=lambda models: self._tested(started[0], engine.base_url, models),
            on_failed=lambda exc: self._test_failed(started[0], exc))
        started.append(job)
        self.test_job = job
        self._selection_changed()

    def _end_test(self, job: Job) -> bool:
        if job is not self.test_job:
            return False  # a test cancelled before: its late answer is dropped
        self.test_job = None
        self.cancel_button.hide()
        self._selection_changed()
        return True

    def _tested(self, job: Job, url: str, models: list[str]) -> None:
        if not self._end_test(job):
            return
        self.models.clear()
        if models:
            self.test_status.setText(self.tr("{url} answers; its models:").format(url=url))
            self.models.addItems(models)
            self.models.show()
        else:
            self.test_status.setText(self.tr(
                "{url} answers but lists no model: type the id of the model it runs.").format(
                    url=url))
            self.model_id.show()

    def _test_failed(self, job: Job, exc: BaseException) -> None:
        if self._end_test(job):
            self.test_status.setText(error_text(exc))

    def cancel_test(self) -> None:
        job = self.test_job
        if job is None:
            return
        job.cancel()
        self._end_test(job)
        self.test_job = None
        self.test_status.setText(self.tr("Test cancelled."))

    def chosen_model(self) -> str:
        """The model chosen in the test's list, or typed when the server listed none."""
        if self.model_id.isVisible() or not self.models.count():
            return self.model_id.text().strip()
        item = self.models.currentItem()
        return item.text() if item is not None else ""

    def remove_engine(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        if not confirm(self, self.tr("Remove the engine"), self.tr(
                "Remove the engine “{name}” and forget its API key? The tasks sent to it will "
                "run on this computer again.").format(name=name)):
            return
        from assistants import engine_setup

        try:
            self.ctx.write(Changed.SETTINGS, lambda s: engine_setup.remove_engine(s, name))
        except (AssistantError, ValidationError) as exc:
            self.test_status.setText(error_text(exc))
            return
        self._clear_test()
        self.load()

    # --- texts ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Servers that run bigger models than this computer: Ollama, LM Studio, Jan, "
            "llama.cpp's server, vLLM, or any OpenAI-compatible server. Nothing is sent to "
            "them unless you choose one for a task, and never the work of a client kept on "
            "this computer."))
        self.table.setHeaderLabels([self.tr("Name"), self.tr("Address"), self.tr("Kind"),
                                    self.tr("API key"), self.tr("Certificate")])
        self.empty.setText(self.tr("No engine yet: every task runs on this computer."))
        self.add_button.setText(self.tr("&Add an engine…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.test_button.setText(self.tr("&Test"))
        self.cancel_button.setText(self.tr("Ca&ncel"))
        self.remove_button.setText(self.tr("&Remove…"))
        self.model_id.setPlaceholderText(self.tr("Model id, e.g. qwen2.5:7b-instruct"))
        self.log_heading.setText(self.tr("Sent to servers"))
        self.log_intro.setText(self.tr(
            "Each request sent to a server: when, for which task, where, and how many "
            "characters. The text itself is never kept here."))
        self.log.setHeaderLabels([self.tr("Date"), self.tr("Task"), self.tr("Engine"),
                                  self.tr("Characters")])
        self.log_empty.setText(self.tr("Nothing has been sent to a server."))
        self._engine_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.load()
        super().changeEvent(event)
