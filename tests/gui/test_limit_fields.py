"""Forms refuse amounts beyond what the store can sum and dates outside 1970–2199, with the
message by the field and nothing written."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from desktop.ui.dialogs.order_dialog import date_time_edit
from desktop.ui.dialogs.payment_dialog import PaymentDialog
from storage.periods import END_DATE, FIRST_DATE
from storage.tables import Payment
from tests.factories import order


def test_a_payment_of_more_than_one_billion_is_refused_by_its_field(ctx, qtbot) -> None:
    with ctx.store.transaction() as s:
        order_id = order(s).id
    dialog = PaymentDialog(ctx, order_id)
    qtbot.addWidget(dialog)
    dialog.amount_edit.setText("92233720368547758.07")  # 2^63 - 1 cents
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "one billion" in dialog.error_label("amount").text()
    with ctx.store.session() as s:
        assert s.scalar(select(func.count()).select_from(Payment)) == 0


def test_date_fields_offer_only_the_years_atelier_handles(qapp) -> None:
    edit = date_time_edit(QLocale())
    assert edit.minimumDateTime().toSecsSinceEpoch() == int(FIRST_DATE.timestamp())
    assert edit.maximumDateTime().toSecsSinceEpoch() < int(END_DATE.timestamp())
    assert edit.maximumDateTime().date().year() == 2199


def test_a_full_disk_during_the_csv_export_is_said_in_a_sentence(
    ctx, qtbot, tmp_path, monkeypatch
) -> None:
    import errno
    import os

    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.main_window import MainWindow

    real_fsync = os.fsync

    def full(fd: int) -> None:
        real_fsync(fd)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    monkeypatch.setattr(os, "fsync", full)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    job = window.export_csv(str(tmp_path / "csv"))
    qtbot.waitUntil(lambda: job.delivered, timeout=30_000)
    assert job.state == "failed"
    qtbot.waitUntil(lambda: bool(warnings))
    assert "The disk is full" in warnings[0] and "Errno" not in warnings[0]
    assert list((tmp_path / "csv").iterdir()) == []
