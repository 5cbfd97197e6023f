"""The new order's title follows the gig chosen, until the person types their own."""

from __future__ import annotations

from desktop.ui.dialogs.order_dialog import OrderDialog
from tests.factories import client, gig_with_packages


def _gigs(ctx) -> None:
    with ctx.store.transaction() as s:
        client(s, "Maroc Client", country="MA")
        gig_with_packages(s, title="Relecture et correction")
        gig_with_packages(s, title="Rédaction web SEO")


def _pick(dialog: OrderDialog, title: str) -> None:
    dialog.gig_combo.setCurrentIndex(dialog.gig_combo.findText(title))


def test_choosing_another_gig_changes_the_title_it_filled_in(ctx, qtbot) -> None:
    _gigs(ctx)
    dialog = OrderDialog(ctx)
    qtbot.addWidget(dialog)
    _pick(dialog, "Relecture et correction")
    assert dialog.title_edit.text() == "Relecture et correction"
    _pick(dialog, "Rédaction web SEO")
    assert dialog.title_edit.text() == "Rédaction web SEO"
    assert dialog.title_edit.cursorPosition() == 0


def test_a_title_the_person_typed_stays_when_the_gig_changes(ctx, qtbot) -> None:
    _gigs(ctx)
    dialog = OrderDialog(ctx)
    qtbot.addWidget(dialog)
    _pick(dialog, "Relecture et correction")
    dialog.title_edit.setText("Relecture du mémoire de Salma")
    _pick(dialog, "Rédaction web SEO")
    assert dialog.title_edit.text() == "Relecture du mémoire de Salma"
