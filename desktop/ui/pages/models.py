"""Models: the recommended local models (size, memory fit on this computer, licence), downloads
with pause/resume, the installed models, the runtime settings and a "Try it" box that streams
a short generation with a real Stop. Everything runs through ``ctx.models`` (desktop/ai.py)."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistants.catalogue import CatalogueEntry, load_catalogue
from assistants.errors import AssistantError
from assistants.resources import available_memory
from desktop.ai import DownloadState, ModelService, local_name, model_kind
from desktop.changes import Changed
from desktop.context import AppContext
from desktop.jobs import Job, error_text, phrase_text
from desktop.ui import style
from desktop.ui.forms import confirm
from desktop.ui.pages.base import Page
from desktop.ui.widgets.flow_layout import flow_row
from desktop.ui.widgets.model_picker import ModelPicker
from storage import paths

GREEN = style.SUCCESS
ORANGE = style.WARNING
RED = style.DANGER
PANEL_STYLE = f"""
QFrame#Panel, QFrame#ModelCard {{ background: palette(base); border: 1px solid palette(mid);
                                 border-radius: 8px; }}
QFrame#ModelCard[installed="true"] {{ border: 1px solid {style.INSTALLED_BORDER}; }}
QPushButton#Link {{ border: none; color: palette(link); padding: 2px 4px; text-align: left; }}
QPushButton#Link:hover {{ text-decoration: underline; }}
"""
BADGES = {"ok": style.LICENCE_OK, "nc": style.LICENCE_NON_COMMERCIAL,
          "default": style.DEFAULT_MODEL}
CARD_MIN_WIDTH = 300
REPO_ID = re.compile(r"^[\w.\-]+/[\w.\-]+$")
TRY_MAX_TOKENS = 200


# --- words and figures (tr inside functions, never in module constants) --------------------


def size_text(n: float | None, locale: Any) -> str:
    """'1.2 GB' / '1,2 Go', '740 MB' / '740 Mo' (decimal units, as download pages show them)."""
    if n is None:
        return "?"
    if n >= 999.5 * 1000**2:
        return QCoreApplication.translate("ModelsPage", "{size} GB").format(
            size=locale.toString(n / 1000**3, "f", 1))
    if n >= 999.5 * 1000:
        return QCoreApplication.translate("ModelsPage", "{size} MB").format(
            size=locale.toString(n / 1000**2, "f", 0))
    return QCoreApplication.translate("ModelsPage", "{size} kB").format(
        size=locale.toString(max(n, 0) / 1000, "f", 0))


def parameters_text(n: int, locale: Any) -> str:
    if n >= 1_000_000_000:
        return QCoreApplication.translate("ModelsPage", "{count} B parameters").format(
            count=locale.toString(n / 1e9, "f", 1))
    return QCoreApplication.translate("ModelsPage", "{count} M parameters").format(
        count=locale.toString(n / 1e6, "f", 0))


def eta_text(seconds: float | None) -> str:
    if seconds is None:
        return ""
    s = max(int(seconds + 0.5), 0)
    if s < 60:
        return QCoreApplication.translate("ModelsPage", "{n} s left").format(n=s)
    minutes = (s + 30) // 60
    if minutes < 60:
        return QCoreApplication.translate("ModelsPage", "{n} min left").format(n=minutes)
    return QCoreApplication.translate("ModelsPage", "{h} h {m} min left").format(
        h=minutes // 60, m=minutes % 60)


def progress_text(state: DownloadState, locale: Any) -> str:
    """'1.2 GB of 3.1 GB · 4.5 MB/s · 6 min left' (or what is known of it)."""
    done = size_text(state.done_bytes, locale)
    if state.total_bytes:
        parts = [QCoreApplication.translate("ModelsPage", "{done} of {total}").format(
            done=done, total=size_text(state.total_bytes, locale))]
    else:
        parts = [done]
    if state.state == "running":
        if state.speed_bps:
            parts.append(QCoreApplication.translate("ModelsPage", "{size}/s").format(
                size=size_text(state.speed_bps, locale)))
        if state.eta_s is not None:
            parts.append(eta_text(state.eta_s))
    return " · ".join(parts)


def fit(need: int, available: int | None) -> tuple[str, str]:
    """The memory fit label and its colour: what this computer can hold now."""
    if available is None:
        return QCoreApplication.translate("ModelsPage", "Free memory unknown"), ORANGE
    if need > available:
        return QCoreApplication.translate("ModelsPage", "Too big for this computer"), RED
    if need > available * 0.6:
        return QCoreApplication.translate("ModelsPage", "Tight: close other apps"), ORANGE
    return QCoreApplication.translate("ModelsPage", "Fits easily"), GREEN


def licence_confirmation_text(entry: CatalogueEntry, language: str = "en") -> str | None:
    """The question asked before downloading a non-commercial model; None when its licence
    allows commercial use (no question)."""
    if entry.commercial_use:
        return None
    text = QCoreApplication.translate(
        "ModelsPage",
        "{name} is licensed for non-commercial use only ({licence}).\n\n"
        "Freelancers sell their work: texts and translations made with this model must not "
        "be delivered to paying clients.").format(name=entry.name, licence=entry.licence)
    warning = entry.warning_text(language)
    if warning:
        text += "\n\n" + warning
    return text + "\n\n" + QCoreApplication.translate("ModelsPage", "Download it anyway?")


def _panel() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("Panel")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 14)
    layout.setSpacing(8)
    return frame, layout


# --- catalogue cards ------------------------------------------------------------------------


class CatalogueCard(QFrame):
    """One recommended model: what it is, what it costs here, its licence, Download."""

    def __init__(self, entry: CatalogueEntry, page: ModelsPage) -> None:
        super().__init__()
        self.entry = entry
        self.page = page
        self.setObjectName("ModelCard")
        self.setMinimumWidth(CARD_MIN_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(4)
        head = QHBoxLayout()
        head.setSpacing(6)
        self.name = style.bold(QLabel(entry.name), 1.1)
        self.default_badge = QLabel()
        style.badge(self.default_badge, BADGES["default"])
        self.default_badge.setVisible(entry.default)
        head.addWidget(self.name)
        head.addStretch(1)
        head.addWidget(self.default_badge)
        layout.addLayout(head)
        self.repo = style.muted(QLabel(entry.repo_id), wrap=False)
        self.repo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.repo)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        layout.addWidget(self.notes)
        self.size = QLabel()
        layout.addWidget(self.size)
        self.ram = QLabel()
        layout.addWidget(self.ram)
        self.fit = QLabel()
        layout.addWidget(self.fit)
        badges = QHBoxLayout()
        badges.setSpacing(8)
        self.licence = QLabel()
        self.licence.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.languages = style.muted(QLabel(), wrap=False)
        self.languages.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        badges.addWidget(self.licence)
        badges.addWidget(self.languages, 1)
        layout.addLayout(badges)
        layout.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.hide()
        layout.addWidget(self.progress)
        foot = QHBoxLayout()
        self.status = style.muted(QLabel(), wrap=False)
        self.button = QPushButton()
        self.button.clicked.connect(self._clicked)
        foot.addWidget(self.status, 1)
        foot.addWidget(self.button)
        layout.addLayout(foot)
        self.action = "download"

    def retranslate(self) -> None:
        e = self.entry
        locale = self.page.ctx.i18n.locale()
        self.default_badge.setText(self.tr("Recommended"))
        self.notes.setText(e.notes_text(self.page.ctx.i18n.language))
        self.notes.setVisible(bool(self.notes.text()))
        self.size.setText(self.tr("{parameters} · {size} download").format(
            parameters=parameters_text(e.parameters, locale), size=size_text(e.disk_bytes, locale)))
        if e.commercial_use:
            self.licence.setText(self.tr("Commercial use OK"))
            style.badge(self.licence, BADGES["ok"])
        else:
            self.licence.setText(self.tr("Non-commercial"))
            style.badge(self.licence, BADGES["nc"])
        self.licence.setToolTip(self.tr("Licence: {licence}").format(licence=e.licence))
        codes = [c.upper() for c in e.languages]
        shown = " · ".join(codes[:4])
        if len(codes) > 4:
            shown += f" +{len(codes) - 4}"
        self.languages.setText(shown)
        self.languages.setToolTip(self.tr("Languages: {codes}").format(codes=", ".join(codes)))
        self.update_memory()
        self.update_state()

    def update_memory(self) -> None:
        service = self.page.models
        dtype = service.ram_dtype()
        need = self.entry.ram_bytes(dtype)
        peak = self.entry.ram_bytes(dtype, peak=True)
        locale = self.page.ctx.i18n.locale()
        self.ram.setText(self.tr("Needs {size} of memory ({dtype})").format(
            size=size_text(need, locale),
            dtype=self.tr("4-bit") if dtype == "int4" else dtype))
        self.ram.setToolTip(self.tr(
            "{peak} for a moment while it loads (it is read in full precision, then "
            "converted)").format(peak=size_text(peak, locale)) if peak > need else "")
        text, colour = fit(peak, self.page.available)
        self.fit.setText("● " + text)
        style.coloured(self.fit, colour)

    def update_state(self) -> None:
        service = self.page.models
        state = service.download_state(self.entry.repo_id)
        installed = local_name(self.entry.repo_id) in self.page.installed_names
        self.setProperty("installed", installed)
        self.style().unpolish(self)
        self.style().polish(self)
        self.progress.setVisible(state is not None and not installed)
        self.button.setEnabled(True)
        if installed:
            self.action = "none"
            self.button.setText(self.tr("Installed ✓"))
            self.button.setEnabled(False)
            self.status.setText("")
        elif state is None:
            self.action = "download"
            self.button.setText(self.tr("Download"))
            self.status.setText("")
        else:
            total = state.total_bytes or 0
            self.progress.setRange(0, 1000 if total else 0)
            if total:
                self.progress.setValue(int(1000 * state.done_bytes / total))
            percent = (self.page.ctx.i18n.locale().toString(int(100 * state.done_bytes / total))
                       if total else "…")
            if state.state == "running":
                self.action = "pause"
                self.button.setText(self.tr("Pause"))
                self.status.setText(self.tr("Downloading {percent} %").format(percent=percent))
            elif state.state == "paused":
                self.action = "resume"
                self.button.setText(self.tr("Resume"))
                self.status.setText(self.tr("Paused at {percent} %").format(percent=percent))
            else:
                self.action = "resume"
                self.button.setText(self.tr("Retry"))
                self.status.setText(self.tr("Download failed"))

    def _clicked(self) -> None:
        if self.action == "download":
            self.page.download_entry(self.entry)
        elif self.action == "pause":
            self.page.models.pause_download(self.entry.repo_id)
        elif self.action == "resume":
            self.page.resume(self.entry.repo_id)


class CardGrid(QWidget):
    """Cards in as many columns as the width allows (one on a narrow window). The page gives
    it the width to fill (``fit_width``): its own width follows its columns, not the reverse."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(12)
        self.cards: list[QWidget] = []
        self.columns = 0

    def set_cards(self, cards: list[QWidget]) -> None:
        self.cards = cards
        self.columns = 0
        self.fit_width(3 * CARD_MIN_WIDTH)

    def fit_width(self, width: int) -> None:
        spacing = self.grid.horizontalSpacing()
        columns = max(1, min(3, (width + spacing) // (CARD_MIN_WIDTH + spacing)))
        if columns == self.columns:
            return
        self.columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        for i, card in enumerate(self.cards):
            self.grid.addWidget(card, i // columns, i % columns)
        for c in range(3):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)


# --- downloads ------------------------------------------------------------------------------


class DownloadRow(QWidget):
    """A download: what, a progress bar, '1.2 GB of 3.1 GB · 4.5 MB/s · 6 min left', and
    Pause / Resume / Cancel."""

    def __init__(self, repo_id: str, page: ModelsPage) -> None:
        super().__init__()
        self.repo_id = repo_id
        self.page = page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(4)
        head = QHBoxLayout()
        self.title = style.bold(QLabel(repo_id))
        self.pause = QPushButton()
        self.resume = QPushButton()
        self.cancel = QPushButton()
        self.pause.clicked.connect(lambda: page.models.pause_download(repo_id))
        self.resume.clicked.connect(lambda: page.resume(repo_id))
        self.cancel.clicked.connect(lambda: page.cancel_download(repo_id))
        head.addWidget(self.title, 1)
        head.addWidget(self.pause)
        head.addWidget(self.resume)
        head.addWidget(self.cancel)
        layout.addLayout(head)
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        layout.addWidget(self.bar)
        self.detail = style.muted(QLabel(), wrap=True)
        layout.addWidget(self.detail)
        self.error = QLabel()
        self.error.setWordWrap(True)
        style.error(self.error)
        self.error.hide()
        layout.addWidget(self.error)

    def update_from(self, state: DownloadState) -> None:
        locale = self.page.ctx.i18n.locale()
        self.title.setText(self.tr("{repo} → {name}").format(repo=state.repo_id, name=state.name)
                           if state.name != local_name(state.repo_id) else state.repo_id)
        self.pause.setText(self.tr("Pause"))
        self.resume.setText(self.tr("Retry") if state.state == "failed" else self.tr("Resume"))
        self.cancel.setText(self.tr("Cancel"))
        running = state.state == "running"
        self.pause.setVisible(running)
        self.resume.setVisible(not running)
        total = state.total_bytes or 0
        self.bar.setVisible(bool(total) or running)
        if total:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * min(state.done_bytes, total) / total))
            self.bar.setFormat(f"{locale.toString(int(100 * state.done_bytes / total))} %")
        else:
            self.bar.setRange(0, 0 if running else 1)
            self.bar.setFormat("")
        text = progress_text(state, locale)
        if state.state == "paused":
            text = self.tr("Paused: {progress}. Resume goes on where it stopped, even after a "
                           "restart.").format(progress=text)
        elif running and not state.done_bytes:
            text = self.tr("Starting…")
        elif not state.done_bytes:
            text = ""
        self.detail.setText(text)
        self.detail.setVisible(bool(text))
        self.error.setVisible(state.error is not None and state.state == "failed")
        if state.error is not None:
            self.error.setText(error_text(state.error))


