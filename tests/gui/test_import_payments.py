"""File › Import payments…: the preview (counts, totals, decisions), Import in one transaction,
the mapping dialog for an unknown CSV, drag-and-drop, the date-order question (issue 15)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTranslator, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from desktop.changes import Changed
from desktop.ui.dialogs.import_payments import (
    TABS,
    Entry,
    ImportPreviewDialog,
    PaymentImport,
    PlanRowsModel,
    plan_files,
)
from storage.imports.model import (
    ImportPlan,
    Outcome,
    RowKind,
    SourceRow,
    Table,
)
from storage.tables import Client, Payment

EXPORTS = Path(__file__).resolve().parents[3] / "shared" / "testdata" / "exports"
PAYPAL = EXPORTS / "paypal_activity_download_en.csv"


def row(line: int, gross: float, currency: str = "EUR", fee: float = 0, *, who: str = "Ann",
        sid: str | None = None, kind: RowKind = RowKind.INCOME, day: int = 3) -> SourceRow:
    g, f = round(gross * 100), round(fee * 100)
    return SourceRow(line=line, source="test", occurred_at=datetime(2026, 3, day, 12, tzinfo=UTC),
                     kind=kind, currency=currency, gross_minor=g, fee_minor=f, net_minor=g - f,
                     source_id=sid or f"T{line}", counterparty=who, memo=f"memo {line}")


def planned(ctx, rows: list[SourceRow], name: str = "test.csv") -> ImportPlan:
    from storage.imports.ledger import plan_import

    with ctx.store.session() as s:
        return plan_import(s, [(name, "test", rows)], home="EUR")


def english(text: str) -> str:
    """``text`` with its "(s)" plurals as the English catalogue words them ("4 row(s)" →
    "4 rows"): new strings have their plural forms once the coordinator updates it."""
    return re.sub(r"(\d+) ([\w ]+?)\(s\)",
                  lambda m: f"{m[1]} {m[2]}{'' if m[1] == '1' else 's'}", text)


def payments(ctx) -> int:
    with ctx.store.session() as s:
        return s.scalar(select(func.count()).select_from(Payment))


def preview(qtbot, ctx, plan: ImportPlan) -> ImportPreviewDialog:
    dialog = ImportPreviewDialog(ctx, plan)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


SAMPLE = [row(2, 84.00, fee=4.25), row(3, 100.00, who="Bob"), row(4, -20.00, kind=RowKind.EXPENSE),
          row(5, 50.00, "USD", fee=2.00, who="Carl")]  # no USD rate in the store: attention


def test_preview_shows_counts_per_tab_and_totals_per_currency(qtbot, ctx) -> None:
    dialog = preview(qtbot, ctx, planned(ctx, SAMPLE))
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs == ["To add (2)", "Duplicates (0)", "Transfers (0)", "Needs attention (1)",
                    "Skipped (1)"]
    assert english(dialog.files_label.text()) == (
        "test.csv (test): 4 rows — 2 to add, 0 duplicates, 0 transfers, 1 needing attention, "
        "1 skipped")
    assert dialog.totals_label.text() == (
        "To add — EUR: gross €184.00, fees €4.25, net €179.75")
    # The table: the app's date format, money in the person's language, the payer.
    assert dialog.model.rowCount() == 2
    cells = [dialog.model.index(0, c).data() for c in range(dialog.model.columnCount())]
    assert cells[:6] == ["Mar 3, 2026", "Ann", "memo 2", "€84.00", "€4.25", "€79.75"]
    dialog.tabs.setCurrentIndex(TABS.index(Outcome.ATTENTION))
    assert dialog.model.index(0, 1).data() == "Carl"
    assert "no exchange rate for USD" in dialog.model.index(0, 8).data()
    assert payments(ctx) == 0  # nothing written by a preview


def test_import_writes_in_one_go_and_a_second_import_adds_nothing(qtbot, ctx) -> None:
    dialog = preview(qtbot, ctx, planned(ctx, SAMPLE))
    with qtbot.waitSignal(ctx.events.changed):
        assert dialog.do_import()
    assert payments(ctx) == 2
    assert english(dialog.summary) == (
        "2 payments added, 1 row skipped, 1 row left to decide later.")
    again = preview(qtbot, ctx, planned(ctx, SAMPLE))
    assert again.tabs.tabText(0) == "To add (0)"
    assert again.tabs.tabText(1) == "Duplicates (2)"  # the skipped row is skipped again
    assert again.tabs.tabText(4) == "Skipped (1)"
    assert again.do_import()
    assert payments(ctx) == 2
    assert english(again.summary).startswith("0 payments added, 2 duplicates skipped")


def test_a_row_needing_a_rate_is_added_only_with_one(qtbot, ctx) -> None:
    dialog = preview(qtbot, ctx, planned(ctx, SAMPLE))
    dialog.tabs.setCurrentIndex(TABS.index(Outcome.ATTENTION))
    dialog.table.selectRow(0)
    assert dialog.choice_combo.isVisible() and dialog.rate_box.isVisible()
    dialog.choice_combo.setCurrentIndex(dialog.choice_combo.findData("add"))
    assert "USD: gross $50.00, fees $2.00, net $48.00" in dialog.totals_label.text()
    assert not dialog.do_import()  # no rate: refused, said, nothing written
    assert "Enter the exchange rate of this USD payment" in dialog.error_label.text()
    assert payments(ctx) == 0
    qtbot.keyClicks(dialog.rate_edit, "0,92")
    assert dialog.model.index(0, 6).data() == "0,92 (entered)"
    assert dialog.do_import()
    with ctx.store.session() as s:
        usd = s.scalars(select(Payment).where(Payment.currency == "USD")).one()
        assert (usd.amount_minor, usd.rate, usd.home_amount_minor) == (4800, "0.92", 4416)
        assert usd.rate_source == "entered"


def test_a_payer_becomes_a_client_in_one_click_and_enter_does_not_import(qtbot, ctx) -> None:
    dialog = preview(qtbot, ctx, planned(ctx, SAMPLE))
    dialog.table.selectRow(1)  # Bob
    assert dialog.client_check.isVisible()
    assert dialog.client_check.text() == "Make “Bob” a &client"
    dialog.client_check.click()
    assert "Bob (new client)" in dialog.model.index(1, 7).data()
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.isVisible() and payments(ctx) == 0
    qtbot.keyClick(dialog.rate_edit, Qt.Key.Key_Enter)
    assert dialog.isVisible() and payments(ctx) == 0
    assert dialog.do_import()
    with ctx.store.session() as s:
        bob = s.scalars(select(Client).where(Client.name == "Bob")).one()
        paid = s.scalars(select(Payment).where(Payment.client_id == bob.id)).all()
        assert [p.amount_minor for p in paid] == [10000]
    assert english(dialog.summary).endswith("1 client created.")


def test_escape_cancels_and_writes_nothing(qtbot, ctx) -> None:
    dialog = preview(qtbot, ctx, planned(ctx, SAMPLE))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert payments(ctx) == 0


def test_preview_in_french(qtbot, ctx) -> None:
    ctx.i18n.set_language("fr")
    dialog = preview(qtbot, ctx, planned(ctx, SAMPLE))
    assert dialog.model.index(0, 0).data() == "03/03/2026"
    assert dialog.model.index(0, 3).data() == "84,00\u00a0€"


class _AmbiguousProfile:
    """Reads a 'Date,Amount' file whose dates read both ways, deciding the order as the
    real profiles do (reading.detect_conventions sets table.conventions)."""

    name = "ambiguous"
    source = "test"

    def rows(self, table: Table):
        from storage.imports.reading import detect_conventions

        detect_conventions(table, [1], [0])
        order = table.conventions.date_order
        for line, cells in table.rows():
            a, b, y = (int(x) for x in cells[0].split("/"))
            day, month = (a, b) if order == "DMY" else (b, a)
            yield SourceRow(line=line, source="test", kind=RowKind.INCOME, currency="EUR",
                            occurred_at=datetime(y, month, day, 12, tzinfo=UTC),
                            gross_minor=int(cells[1]) * 100, net_minor=int(cells[1]) * 100,
                            source_id=f"A{line}")


def test_an_ambiguous_date_order_is_asked_once(qtbot, ctx, tmp_path: Path, monkeypatch) -> None:
    from storage.imports.reading import read_table

    path = tmp_path / "dates.csv"
    path.write_text("Date,Amount\n05/03/2021,10\n04/02/2021,20\n", "utf-8")
    asked = []
    run = PaymentImport(ctx, QApplication.activeWindow())
    monkeypatch.setattr(run, "ask_date_order",
                        lambda file, sample: asked.append((file, sample)) or "MDY")
    monkeypatch.setattr("desktop.ui.dialogs.import_payments.read_files",
                        lambda paths, data_dir, job: [Entry(path, read_table(path),
                                                            _AmbiguousProfile())])
    with qtbot.waitSignal(run.preview_ready, timeout=10_000):
        run.start([path])
    assert asked == [("dates.csv", "05/03/2021")]
    dates = [r.row.occurred_at.date().isoformat() for r in run.preview.plan.files[0].rows]
    assert dates == ["2021-05-03", "2021-04-02"]  # May 3: month first, as answered
    run.preview.close()


def test_plan_files_keeps_the_answered_order(ctx, tmp_path: Path) -> None:
    from desktop.jobs import JobContext
    from storage.imports.reading import read_table

    path = tmp_path / "dates.csv"
    path.write_text("Date,Amount\n05/03/2021,10\n", "utf-8")
    entry = Entry(path, read_table(path), _AmbiguousProfile())
    first = plan_files(ctx.store, [entry], JobContext())
    assert not isinstance(first, ImportPlan)
    assert first.files[0][1] == "05/03/2021"
    entry.date_order = "DMY"
    plan = plan_files(ctx.store, [entry], JobContext())
    assert isinstance(plan, ImportPlan)
    assert plan.files[0].rows[0].row.occurred_at.month == 3


class FakeFrench(QTranslator):
    """The French of a few messages, as the catalogue will have them once merged."""

    WORDS: ClassVar[dict[tuple[str, str], str]] = {
        ("PaymentImport", "Nothing was imported."): "Rien n’a été importé.",
        ("storage", "{file}: {problem}"): "{file}\u202f: {problem}",
        ("storage", "The file is empty: there is nothing to import."):
            "Le fichier est vide\u202f: il n’y a rien à importer.",
    }

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.WORDS.get((context, source), "")

    def isEmpty(self) -> bool:
        return False


def test_a_file_that_cannot_be_read_is_explained_in_french(qtbot, ctx, tmp_path: Path) -> None:
    path = tmp_path / "relevé.csv"
    path.write_bytes(b"")
    french = FakeFrench()
    QApplication.installTranslator(french)
    try:
        run = PaymentImport(ctx, None)
        with qtbot.waitSignal(run.ended, timeout=10_000) as ended:
            run.start([path])
        assert ended.args == [""]
        assert run.message is not None
        assert run.message.text() == ("Rien n’a été importé.\n\nrelevé.csv\u202f: Le fichier "
                                      "est vide\u202f: il n’y a rien à importer.")
        run.message.close()
    finally:
        QApplication.removeTranslator(french)
    assert payments(ctx) == 0


def test_dropping_a_csv_on_the_window_starts_the_import(qtbot, window, monkeypatch) -> None:
    started = []
    monkeypatch.setattr("desktop.ui.main_window.start_import",
                        lambda ctx, parent, paths, on_ended=None: started.append(paths))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(PAYPAL)), QUrl.fromLocalFile("/tmp/notes.txt")])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(QPoint(400, 300), *args)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()  # the pointer shows the files can be dropped
    QApplication.sendEvent(window, QDropEvent(QPointF(400, 300), *args))
    assert started == [[PAYPAL]]  # the .csv only


def test_other_files_are_not_taken(qtbot, window) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile("/tmp/notes.txt")])
    enter = QDragEnterEvent(QPoint(400, 300), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    enter.setAccepted(False)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_the_file_menu_and_the_palette_offer_import_payments(window) -> None:
    assert window.act_import_payments in window.menu_file.actions()
    titles = [c.title for c in window.commands.registry().commands()]
    assert "Import payments…" in titles


@pytest.mark.skipif(not PAYPAL.exists(), reason="shared test data not present")
def test_the_paypal_sample_previews_and_imports_once(qtbot, ctx) -> None:
    from desktop.jobs import JobContext
    from desktop.ui.dialogs.import_payments import read_files
    from storage import settings

    # A USD account: every payment is in the home currency (no rate to look up).
    ctx.write(Changed.SETTINGS, lambda s: settings.put(s, "home_currency", "USD"))
    entries = read_files([PAYPAL], ctx.data_dir, JobContext())
    assert entries[0].profile.name == "paypal-activity"
    plan = plan_files(ctx.store, entries, JobContext())
    assert isinstance(plan, ImportPlan)
    dialog = preview(qtbot, ctx, plan)
    to_add = plan.files[0].count(Outcome.ADD)
    assert to_add > 0
    assert dialog.tabs.tabText(0) == f"To add ({to_add})"
    assert dialog.do_import()
    assert payments(ctx) == to_add
    again = plan_files(ctx.store, read_files([PAYPAL], ctx.data_dir, JobContext()), JobContext())
    assert again.files[0].count(Outcome.ADD) == 0


SEMICOLON = ("Date opération;Libellé;Montant;Devise\n"
             "05/03/2021;VIR ACME SARL FACTURE 12;1 234,56;EUR\n"
             "17/03/2021;PRLV FREE MOBILE;-19,99;EUR\n"
             "31/03/2021;VIR DUPONT;250,00;EUR\n")


def semicolon_table(tmp_path: Path) -> Table:
    from storage.imports.reading import read_table

    path = tmp_path / "banque.csv"
    path.write_text(SEMICOLON, "cp1252")
    return read_table(path)


def mapping_dialog(qtbot, ctx, table: Table):
    from desktop.ui.dialogs.column_mapping import ColumnMappingDialog

    dialog = ColumnMappingDialog(ctx, table)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_mapping_dialog_builds_a_profile_that_reads_a_semicolon_file(qtbot, ctx,
                                                                         tmp_path: Path) -> None:
    from storage.imports.profiles.custom import saved_profiles

    table = semicolon_table(tmp_path)
    dialog = mapping_dialog(qtbot, ctx, table)
    assert dialog.focusWidget() is dialog.name_edit  # the first field
    # Started from the header's words and the file's numbers.
    assert dialog.role_combos["date"].currentText() == "Date opération"
    assert dialog.role_combos["amount"].currentText() == "Montant"
    assert dialog.role_combos["currency"].currentText() == "Devise"
    assert dialog.role_combos["memo"].currentText() == "Libellé"
    assert dialog.decimal_combo.currentData() == ","
    # The live preview: the first rows as they will be read.
    cell = lambda r, c: dialog.preview.item(r, dialog.HEADINGS.index(c)).text()  # noqa: E731
    assert (cell(0, "date"), cell(0, "net"), cell(0, "memo")) == (
        "Mar 5, 2021", "€1,234.56", "VIR ACME SARL FACTURE 12")
    dialog.decimal_combo.setCurrentIndex(0)  # a wrong choice shows at once
    assert "is not an amount" in cell(0, "problem")
    dialog.decimal_combo.setCurrentIndex(1)
    assert cell(0, "problem") == ""
    dialog.name_edit.setText("Ma banque")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    profile = dialog.profile
    assert saved_profiles(ctx.data_dir) == [profile]  # next time, recognised
    rows = list(profile.rows(table))
    assert [(r.gross_minor, r.currency, r.occurred_at.day) for r in rows] == [
        (123456, "EUR", 5), (-1999, "EUR", 17), (25000, "EUR", 31)]


def test_an_incomplete_mapping_is_refused_beside_its_field(qtbot, ctx, tmp_path: Path) -> None:
    from storage.imports.profiles.custom import saved_profiles

    dialog = mapping_dialog(qtbot, ctx, semicolon_table(tmp_path))
    dialog.role_combos["amount"].setCurrentIndex(0)
    assert "Choose the column that holds the amount" in dialog.preview.item(
        0, dialog.HEADINGS.index("problem")).text()
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible()
    assert dialog.error_label("amount").text() == (
        "Choose the column that holds the amount (or the gross or net).")
    assert saved_profiles(ctx.data_dir) == []


def test_a_mapping_exports_and_imports_as_a_small_file(qtbot, ctx, tmp_path: Path) -> None:
    dialog = mapping_dialog(qtbot, ctx, semicolon_table(tmp_path))
    dialog.name_edit.setText("Ma banque")
    dialog.role_combos["payer"].setCurrentIndex(2)  # Libellé
    path = dialog.export_to(tmp_path / "ma-banque.json")
    assert path is not None and '"payer": "Libellé"' in path.read_text("utf-8")
    other = mapping_dialog(qtbot, ctx, semicolon_table(tmp_path))
    other.role_combos["payer"].setCurrentIndex(0)
    assert other.import_from(path) is not None
    assert other.current_profile() == dialog.current_profile()
    (tmp_path / "junk.json").write_text("{}", "utf-8")
    assert other.import_from(tmp_path / "junk.json") is None
    assert other.general_error.text() == (
        "junk.json: This is not a column mapping saved by Atelier.")


def test_an_unknown_file_goes_through_the_mapping_then_the_preview(qtbot, ctx, tmp_path: Path,
                                                                   monkeypatch) -> None:
    from storage.imports.profiles.custom import CustomProfile

    table = semicolon_table(tmp_path)
    profile = CustomProfile("Ma banque", {"date": "Date opération", "amount": "Montant",
                                          "currency": "Devise", "memo": "Libellé"},
                            decimal=",")
    run = PaymentImport(ctx, None)
    mapped = []
    monkeypatch.setattr(run, "map_columns", lambda entry: mapped.append(entry) or profile)
    monkeypatch.setattr("desktop.ui.dialogs.import_payments.read_files",
                        lambda paths, data_dir, job: [Entry(tmp_path / "banque.csv", table)])
    with qtbot.waitSignal(run.preview_ready, timeout=10_000):
        run.start([tmp_path / "banque.csv"])
    assert len(mapped) == 1
    plan = run.preview.plan
    assert plan.files[0].profile == "Ma banque"
    assert plan.files[0].count(Outcome.ADD) == 2  # the −19.99 debit is money spent
    with qtbot.waitSignal(run.ended) as ended:
        assert run.preview.do_import()
    assert english(ended.args[0]).startswith("2 payments added")
    assert payments(ctx) == 2


class _RowsProfile:
    name = "test"
    source = "test"

    def __init__(self, rows: list[SourceRow]) -> None:
        self._rows = rows

    def rows(self, table: Table):
        return iter(self._rows)


def test_loading_the_ecb_rates_gives_foreign_payments_their_rate(qtbot, ctx, tmp_path: Path,
                                                                 monkeypatch) -> None:
    from storage.imports.reading import read_table

    path = tmp_path / "any.csv"
    path.write_text("A,B\n1,2\n", "utf-8")
    run = PaymentImport(ctx, None)
    monkeypatch.setattr("desktop.ui.dialogs.import_payments.read_files",
                        lambda paths, data_dir, job: [Entry(path, read_table(path),
                                                            _RowsProfile(SAMPLE))])
    with qtbot.waitSignal(run.preview_ready, timeout=10_000):
        run.start([path])
    first = run.preview
    assert first.rates_button.isVisible()  # a USD row waits for a rate
    junk = tmp_path / "rates.csv"
    junk.write_text("nothing,here\n", "utf-8")
    assert first.load_rates(junk) is None
    assert "rates.csv" in first.error_label.text() and first.isVisible()
    ecb = tmp_path / "eurofxref-hist.csv"
    ecb.write_text("Date,USD,\n2026-03-03,1.2500,\n", "utf-8")
    with qtbot.waitSignal(run.preview_ready, timeout=10_000):
        assert first.load_rates(ecb) == 1
    second = run.preview
    assert second is not first  # the first preview was closed (and deleted)
    assert second.count(Outcome.ATTENTION) == 0
    usd = next(r for _f, r in second.rows() if r.row.currency == "USD")
    assert usd.outcome == Outcome.ADD and usd.rate == Decimal("0.8")
    second.select(usd)
    assert second.model.index(second.table.currentIndex().row(), 6).data() == (
        "0.8 (ECB Mar 3, 2026)")
    assert not second.rates_button.isVisible()
    with qtbot.waitSignal(run.ended):
        assert second.do_import()
    assert payments(ctx) == 3


def test_cancel_while_a_big_file_is_planned_writes_nothing(qtbot, ctx, tmp_path: Path) -> None:
    import threading

    from desktop.ui.dialogs.import_payments import PROGRESS_EVERY
    from storage.imports.reading import read_table

    released = threading.Event()

    class Big:
        name = source = "test"

        def rows(self, table: Table):
            for i in range(PROGRESS_EVERY * 3):
                if i == PROGRESS_EVERY + 1:
                    released.wait(10)  # until the test has pressed Cancel
                yield row(i + 2, 10.0)

    path = tmp_path / "big.csv"
    path.write_text("A,B\n1,2\n", "utf-8")
    run = PaymentImport(ctx, None)
    run.entries = [Entry(path, read_table(path), Big())]
    run._plan()
    with qtbot.waitSignal(run.ended, timeout=10_000) as ended:
        run.job.cancel()  # the job bar's Cancel
        released.set()
    assert ended.args == [""] and run.preview is None
    assert payments(ctx) == 0


def test_a_suggested_order_is_kept_or_cleared_by_the_person(qtbot, ctx) -> None:
    from tests.factories import order

    with ctx.store.transaction() as s:
        o = order(s, title="Logo Studio Lumen", external_ref="FVR-4521")
        client_name, order_id = o.client.name, o.id
    rows = [replace(row(2, 100.0, who=client_name), reference="FVR-4521"),
            replace(row(3, 60.0, who=client_name, day=4), reference="FVR-4521", source_id="T9")]
    dialog = preview(qtbot, ctx, planned(ctx, rows))
    assert [r.order_id for _f, r in dialog.rows()] == [order_id, order_id]  # suggested
    assert "order “Logo Studio Lumen”" in dialog.model.index(0, 7).data()
    dialog.table.selectRow(1)
    assert dialog.order_check.isVisible() and dialog.order_check.isChecked()
    dialog.order_check.click()  # not that order
    assert "order" not in dialog.model.index(1, 7).data()
    assert dialog.do_import()
    with ctx.store.session() as s:
        paid = sorted((p.amount_minor, p.order_id) for p in s.scalars(select(Payment)))
    assert paid == [(6000, None), (10000, order_id)]


def test_a_saved_mapping_recognises_its_file_next_time(ctx, tmp_path: Path) -> None:
    from desktop.jobs import JobContext
    from desktop.ui.dialogs.import_payments import read_files
    from storage.imports.profiles.custom import CustomProfile, save_profile

    semicolon_table(tmp_path)
    path = tmp_path / "banque.csv"
    before = read_files([path], ctx.data_dir, JobContext())[0].profile
    assert before is None or before.name == "bank"  # the generic bank profile's guess at best
    mine = CustomProfile("Ma banque", {"date": "Date opération", "amount": "Montant",
                                       "currency": "Devise", "memo": "Libellé"}, decimal=",")
    save_profile(ctx.data_dir, mine)
    assert read_files([path], ctx.data_dir, JobContext())[0].profile == mine


def test_the_date_question_offers_both_readings_in_words(qtbot, ctx) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    run = PaymentImport(ctx, None)
    seen = []

    def answer() -> None:
        box = QApplication.activeModalWidget()  # the question, waiting in exec()
        assert isinstance(box, QMessageBox)
        seen.append((box.text(), [b.text() for b in box.buttons()]))
        may = [b for b in box.buttons() if "May" in b.text()]
        (may[0] if may else box.buttons()[0]).click()  # never left waiting

    QTimer.singleShot(0, answer)
    assert run.ask_date_order("dates.csv", "05/03/2021") == "MDY"
    text, buttons = seen[0]
    assert text == "In dates.csv, every date can be read two ways. 05/03/2021: which is it?"
    assert "Friday, March 5, 2021" in buttons and "Monday, May 3, 2021" in buttons


# --- issue 15, the window as a tester found it ------------------------------------------------


def test_a_line_too_long_for_csv_is_a_message_and_writes_nothing(qtbot, ctx,
                                                                 tmp_path: Path) -> None:
    """A 2,000,000-character line failed silently while the mapping dialog opened."""
    path = tmp_path / "huge.csv"
    path.write_text("Date,Name,Gross\n" + "x" * 2_000_000, "utf-8")
    run = PaymentImport(ctx, None)
    with qtbot.waitSignal(run.ended, timeout=20_000) as ended:
        run.start([path])
    assert ended.args == [""]
    assert run.message is not None
    text = run.message.text()
    assert text.startswith("Nothing was imported.") and "huge.csv" in text
    assert "not valid CSV" in text and "Traceback" not in text
    run.message.close()
    assert payments(ctx) == 0


def small_screen(monkeypatch, width: int = 1024, height: int = 700) -> None:
    from PySide6.QtCore import QRect

    monkeypatch.setattr("desktop.ui.screen_fit.available_rect",
                        lambda widget: QRect(0, 0, width, height))


def fits(dialog, width: int = 1024, height: int = 700) -> None:
    from PySide6.QtWidgets import QAbstractButton

    dialog.layout().activate()
    assert dialog.width() <= width - 20 and dialog.height() <= height - 40
    assert dialog.minimumSizeHint().width() <= dialog.width()
    assert dialog.minimumSizeHint().height() <= dialog.height()
    inside = dialog.rect()
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisibleTo(dialog) and button.parent() is dialog.buttons:
            top_left = button.mapTo(dialog, QPoint(0, 0))
            assert inside.contains(top_left) and inside.contains(
                top_left + QPoint(button.width() - 1, button.height() - 1)), button.text()


@pytest.mark.parametrize("size", [(1024, 700), (800, 600)])
def test_the_mapping_dialog_fits_a_small_screen(qtbot, ctx, tmp_path: Path, monkeypatch,
                                               size) -> None:
    small_screen(monkeypatch, *size)
    dialog = mapping_dialog(qtbot, ctx, semicolon_table(tmp_path))
    fits(dialog, *size)


@pytest.mark.parametrize("size", [(1024, 700), (800, 600)])
def test_the_preview_fits_a_small_screen(qtbot, ctx, monkeypatch, size) -> None:
    small_screen(monkeypatch, *size)
    dialog = preview(qtbot, ctx, planned(ctx, SAMPLE))
    fits(dialog, *size)
    dialog.tabs.setCurrentIndex(TABS.index(Outcome.ATTENTION))
    dialog.table.selectRow(0)
    fits(dialog, *size)


def test_the_amount_error_shows_whole_and_goes_when_the_column_is_chosen(qtbot, ctx,
                                                                         tmp_path: Path) -> None:
    from PySide6.QtCore import QRect

    dialog = mapping_dialog(qtbot, ctx, semicolon_table(tmp_path))
    dialog.resize(560, 600)  # a small screen: the error takes two lines
    amount = dialog.role_combos["amount"].currentIndex()
    dialog.role_combos["amount"].setCurrentIndex(0)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    label = dialog.error_label("amount")
    assert label.isVisible()
    QApplication.processEvents()
    room = label.contentsRect()
    needed = label.fontMetrics().boundingRect(QRect(0, 0, room.width(), 100_000),
                                              int(Qt.TextFlag.TextWordWrap), label.text())
    assert needed.height() > label.fontMetrics().height()
    assert needed.height() <= room.height() + 1 and needed.width() <= room.width()
    dialog.role_combos["amount"].setCurrentIndex(amount)
    assert not label.isVisible()


def test_decimal_commas_and_day_first_dates_are_detected_from_the_data(qtbot, ctx,
                                                                       tmp_path: Path) -> None:
    from storage.imports.reading import read_table

    path = tmp_path / "ventes.csv"
    path.write_text("Jour;Client;Somme\n05/03/2021;ACME;45,00\n17/03/2021;Dupont;1 200,50\n",
                    "utf-8")
    dialog = mapping_dialog(qtbot, ctx, read_table(path))
    assert dialog.decimal_combo.currentData() == ","
    assert dialog.date_combo.currentData() == "DMY"
    dialog.role_combos["date"].setCurrentIndex(1)
    dialog.role_combos["amount"].setCurrentIndex(3)
    dialog.currency_combo.setCurrentText("EUR")
    problem = dialog.HEADINGS.index("problem")
    assert [dialog.preview.item(r, problem).text() for r in range(2)] == ["", ""]
    assert dialog.preview.item(1, dialog.HEADINGS.index("net")).text() == "€1,200.50"


def test_tab_leaves_the_preview_table_and_follows_the_buttons_on_screen(qtbot, ctx) -> None:
    from PySide6.QtWidgets import QPushButton

    dialog = preview(qtbot, ctx, planned(ctx, SAMPLE))
    dialog.tabs.setCurrentIndex(TABS.index(Outcome.ATTENTION))
    dialog.table.selectRow(0)
    QApplication.processEvents()
    assert not dialog.table.tabKeyNavigation()  # Tab leaves the table
    shown = [b for b in dialog.buttons.findChildren(QPushButton) if b.isVisible()]
    on_screen = sorted(shown, key=lambda b: b.mapTo(dialog, QPoint(0, 0)).x())
    assert len(on_screen) == 3  # Load exchange rates…, Cancel, Import
    order, widget = [], dialog.table.nextInFocusChain()
    while widget is not dialog.table and len(order) < 200:
        if widget in shown and widget not in order:
            order.append(widget)
        widget = widget.nextInFocusChain()
    assert [b.text() for b in order] == [b.text() for b in on_screen]
    # The row's panel comes between the table and the buttons.
    chain, widget = [], dialog.table.nextInFocusChain()
    while widget is not on_screen[0]:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    assert dialog.choice_combo in chain


def test_rates_and_the_dates_in_reasons_are_worded_for_the_person(qtbot, ctx) -> None:
    plan = planned(ctx, SAMPLE)
    dialog = preview(qtbot, ctx, plan)
    first = plan.files[0].rows[0]
    first.row = replace(first.row, currency="USD")
    first.rate, first.rate_source = Decimal("0.889205050685"), "ecb 2016-07-01"
    assert dialog.cell(first, "rate") == "0.889205 (ECB Jul 1, 2016)"
    first.rate = Decimal("0.00612345678")  # a small rate keeps 6 significant digits
    assert dialog.cell(first, "rate").startswith("0.00612346 (")
    first.rate = Decimal("1.1")
    assert dialog.cell(first, "rate").startswith("1.1 (")
    # A date inside a reason is in the app's format.
    dialog.tabs.setCurrentIndex(TABS.index(Outcome.ATTENTION))
    dialog.table.selectRow(0)
    note = dialog.model.index(0, PlanRowsModel.COLUMNS.index("note")).data()
    assert "no exchange rate for USD on Mar 3, 2026" in note
    # Once the person gives the rate, the reason no longer asks for one.
    dialog.choice_combo.setCurrentIndex(dialog.choice_combo.findData("add"))
    dialog.rate_edit.setText("0.92")
    dialog.rate_edit.textEdited.emit("0.92")
    note = dialog.model.index(0, PlanRowsModel.COLUMNS.index("note")).data()
    assert "no exchange rate" not in note and "rate entered" in note
    assert "no exchange rate" not in dialog.row_reason.text()
    ctx.i18n.set_language("fr")
    first.rate = Decimal("0.889205050685")
    assert dialog.cell(first, "rate").startswith("0,889205 (")
    assert "01/07/2016" in dialog.cell(first, "rate")


def test_the_rate_column_fits_its_rates_and_long_cells_have_a_tooltip(qtbot, ctx) -> None:
    plan = planned(ctx, SAMPLE)
    for r in plan.files[0].rows:
        if r.outcome == Outcome.ADD:
            r.row = replace(r.row, currency="USD")
            r.rate, r.rate_source = Decimal("0.889205050685"), "ecb 2016-07-01"
    dialog = preview(qtbot, ctx, plan)
    column = PlanRowsModel.COLUMNS.index("rate")
    text = dialog.model.index(0, column).data()
    assert dialog.table.columnWidth(column) >= dialog.table.fontMetrics().horizontalAdvance(text)
    assert dialog.model.index(0, column).data(Qt.ItemDataRole.ToolTipRole) == text


def test_a_new_client_takes_its_payers_earlier_imported_payments(qtbot, ctx) -> None:
    first = preview(qtbot, ctx, planned(ctx, [row(2, 30.00, who="Dana Roe", sid="D1"),
                                              row(3, 40.00, who="Eve", sid="E1")]))
    assert first.do_import()  # Dana not made a client then
    later = preview(qtbot, ctx, planned(ctx, [row(2, 70.00, who="DANA  ROE", sid="D2", day=9)],
                                        "later.csv"))
    later.table.selectRow(0)
    later.client_check.click()
    assert later.do_import()
    with ctx.store.session() as s:
        dana = s.scalars(select(Client).where(Client.name == "DANA ROE")).one()
        paid = s.scalars(select(Payment).where(Payment.client_id == dana.id)).all()
        assert sorted(p.amount_minor for p in paid) == [3000, 7000]
        eve = s.scalars(select(Payment).where(Payment.payer == "Eve")).one()
        assert eve.client_id is None
    assert "1 earlier payment linked" in english(later.summary)
