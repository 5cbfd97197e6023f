"""The order form: a new order, or the edit of one. Saved through storage.orders' rules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)
from sqlalchemy import select

from desktop.changes import Changed
from desktop.context import AppContext
from desktop.i18n import date_time_format
from desktop.jobs import error_text
from desktop.ui import style
from desktop.ui.forms import FormDialog, column_widget, row_widget
from storage import settings
from storage.errors import ValidationError
from storage.money import CURRENCY_EXPONENTS, Money, check_currency, parse_amount
from storage.orders import OrderFields, create_order, update_order
from storage.pay import client_currencies, package_price_in
from storage.periods import END_DATE, FIRST_DATE
from storage.queries import client_choices, gigs_with_packages
from storage.tables import Client, Gig, GigPackage, GigStatus, Order, Platform
from storage.today import latest_rates

# --- helpers shared with the payment dialog ------------------------------------------------


def qt_zone(zone: tzinfo | None) -> QTimeZone:
    """The Qt time zone of the store's zone (ctx.i18n.zone); the system's when None."""
    key = getattr(zone, "key", None)
    if key:
        qzone = QTimeZone(key.encode())
        if qzone.isValid():
            return qzone
    return QTimeZone.systemTimeZone()


def to_qdatetime(value: datetime, zone: tzinfo | None = None) -> QDateTime:
    """An aware datetime as a QDateTime in `zone` (the store's time zone)."""
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()), qt_zone(zone))


def from_qdatetime(value: QDateTime) -> datetime:
    """A QDateTime (in whatever zone it holds) as an aware UTC datetime."""
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


def keep_if_same_minute(widget_value: datetime, original: datetime | None) -> datetime:
    """The original value when the widget shows the same minute, so opening and saving an
    order does not rewrite its dates (the widget shows no seconds)."""
    if original is not None and abs((widget_value - original).total_seconds()) < 60:
        return original
    return widget_value


class DateTimeEdit(QDateTimeEdit):
    """A date-and-time field that Tab and Shift+Tab leave at once (Qt's field takes one Tab
    per section: six to get past it); Left and Right still go from section to section, and
    the calendar opens from its button or Alt+Down."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


def date_time_edit(locale: QLocale, zone: tzinfo | None = None) -> QDateTimeEdit:
    """A date-and-time field in the interface's short format and the store's time zone
    (where dates are shown), with a calendar; Tab leaves it."""
    edit = DateTimeEdit()
    edit.setTimeZone(qt_zone(zone))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_time_format(locale))
    # The dates Atelier records (storage.periods.check_datetime), not Qt's years 100 to 9999.
    edit.setDateTimeRange(QDateTime.fromSecsSinceEpoch(int(FIRST_DATE.timestamp()), QTimeZone.UTC),
                          QDateTime.fromSecsSinceEpoch(int(END_DATE.timestamp()) - 60,
                                                       QTimeZone.UTC))
    return edit


def amount_text(minor: int, currency: str, language: str) -> str:
    """An amount as a person types it: "1234.50", or "1234,50" in French."""
    text = str(Money(minor, currency).to_decimal())
    return text.replace(".", ",") if language == "fr" else text


def currency_combo() -> QComboBox:
    """An editable list of the currencies Atelier knows."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(sorted(CURRENCY_EXPONENTS))
    combo.setMaximumWidth(110)
    return combo


def set_currency(combo: QComboBox, code: str) -> None:
    i = combo.findText(code)
    if i >= 0:
        combo.setCurrentIndex(i)
    else:
        combo.setEditText(code)


NONE_ID = 0  # the data of "No gig", "No package" (ids start at 1)


def combo_id(combo: QComboBox) -> int | None:
    """The id held by a combo's current item; None for the "none" item (NONE_ID).

    Items never hold None: PySide 6.12 loses a reference to None each time it converts an
    empty QVariant (addItem(text, None), currentData() of such an item), which ends in a
    crash ("deallocating None") after a few thousand calls.
    """
    if combo.currentIndex() < 0:
        return None
    value = combo.currentData()
    return int(value) if value else None