# --- the hub token --------------------------------------------------------------------------


class HubTokenDialog(QDialog):
    """Set, replace or remove the Hugging Face token; it only says whether one is saved."""

    def __init__(self, models: ModelService, parent: QWidget | None = None, *,
                 repo_id: str | None = None, rejected: bool = False) -> None:
        super().__init__(parent)
        self.models = models
        self.repo_id = repo_id
        self.rejected = rejected
        self.setMinimumWidth(520)
        self.keyring_ok = self._keyring_ok()
        layout = QVBoxLayout(self)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.explain = style.muted(QLabel(), wrap=True)
        self.explain.setOpenExternalLinks(True)
        self.explain.setTextFormat(Qt.TextFormat.RichText)
        self.status = style.bold(QLabel())
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText("hf_…")
        self.no_keyring = QLabel()
        self.no_keyring.setWordWrap(True)
        style.coloured(self.no_keyring, style.WARNING)
        self.error = QLabel()
        self.error.setWordWrap(True)
        style.error(self.error)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.remove_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.remove_button.clicked.connect(self.remove_token)
        for w in (self.reason, self.explain, self.status, self.token, self.no_keyring,
                  self.error, self.buttons):
            layout.addWidget(w)
        self.reason.setVisible(repo_id is not None)
        self.no_keyring.setVisible(not self.keyring_ok)
        self.retranslate()

    def _keyring_ok(self) -> bool:
        try:
            return self.models.keyring_available()
        except Exception:  # a broken keyring backend: treat as none, never crash the dialog
            return False

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hugging Face token"))
        if self.repo_id is not None:
            self.reason.setText(
                self.tr("The hub refused the saved token for {repo}: it may have expired, or "
                        "you have not accepted the model's conditions on its page yet. Paste "
                        "another token.").format(repo=self.repo_id) if self.rejected else
                self.tr("{repo} is gated or private: the hub asks for an access token. Accept "
                        "the model's conditions on its page, then paste a token here."
                        ).format(repo=self.repo_id))
        self.explain.setText(self.tr(
            "Create a free token with read access at "
            "<a href=\"https://huggingface.co/settings/tokens\">huggingface.co/settings/tokens"
            "</a>. Atelier keeps it in your system keyring, never in its files or logs."))
        self.no_keyring.setText(self.tr(
            "No system keyring is available on this computer, so Atelier cannot save the "
            "token. It can use it until Atelier closes; you will be asked again next time."))
        self.remove_button.setText(self.tr("Remove saved token"))
        self._update_status()

    def _update_status(self) -> None:
        try:
            saved = self.models.hub_token_saved()
        except Exception:
            saved = False
        self.status.setText(self.tr("A token is saved.") if saved
                            else self.tr("No token saved."))
        self.remove_button.setEnabled(saved)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save") if self.keyring_ok else self.tr("Use until Atelier closes"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def remove_token(self) -> None:
        self.error.hide()
        try:
            self.models.forget_hub_token()
        except AssistantError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
        self._update_status()

    def accept(self) -> None:
        from assistants.secrets import KeyringUnavailable

        self.error.hide()
        try:
            self.models.save_hub_token(self.token.text(), session_only=not self.keyring_ok)
        except KeyringUnavailable as exc:
            self.keyring_ok = False
            self.no_keyring.show()
            self.error.setText(error_text(exc))
            self.error.show()
            self._update_status()
            return
        except AssistantError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.token.clear()
        super().accept()


