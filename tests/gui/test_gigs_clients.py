"""The Gigs and Clients pages and their dialogs."""

from __future__ import annotations

from typing import ClassVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QSpinBox, QStyleOptionViewItem
from sqlalchemy import func, select

from desktop.changes import Changed
from desktop.ui.dialogs.client_dialog import ClientDialog
from desktop.ui.dialogs.gig_dialog import (
    COL_CURRENCY,
    COL_DAYS,
    COL_DESCRIPTION,
    COL_PRICE,
    GigDialog,
)
from desktop.ui.pages import clients as clients_module
from desktop.ui.pages import gigs as gigs_module
from desktop.ui.pages.clients import ClientsPage
from desktop.ui.pages.gigs import COL_ORDERS, GigsPage
from desktop.ui.pages.gigs import COL_PRICE as GIGS_COL_PRICE
from storage.catalog import fold
from storage.tables import Client, Gig, GigPackage, GigStatus, Order
from tests.factories import client, gig_with_packages, order
from tests.gui.conftest import shown

# The offscreen platform says so whenever a shown window's size constraints are set.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _count(ctx, model) -> int:
    with ctx.store.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def _page(cls, ctx, qtbot):
    page = shown(qtbot, cls(ctx), 1090, 760)
    qtbot.waitExposed(page)
    return page


def _visible_column(page, column: int) -> list[str]:
    proxy = page.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


