"""CSV export and import: a lossless round trip, and bad files refused with nothing written."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from storage import csvio
from storage import settings as settings_rules
from storage.csvio import INDEX_TABLES, export_csv, import_csv
from storage.db import Store, open_store
from storage.errors import CsvImportError, ValidationError
from storage.orders import OrderFields, create_order, transition, update_order
from storage.payments import record_payment
from storage.tables import (
    Activity,
    Base,
    Client,
    Deliverable,
    DeliverableKind,
    DeliverableVersion,
    Gig,
    GigPackage,
    GigStatus,
    Order,
    OrderEvent,
    OrderStatus,
    Origin,
    PaymentKind,
    Platform,
    TimeEntry,
)

FILES = [f"{t.name}.csv" for t in Base.metadata.sorted_tables if t.name not in INDEX_TABLES]
T0 = datetime(2025, 1, 3, 10, 0, tzinfo=UTC)
NOTES = "Préfère le vouvoiement, paie vite.\nDeuxième ligne : « guillemets », \"quotes\", virgule"


def at(days: float = 0, **kw: float) -> datetime:
    return T0 + timedelta(days=days, **kw)


# --------------------------------------------------------------------------- fixtures


def build(s: Session) -> None:
    """A small but complete business: every table, every enum, NULLs and empty strings."""
    fiverr = s.scalars(select(Platform).where(Platform.name == "Fiverr")).one()
    malt = s.scalars(select(Platform).where(Platform.name == "Malt")).one()
    local = Platform(name="Marché local", fee_bp=None, fee_fixed_minor=50, tips_charged=False,
                     clearance_days=3, default_currency="MAD", preset=False,
                     notes="\\ starts with a backslash")
    s.add(local)
    s.flush()
    settings_rules.put(s, "timezone", "Europe/Paris")

    elodie = Client(name="Élodie Dupré", handle="elodie_d", platform=fiverr, country="FR",
                    language="fr", email="elodie@example.fr", notes=NOTES, created_at=at())
    acme = Client(name="Acme, Inc.", platform=None, country="CA", language="en",
                  currency="CAD", created_at=at(1, microseconds=123456))
    s.add_all([elodie, acme])

    translation = Gig(title="Traduction FR→EN", category="Traduction", platform=fiverr,
                      description="Relecture incluse.\nDélai garanti.", status=GigStatus.ACTIVE,
                      tags="traduction, anglais", activity=Activity.SERVICES_BIC, created_at=at())
    logo = Gig(title="Logo", platform=malt, status=GigStatus.PAUSED, activity=None,
               created_at=at(0, seconds=1))
    basic = GigPackage(gig=translation, tier="Basic", price_minor=2000, currency="EUR",
                       delivery_days=2)
    premium = GigPackage(gig=translation, tier="Premium", description="Jusqu'à 5 000 mots",
                         price_minor=9000, currency="EUR", delivery_days=5,
                         revisions_included=2)
    GigPackage(gig=logo, tier="Unique", price_minor=15000, currency="USD", delivery_days=7)
    s.add_all([translation, logo])
    s.flush()

    def new(client: Client, title: str, day: float, **kw: Any) -> Order:
        fields = OrderFields(client_id=client.id, platform_id=kw.pop("platform", fiverr).id,
                             title=title, received_at=at(day), **kw)
        return create_order(s, fields, now=at(day))

    done = new(elodie, "Traduire un CV", 2, price_minor=2000, currency="EUR",
               gig_id=translation.id, package_id=basic.id,
               brief="CV de 2 pages,\navec « accents »\net une ligne vide :\n\nfin")
    for i, target in enumerate((OrderStatus.IN_PROGRESS, OrderStatus.DELIVERED,
                                OrderStatus.REVISION_REQUESTED, OrderStatus.IN_PROGRESS,
                                OrderStatus.DELIVERED, OrderStatus.COMPLETED)):
        transition(s, done, target, at=at(2, hours=i + 1, microseconds=i * 1000))
    cancelled = new(acme, "Site vitrine", 3, price_minor=50000, currency="CAD",
                    platform=local, activity=Activity.LIBERAL_BNC)
    transition(s, cancelled, OrderStatus.CANCELLED, at=at(4), note="Le client a renoncé")
    waiting = new(elodie, "Relecture", 5, price_minor=0, currency="EUR", due_at=at(9))
    update_order(s, waiting, {"brief": "Texte à relire", "external_ref": "FO-123"}, now=at(5.5))
    pending = new(acme, "Logo", 6, price_minor=15000, currency="USD", gig_id=logo.id,
                  package_id=logo.packages[0].id, platform=malt)
    transition(s, pending, OrderStatus.IN_PROGRESS, at=at(6.2))
    disputed = new(acme, "Traduction technique", 7, price_minor=9000, currency="EUR",
                   gig_id=translation.id, package_id=premium.id)
    update_order(s, disputed, {"due_at": at(20)}, now=at(7.1))
    transition(s, disputed, OrderStatus.IN_PROGRESS, at=at(7.2))
    transition(s, disputed, OrderStatus.DISPUTED, at=at(8))
    # A hand-written history line where '' and NULL and backslashes all meet.
    s.add(OrderEvent(order_id=waiting.id, at=at(5.6), kind="edit", from_status=None,
                     to_status=None, field="", old_value="\\", new_value="\\\\share\\x",
                     note=""))

    for kind, amount, currency, rate, order in (
        (PaymentKind.PAYOUT, 1600, "EUR", None, done),
        (PaymentKind.TIP, 400, "EUR", None, done),
        (PaymentKind.PAYOUT, 12000, "USD", "0.9213", pending),
        (PaymentKind.REFUND, -1600, "EUR", None, done),
        (PaymentKind.ADJUSTMENT, -35, "EUR", None, None),
    ):
        record_payment(s, kind=kind, amount_minor=amount, currency=currency, rate=rate,
                       received_at=at(10, minutes=len(currency) + amount % 7),
                       order_id=None if order is None else order.id,
                       fee_minor=0 if amount < 0 else amount // 5, note="")

    s.add_all([
        TimeEntry(order_id=done.id, started_at=at(2, hours=1), ended_at=at(2, hours=2.5),
                  note="première passe"),
        TimeEntry(order_id=pending.id, started_at=at(6.3, microseconds=7), ended_at=None),
    ])

    cv = Deliverable(order_id=done.id, kind=DeliverableKind.TEXT, title="CV traduit",
                     created_at=at(2.1), delivered_at=at(2.2))
    cv.versions = [
        DeliverableVersion(created_at=at(2.1), origin=Origin.AI, model_id="Qwen/Qwen2.5-0.5B",
                           text="Draft, with a comma\nand a line", file_path=None),
        DeliverableVersion(created_at=at(2.15), origin=Origin.HUMAN, model_id=None, text="",
                           file_path=None, note="vidé"),
        DeliverableVersion(created_at=at(2.16), origin=Origin.HUMAN, model_id="",
                           text="\\begin{document}", file_path="C:\\Users\\moi\\cv.docx"),
    ]
    brand = Deliverable(order_id=None, kind=DeliverableKind.FILE, title="Planche de logos",
                        created_at=at(6.5), delivered_at=None)
    brand.versions = [DeliverableVersion(created_at=at(6.5), origin=Origin.HUMAN,
                                         file_path="/home/moi/logo.svg")]
    s.add_all([cv, brand])


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(tmp_path_factory.mktemp("source") / "a.db")
    with store.transaction() as s:
        build(s)
    yield store
    store.close()


@pytest.fixture(scope="module")
def exported(source: Store, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("csv")
    export_csv(source, out)
    return out


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A new store that every refused import must leave exactly as it was."""
    store = open_store(tmp_path_factory.mktemp("target") / "t.db")
    yield store
    store.close()


