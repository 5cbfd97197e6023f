"""Typed results: a failed job hands the exception itself to the GUI (its type kept), a write
tells the views exactly what it changed, and an order's refused status change is worded by
the UI from the error's codes, in the person's language."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.changes import Changed
from desktop.jobs import JobRunner, error_text
from storage.errors import StoreBusy, TransitionError, ValidationError
from storage.orders import check_transition
from storage.tables import Order, OrderStatus


def test_a_failed_job_hands_the_exception_object_to_on_failed(qtbot) -> None:
    runner = JobRunner(max_threads=1)
    seen: list[BaseException] = []
    raised = ValidationError("amount", "Enter an amount.")

    def work(_jc) -> None:
        raise raised

    with qtbot.waitSignal(runner.job_done, timeout=5_000):  # after on_failed, in the GUI thread
        job = runner.submit("fails", work, on_failed=seen.append)
    assert runner.wait(5_000)
    assert seen == [raised]
    assert isinstance(seen[0], ValidationError) and seen[0].field == "amount"
    assert job.state == "failed" and job.error is raised


def test_a_busy_store_in_a_job_stays_a_store_busy(qtbot) -> None:
    runner = JobRunner(max_threads=1)
    seen: list[BaseException] = []
    started = threading.Event()

    def work(_jc) -> None:
        started.set()
        raise StoreBusy

    with qtbot.waitSignal(runner.job_done, timeout=5_000):
        runner.submit("busy", work, on_failed=seen.append)
    assert runner.wait(5_000)
    assert started.is_set() and len(seen) == 1 and type(seen[0]) is StoreBusy


# --- a refused status change, worded by the UI -----------------------------------------------

def _refused_warning(ctx, qtbot, monkeypatch) -> str:
    from desktop.ui.pages.orders import OrdersPage
    from tests.factories import order

    with ctx.store.transaction() as s:
        order_id = order(s, received="2026-11-20T09:00", due="2026-11-25T18:00",
                         status=OrderStatus.IN_PROGRESS).id
    page = OrdersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.select_order(order_id)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    assert not page.change_status(OrderStatus.COMPLETED)  # another window moved it meanwhile
    assert len(warnings) == 1
    with ctx.store.session() as s:
        assert s.get(Order, order_id).status is OrderStatus.IN_PROGRESS
    return warnings[0]


def test_a_refused_status_change_reads_as_storage_words_it_in_english(ctx, qtbot,
                                                                     monkeypatch) -> None:
    with pytest.raises(TransitionError) as caught:
        check_transition(OrderStatus.IN_PROGRESS, OrderStatus.COMPLETED)
    assert _refused_warning(ctx, qtbot, monkeypatch) == str(caught.value)
    assert error_text(caught.value) == (
        "An order cannot go from “in progress” to “completed”. From “in progress” it can go "
        "to: delivered, cancelled, disputed.")


def test_a_refused_status_change_is_french_in_the_french_ui(ctx, qtbot, monkeypatch) -> None:
    ctx.i18n.set_language("fr")  # the shipped French catalogue
    try:
        text = _refused_warning(ctx, qtbot, monkeypatch)
        final = error_text(TransitionError(OrderStatus.CANCELLED, OrderStatus.IN_PROGRESS))
    finally:
        ctx.i18n.set_language("en")
    assert text == ("Une commande ne peut pas passer de «\u202fen cours\u202f» à "
                    "«\u202fterminée\u202f». Depuis «\u202fen cours\u202f», elle peut passer "
                    "à\u202f: livrée, annulée, en litige.")
    assert final.endswith("«\u202fannulée\u202f» est un état final.")


# --- a write tells the views what it changed, once, after the commit ------------------------


def test_a_write_refreshes_exactly_the_pages_it_concerns(ctx, qtbot) -> None:
    from desktop.ui.pages.gigs import GigsPage
    from desktop.ui.pages.translate import TranslatePage
    from storage.tables import Client
    from tests.factories import client

    pages = {"gigs": GigsPage(ctx), "translate": TranslatePage(ctx)}
    refreshed: list[str] = []
    for name, page in pages.items():
        qtbot.addWidget(page)
        page.show()
        page.refresh = lambda name=name: refreshed.append(name)  # type: ignore[method-assign]
    told: list[Changed] = []
    ctx.events.changed.connect(told.append)

    client_id = ctx.write(Changed.CLIENTS, lambda s: client(s, name="Maple Books").id)
    assert told == [Changed.CLIENTS] and refreshed == []  # neither page shows clients

    ctx.write(Changed.GIGS | Changed.ORDERS, lambda s: None)
    assert told[1:] == [Changed.GIGS | Changed.ORDERS]
    assert refreshed == ["gigs", "translate"]  # each once, though two parts changed
    with ctx.store.session() as s:
        assert s.get(Client, client_id).name == "Maple Books"


def test_a_refused_write_changes_and_tells_nothing(ctx, qtbot) -> None:
    from storage.tables import Client
    from tests.factories import client

    def refused(s) -> None:
        client(s, name="Never kept")
        raise ValidationError("name", "A client needs a name.")

    with qtbot.assertNotEmitted(ctx.events.changed), pytest.raises(ValidationError):
        ctx.write(Changed.CLIENTS, refused)
    with ctx.store.session() as s:
        assert s.query(Client).count() == 0


def test_a_job_that_writes_tells_the_views_after_it_finished(ctx, qtbot) -> None:
    order_of_calls: list[object] = []
    ctx.events.changed.connect(order_of_calls.append)
    with qtbot.waitSignal(ctx.jobs.job_done, timeout=5_000):
        ctx.jobs.submit("writes", lambda _jc: 3, changes=Changed.PAYMENTS,
                        on_finished=order_of_calls.append)
    assert order_of_calls == [Changed.PAYMENTS, 3]  # the views first, then the caller

    with qtbot.waitSignal(ctx.jobs.job_done, timeout=5_000), \
            qtbot.assertNotEmitted(ctx.events.changed):
        ctx.jobs.submit("fails", lambda _jc: 1 / 0, changes=Changed.PAYMENTS,
                        on_failed=lambda _exc: None)