class Answer:
    """Stands in for confirm(): records the question, gives a set answer."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, parent, title: str, text: str) -> bool:
        self.asked.append(text)
        return self.answer


# --- gig dialog ---------------------------------------------------------------------------


def test_new_gig_with_two_packages_is_stored(ctx, qtbot):
    dialog = GigDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.packages.rowCount() == 1  # a new gig starts with a Basic package
    dialog.title_edit.setText("Traduction FR→EN de sites web")
    dialog.category_combo.setCurrentText("Traduction")
    dialog.platform_combo.setCurrentIndex(dialog.platform_combo.findText("Malt"))
    dialog.tags_edit.setText("traduction, site web, ")
    dialog.packages.item(0, COL_PRICE).setText("25")
    dialog.packages.item(0, COL_DESCRIPTION).setText("Jusqu'à 500 mots")
    dialog.add_package()
    assert dialog.packages.item(1, 0).text() == "Standard"
    assert dialog.packages.item(1, COL_CURRENCY).text() == "EUR"
    dialog.packages.item(1, COL_PRICE).setText("59.90")

    with qtbot.waitSignal(ctx.events.changed) as changed:
        dialog.accept()
    assert changed.args == [Changed.GIGS]
    assert dialog.result() == QDialog.DialogCode.Accepted
    with ctx.store.session() as s:
        gig = s.scalars(select(Gig)).one()
        assert gig.id == dialog.result_value
        assert (gig.title, gig.category, gig.platform.name, gig.tags) == (
            "Traduction FR→EN de sites web", "Traduction", "Malt", "traduction, site web")
        assert [(p.tier, p.price_minor, p.currency, p.description) for p in gig.packages] == [
            ("Basic", 2500, "EUR", "Jusqu'à 500 mots"), ("Standard", 5990, "EUR", "")]


@pytest.mark.parametrize(("price", "message"), [
    ("-5", "Package 2: the price cannot be negative."),
    ("douze", "Package 2: “douze” is not an amount."),
    ("", "Package 2: enter an amount."),
])
def test_invalid_package_price_is_shown_beside_the_packages(ctx, qtbot, price, message):
    dialog = GigDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title_edit.setText("Logo")
    dialog.packages.item(0, COL_PRICE).setText("40")
    dialog.add_package()
    dialog.packages.item(1, COL_PRICE).setText(price)
    with qtbot.assertNotEmitted(ctx.events.changed):
        dialog.accept()
    error = dialog.error_label("packages")
    assert error.isVisible() and error.text() == message
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert (dialog.packages.currentRow(), dialog.packages.currentColumn()) == (1, COL_PRICE)
    assert not dialog.error_label("title").isVisible()
    assert _count(ctx, Gig) == 0 and _count(ctx, GigPackage) == 0

    dialog.packages.item(1, COL_PRICE).setText("90")  # fixed: the error goes away
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert _count(ctx, GigPackage) == 2


def test_package_editors_fit_their_columns(ctx, qtbot):
    dialog = GigDialog(ctx)
    qtbot.addWidget(dialog)
    table = dialog.packages
    delegate = table.itemDelegate()
    currency = table.model().index(0, COL_CURRENCY)
    combo = delegate.createEditor(table.viewport(), QStyleOptionViewItem(), currency)
    assert isinstance(combo, QComboBox) and combo.findText("MAD") >= 0
    delegate.setEditorData(combo, currency)
    assert combo.currentText() == "EUR"
    combo.setCurrentText("cad")
    delegate.setModelData(combo, table.model(), currency)
    assert table.item(0, COL_CURRENCY).text() == "CAD"
    days = table.model().index(0, COL_DAYS)
    spin = delegate.createEditor(table.viewport(), QStyleOptionViewItem(), days)
    assert isinstance(spin, QSpinBox) and spin.minimum() == 1
    spin.setValue(5)
    delegate.setModelData(spin, table.model(), days)
    table.item(0, COL_PRICE).setText("1 200,50")  # typed the French way
    dialog.title_edit.setText("Site vitrine")
    dialog.accept()
    with ctx.store.session() as s:
        p = s.scalars(select(GigPackage)).one()
        assert (p.price_minor, p.currency, p.delivery_days) == (120050, "CAD", 5)


def test_duplicate_tier_and_missing_title(ctx, qtbot):
    dialog = GigDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.packages.item(0, COL_PRICE).setText("40")
    dialog.accept()
    assert dialog.error_label("title").isVisible()
    dialog.title_edit.setText("Logo")
    dialog.add_package()
    dialog.packages.item(1, 0).setText("basic")
    dialog.packages.item(1, COL_PRICE).setText("80")
    dialog.accept()
    assert dialog.error_label("packages").text().startswith("Package 2: another package")
    assert not dialog.error_label("title").isVisible()
    assert _count(ctx, Gig) == 0


def test_edit_gig_keeps_its_packages(ctx, qtbot):
    with ctx.store.transaction() as s:
        g = gig_with_packages(s)
        gid, ids = g.id, [p.id for p in g.packages]
    dialog = GigDialog(ctx, gid)
    qtbot.addWidget(dialog)
    assert dialog.title_edit.text() == "Rédaction web SEO"
    assert dialog.packages.item(0, COL_PRICE).text() == "50"
    dialog.packages.item(0, COL_PRICE).setText("55")
    dialog.packages.setCurrentCell(1, 0)
    dialog.remove_package()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with ctx.store.session() as s:
        packages = s.get(Gig, gid).packages
        assert [(p.id, p.price_minor) for p in packages] == [(ids[0], 5500)]


def test_duplicate_dialog_copies_without_touching_the_original(ctx, qtbot):
    with ctx.store.transaction() as s:
        gid = gig_with_packages(s).id
    dialog = GigDialog(ctx, copy_from=gid)
    qtbot.addWidget(dialog)
    assert dialog.title_edit.text() == "Rédaction web SEO (copy)"
    dialog.accept()
    with ctx.store.session() as s:
        copy = s.get(Gig, dialog.result_value)
        assert copy.id != gid and [p.tier for p in copy.packages] == ["Basic", "Premium"]
        assert len(s.get(Gig, gid).packages) == 2


# --- gigs page ----------------------------------------------------------------------------


def test_gigs_page_lists_demo_gigs_with_counts(demo_ctx, qtbot):
    page = _page(GigsPage, demo_ctx, qtbot)
    with demo_ctx.store.session() as s:
        expected = {
            title: n for title, n in s.execute(
                select(Gig.title, func.count(Order.id)).outerjoin(Order, Order.gig_id == Gig.id)
                .group_by(Gig.id))}
    shown = dict(zip(_visible_column(page, 0), _visible_column(page, COL_ORDERS), strict=True))
    assert {t: int(n) for t, n in shown.items()} == expected
    assert len(expected) == 23 and sum(expected.values()) > 0
    assert page.count_label.text() in ("23 gig(s)", "23 gigs")
    assert all(p.startswith("from ") for p in _visible_column(page, GIGS_COL_PRICE))

    page.status_filter.setCurrentIndex(page.status_filter.findData(GigStatus.PAUSED.value))
    assert _visible_column(page, 0) == ["Sous-titrage de vidéos (SRT)"]
    page.status_filter.setCurrentIndex(0)
    page.search.setText("traduction")  # accents and case ignored; title and category searched
    titles = _visible_column(page, 0)
    assert "Traduction FR↔EN" in titles and "Traduction EN→FR (français québécois)" in titles
    page.search.setText("zzz nothing")
    assert page.table_stack.currentWidget() is page.empty_label
    assert page.empty_label.text() == "No gigs match these filters."


def test_gigs_page_follows_the_language(demo_ctx, qtbot):
    page = _page(GigsPage, demo_ctx, qtbot)
    page.select_gig(1)
    demo_ctx.i18n.set_language("fr")  # money and dates follow at once, without a restart
    net = _visible_column(page, gigs_module.COL_NET)
    assert all(n.endswith("\u00a0€") for n in net)
    assert page.detail_title.text() == "SEO blog post writing"


def test_empty_gigs_page_says_how_to_start(ctx, qtbot):
    page = _page(GigsPage, ctx, qtbot)
    assert page.table_stack.currentWidget() is page.empty_label
    assert "New gig" in page.empty_label.text()
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()


def test_selecting_a_gig_shows_its_packages_and_pause_toggles(demo_ctx, qtbot):
    page = _page(GigsPage, demo_ctx, qtbot)
    page.select_gig(1)
    assert page.detail_title.text() == "SEO blog post writing"
    assert page.packages_table.rowCount() == 3
    assert page.pause_button.text().replace("&", "") == "Pause"
    with qtbot.waitSignal(demo_ctx.events.changed):
        page.toggle_pause()
    assert page.selected_gig_id() == 1  # still selected after the refresh
    assert page.pause_button.text().replace("&", "") == "Activate"
    page.archive_gig()
    assert not page.archive_button.isEnabled()
    with demo_ctx.store.session() as s:
        assert s.get(Gig, 1).status is GigStatus.ARCHIVED


def test_delete_gig_asks_and_keeps_its_orders(demo_ctx, qtbot, monkeypatch):
    page = _page(GigsPage, demo_ctx, qtbot)
    page.select_gig(1)
    with demo_ctx.store.session() as s:
        orders = s.scalar(select(func.count()).where(Order.gig_id == 1))
    no = Answer(False)
    monkeypatch.setattr(gigs_module, "confirm", no)
    page.delete_gig()
    assert len(no.asked) == 1 and "no longer be linked" in no.asked[0]
    assert _count(demo_ctx, Gig) == 23

    monkeypatch.setattr(gigs_module, "confirm", Answer(True))
    topics: list[str] = []
    demo_ctx.events.changed.connect(topics.append)
    page.delete_gig()
    assert topics == [Changed.GIGS | Changed.ORDERS]  # told once
    assert _count(demo_ctx, Gig) == 22 and page.model.rowCount() == 22
    assert page.selected_gig_id() not in (None, 1)  # the selection moves to a remaining gig
    with demo_ctx.store.session() as s:
        assert s.scalar(select(func.count()).where(Order.gig_id.is_(None))) >= orders


# --- client dialog ------------------------------------------------------------------------


def test_client_with_invalid_email_is_not_saved(ctx, qtbot):
    dialog = ClientDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("Jean Dupont")
    dialog.email_edit.setText("jean.dupont@exemple")
    with qtbot.assertNotEmitted(ctx.events.changed):
        dialog.accept()
    error = dialog.error_label("email")
    assert error.isVisible() and "not an email address" in error.text()
    assert not dialog.error_label("name").isVisible()
    assert _count(ctx, Client) == 0

    dialog.email_edit.setText("jean.dupont@exemple.fr")
    with qtbot.waitSignal(ctx.events.changed) as changed:
        dialog.accept()
    assert changed.args == [Changed.CLIENTS]
    assert _count(ctx, Client) == 1


def test_client_dialog_country_and_language(ctx, qtbot):
    dialog = ClientDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Studio Atlas")
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("MA"))
    assert dialog.country_combo.currentText() == "Morocco (MA)"
    dialog.language_combo.setEditText("fr-ca")
    dialog.accept()
    with ctx.store.session() as s:
        c = s.get(Client, dialog.result_value)
        assert (c.country, c.language) == ("MA", "fr-CA")

    for typed, code in (("it", "IT"), ("Japan", "JP"), ("côte d'ivoire", "CI"), ("", "")):
        dialog.country_combo.setEditText(typed)
        assert dialog.country_code() == code
    dialog.country_combo.setEditText("Atlantis")
    dialog.accept()
    assert not dialog.error_label("country").isHidden()
    assert "not a country code" in dialog.error_label("country").text()

    edit = ClientDialog(ctx, dialog.result_value)
    qtbot.addWidget(edit)
    assert edit.name_edit.text() == "Studio Atlas"
    assert edit.country_code() == "MA" and edit.language_code() == "fr-CA"


# --- clients page -------------------------------------------------------------------------


class FakeBox:
    """Stands in for QMessageBox in the clients page: records what it would have shown."""

    shown: ClassVar[list[str]] = []

    @classmethod
    def information(cls, parent, title: str, text: str) -> None:
        cls.shown.append(text)


def test_deleting_a_client_with_orders_is_refused(demo_ctx, qtbot, monkeypatch):
    page = _page(ClientsPage, demo_ctx, qtbot)
    row = max(page.model.rows, key=lambda r: r.orders)
    page.select_client(row.id)
    assert page.detail_name.text() == row.name
    assert page.recent.topLevelItemCount() == min(row.orders, 12)
    box = type("Box", (FakeBox,), {"shown": []})
    never = Answer(True)
    monkeypatch.setattr(clients_module, "QMessageBox", box)
    monkeypatch.setattr(clients_module, "confirm", never)
    with qtbot.assertNotEmitted(demo_ctx.events.changed):
        page.delete_client()
    assert len(box.shown) == 1 and row.name in box.shown[0]
    assert never.asked == []
    with demo_ctx.store.session() as s:
        assert s.get(Client, row.id) is not None


def test_deleting_a_client_asks_first(ctx, qtbot, monkeypatch):
    with ctx.store.transaction() as s:
        keep = order(s).client_id
        cid = client(s, "Zoé Martin", country="BE").id
    page = _page(ClientsPage, ctx, qtbot)
    assert page.model.rowCount() == 2
    page.select_client(cid)
    no = Answer(False)
    monkeypatch.setattr(clients_module, "confirm", no)
    page.delete_client()
    assert no.asked == ["Delete the client “Zoé Martin”? This cannot be undone."]
    assert _count(ctx, Client) == 2

    monkeypatch.setattr(clients_module, "confirm", Answer(True))
    with qtbot.waitSignal(ctx.events.changed) as changed:
        page.delete_client()
    assert changed.args == [Changed.CLIENTS]
    assert page.model.rowCount() == 1 and page.model.rows[0].id == keep
    with ctx.store.session() as s:
        assert s.get(Client, cid) is None


def test_search_filters_the_clients_table(demo_ctx, qtbot):
    page = _page(ClientsPage, demo_ctx, qtbot)
    names = _visible_column(page, 0)
    assert len(names) == _count(demo_ctx, Client)
    assert names == sorted(names, key=fold)
    target = next(n for n in names if fold(n) != n.casefold())  # a name with accents
    word = fold(target.split()[0]).upper()
    page.search.setText(word)  # case and accents ignored
    shown = _visible_column(page, 0)
    assert target in shown and len(shown) < len(names)
    assert page.count_label.text() == f"{len(shown)} of {len(names)}"
    page.search.setText("Morocco")  # the country's name is searched too
    assert set(_visible_column(page, clients_module.COL_COUNTRY)) == {"Morocco"}
    page.search.setText("qwertyuiop")
    assert page.proxy.rowCount() == 0
    assert page.table_stack.currentWidget() is page.empty_label
    assert page.empty_label.text() == "No clients match “qwertyuiop”."
    page.search.clear()
    assert page.proxy.rowCount() == len(names)


def test_client_figures_come_from_the_store(demo_ctx, qtbot):
    page = _page(ClientsPage, demo_ctx, qtbot)
    with demo_ctx.store.session() as s:
        counts = {cid: n for cid, n in s.execute(
            select(Order.client_id, func.count()).group_by(Order.client_id))}
    assert {r.id: r.orders for r in page.model.rows if r.orders} == counts
    page.table.sortByColumn(clients_module.COL_ORDERS, Qt.SortOrder.DescendingOrder)
    first = page.proxy.index(0, clients_module.COL_ORDERS).data()
    assert int(first) == max(counts.values())


def test_a_clients_net_counts_its_payments_without_an_order(ctx, qtbot):
    """An imported payment names its client without an order: the Clients page's Net
    column counts it."""
    from storage.tables import Payment, PaymentKind
    from tests.factories import at

    with ctx.store.transaction() as s:
        c = client(s, "Atlas Média")
        s.add(Payment(client_id=c.id, kind=PaymentKind.PAYOUT, amount_minor=4200,
                      currency="EUR", received_at=at("2026-04-01T10:00"), home_currency="EUR",
                      home_amount_minor=4200, source="paypal", source_id="X1"))
    page = _page(ClientsPage, ctx, qtbot)
    assert _visible_column(page, clients_module.COL_NAME) == ["Atlas Média"]
    assert _visible_column(page, clients_module.COL_NET) == ["€42.00"]


def _accept_filled(monkeypatch, dialog_class, fill) -> None:
    """The dialog, when run, is filled by ``fill`` and accepted (saving) at once."""
    def exec_(dialog) -> int:
        fill(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)


def test_a_client_saved_while_the_search_hides_it_is_shown_and_selected(
        demo_ctx, qtbot, monkeypatch):
    page = _page(ClientsPage, demo_ctx, qtbot)
    page.search.setText("qwertyuiop")
    _accept_filled(monkeypatch, ClientDialog, lambda d: d.name_edit.setText("Studio Atlas"))
    page.new_client()
    assert page.search.text() == ""
    assert [r.name for r in page.model.rows if r.id == page.selected_client_id()] == [
        "Studio Atlas"]
    assert page.detail_name.text() == "Studio Atlas"


def test_a_gig_saved_while_the_filters_hide_it_is_shown_and_selected(
        demo_ctx, qtbot, monkeypatch):
    page = _page(GigsPage, demo_ctx, qtbot)
    page.status_filter.setCurrentIndex(page.status_filter.findData(GigStatus.ARCHIVED.value))
    page.search.setText("qwertyuiop")

    def fill(dialog: GigDialog) -> None:
        dialog.title_edit.setText("Copie de la traduction")
        dialog.packages.item(0, COL_PRICE).setText("25")

    _accept_filled(monkeypatch, GigDialog, fill)
    page.new_gig()
    assert (page.search.text(), page.status_filter.currentIndex()) == ("", 0)
    assert [r.title for r in page.model.rows if r.id == page.selected_gig_id()] == [
        "Copie de la traduction"]
    assert page.detail_title.text() == "Copie de la traduction"