@pytest.fixture(scope="module")
def target_before(target: Store) -> dict[str, list[Any]]:
    return raw_rows(target)


@pytest.fixture
def new_store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "new.db")
    yield store
    store.close()


# --------------------------------------------------------------------------- helpers


def rows(store: Store) -> dict[str, list[Any]]:
    """Every table's rows as the ORM types read them, in primary-key order."""
    with store.engine.connect() as conn:
        return {t.name: conn.execute(select(t).order_by(*t.primary_key.columns)).all()
                for t in Base.metadata.sorted_tables if t.name not in INDEX_TABLES}


def raw_rows(store: Store) -> dict[str, list[Any]]:
    """Every table's rows as SQLite holds them (text of datetimes included), search index too."""
    with store.engine.connect() as conn:
        out = {
            t.name: conn.exec_driver_sql(
                f"SELECT * FROM {t.name} ORDER BY "
                + ", ".join(c.name for c in t.primary_key.columns)
            ).all()
            for t in Base.metadata.sorted_tables if t.name not in INDEX_TABLES
        }
        fts = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE name = 'orders_fts'").first()
        if fts is not None:
            out["orders_fts"] = conn.exec_driver_sql(
                "SELECT rowid, * FROM orders_fts ORDER BY rowid").all()
        return out


