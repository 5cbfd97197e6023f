"""`atelier quote …` / `atelier invoice …`: drafts print their id, an issue that cannot happen
exits 2 naming what is missing, the list (--json) and the series check."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from storage import settings
from storage.db import open_store
from storage.paths import store_path
from tests.cli_helpers import run
from tests.factories import client, order
from tests.unit.test_invoicing import SIRET


@pytest.fixture
def data(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    with open_store(store_path(d)) as store, store.transaction() as s:
        for key, value in {"status": "fr_micro", "setup_done": "yes",
                           "legal_name": "Camille Martin", "siret": SIRET,
                           "address": "3 rue des Lilas, Paris", "timezone": "UTC"}.items():
            settings.put(s, key, value)
        c = client(s, address="12 quai Est, Lyon")
        order(s, client_obj=c, price_minor=45000)  # order 1
        order(s, client_obj=client(s, "Sans Adresse"), title="Logo")  # order 2: no address
        order(s, client_obj=c, platform_name="Malt", title="Via Malt")  # order 3
    return d


def atelier(capsys, data: Path, *argv: str) -> tuple[int, str, str]:
    return run(capsys, *argv, "--data-dir", str(data))


def test_create_issue_list_credit_and_check(capsys, data: Path) -> None:
    code, out, err = atelier(capsys, data, "invoice", "create", "--order", "1")
    assert (code, out.strip(), err) == (0, "1", "")
    code, out, _ = atelier(capsys, data, "invoice", "issue", "1", "--date", "2026-06-15")
    assert code == 0
    assert out == "Issued invoice 2026-0001 (#1): total €450.00, due 2026-07-15.\n"
    code, out, _ = atelier(capsys, data, "invoice", "list", "--json", "--date", "2026-06-20")
    assert code == 0
    [record] = json.loads(out)
    assert {k: record[k] for k in ("id", "kind", "number", "state", "total_minor",
                                   "payment")} == {
        "id": 1, "kind": "invoice", "number": "2026-0001", "state": "issued",
        "total_minor": 45000, "payment": "unpaid"}
    code, out, _ = atelier(capsys, data, "invoice", "list")
    assert code == 0 and "2026-0001" in out and "€450.00" in out
    code, out, _ = atelier(capsys, data, "invoice", "credit", "1", "--issue", "--date",
                           "2026-06-16")
    assert (code, out) == (0, "Issued credit note 2026-0002 (#2) cancelling document #1.\n")
    code, out, _ = atelier(capsys, data, "invoice", "check")
    assert (code, out) == (
        0, "No gap or duplicate in the series; every draft carries its mentions.\n")


def test_an_issue_that_cannot_happen_exits_2_naming_what_is_missing(capsys, data) -> None:
    code, out, _ = atelier(capsys, data, "invoice", "create", "--order", "2")
    assert code == 0
    doc_id = out.strip()
    code, out, err = atelier(capsys, data, "invoice", "issue", doc_id, "--date", "2026-06-15")
    assert code == 2 and out == ""
    assert err == (f"atelier: document #{doc_id} cannot be issued; it lacks:\n"
                   "  - the client's address\n")
    code, out, _ = atelier(capsys, data, "invoice", "check", "--date", "2026-06-15")
    assert (code, out) == (1, f"Draft invoice #{doc_id} lacks: the client's address.\n")
    # the client's address, SIREN and company flag are typed on the client
    code, _, err = atelier(capsys, data, "clients", "edit", "2", "--address",
                           "5 place Bellecour\\n69002 Lyon", "--business", "--company-number",
                           "552 100 554")
    assert code == 0, err
    code, out, _ = atelier(capsys, data, "invoice", "issue", doc_id, "--date", "2026-09-02")
    assert code == 0 and out.startswith("Issued invoice 2026-0001")
    with open_store(store_path(data)) as store, store.session() as s:
        from storage.invoicing.documents import to_data

        buyer = to_data(s, int(doc_id)).buyer
    assert (buyer.address, buyer.siren, buyer.is_business) == (
        "5 place Bellecour\n69002 Lyon", "552100554", True)
    # a platform's order: refused, with a sentence
    code, out, err = atelier(capsys, data, "invoice", "create", "--order", "3")
    assert code == 2 and out == ""
    assert "Malt invoices the client for order #3 itself" in err
    assert "Traceback" not in err


def test_a_quote_then_its_acceptance_and_a_gap_made_by_hand(capsys, data) -> None:
    code, out, _ = atelier(capsys, data, "quote", "create", "--order", "1")
    quote_id = out.strip()
    code, out, _ = atelier(capsys, data, "invoice", "issue", quote_id, "--date", "2026-06-15")
    assert code == 0 and out.startswith("Issued quote D2026-0001")
    code, out, _ = atelier(capsys, data, "quote", "accept", quote_id, "--date", "2026-06-16")
    assert code == 0
    invoice_id = out.strip()
    assert atelier(capsys, data, "invoice", "issue", invoice_id, "--date", "2026-06-20")[0] == 0
    conn = sqlite3.connect(store_path(data))
    conn.execute("UPDATE document_series SET last = 3")
    conn.execute("INSERT INTO documents (kind, state, series, year, seq, number, client_id, "
                 "currency, language, payment_terms, late_penalty_text, category, status, "
                 "external, platform_number, file_path, seller, buyer, notes, created_at) "
                 "VALUES ('invoice', 'issued', 'invoice', 2026, 3, '2026-0003', 1, 'EUR', "
                 "'fr', '', '', 'services', 'fr_micro', 0, '', '', '', '', '', "
                 "'2026-06-21 10:00:00')")
    conn.commit()
    conn.close()
    code, out, _ = atelier(capsys, data, "invoice", "check")
    assert (code, out) == (1, "Invoices 2026: numbers missing from the series: 2026-0002.\n")


def test_a_platform_invoice_is_recorded_with_a_copy_of_its_file(capsys, data: Path,
                                                                tmp_path: Path) -> None:
    code, out, err = atelier(capsys, data, "invoice", "record", "--order", "3", "--number",
                             "MALT-9", "--file", str(tmp_path / "nowhere.pdf"))
    assert code == 2 and out == "" and "Traceback" not in err
    assert err.startswith("atelier: file: Atelier cannot read ") and "nowhere.pdf" in err
    source = tmp_path / "malt.pdf"
    source.write_bytes(b"%PDF-1.4")
    code, out, _ = atelier(capsys, data, "invoice", "record", "--order", "3", "--number",
                           "MALT-9", "--file", str(source), "--date", "2026-06-15")
    assert (code, out) == (0, "Recorded the platform's invoice MALT-9 for order #3 (#1).\n")
    assert (data / "invoices" / "platform" / "order-3-MALT-9.pdf").read_bytes() == b"%PDF-1.4"
    code, out, _ = atelier(capsys, data, "invoice", "list", "--json")
    assert [(r["number"], r["external"]) for r in json.loads(out)] == [("MALT-9", True)]