# --- the dialog -----------------------------------------------------------------------------


class OrderDialog(FormDialog):
    """New order (`order_id=None`) or edit of an existing one.

    `save()` (called by accept()) validates everything through storage.orders inside one
    transaction, so nothing is written when a field is wrong, then emits changed("orders");
    `result_value` is the order id.
    """

    def __init__(self, ctx: AppContext, order_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.order_id = order_id
        self.result_value: int | None = None
        self._original: Order | None = None
        with ctx.store.session() as s:
            self._clients = client_choices(s)
            self._platforms = list(s.scalars(select(Platform).order_by(Platform.name)))
            self._gigs = gigs_with_packages(s)
            self._home = settings.home_currency(s)
            self._client_currencies = client_currencies(s)
            self._rates = latest_rates(s, self._home)
            if order_id is not None:
                self._original = s.get(Order, order_id)
                if self._original is None:
                    raise ValidationError("order", f"There is no order #{order_id}.")
            s.expunge_all()
        self._client_names = {name.casefold(): cid for cid, name in self._clients}
        locale = ctx.i18n.locale()

        self.client_combo = QComboBox()
        self.client_combo.setEditable(True)
        self.client_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.client_combo.setMaxVisibleItems(20)
        for cid, name in self._clients:
            self.client_combo.addItem(name, cid)
        completer = self.client_combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.client_hint = QLabel()
        style.muted(self.client_hint)
        self.client_hint.hide()
        client_box = column_widget(self.client_combo, self.client_hint, spacing=2)

        self.platform_combo = QComboBox()
        for p in self._platforms:
            self.platform_combo.addItem(p.name, p.id)
        self.gig_combo = QComboBox()
        self.gig_combo.addItem("", NONE_ID)
        current_gig = self._original.gig_id if self._original is not None else None
        for g in self._gigs:
            if g.status is not GigStatus.ARCHIVED or g.id == current_gig:
                self.gig_combo.addItem(g.title, g.id)
        self.package_combo = QComboBox()
        for combo in (self.client_combo, self.gig_combo, self.package_combo):
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(20)
        self.title_edit = QLineEdit()
        self._gig_title = ""  # the title the chosen gig filled in
        self.title_edit.setMaxLength(300)
        self.brief_edit = QPlainTextEdit()
        self.brief_edit.setTabChangesFocus(True)
        self.brief_edit.setMinimumHeight(90)
        self.price_edit = QLineEdit()
        self.price_edit.setMaximumWidth(160)
        self.currency_combo = currency_combo()
        price_box = row_widget(self.price_edit, self.currency_combo)
        zone = ctx.i18n.zone
        self.received_edit = date_time_edit(locale, zone)
        self.due_edit = date_time_edit(locale, zone)
        self.no_due_check = QCheckBox()
        due_box = row_widget(self.due_edit, self.no_due_check)
        self.ref_edit = QLineEdit()
        self.ref_edit.setMaxLength(120)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(70)
        self.revisions_spin = QSpinBox()
        self.revisions_spin.setRange(0, 999)
        self.revisions_spin.setMaximumWidth(90)

        self.add_row("client", "", client_box, aliases=("client_id",))
        self.set_buddy("client", self.client_combo)
        self.add_row("platform", "", self.platform_combo, aliases=("platform_id",))
        self.add_row("gig", "", self.gig_combo, aliases=("gig_id",))
        self.add_row("package", "", self.package_combo, aliases=("package_id",))
        self.add_row("title", "", self.title_edit)
        self.add_row("brief", "", self.brief_edit)
        self.add_row("price", "", price_box, aliases=("price_minor", "currency"))
        self.set_buddy("price", self.price_edit)
        self.add_row("received_at", "", self.received_edit, aliases=("received",))
        self.add_row("due_at", "", due_box, aliases=("due",))
        self.set_buddy("due_at", self.due_edit)
        self.add_row("external_ref", "", self.ref_edit)
        self.add_row("notes", "", self.notes_edit)
        if order_id is not None:
            self.add_row("revisions_used", "", self.revisions_spin)
        else:
            self.revisions_spin.hide()

        self._fill()
        self.gig_combo.currentIndexChanged.connect(self._gig_changed)
        self.package_combo.currentIndexChanged.connect(self._package_changed)
        self.platform_combo.currentIndexChanged.connect(self._platform_changed)
        self.no_due_check.toggled.connect(self.due_edit.setDisabled)
        self.client_combo.editTextChanged.connect(self._client_text_changed)
        self.retranslate()
        self.resize(560, self.sizeHint().height())

    def set_buddy(self, field: str, widget: QWidget) -> None:
        """Focus `widget` (not its container) when the row's error shows."""
        self._labels[field].setBuddy(widget)

    # --- filling -------------------------------------------------------------------------

    def _fill(self) -> None:
        o = self._original
        now = self.ctx.clock.now()
        if o is None:
            self.client_combo.setCurrentIndex(-1)
            self.client_combo.setEditText("")
            direct = self.platform_combo.findText("Direct")
            self.platform_combo.setCurrentIndex(max(direct, 0))
            platform = self._platform(combo_id(self.platform_combo))
            set_currency(self.currency_combo,
                         platform.default_currency if platform else self._home)
            self.received_edit.setDateTime(to_qdatetime(now, self.ctx.i18n.zone))
            self.due_edit.setDateTime(to_qdatetime(now + timedelta(days=3), self.ctx.i18n.zone))
            self._fill_packages(None)
            return
        i = self.client_combo.findData(o.client_id)
        self.client_combo.setCurrentIndex(i)
        self.platform_combo.setCurrentIndex(self.platform_combo.findData(o.platform_id))
        self.gig_combo.setCurrentIndex(max(self.gig_combo.findData(o.gig_id or NONE_ID), 0))
        self._fill_packages(o.gig_id)
        self.package_combo.setCurrentIndex(
            max(self.package_combo.findData(o.package_id or NONE_ID), 0))
        self.title_edit.setText(o.title)
        self.brief_edit.setPlainText(o.brief)
        self.price_edit.setText(amount_text(o.price_minor, o.currency, self.ctx.i18n.language))
        set_currency(self.currency_combo, o.currency)
        self.received_edit.setDateTime(to_qdatetime(o.received_at, self.ctx.i18n.zone))
        self.no_due_check.setChecked(o.due_at is None)
        self.due_edit.setEnabled(o.due_at is not None)
        self.due_edit.setDateTime(to_qdatetime(o.due_at or o.received_at + timedelta(days=3),
                                              self.ctx.i18n.zone))
        self.ref_edit.setText(o.external_ref)
        self.notes_edit.setPlainText(o.notes)
        self.revisions_spin.setValue(o.revisions_used)

    def _platform(self, platform_id: int | None) -> Platform | None:
        return next((p for p in self._platforms if p.id == platform_id), None)

    def _gig(self, gig_id: int | None) -> Gig | None:
        return next((g for g in self._gigs if g.id == gig_id), None)

    def _package(self, package_id: int | None) -> GigPackage | None:
        for g in self._gigs:
            for p in g.packages:
                if p.id == package_id:
                    return p
        return None

    def _fill_packages(self, gig_id: int | None) -> None:
        self.package_combo.blockSignals(True)
        self.package_combo.clear()
        self.package_combo.addItem("", NONE_ID)
        gig = self._gig(gig_id)
        for p in gig.packages if gig else ():
            self.package_combo.addItem(self._package_text(p), p.id)
        self.package_combo.setEnabled(gig is not None and bool(gig.packages))
        self.package_combo.blockSignals(False)
        self._retranslate_none_items()

    def _package_text(self, p: GigPackage) -> str:
        return self.tr("{tier} — {price}, %n day(s)", "", p.delivery_days).format(
            tier=p.tier, price=self.ctx.i18n.money(p.price_minor, p.currency))

    def _gig_changed(self) -> None:
        gig = self._gig(combo_id(self.gig_combo))
        self._fill_packages(gig.id if gig else None)
        if gig is not None and gig.platform_id is not None:
            i = self.platform_combo.findData(gig.platform_id)
            if i >= 0:
                self.platform_combo.setCurrentIndex(i)
        # The title follows the gig while it is the one a gig filled in (choosing another
        # gig kept the first gig's title); a title the person typed stays.
        title = self.title_edit.text().strip()
        if gig is not None and (not title or title == self._gig_title):
            self.title_edit.setText(gig.title)
            self.title_edit.setCursorPosition(0)
            self._gig_title = gig.title

    def _package_changed(self) -> None:
        package = self._package(combo_id(self.package_combo))
        if package is None:
            return
        self._price_package(package)
        received = from_qdatetime(self.received_edit.dateTime())
        self.no_due_check.setChecked(False)
        self.due_edit.setDateTime(to_qdatetime(received + timedelta(days=package.delivery_days),
                                              self.ctx.i18n.zone))

    def client_currency(self) -> str:
        """The currency the chosen client pays in; "" when none is set (or a new client)."""
        cid = self._client_names.get(self.client_combo.currentText().strip().casefold())
        return self._client_currencies.get(cid, "") if cid is not None else ""

    def _price_package(self, package: GigPackage) -> None:
        """The package's price in the client's currency: converted at the stored rate, else
        asked; the package's own currency when the client has none."""
        currency = self.client_currency() or package.currency
        minor = package_price_in(currency, package, self._rates, self._home)
        if minor is None:
            minor = self.ask_price(package, currency)
        set_currency(self.currency_combo, currency)
        self.price_edit.setText("" if minor is None else
                                amount_text(minor, currency, self.ctx.i18n.language))

    def ask_price(self, package: GigPackage, currency: str) -> int | None:
        """Ask the price in `currency` when no stored rate converts the package's; None when
        the person cancels (the price is then left empty, in the client's currency)."""
        prompt = self.tr(
            "No exchange rate from {source} to {target} is recorded yet (rates come from "
            "payments). Price of “{tier}” ({price}) in {target}:").format(
            source=package.currency, target=currency, tier=package.tier,
            price=self.ctx.i18n.money(package.price_minor, package.currency))
        while True:
            text, ok = QInputDialog.getText(self, self.tr("Price in {currency}").format(
                currency=currency), prompt)
            if not ok or not text.strip():
                return None
            try:
                return parse_amount(text, currency, "price", lang=self.ctx.i18n.language)
            except ValidationError as exc:
                prompt = error_text(exc)

    def _platform_changed(self) -> None:
        if self._original is not None or combo_id(self.package_combo) is not None:
            return
        if self.client_currency():
            return
        platform = self._platform(combo_id(self.platform_combo))
        if platform is not None:
            set_currency(self.currency_combo, platform.default_currency)

    def _client_text_changed(self, text: str) -> None:
        name = text.strip()
        if name and name.casefold() not in self._client_names:
            self.client_hint.setText(self.tr("A new client “{name}” will be added.")
                                     .format(name=name))
            self.client_hint.show()
        else:
            self.client_hint.hide()
        currency = self.client_currency()
        if self._original is None and currency and currency != self.currency_combo.currentText():
            package = self._package(combo_id(self.package_combo))
            if package is not None:
                self._price_package(package)
            elif not self.price_edit.text().strip():
                set_currency(self.currency_combo, currency)

    # --- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New order") if self._original is None
                            else self.tr("Edit order"))
        self.set_label("client", self.tr("&Client"))
        self.set_label("platform", self.tr("&Platform"))
        self.set_label("gig", self.tr("&Gig"))
        self.set_label("package", self.tr("Pac&kage"))
        self.set_label("title", self.tr("&Title"))
        self.set_label("brief", self.tr("&Brief"))
        self.set_label("price", self.tr("P&rice"))
        self.set_label("received_at", self.tr("Recei&ved"))
        self.set_label("due_at", self.tr("&Due"))
        self.set_label("external_ref", self.tr("Platform &reference"))
        self.set_label("notes", self.tr("&Notes"))
        if "revisions_used" in self._labels:
            self.set_label("revisions_used", self.tr("Revisions &used"))
        self.client_combo.lineEdit().setPlaceholderText(
            self.tr("Choose a client or type a new name"))
        self.title_edit.setPlaceholderText(self.tr("What the client ordered"))
        self.brief_edit.setPlaceholderText(self.tr("The client's requirements, as received"))
        self.price_edit.setPlaceholderText(self.tr("0.00"))
        self.ref_edit.setPlaceholderText(self.tr("Order number on the platform"))
        self.no_due_check.setText(self.tr("No due date"))
        self._retranslate_none_items()
        for i in range(1, self.package_combo.count()):
            p = self._package(self.package_combo.itemData(i))
            if p is not None:
                self.package_combo.setItemText(i, self._package_text(p))

    def _retranslate_none_items(self) -> None:
        self.gig_combo.setItemText(0, self.tr("No gig"))
        self.package_combo.setItemText(0, self.tr("No package"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- saving --------------------------------------------------------------------------

    def _client_id(self) -> tuple[int | None, str]:
        """The chosen client's id, or None and the name of a client to add."""
        name = self.client_combo.currentText().strip()
        if not name:
            raise ValidationError("client", "Choose a client for this order.")
        cid = self._client_names.get(name.casefold())
        return cid, name

    def save(self) -> int:
        client_id, client_name = self._client_id()
        currency = check_currency(self.currency_combo.currentText(), "currency")
        price = parse_amount(self.price_edit.text(), currency, "price",
                             lang=self.ctx.i18n.language)
        o = self._original
        received = keep_if_same_minute(from_qdatetime(self.received_edit.dateTime()),
                                       o.received_at if o else None)
        due = None
        if not self.no_due_check.isChecked():
            due = keep_if_same_minute(from_qdatetime(self.due_edit.dateTime()),
                                      o.due_at if o else None)
        gig = self._gig(combo_id(self.gig_combo))
        platform_id = combo_id(self.platform_combo)
        now = self.ctx.clock.now()
        if len(client_name) > 200:
            raise ValidationError("client", "The client's name is too long (200 characters "
                                  "at most).")
        new_client = client_id is None
        with self.ctx.store.transaction() as s:
            if client_id is None:
                added = Client(name=client_name, platform_id=platform_id, created_at=now)
                s.add(added)
                s.flush()
                client_id = added.id
            fields = OrderFields(
                client_id=client_id, platform_id=platform_id,
                title=self.title_edit.text(), price_minor=price, currency=currency,
                received_at=received, due_at=due, gig_id=gig.id if gig else None,
                package_id=combo_id(self.package_combo),
                brief=self.brief_edit.toPlainText(), external_ref=self.ref_edit.text().strip(),
                notes=self.notes_edit.toPlainText(),
            )
            if o is None:
                fields.activity = gig.activity if gig else None
                order = create_order(s, fields, now=now)
                order_id = order.id
            else:
                order = s.get(Order, o.id)
                if order is None:
                    raise ValidationError("order", "This order was deleted meanwhile.")
                changes = {k: getattr(fields, k) for k in (
                    "client_id", "platform_id", "title", "price_minor", "currency",
                    "received_at", "due_at", "gig_id", "package_id", "brief", "external_ref",
                    "notes")}
                changes["revisions_used"] = self.revisions_spin.value()
                update_order(s, order, changes, now=now)
                order_id = order.id
        self.ctx.events.emit(Changed.ORDERS | (Changed.CLIENTS if new_client else Changed.NONE))
        self.order_id = order_id
        return order_id
