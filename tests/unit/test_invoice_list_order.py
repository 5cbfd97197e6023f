"""`atelier invoice list` reads series by series: the invoices (credit notes share their
series) in number order, then the quotes, then the drafts by id (rw17: the quotes and invoices
were interleaved by their sequence numbers)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from storage.db import open_store
from storage.invoicing import documents as docs
from storage.paths import store_path
from tests.unit.test_invoicing_cli import atelier, data  # noqa: F401 (the fixture)


def test_the_list_is_sorted_by_series_then_number_with_drafts_last(capsys, data: Path) -> None:  # noqa: F811
    day = date(2026, 6, 15)
    with open_store(store_path(data)) as store:
        with store.transaction() as s:
            quote1 = docs.create_draft(s, "quote", today=day, order_id=1).id
            draft = docs.create_draft(s, "quote", today=day, order_id=1).id
            invoice1 = docs.create_draft(s, "invoice", today=day, order_id=1).id
            quote2 = docs.create_draft(s, "quote", today=day, order_id=1).id
        for doc_id in (quote1, invoice1, quote2):
            docs.issue(store, doc_id, day)
        with store.transaction() as s:
            note = docs.credit_note(s, invoice1, day).id
        docs.issue(store, note, day)
        with store.transaction() as s:
            later_draft = docs.create_draft(s, "invoice", today=day, order_id=1).id
    code, out, _ = atelier(capsys, data, "invoice", "list", "--json", "--date", "2026-06-20")
    assert code == 0
    ids = [r["id"] for r in json.loads(out)]
    assert ids == [invoice1, note, quote1, quote2, draft, later_draft]