def read(path: Path) -> tuple[list[list[str]], list[int]]:
    """The records of a CSV file and the line each starts on (cells may span lines)."""
    with path.open(newline="", encoding="utf-8-sig") as f:
        reader = csv.reader(f)
        records, starts, previous = [], [], 0
        for record in reader:
            records.append(record)
            starts.append(previous + 1)
            previous = reader.line_num
    return records, starts


def write(path: Path, records: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\r\n").writerows(records)


def copy(exported: Path, tmp_path: Path) -> Path:
    d = tmp_path / "csv"
    shutil.copytree(exported, d)
    return d


def corrupt(
    exported: Path, tmp_path: Path, file: str, column: str, value: str,
    where: dict[str, str] | None = None,
) -> tuple[Path, int]:
    """A copy of the export with one cell changed; returns the folder and the record's line.

    `where` picks the first record whose cells match; without it, the last record.
    """
    d = copy(exported, tmp_path)
    records, _ = read(d / file)
    header = records[0]
    if where is None:
        index = len(records) - 1
    else:
        index = next(i for i, r in enumerate(records[1:], 1)
                     if all(r[header.index(k)] == v for k, v in where.items()))
    records[index][header.index(column)] = value
    write(d / file, records)
    return d, read(d / file)[1][index]


# --------------------------------------------------------------------------- round trip


def test_export_writes_one_file_per_table_and_counts_rows(source: Store, tmp_path: Path) -> None:
    counts = export_csv(source, tmp_path / "out")
    assert list(counts) == FILES
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(FILES)
    expected = {f"{name}.csv": len(r) for name, r in rows(source).items()}
    assert counts == expected
    assert counts["orders.csv"] == 5 and counts["deliverable_versions.csv"] == 4


def test_round_trip_is_lossless(source: Store, exported: Path, new_store: Store) -> None:
    counts = import_csv(new_store, exported)
    assert counts == {f: len(read(exported / f)[0]) - 1 for f in FILES}
    assert rows(new_store) == rows(source)
    # Down to the text SQLite holds (datetimes' format) and the order search index.
    assert raw_rows(new_store) == raw_rows(source)


def test_a_second_export_is_byte_identical(
    exported: Path, new_store: Store, tmp_path: Path
) -> None:
    import_csv(new_store, exported)
    export_csv(new_store, tmp_path / "again")
    for f in FILES:
        assert (tmp_path / "again" / f).read_bytes() == (exported / f).read_bytes(), f


def test_format_datetimes_booleans_enums_and_text(exported: Path) -> None:
    clients = {r[1]: r for r in read(exported / "clients.csv")[0][1:]}
    header = read(exported / "clients.csv")[0][0]
    created = header.index("created_at")
    assert clients["Élodie Dupré"][created] == "2025-01-03T10:00:00+00:00"
    assert clients["Acme, Inc."][created] == "2025-01-04T10:00:00.123456+00:00"
    assert clients["Élodie Dupré"][header.index("notes")] == NOTES
    assert clients["Acme, Inc."][header.index("platform_id")] == ""  # NULL
    # A client's currency, or an empty cell for none (the package's currency).
    assert clients["Acme, Inc."][header.index("currency")] == "CAD"
    assert clients["Élodie Dupré"][header.index("currency")] == ""

    platforms, _ = read(exported / "platforms.csv")
    ph = platforms[0]
    assert {r[ph.index("tips_charged")] for r in platforms[1:]} == {"true", "false"}
    local = next(r for r in platforms if r[ph.index("name")] == "Marché local")
    assert local[ph.index("fee_bp")] == ""  # NULL
    assert local[ph.index("notes")] == "\\ starts with a backslash"  # not a nullable column

    payments, _ = read(exported / "payments.csv")
    assert {"kind", "amount_minor", "currency", "received_at",
            "home_amount_minor"} <= set(payments[0])
    assert {r[payments[0].index("kind")] for r in payments[1:]} == {k.value for k in PaymentKind}

    data = (exported / "orders.csv").read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\r\n") >= 6
    assert "« accents »".encode() in data


def test_null_and_empty_text_convention(exported: Path) -> None:
    versions, _ = read(exported / "deliverable_versions.csv")
    h = versions[0]
    cells = [(r[h.index("model_id")], r[h.index("text")], r[h.index("file_path")])
             for r in versions[1:]]
    assert cells == [
        ("Qwen/Qwen2.5-0.5B", "Draft, with a comma\nand a line", ""),
        ("", "\\", ""),  # model_id NULL, text "", file_path NULL
        ("\\", "\\\\begin{document}", "C:\\Users\\moi\\cv.docx"),
        ("", "", "/home/moi/logo.svg"),
    ]
    events, _ = read(exported / "order_events.csv")
    h = events[0]
    manual = next(r for r in events[1:] if r[h.index("new_value")].startswith("\\\\\\"))
    assert [manual[h.index(c)] for c in ("from_status", "field", "old_value", "new_value")] \
        == ["", "\\", "\\\\", "\\\\\\share\\x"]


def test_import_reads_bom_and_lf_line_ends(
    source: Store, exported: Path, new_store: Store, tmp_path: Path
) -> None:
    d = copy(exported, tmp_path)
    for f in FILES:
        text = (exported / f).read_bytes().decode()
        (d / f).write_bytes(b"\xef\xbb\xbf" + text.replace("\r\n", "\n").encode())
    import_csv(new_store, d)
    assert rows(new_store) == rows(source)


def test_import_accepts_columns_in_any_order_and_other_offsets(
    exported: Path, new_store: Store, tmp_path: Path
) -> None:
    d = copy(exported, tmp_path)
    records, _ = read(d / "time_entries.csv")
    reordered = [list(reversed(r)) for r in records]
    started = reordered[0].index("started_at")
    reordered[1][started] = "2025-01-05T12:00:00+02:00"
    write(d / "time_entries.csv", reordered)
    import_csv(new_store, d)
    with new_store.session() as s:
        first = s.scalars(select(TimeEntry).order_by(TimeEntry.id)).first()
        assert first is not None
        assert first.started_at == datetime(2025, 1, 5, 10, 0, tzinfo=UTC)


def test_a_fresh_store_gets_the_files_platforms_and_settings(
    exported: Path, new_store: Store, tmp_path: Path
) -> None:
    d = copy(exported, tmp_path)
    records, _ = read(d / "platforms.csv")
    h = records[0]
    records = [records[0], *[r for r in records[1:] if r[h.index("name")] != "Upwork"]]
    records[1][h.index("fee_bp")] = "1750"
    write(d / "platforms.csv", records)
    import_csv(new_store, d)
    with new_store.session() as s:
        names = set(s.scalars(select(Platform.name)))
        assert "Upwork" not in names and "Marché local" in names
        assert s.get(Platform, int(records[1][0])).fee_bp == 1750  # type: ignore[union-attr]
        assert settings_rules.get(s, "timezone") == "Europe/Paris"


def test_optional_files_may_be_missing(
    exported: Path, new_store: Store, tmp_path: Path
) -> None:
    d = copy(exported, tmp_path)
    for f in ("time_entries.csv", "deliverable_versions.csv", "deliverables.csv",
              "settings.csv", "urssaf_years.csv"):
        (d / f).unlink()
    before = rows(new_store)
    counts = import_csv(new_store, d)
    assert counts["time_entries.csv"] == 0 and counts["orders.csv"] == 5
    after = rows(new_store)
    assert after["time_entries"] == [] and after["deliverables"] == []
    # Settings and URSSAF figures stay those of the store when their files are missing.
    assert after["settings"] == before["settings"]
    assert after["urssaf_years"] == before["urssaf_years"]


@pytest.mark.parametrize("file", ["platforms.csv", "clients.csv", "orders.csv", "payments.csv"])
def test_required_files_must_be_there(
    exported: Path, tmp_path: Path, target: Store, target_before: dict, file: str
) -> None:
    d = copy(exported, tmp_path)
    (d / file).unlink()
    with pytest.raises(CsvImportError) as exc:
        import_csv(target, d)
    assert exc.value.file == file and file in str(exc.value)
    assert raw_rows(target) == target_before


def test_export_replaces_files_only_once_all_are_written(
    source: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    export_csv(source, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    real = csvio._export_table
    calls = []

    def crash_on_the_fifth(*args: Any, **kwargs: Any) -> tuple[Path, int]:
        calls.append(1)
        if len(calls) == 5:
            raise OSError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(csvio, "_export_table", crash_on_the_fifth)
    with pytest.raises(OSError, match="disk full"):
        export_csv(source, out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # no temp file left


# --------------------------------------------------------------------------- existing data


def test_a_store_with_data_is_refused_without_replace(
    source: Store, exported: Path, new_store: Store
) -> None:
    import_csv(new_store, exported)
    with new_store.transaction() as s:
        s.get_one(Client, 1).notes = "changed after the import"
    before = raw_rows(new_store)
    with pytest.raises(ValidationError) as exc:
        import_csv(new_store, exported)
    assert exc.value.field == "store"
    assert "--replace" in exc.value.message and "new store" in exc.value.message
    assert raw_rows(new_store) == before


def test_replace_deletes_the_old_data_first(
    source: Store, exported: Path, new_store: Store, tmp_path: Path
) -> None:
    import_csv(new_store, exported)
    small = open_store(tmp_path / "small.db")
    with small.transaction() as s:
        s.add(Client(name="Seul client", created_at=at()))
    export_csv(small, tmp_path / "small")
    import_csv(new_store, tmp_path / "small", replace=True)
    assert raw_rows(new_store) == raw_rows(small)
    import_csv(new_store, exported, replace=True)
    assert rows(new_store) == rows(source)
    small.close()


# --------------------------------------------------------------------------- bad rows

BAD_CELLS = [
    # file, where, column, value, field, message
    ("orders.csv", None, "price_minor", "-500", "price_minor", "The price cannot be negative."),
    ("orders.csv", None, "received_at", "2025-13-45", "received_at",
     "“2025-13-45” is not a date: use ISO 8601 such as 2025-03-01T14:00:00+00:00"),
    ("orders.csv", None, "received_at", "2025-03-01T14:00:00", "received_at", "time zone"),
    ("orders.csv", None, "received_at", "", "received_at", "cannot be empty"),
    ("orders.csv", None, "title", " ", "title", "cannot be empty"),
    ("orders.csv", None, "client_id", "42", "client_id", "no client with id 42 in clients.csv"),
    ("orders.csv", None, "platform_id", "77", "platform_id",
     "no platform with id 77 in platforms.csv"),
    ("orders.csv", None, "gig_id", "88", "gig_id", "no gig with id 88 in gigs.csv"),
    ("orders.csv", None, "package_id", "99", "package_id",
     "no gig package with id 99 in gig_packages.csv"),
    ("orders.csv", {"title": "Logo"}, "package_id", "1", "package_id",
     "belongs to another gig"),
    ("orders.csv", None, "price_minor", "12.50", "price_minor", "“12.50” is not a whole number"),
    ("orders.csv", None, "revisions_used", "two", "revisions_used", "not a whole number"),
    ("orders.csv", None, "currency", "EURO", "currency", "not a currency Atelier knows"),
    ("orders.csv", None, "status", "shipped", "status", "not a known order status"),
    ("orders.csv", None, "activity", "crafts", "activity", "not a known activity"),
    ("orders.csv", None, "due_at", "2020-01-01T00:00:00+00:00", "due_at",
     "The due date cannot be before the order was received."),
    ("order_events.csv", None, "order_id", "4242", "order_id",
     "no order with id 4242 in orders.csv"),
    ("payments.csv", None, "kind", "bonus", "kind", "not a known payment kind"),
    ("payments.csv", None, "order_id", "31", "order_id", "no order with id 31 in orders.csv"),
    ("payments.csv", {"kind": "payout"}, "amount_minor", "-100", "amount_minor",
     "above zero"),
    ("payments.csv", {"kind": "refund"}, "amount_minor", "500", "amount_minor",
     "negative amount"),
    ("payments.csv", {"kind": "tip"}, "fee_minor", "-1", "fee_minor", "cannot be negative"),
    ("payments.csv", None, "home_currency", "ZZZ", "home_currency", "not a currency"),
    ("payments.csv", None, "rate", "abc", "rate", "not an exchange rate"),
    ("gigs.csv", None, "status", "deleted", "status", "not a known gig status"),
    ("gigs.csv", None, "activity", "crafts", "activity", "not a known activity"),
    ("gigs.csv", None, "platform_id", "12", "platform_id", "no platform with id 12"),
    ("gig_packages.csv", None, "gig_id", "3", "gig_id", "no gig with id 3 in gigs.csv"),
    ("gig_packages.csv", None, "price_minor", "-1", "price_minor", "cannot be negative"),
    ("gig_packages.csv", {"tier": "Premium"}, "tier", "Basic", "tier", "must be unique"),
    ("deliverables.csv", None, "kind", "video", "kind", "not a known deliverable kind"),
    ("deliverable_versions.csv", None, "origin", "robot", "origin", "not a known origin"),
    ("deliverable_versions.csv", None, "deliverable_id", "5", "deliverable_id",
     "no deliverable with id 5 in deliverables.csv"),
    ("time_entries.csv", {"note": "première passe"}, "ended_at", "2025-01-01T00:00:00+00:00",
     "ended_at", "The end cannot be before the start."),
    ("clients.csv", None, "id", "1", "id", "is used twice: line 2 has it too"),
    ("clients.csv", None, "platform_id", "99", "platform_id", "no platform with id 99"),
    ("clients.csv", None, "created_at", "03/01/2025", "created_at", "is not a date"),
    ("platforms.csv", None, "tips_charged", "maybe", "tips_charged", "use true or false"),
    ("platforms.csv", None, "name", "Fiverr", "name", "must be unique"),
    ("platforms.csv", None, "fee_bp", "20000", "fee_bp", "between 0 and 10000"),
    ("platforms.csv", None, "default_currency", "", "default_currency", "currency is required"),
    ("settings.csv", {"key": "home_currency"}, "value", "ABC", "value", "not a currency"),
    ("urssaf_years.csv", None, "year", "2025", "year", "is used twice"),
]


@pytest.mark.parametrize(
    ("file", "where", "column", "value", "field", "message"), BAD_CELLS,
    ids=[f"{c[0]}:{c[2]}={c[3]}" for c in BAD_CELLS],
)
def test_a_bad_cell_names_file_line_and_field_and_changes_nothing(
    exported: Path, tmp_path: Path, target: Store, target_before: dict,
    file: str, where: dict[str, str] | None, column: str, value: str, field: str, message: str,
) -> None:
    d, line = corrupt(exported, tmp_path, file, column, value, where)
    with pytest.raises(CsvImportError) as exc:
        import_csv(target, d)
    err = exc.value
    assert (err.file, err.line, err.field) == (file, line, field)
    assert message in err.message
    assert str(err).startswith(f"{file}, line {line}, field “{field}”: ")
    assert raw_rows(target) == target_before


def test_line_numbers_count_the_lines_of_multi_line_cells(
    exported: Path, tmp_path: Path, target: Store
) -> None:
    d, line = corrupt(exported, tmp_path, "orders.csv", "price_minor", "-1",
                      {"title": "Site vitrine"})
    assert line == 7  # the header, then an order whose brief spans 5 lines, then this one
    with pytest.raises(CsvImportError) as exc:
        import_csv(target, d)
    assert exc.value.line == 7


def test_a_missing_column_is_named(
    exported: Path, tmp_path: Path, target: Store, target_before: dict
) -> None:
    d = copy(exported, tmp_path)
    records, _ = read(d / "payments.csv")
    i = records[0].index("home_amount_minor")
    write(d / "payments.csv", [r[:i] + r[i + 1:] for r in records])
    with pytest.raises(CsvImportError) as exc:
        import_csv(target, d)
    assert (exc.value.file, exc.value.line, exc.value.field) == (
        "payments.csv", 1, "home_amount_minor")
    assert "no “home_amount_minor” column" in exc.value.message
    assert raw_rows(target) == target_before


def test_an_unknown_column_is_refused(exported: Path, tmp_path: Path, target: Store) -> None:
    d = copy(exported, tmp_path)
    records, _ = read(d / "clients.csv")
    write(d / "clients.csv", [[*r, "x"] for r in records[:1]] + [[*r, ""] for r in records[1:]])
    records, _ = read(d / "clients.csv")
    records[0][-1] = "vip"
    write(d / "clients.csv", records)
    with pytest.raises(CsvImportError) as exc:
        import_csv(target, d)
    assert (exc.value.line, exc.value.field) == (1, "vip")


def test_a_short_line_is_refused(exported: Path, tmp_path: Path, target: Store) -> None:
    d = copy(exported, tmp_path)
    records, _ = read(d / "gigs.csv")
    records[2] = records[2][:3]
    write(d / "gigs.csv", records)
    with pytest.raises(CsvImportError) as exc:
        import_csv(target, d)
    assert exc.value.line == read(d / "gigs.csv")[1][2]
    assert exc.value.field == records[0][3]
    assert "has 3 values but the header has" in exc.value.message


def test_a_file_that_is_not_utf8_gives_its_line(
    exported: Path, tmp_path: Path, target: Store, target_before: dict
) -> None:
    d = copy(exported, tmp_path)
    data = (d / "clients.csv").read_bytes()
    assert data.count(b"Acme") == 1
    (d / "clients.csv").write_bytes(data.replace(b"Acme", b"Acm\xe9"))  # Latin-1, not UTF-8
    line = data[:data.index(b"Acme")].count(b"\n") + 1
    assert line == 4  # Élodie's notes take two lines
    with pytest.raises(CsvImportError) as exc:
        import_csv(target, d)
    assert (exc.value.file, exc.value.line, exc.value.field) == ("clients.csv", 4, "encoding")
    assert "UTF-8" in exc.value.message
    assert raw_rows(target) == target_before


def test_broken_quoting_is_refused(exported: Path, tmp_path: Path, target: Store) -> None:
    d = copy(exported, tmp_path)
    with (d / "gigs.csv").open("a", encoding="utf-8", newline="") as f:
        f.write('9,"Logo" en trop,,,,active,,,2025-01-03T10:00:00+00:00\r\n')
    with pytest.raises(CsvImportError) as exc:
        import_csv(target, d)
    assert exc.value.file == "gigs.csv" and "not valid CSV" in exc.value.message


def test_an_empty_file_is_refused(exported: Path, tmp_path: Path, target: Store) -> None:
    d = copy(exported, tmp_path)
    (d / "clients.csv").write_bytes(b"")
    with pytest.raises(CsvImportError) as exc:
        import_csv(target, d)
    assert (exc.value.file, exc.value.line) == ("clients.csv", 1)


def test_escapes_are_read_back(exported: Path, tmp_path: Path, new_store: Store) -> None:
    d, _ = corrupt(exported, tmp_path, "deliverable_versions.csv", "note", "x",
                   {"file_path": "/home/moi/logo.svg"})
    records, _ = read(d / "deliverable_versions.csv")
    h = records[0]
    records[-1][h.index("model_id")] = "\\"
    records[-1][h.index("text")] = "\\\\n"
    write(d / "deliverable_versions.csv", records)
    import_csv(new_store, d)
    with new_store.session() as s:
        v = s.scalars(select(DeliverableVersion).order_by(DeliverableVersion.id.desc())).first()
        assert v is not None
        assert (v.model_id, v.text, v.file_path) == ("", "\\n", "/home/moi/logo.svg")


def test_long_texts_and_odd_characters_survive(tmp_path: Path) -> None:
    odd = ["x\ry", "nul\x00", "line\u2028sep", "  spaced  ", "=1+1", '"quoted"', "é" * 300_000]
    with open_store(tmp_path / "a.db") as a, open_store(tmp_path / "b.db") as b:
        with a.transaction() as s:
            client = Client(name="Zoë", notes="\r\n".join(odd), created_at=at())
            d = Deliverable(kind=DeliverableKind.TEXT, title="Long", created_at=at())
            d.versions = [DeliverableVersion(created_at=at(), origin=Origin.AI, text=t,
                                             model_id=t) for t in odd]
            s.add_all([client, d])
        export_csv(a, tmp_path / "csv")
        import_csv(b, tmp_path / "csv")
        assert raw_rows(b) == raw_rows(a)


def test_a_translated_documents_original_bytes_survive_the_round_trip(
    source: Store, new_store: Store, tmp_path: Path
) -> None:
    from storage.tables import TranslationFile
    from storage.translation.projects import create_project, import_bytes

    original = "1\r\n00:00:01,000 --> 00:00:02,000\r\nCafé crème\r\n".encode("cp1252")
    with source.transaction() as s:
        project = create_project(s, "Sous-titres", "fr", "en")
        import_bytes(s, project.id, original, "film.srt")
    export_csv(source, tmp_path / "out")
    import_csv(new_store, tmp_path / "out")
    with new_store.session() as s:
        assert s.scalars(select(TranslationFile.data)).one() == original


def test_a_binary_cell_that_is_not_base64_is_refused(
    source: Store, tmp_path: Path, target: Store
) -> None:
    from storage.translation.projects import create_project, import_bytes

    with source.transaction() as s:
        project = create_project(s, "Docs", "fr", "en")
        import_bytes(s, project.id, b"Bonjour.\n", "note.txt")
    export_csv(source, tmp_path / "out")
    d, line = corrupt(tmp_path / "out", tmp_path, "translation_files.csv", "data", "%%%")
    with pytest.raises(CsvImportError) as e:
        import_csv(target, d)
    assert f"line {line}" in str(e.value) and "base64" in str(e.value)


def test_an_export_made_before_the_newer_columns_imports_with_them_empty(
    source: Store, exported: Path, new_store: Store, tmp_path: Path
) -> None:
    """An export of an earlier Atelier (before the authorship and client currency columns)
    is the person's history too: it imports, the newer columns read as empty."""
    d = copy(exported, tmp_path)
    for table, column in csvio.ADDED_LATER:
        records, _ = read(d / f"{table}.csv")
        at = records[0].index(column)
        write(d / f"{table}.csv", [r[:at] + r[at + 1:] for r in records])
    import_csv(new_store, d)
    with Session(new_store.engine) as s:
        assert {c.currency for c in s.scalars(select(Client))} == {""}
        assert s.scalar(select(Client.id)) is not None
    got, want = rows(new_store), rows(source)
    assert len(got["clients"]) == len(want["clients"])
    assert got["orders"] == want["orders"] and got["payments"] == want["payments"]


def test_a_missing_column_that_always_existed_is_still_refused(
    exported: Path, target: Store, target_before: dict[str, list[Any]], tmp_path: Path
) -> None:
    d = copy(exported, tmp_path)
    records, _ = read(d / "clients.csv")
    at = records[0].index("email")
    write(d / "clients.csv", [r[:at] + r[at + 1:] for r in records])
    with pytest.raises(CsvImportError) as caught:
        import_csv(target, d)
    assert "“email”" in str(caught.value)
    assert raw_rows(target) == target_before


def test_an_export_from_before_statuses_keeps_the_urssaf_helpers(
    exported: Path, new_store: Store, tmp_path: Path
) -> None:
    # An export made before 0009 has no status, set-up or rule figures: the settings get the
    # status an upgraded store gets (fr_micro for a euro home currency, no set-up again), and
    # the new store's own rule figures stay.
    d = copy(exported, tmp_path)
    records, _ = read(d / "settings.csv")
    h = records[0]
    records = [r for r in records if r[h.index("key")] not in ("status", "setup_done")]
    write(d / "settings.csv", records)
    (d / "rule_figures.csv").unlink(missing_ok=True)
    before = rows(new_store)
    import_csv(new_store, d)
    with new_store.session() as s:
        assert settings_rules.get(s, "status") == "fr_micro"
        assert settings_rules.get(s, "setup_done") == "yes"
    assert rows(new_store)["rule_figures"] == before["rule_figures"] != []