# --- the page -------------------------------------------------------------------------------


class ModelsPage(Page):
    """Local models: recommended, downloads, installed, runtime settings, Try it."""

    topics = Changed.SETTINGS  # the engines Try it may ask (Settings › Engines)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        if ctx.models is None:
            ctx.models = ModelService(ctx.jobs, paths.models_dir(ctx.data_dir), ctx.qsettings)
        self.models: ModelService = ctx.models
        self.available: int | None = None
        self.installed_names: set[str] = set()
        self.try_job: Job | None = None
        self.token_dialog: HubTokenDialog | None = None
        self.cards: dict[str, CatalogueCard] = {}
        self.download_rows: dict[str, DownloadRow] = {}
        self.setStyleSheet(PANEL_STYLE)

        content = QWidget()
        self.content = content
        body = QVBoxLayout(content)
        body.setContentsMargins(24, 18, 24, 24)
        body.setSpacing(10)

        head = QHBoxLayout()
        self.heading = self.make_heading()
        self.token_button = QPushButton()
        self.token_button.clicked.connect(self.open_token_dialog)
        head.addWidget(self.heading)
        head.addStretch(1)
        head.addWidget(self.token_button)
        body.addLayout(head)
        self.intro = style.muted(QLabel(), wrap=True)
        body.addWidget(self.intro)
        nav = QHBoxLayout()
        nav.setSpacing(2)
        self.nav_label = style.muted(QLabel(), wrap=False)
        nav.addWidget(self.nav_label)
        self.nav: dict[str, QPushButton] = {}
        for key in ("recommended", "downloads", "installed", "settings", "try"):
            b = QPushButton()
            b.setObjectName("Link")
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            b.clicked.connect(lambda _=False, k=key: self.scroll_to(k))
            self.nav[key] = b
            nav.addWidget(b)
        nav.addStretch(1)
        body.addLayout(nav)
        self.section_titles: dict[str, QLabel] = {}

        # 1. recommended
        body.addWidget(self._section("recommended"))
        self.chat_title = style.bold(QLabel())
        self.chat_grid = CardGrid()
        self.translation_title = style.bold(QLabel())
        self.translation_grid = CardGrid()
        body.addWidget(self.chat_title)
        body.addWidget(self.chat_grid)
        body.addWidget(self.translation_title)
        body.addWidget(self.translation_grid)
        self.embedding_title = style.bold(QLabel())
        self.embedding_grid = CardGrid()
        body.addWidget(self.embedding_title)
        body.addWidget(self.embedding_grid)
        for task, grid in (("chat", self.chat_grid), ("translation", self.translation_grid),
                           ("embedding", self.embedding_grid)):
            cards = [CatalogueCard(e, self) for e in load_catalogue(task)]  # type: ignore[arg-type]
            for card in cards:
                self.cards[card.entry.repo_id] = card
            grid.set_cards(list(cards))
        add_panel, add = _panel()
        self.add_title = style.bold(QLabel())
        add.addWidget(self.add_title)
        add_row = QHBoxLayout()
        self.repo_field = QLineEdit()
        self.repo_field.setClearButtonEnabled(True)
        self.repo_field.returnPressed.connect(self.download_repo_field)
        self.repo_button = QPushButton()
        self.repo_button.clicked.connect(self.download_repo_field)
        add_row.addWidget(self.repo_field, 1)
        add_row.addWidget(self.repo_button)
        add.addLayout(add_row)
        self.repo_error = QLabel()
        style.error(self.repo_error)
        self.repo_error.setWordWrap(True)
        self.repo_error.hide()
        add.addWidget(self.repo_error)
        self.repo_hint = style.muted(QLabel(), wrap=True)
        add.addWidget(self.repo_hint)
        body.addWidget(add_panel)

        # 2. downloads
        body.addWidget(self._section("downloads"))
        dl_panel, self.downloads_layout = _panel()
        self.downloads_empty = style.muted(QLabel(), wrap=True)
        self.downloads_layout.addWidget(self.downloads_empty)
        body.addWidget(dl_panel)

        # 3. installed
        body.addWidget(self._section("installed"))
        inst_panel, inst = _panel()
        self.installed_message = QLabel()
        self.installed_message.setWordWrap(True)
        self.installed_message.hide()
        inst.addWidget(self.installed_message)
        self.table = QTableWidget(0, 4)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 220)
        self.table.itemSelectionChanged.connect(self._update_installed_buttons)
        inst.addWidget(self.table)
        self.installed_empty = style.muted(QLabel(), wrap=True)
        inst.addWidget(self.installed_empty)
        buttons = QHBoxLayout()
        self.import_button = QPushButton()
        self.import_button.clicked.connect(lambda: self.import_folder())
        self.default_chat_button = QPushButton()
        self.default_chat_button.clicked.connect(lambda: self.set_default("chat"))
        self.default_translation_button = QPushButton()
        self.default_translation_button.clicked.connect(lambda: self.set_default("translation"))
        self.embedding_button = QPushButton()
        self.embedding_button.clicked.connect(lambda: self.set_default("embedding"))
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        buttons.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignTop)
        # the four wrap onto a second line rather than widen the page: on one row they
        # needed 783 px in French, and the page scrolled sideways at 1024 px
        buttons.addWidget(flow_row(self.default_chat_button, self.default_translation_button,
                                   self.embedding_button, self.delete_button), 1)
        inst.addLayout(buttons)
        body.addWidget(inst_panel)

        # 4. runtime settings
        body.addWidget(self._section("settings"))
        set_panel, set_layout = _panel()
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setHorizontalSpacing(16)
        self.precision = QComboBox()
        self.precision.setFixedWidth(300)
        for value in ("auto", "float32", "bfloat16", "int8", "int4"):
            self.precision.addItem("", value)
        self.precision.currentIndexChanged.connect(self._precision_chosen)
        self.threads = QSpinBox()
        self.threads.setRange(0, max(os.cpu_count() or 1, 1))
        self.threads.setFixedWidth(300)
        self.threads.valueChanged.connect(self._threads_chosen)
        self.fast_decode = QCheckBox()
        self.fast_decode.toggled.connect(self._fast_decode_chosen)
        self.fast_decode_label = QLabel()
        self.idle = QSpinBox()
        self.idle.setRange(0, 24 * 60)
        self.idle.setFixedWidth(300)
        self.idle.valueChanged.connect(self._idle_chosen)
        self.memory = QLabel()
        self.kernel = QLabel()
        self.kernel_label = QLabel()
        self.precision_label = QLabel()
        self.threads_label = QLabel()
        self.idle_label = QLabel()
        self.memory_label = QLabel()
        form.addRow(self.precision_label, self.precision)
        form.addRow(self.threads_label, self.threads)
        form.addRow(self.kernel_label, self.kernel)
        form.addRow(self.fast_decode_label, self.fast_decode)
        form.addRow(self.idle_label, self.idle)
        form.addRow(self.memory_label, self.memory)
        resident_box = QWidget()
        resident_row = QHBoxLayout(resident_box)
        resident_row.setContentsMargins(0, 0, 0, 0)
        self.resident_text = QLabel()
        self.unload_button = QPushButton()
        self.unload_button.clicked.connect(self.unload_now)
        resident_row.addWidget(self.resident_text)
        resident_row.addSpacing(12)
        resident_row.addWidget(self.unload_button)
        self.resident_label = QLabel()
        form.addRow(self.resident_label, resident_box)
        set_layout.addLayout(form)
        self.settings_hint = style.muted(QLabel(), wrap=True)
        set_layout.addWidget(self.settings_hint)
        body.addWidget(set_panel)

        # 5. try it
        body.addWidget(self._section("try"))
        try_panel, try_layout = _panel()
        self.try_box = try_panel
        pick = QHBoxLayout()
        self.try_model_label = QLabel()
        # Where Try it runs: this computer, or an inference server (Settings › Engines) with
        # the server's model id; shown once an engine exists.
        self.try_where = QComboBox()
        self.try_where.setObjectName("try_where")
        self.try_where.hide()
        self.try_where.currentIndexChanged.connect(self._try_where_changed)
        self.try_model = ModelPicker(self.models, "chat")
        self.try_model.setMinimumWidth(220)
        self.try_model.reloaded.connect(self._try_models_reloaded)
        self.try_remote_model = QLineEdit()
        self.try_remote_model.setObjectName("try_remote_model")
        self.try_remote_model.setMinimumWidth(180)
        self.try_remote_model.hide()
        self._try_remote = False  # the running Try it is a server's (no "loaded as" line)
        self.generate_button = QPushButton()
        self.generate_button.clicked.connect(self.generate)
        self.stop_button = QPushButton()
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.setEnabled(False)
        pick.addWidget(self.try_model_label)
        pick.addWidget(self.try_where)
        pick.addWidget(self.try_model)
        pick.addWidget(self.try_remote_model)
        pick.addStretch(1)
        pick.addWidget(self.generate_button)
        pick.addWidget(self.stop_button)
        try_layout.addLayout(pick)
        self.prompt = QPlainTextEdit()
        self.prompt.setFixedHeight(76)
        self.prompt.setTabChangesFocus(True)
        try_layout.addWidget(self.prompt)
        self.output = QPlainTextEdit()
        self.output.setReadOnly(True)
        self.output.setMinimumHeight(150)
        try_layout.addWidget(self.output)
        self.stats = style.muted(QLabel(), wrap=True)
        try_layout.addWidget(self.stats)
        self.try_error = QLabel()
        self.try_error.setWordWrap(True)
        style.error(self.try_error)
        self.try_error.hide()
        try_layout.addWidget(self.try_error)
        self.try_empty = self.try_model.add_empty_label()
        try_layout.addWidget(self.try_empty)
        body.addWidget(try_panel)
        body.addStretch(1)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), try_panel)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.generate)
        stop = QShortcut(QKeySequence(Qt.Key.Key_Escape), try_panel)
        stop.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        stop.activated.connect(self.stop)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        self.scroll.viewport().installEventFilter(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

        m = self.models
        m.installed_changed.connect(self.refresh)
        m.resident_changed.connect(self._resident_changed)
        m.downloads_changed.connect(self._downloads_changed)
        m.download_progress.connect(self._download_progressed)
        m.settings_changed.connect(self._settings_changed)
        self._load_settings()
        self.retranslate()

    def _section(self, key: str) -> QLabel:
        label = style.bold(QLabel(), 1.2)
        label.setContentsMargins(0, 10, 0, 0)
        self.section_titles[key] = label
        return label

    def title(self) -> str:
        return self.tr("Models")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            margins = self.content.layout().contentsMargins()
            width = self.scroll.viewport().width() - margins.left() - margins.right()
            self.chat_grid.fit_width(width)
            self.translation_grid.fit_width(width)
            self.embedding_grid.fit_width(width)
        return super().eventFilter(watched, event)

    # --- texts --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Models"))
        self.token_button.setText(self.tr("Hugging Face token…"))
        self.intro.setText(self.tr(
            "Local models draft replies, translate documents and suggest ideas on this "
            "computer: nothing you type leaves it."))
        self.nav_label.setText(self.tr("Go to:"))
        titles = {
            "recommended": self.tr("Recommended models"),
            "downloads": self.tr("Downloads"),
            "installed": self.tr("Installed models"),
            "settings": self.tr("Runtime settings"),
            "try": self.tr("Try it"),
        }
        for key, text in titles.items():
            self.section_titles[key].setText(text)
        self.chat_title.setText(self.tr("Writing & ideas"))
        self.translation_title.setText(self.tr("Translation"))
        self.embedding_title.setText(self.tr("Matching requests (sentence vectors)"))
        self.add_title.setText(self.tr("Another model from the Hugging Face hub"))
        self.repo_field.setPlaceholderText(self.tr("owner/model, for example {example}").format(
            example="Qwen/Qwen2.5-0.5B-Instruct"))
        self.repo_button.setText(self.tr("Download"))
        self.repo_hint.setText(self.tr(
            "Any text-generation or translation model with safetensors weights. Check its "
            "licence on its page before using it for paid work."))
        self.downloads_empty.setText(self.tr(
            "No download in progress. A paused or interrupted download resumes where it "
            "stopped, even after Atelier restarts."))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Kind"), self.tr("On disk"), self.tr("Status")])
        self.installed_empty.setText(self.tr(
            "No model installed yet. Download a recommended model above, or import a folder "
            "that holds a model in safetensors format."))
        self.import_button.setText(self.tr("Import folder…"))
        self.default_chat_button.setText(self.tr("Use for writing"))
        self.default_chat_button.setToolTip(self.tr(
            "Drafts and ideas use this model by default"))
        self.default_translation_button.setText(self.tr("Use for translation"))
        self.default_translation_button.setToolTip(self.tr(
            "Pre-translations use this model by default"))
        self.embedding_button.setText(self.tr("Use for matching requests"))
        self.embedding_button.setToolTip(self.tr(
            "The inbox finds the gigs and past orders that fit a buyer request with this model"))
        self.delete_button.setText(self.tr("Delete…"))
        self.precision_label.setText(self.tr("Precision"))
        self.precision.setItemText(0, self.tr("Automatic (recommended)"))
        self.precision.setItemText(1, self.tr("Full precision (float32)"))
        self.precision.setItemText(2, self.tr("Half precision (bfloat16)"))
        self.precision.setItemText(3, self.tr("int8 (fast on a processor)"))
        self.precision.setItemText(4, self.tr("4-bit (least memory)"))
        self.threads_label.setText(self.tr("Threads"))
        self.threads.setSpecialValueText(self.tr("Automatic"))
        self.kernel_label.setText(self.tr("int8 products"))
        self.kernel.setText({
            "ready": self.tr("Atelier's own kernel (this processor has AVX-512 VNNI)"),
            "cpu": self.tr("torch's: this processor has no AVX-512 VNNI, Atelier's own kernel "
                           "needs it"),
            "not-built": self.tr("torch's: Atelier's own kernel was not built here (no C "
                                 "compiler when the app was set up)"),
            "off": self.tr("torch's: Atelier's own kernel is turned off "
                           "(ATELIER_INT8_KERNEL=off)"),
        }.get(self.models.int8_kernel, ""))
        self.fast_decode_label.setText(self.tr("Writing"))
        self.fast_decode.setText(self.tr("Atelier's fast decoding loop"))
        self.fast_decode.setToolTip(self.tr(
            "Writes the same text as the standard loop (transformers' generate), faster on a "
            "processor. Turn it off to compare, or if a model behaves oddly."))
        self.idle_label.setText(self.tr("Free memory after"))
        self.idle.setSuffix(self.tr(" min without use"))
        self.idle.setSpecialValueText(self.tr("Never"))
        self.memory_label.setText(self.tr("Memory"))
        self.resident_label.setText(self.tr("In memory"))
        self.unload_button.setText(self.tr("Free memory now"))
        self.settings_hint.setText(self.tr(
            "Automatic uses int8 on a processor where it is faster, and half precision on a "
            "graphics card. int8 needs about a third of the memory; 4-bit less again (the cards "
            "show how much) and writes faster still where Atelier's own kernel runs, a little "
            "less faithfully; full precision is slightly more faithful. Changes apply the next "
            "time a model loads."))
        self.try_model_label.setText(self.tr("Model"))
        self.generate_button.setText(self.tr("Generate"))
        self.generate_button.setToolTip(self.tr("Ctrl+Enter"))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Esc"))
        self.prompt.setPlaceholderText(self.tr(
            "For example: write a short, friendly reply to a client who asks when the logo "
            "will be ready."))
        self.output.setPlaceholderText(self.tr("The answer appears here as it is written."))
        self.try_empty.setText(self.tr(
            "Install a writing model (Qwen2.5 0.5B Instruct is a good start) to try it here."))
        self.try_remote_model.setPlaceholderText(self.tr("The server's model id"))
        self.try_where.setToolTip(self.tr(
            "This computer, or an inference server added in Settings › Engines"))
        for card in self.cards.values():
            card.retranslate()
        self.refresh()

    # --- refresh ------------------------------------------------------------------------

    def refresh(self) -> None:
        self.available = available_memory()
        items = self.models.installed()
        self.installed_names = {i.name for i in items}
        self._fill_installed(items)
        self.try_model.reload()
        self._load_try_engines()
        for card in self.cards.values():
            card.update_memory()
            card.update_state()
        self._downloads_changed()
        self._update_memory()
        self._update_nav(len(items))

    def _update_nav(self, installed: int | None = None) -> None:
        if installed is None:
            installed = len(self.installed_names)
        downloads = len(self.models.downloads())
        self.nav["recommended"].setText(self.tr("Recommended"))
        self.nav["downloads"].setText(self.tr("Downloads ({n})").format(n=downloads)
                                      if downloads else self.tr("Downloads"))
        self.nav["installed"].setText(self.tr("Installed ({n})").format(n=installed))
        self.nav["settings"].setText(self.tr("Runtime settings"))
        self.nav["try"].setText(self.tr("Try it"))

    def scroll_to(self, key: str) -> None:
        target = self.section_titles[key]
        y = target.mapTo(self.content, QPoint(0, 0)).y()
        self.scroll.verticalScrollBar().setValue(max(y - 8, 0))

    # --- installed ----------------------------------------------------------------------

    def _fill_installed(self, items: list[Any]) -> None:
        selected = self.selected_model()
        locale = self.ctx.i18n.locale()
        chat, translation = self.models.chat_model, self.models.translation_model
        matching = self.models.embedding_model(self.ctx.store)
        resident = self.models.resident
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            kind = model_kind(item)
            kind_text = {"chat": self.tr("Writing & ideas"),
                         "translation": self.tr("Translation"),
                         "embedding": self.tr("Matching requests")}.get(kind or "", "—")
            if item.problem:
                status = phrase_text(item.problem, "assistants")
            else:
                parts = [self.tr("Ready")]
                if item.name == chat:
                    parts.append(self.tr("default for writing"))
                if item.name == translation:
                    parts.append(self.tr("default for translation"))
                if item.name == matching:
                    parts.append(self.tr("used for matching requests"))
                if item.name == resident:
                    parts.append(self.tr("in memory"))
                status = " · ".join(parts)
            cells = [item.name, kind_text, size_text(item.disk_bytes, locale), status]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.name)
                if col == 2:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if col == 3 and item.problem:
                    cell.setForeground(QColor(RED))
                    cell.setToolTip(status)
                if col == 0 and item.name == resident:
                    font = QFont(cell.font())
                    font.setBold(True)
                    cell.setFont(font)
                self.table.setItem(row, col, cell)
        self.table.setVisible(bool(items))
        self.installed_empty.setVisible(not items)
        header_h = self.table.horizontalHeader().sizeHint().height()
        row_h = self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(header_h + max(min(len(items), 8), 1) * row_h
                                  + 2 * self.table.frameWidth())
        if selected:
            self.select_model(selected)
        self._update_installed_buttons()

    def selected_model(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select_model(self, name: str) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == name:
                self.table.selectRow(row)
                return

    def _update_installed_buttons(self) -> None:
        name = self.selected_model()
        kinds = {i: model_kind(i) for i in self.models.installed() if i.name == name}
        kind = next(iter(kinds.values()), None)
        self.delete_button.setEnabled(name is not None)
        self.default_chat_button.setEnabled(kind == "chat"
                                            and name != self.models.chat_model)
        self.default_translation_button.setEnabled(
            kind == "translation" and name != self.models.translation_model)
        self.embedding_button.setEnabled(
            kind == "embedding" and name != self.models.embedding_model(self.ctx.store))

    def _message(self, text: str, error: bool = False) -> None:
        self.installed_message.setText(text)
        self.installed_message.setStyleSheet(style.ERROR_CSS if error else style.SUCCESS_CSS)
        self.installed_message.setVisible(bool(text))

    def import_folder(self, path: str | None = None, name: str | None = None) -> Job | None:
        """Validate a folder and copy it into the models, in the background."""
        path = path or QFileDialog.getExistingDirectory(
            self, self.tr("Import a model folder (safetensors)"))
        if not path:
            return None
        self._message(self.tr("Checking and copying {folder}…").format(folder=Path(path).name))
        return self.models.import_folder(
            path, name,
            on_finished=lambda item: (self._message(
                self.tr("{name} is installed.").format(name=item.name)),
                self.select_model(item.name)),
            on_failed=lambda error: self._message(
                self.tr("This folder cannot be imported. {reason}").format(
                    reason=error_text(error)),
                error=True))

    def set_default(self, kind: str) -> None:
        name = self.selected_model()
        if name is None:
            return
        if kind == "chat":
            self.models.chat_model = name
        elif kind == "embedding":  # kept in the store: the inbox and `atelier match` read it
            try:
                self.models.set_embedding_model(self.ctx.store, name)
            except AssistantError as exc:
                self._message(error_text(exc), error=True)
        else:
            self.models.translation_model = name

    def delete_selected(self) -> bool:
        name = self.selected_model()
        if name is None:
            return False
        size = next((i.disk_bytes for i in self.models.installed() if i.name == name), 0)
        if not confirm(self, self.tr("Delete model"), self.tr(
                "Delete {name}? It frees {size} on disk; you can download it again later."
                ).format(name=name, size=size_text(size, self.ctx.i18n.locale()))):
            return False
        try:
            self.models.delete(name)
        except AssistantError as exc:
            self._message(error_text(exc), error=True)
            return False
        except OSError as exc:
            self._message(self.tr("{name} could not be deleted: {reason}").format(
                name=name, reason=exc.strerror or str(exc)), error=True)
            return False
        self._message(self.tr("{name} was deleted.").format(name=name))
        return True

    # --- downloads ----------------------------------------------------------------------

    def download_entry(self, entry: CatalogueEntry) -> Job | None:
        """Download a catalogue model, after confirmation when its licence forbids paid use."""
        question = licence_confirmation_text(entry, self.ctx.i18n.language)
        if question is not None and not self.confirm_licence(question):
            return None
        return self.start_download(entry.repo_id, revision=entry.revision)

    def confirm_licence(self, question: str) -> bool:
        return confirm(self, self.tr("Non-commercial licence"), question)

    def download_repo_field(self) -> Job | None:
        repo = self.repo_field.text().strip().strip("/")
        if repo.startswith("https://huggingface.co/"):
            repo = repo.removeprefix("https://huggingface.co/").split("/tree/")[0]
        if not REPO_ID.match(repo):
            self.repo_error.setText(self.tr(
                "Type a hub repo id such as Qwen/Qwen2.5-0.5B-Instruct (owner/model)."))
            self.repo_error.show()
            return None
        self.repo_error.hide()
        card = self.cards.get(repo)
        job = self.download_entry(card.entry) if card else self.start_download(repo)
        if job is not None:
            self.repo_field.clear()
        return job

    def start_download(self, repo_id: str, revision: str = "main") -> Job:
        return self.models.download(repo_id, revision=revision, on_failed=lambda error: (
            self._download_failed(repo_id, error)))

    def resume(self, repo_id: str) -> Job | None:
        return self.models.resume_download(repo_id, on_failed=lambda error: (
            self._download_failed(repo_id, error)))

    def cancel_download(self, repo_id: str) -> None:
        self.models.cancel_download(repo_id)

    def _download_failed(self, repo_id: str, error: AssistantError) -> None:
        from assistants.downloads import TokenRequired

        if isinstance(error, TokenRequired):
            self.open_token_dialog(repo_id=repo_id, rejected=error.token_rejected)

    def _downloads_changed(self) -> None:
        states = self.models.downloads()
        wanted = [s.repo_id for s in states]
        for repo_id in list(self.download_rows):
            if repo_id not in wanted:
                row = self.download_rows.pop(repo_id)
                self.downloads_layout.removeWidget(row)
                row.deleteLater()
        for state in states:
            row = self.download_rows.get(state.repo_id)
            if row is None:
                row = DownloadRow(state.repo_id, self)
                self.download_rows[state.repo_id] = row
                self.downloads_layout.addWidget(row)
            row.update_from(state)
        self.downloads_empty.setVisible(not states)
        for card in self.cards.values():
            card.update_state()
        self._update_nav()

    def _download_progressed(self, repo_id: str) -> None:
        state = self.models.download_state(repo_id)
        row = self.download_rows.get(repo_id)
        if state is None or row is None:
            return
        row.update_from(state)
        card = self.cards.get(repo_id)
        if card is not None:
            card.update_state()

    def token_dialog_for(self, repo_id: str | None = None,
                         rejected: bool = False) -> HubTokenDialog:
        return HubTokenDialog(self.models, self, repo_id=repo_id, rejected=rejected)

    def open_token_dialog(self, _checked: bool = False, *, repo_id: str | None = None,
                          rejected: bool = False) -> HubTokenDialog:
        """Open the token dialog (window-modal, not blocking); after a token is saved for a
        refused download, the download starts again."""
        if self.token_dialog is not None:
            self.token_dialog.close()
            self.token_dialog.deleteLater()
        dialog = self.token_dialog_for(repo_id, rejected)
        self.token_dialog = dialog
        if repo_id is not None:
            dialog.accepted.connect(lambda: self.resume(repo_id))
        dialog.open()
        return dialog

    # --- runtime settings ---------------------------------------------------------------

    def _load_settings(self) -> None:
        for widget, value in ((self.precision, self.precision.findData(self.models.precision)),
                              (self.threads, self.models.threads),
                              (self.idle, self.models.idle_minutes)):
            widget.blockSignals(True)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(value, 0))
            else:
                widget.setValue(value)
            widget.blockSignals(False)
        self.fast_decode.blockSignals(True)
        self.fast_decode.setChecked(self.models.fast_decode)
        self.fast_decode.blockSignals(False)

    def _fast_decode_chosen(self, checked: bool) -> None:
        self.models.fast_decode = checked

    def _precision_chosen(self, index: int) -> None:
        self.models.precision = self.precision.itemData(index)

    def _threads_chosen(self, value: int) -> None:
        self.models.threads = value

    def _idle_chosen(self, value: int) -> None:
        self.models.idle_minutes = value

    def _settings_changed(self) -> None:
        self._load_settings()
        for card in self.cards.values():
            card.update_memory()
        self._update_memory()

    def _update_memory(self) -> None:
        locale = self.ctx.i18n.locale()
        self.memory.setText(self.tr("{size} available on this computer now").format(
            size=size_text(self.available, locale)) if self.available is not None
            else self.tr("This computer does not tell how much memory is free."))
        info = self.models.resident_info
        if info is None:
            self.resident_text.setText(self.tr("No model"))
        else:
            self.resident_text.setText(f"{info.name} ({self._loaded_as(info)})")
        self.unload_button.setEnabled(info is not None)

    def unload_now(self) -> None:
        if not self.models.unload():
            self.resident_text.setText(self.tr(
                "The model is working: stop it first, then free the memory."))

    def _resident_changed(self, _name: str) -> None:
        self.refresh()

    # --- try it -------------------------------------------------------------------------

    def _try_models_reloaded(self, _has: bool) -> None:
        self._update_try()

    def _try_engine(self) -> str:
        """The engine Try it asks ("" for this computer)."""
        return str(self.try_where.currentData() or "") if self.try_where.count() > 1 else ""

    def _load_try_engines(self) -> None:
        """"This computer" and the engines of Settings › Engines (kept choice when still
        there); the model id comes from the drafting route when it names that engine."""
        from storage import engines

        with self.ctx.store.session() as s:
            names = [e.name for e in engines.list_engines(s)]
            self._draft_route = engines.route(s, "draft")
        current = self._try_engine()
        self.try_where.blockSignals(True)
        self.try_where.clear()
        self.try_where.addItem(self.tr("This computer"), "")
        for name in names:
            self.try_where.addItem(name, name)
        self.try_where.setCurrentIndex(max(self.try_where.findData(current), 0))
        self.try_where.blockSignals(False)
        self.try_where.setVisible(bool(names))
        self._try_where_changed()

    def _try_where_changed(self, _index: int = 0) -> None:
        engine = self._try_engine()
        route = getattr(self, "_draft_route", None)
        if engine and not self.try_remote_model.text().strip() and route is not None \
                and route.engine == engine:
            self.try_remote_model.setText(route.model)
        self._update_try()

    def _update_try(self) -> None:
        remote = bool(self._try_engine())
        running = self.try_job is not None and self.try_job.running
        has = remote or self.try_model.has_models()
        self.try_model.setVisible(not remote)
        self.try_remote_model.setVisible(remote)
        self.try_empty.setVisible(not has)
        self.generate_button.setEnabled(has and not running)
        self.prompt.setEnabled(has)
        self.try_where.setEnabled(not running)

    def generate(self) -> Job | None:
        """Stream the chosen model's answer to the prompt into the output box."""
        if self.try_job is not None and self.try_job.running:
            return None
        engine = self._try_engine()
        name = self.try_model.currentData()
        prompt = self.prompt.toPlainText().strip()
        self.try_error.hide()
        if not engine and not name:
            return None
        if not prompt:
            self.try_error.setText(self.tr("Type a prompt first."))
            self.try_error.show()
            self.prompt.setFocus()
            return None
        remote = None
        if engine:  # on the server (the sent log's task: drafting, as `atelier generate`)
            from assistants import routing
            from storage.errors import ValidationError

            model_id = self.try_remote_model.text().strip()
            if not model_id:
                self.try_error.setText(self.tr("Type the model id the server runs."))
                self.try_error.show()
                self.try_remote_model.setFocus()
                return None
            try:
                with self.ctx.store.session() as s:
                    remote = routing.choose(s, "draft", engine=engine, model=model_id)
            except ValidationError as exc:
                self.try_error.setText(error_text(exc))
                self.try_error.show()
                return None
            name = remote.label
        self.output.clear()
        if remote is not None:
            self.stats.setText(self.tr("Asking {engine}…").format(engine=remote.label))
        else:
            self.stats.setText(self.tr("Loading {name}…").format(name=name)
                               if self.models.resident != name else self.tr("Writing…"))
        self._try_remote = remote is not None
        job = self.models.generate(
            name, [{"role": "user", "content": prompt}], max_new_tokens=TRY_MAX_TOKENS,
            on_token=self._token, on_finished=self._generated, on_failed=self._try_failed,
            on_cancelled=self._try_stopped, remote=remote, store=self.ctx.store)
        self.try_job = job
        job.done.connect(self._try_done)
        self.generate_button.setEnabled(False)
        self.try_where.setEnabled(False)
        self.stop_button.setEnabled(True)
        return job

    def stop(self) -> None:
        if self.try_job is not None and self.try_job.running:
            self.try_job.cancel()

    def _token(self, chunk: str) -> None:
        if not self.output.toPlainText():
            self.stats.setText(self.tr("Writing…"))
        cursor = self.output.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(chunk)
        self.output.setTextCursor(cursor)
        self.output.ensureCursorVisible()

    def _stats_text(self, stats: Any) -> str:
        if stats is None:
            return ""
        locale = self.ctx.i18n.locale()
        parts = [self.tr("%n token(s)", "", stats.generated_tokens)]
        if stats.time_to_first_token_s is not None:
            parts.append(self.tr("first token after {s} s").format(
                s=locale.toString(stats.time_to_first_token_s, "f", 2)))
        if stats.tokens_per_s:
            parts.append(self.tr("{n} tokens/s").format(
                n=locale.toString(stats.tokens_per_s, "f", 1)))
        info = self.models.resident_info
        if info is not None and not self._try_remote:
            parts.append(self._loaded_as(info))
        if getattr(stats, "stop_reason", None) == "length":
            parts.append(self.tr("cut at the length limit"))
        return " · ".join(parts)

    def _loaded_as(self, info: Any) -> str:
        device = {"cpu": self.tr("processor"), "cuda": self.tr("graphics card"),
                  "mps": self.tr("Apple GPU")}.get(info.device, info.device)
        dtype = self.tr("4-bit") if info.dtype == "int4" else info.dtype
        return self.tr("{dtype} on the {device}").format(dtype=dtype, device=device)

    def _generated(self, _text: str, stats: Any) -> None:
        self.stats.setText(self._stats_text(stats))

    def _try_stopped(self, _text: str, stats: Any) -> None:
        text = self._stats_text(stats)
        self.stats.setText(self.tr("Stopped.") + (" " + text if text else ""))

    def _try_failed(self, error: AssistantError) -> None:
        self.stats.setText("")
        self.try_error.setText(error_text(error))
        self.try_error.show()

    def _try_done(self) -> None:
        self.try_job = None
        self.stop_button.setEnabled(False)
        self._update_try()
