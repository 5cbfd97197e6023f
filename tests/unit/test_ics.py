"""Due dates as an iCalendar file: escaping, folding, stable UIDs, atomic writes, the CLI."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from desktop.cli import main
from storage.db import open_store
from storage.ics import escape_text, export_ics, fold, render
from storage.tables import OrderStatus
from tests.factories import at, client, order, walk

S = OrderStatus
NOW = at("2026-03-04T08:00")


# --- a tiny reader, to check the file the way a calendar app reads it --------------------


def unfold(data: bytes) -> list[str]:
    """Physical lines (CRLF only) joined back into content lines (RFC 5545 §3.1)."""
    text = data.decode("utf-8")
    assert text.endswith("\r\n")
    physical = text[:-2].split("\r\n")
    assert all("\n" not in line and "\r" not in line for line in physical)
    lines: list[str] = []
    for line in physical:
        if line.startswith((" ", "\t")):
            assert lines, "a continuation line cannot come first"
            lines[-1] += line[1:]
        else:
            lines.append(line)
    return lines


def unescape(value: str) -> str:
    out, i = [], 0
    while i < len(value):
        c = value[i]
        if c == "\\":
            nxt = value[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def parse(data: bytes) -> dict:
    """{'props': {...}, 'events': [{'props': {...}, 'alarms': [{...}]}]}; names without params."""
    root: dict = {"props": {}, "events": []}
    stack: list[tuple[str, dict]] = []
    for line in unfold(data):
        name, sep, value = line.partition(":")
        assert sep, f"not a content line: {line!r}"
        name = name.split(";")[0]
        if name == "BEGIN":
            node: dict = {"props": {}, "alarms": []}
            stack.append((value, node))
            continue
        if name == "END":
            kind, node = stack.pop()
            assert kind == value, f"END:{value} closes BEGIN:{kind}"
            if kind == "VEVENT":
                root["events"].append(node)
            elif kind == "VALARM":
                stack[-1][1]["alarms"].append(node)
            elif kind == "VCALENDAR":
                root["props"] = node["props"]
            continue
        assert stack, f"a property outside any component: {line!r}"
        stack[-1][1]["props"][name] = value
    assert not stack, "unclosed component"
    return root


# --- the parts -----------------------------------------------------------------------------


def test_text_values_are_escaped() -> None:
    assert escape_text("a,b;c\\d\ne\r\nf") == "a\\,b\\;c\\\\d\\ne\\nf"
    assert unescape(escape_text("Logo, carte; \\ fin\nligne 2")) == "Logo, carte; \\ fin\nligne 2"


@pytest.mark.parametrize("text", [
    "SUMMARY:" + "Traduction d’un catalogue été–hiver, àéèêëîïôöùûüç — Société Générale " * 4,
    "DESCRIPTION:" + "日本語のテキスト" * 20,
    "X:" + "é" * 200,
    "SUMMARY:" + "a" * 73 + "é" + "b" * 80,
    "SUMMARY:short",
])
def test_folding_keeps_lines_within_75_octets_and_never_splits_a_character(text: str) -> None:
    folded = fold(text)
    physical = folded.split("\r\n")
    for i, line in enumerate(physical):
        assert len(line.encode("utf-8")) <= 75
        if i:
            assert line.startswith(" ")
    # every piece is valid UTF-8 on its own: no character was cut in half
    for line in physical:
        line.encode("utf-8").decode("utf-8")
    assert "".join(p[1:] if i else p for i, p in enumerate(physical)) == text
    if len(text.encode("utf-8")) <= 75:
        assert folded == text


# --- the file ------------------------------------------------------------------------------


@pytest.fixture
def orders(store) -> dict[str, int]:
    with store.transaction() as s:
        c = client(s, "Société Générale, Paris; « Marketing »")
        ids = {
            "open": order(s, title="Traduction FR→EN; catalogue, été 2026 \\ v2\nurgent",
                          client_obj=c, due="2026-03-05T18:00", price_minor=12050).id,
            "progress": walk(s, order(s, title="Logo", client_obj=c, due="2026-03-06T10:30"),
                             S.IN_PROGRESS).id,
            "no_due": order(s, title="Sans échéance", client_obj=c, due=None).id,
            "done": walk(s, order(s, title="Fini", client_obj=c, due="2026-03-04T12:00"),
                         S.IN_PROGRESS, S.DELIVERED, S.COMPLETED).id,
            "cancelled": walk(s, order(s, title="Annulé", client_obj=c, due="2026-03-07T12:00"),
                              S.CANCELLED).id,
        }
    return ids


def test_the_calendar_holds_one_event_per_open_order_with_a_due_date(store, orders,
                                                                     tmp_path: Path) -> None:
    path = tmp_path / "due.ics"
    with store.session() as s:
        assert export_ics(s, path, now=NOW) == 2
    data = path.read_bytes()
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    for line in data.split(b"\r\n"):
        assert len(line) <= 75
    cal = parse(data)
    assert cal["props"] == {
        "PRODID": "-//Atelier//Atelier//EN", "VERSION": "2.0", "CALSCALE": "GREGORIAN",
        "METHOD": "PUBLISH", "X-WR-CALNAME": "Atelier — due dates",
    }
    events = {e["props"]["UID"]: e for e in cal["events"]}
    assert set(events) == {f"order-{orders['open']}@atelier.local",
                           f"order-{orders['progress']}@atelier.local"}
    first = events[f"order-{orders['open']}@atelier.local"]["props"]
    assert first["DTSTAMP"] == "20260304T080000Z"
    assert first["DTSTART"] == "20260305T173000Z"
    assert first["DTEND"] == "20260305T180000Z"
    assert unescape(first["SUMMARY"]) == (
        "Due: Traduction FR→EN; catalogue, été 2026 \\ v2\nurgent — "
        "Société Générale, Paris; « Marketing »")
    description = unescape(first["DESCRIPTION"])
    assert "Platform: Direct" in description
    assert "Status: awaiting requirements" in description
    assert "Price: €120.50" in description
    alarms = events[f"order-{orders['open']}@atelier.local"]["alarms"]
    assert len(alarms) == 1
    assert alarms[0]["props"]["ACTION"] == "DISPLAY"
    assert alarms[0]["props"]["TRIGGER"] == "-PT24H"
    assert alarms[0]["props"]["DESCRIPTION"]
    assert b"TRIGGER;RELATED=END:-PT24H\r\n" in data
    # events come soonest first
    assert [e["props"]["UID"] for e in cal["events"]] == [
        f"order-{orders['open']}@atelier.local", f"order-{orders['progress']}@atelier.local"]


def test_uids_are_stable_across_exports_and_done_orders_can_be_included(store, orders) -> None:
    with store.session() as s:
        one, n1 = render(s, now=NOW)
        two, n2 = render(s, now=at("2026-03-05T08:00"))
        everything, n_all = render(s, now=NOW, include_done=True)
    uids = [e["props"]["UID"] for e in parse(one)["events"]]
    assert uids == [e["props"]["UID"] for e in parse(two)["events"]]
    assert n1 == n2 == 2
    assert n_all == 4  # the order with no due date is never in the calendar
    all_uids = {e["props"]["UID"] for e in parse(everything)["events"]}
    assert f"order-{orders['done']}@atelier.local" in all_uids
    assert f"order-{orders['no_due']}@atelier.local" not in all_uids


def test_file_objects_receive_the_same_text(store, orders) -> None:
    with store.session() as s:
        data, _ = render(s, now=NOW)
        binary, text = io.BytesIO(), io.StringIO(newline="")
        assert export_ics(s, binary, now=NOW) == 2
        assert export_ics(s, text, now=NOW) == 2
    assert binary.getvalue() == data
    assert text.getvalue().encode("utf-8") == data


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(store, orders,
                                                                  tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "sub").mkdir(parents=True)
    path = out / "due.ics"
    path.write_bytes(b"old")
    with store.session() as s:
        with pytest.raises(OSError):
            export_ics(s, out / "missing" / "due.ics", now=NOW)
        with pytest.raises(OSError):
            export_ics(s, out / "sub", now=NOW)  # a folder: the rename over it fails
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in out.iterdir()) == ["due.ics", "sub"]
    assert list((out / "sub").iterdir()) == []


def test_an_empty_store_gives_a_valid_empty_calendar(store) -> None:
    with store.session() as s:
        data, count = render(s, now=NOW)
    assert count == 0
    assert parse(data)["events"] == []


# --- the command line ----------------------------------------------------------------------


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    with open_store(d / "atelier.db") as st, st.transaction() as s:
        c = client(s, "Café Noir")
        order(s, title="Menu, carte", client_obj=c, due="2099-01-10T12:00")
        order(s, title="Affiche", client_obj=c, due="2099-01-12T12:00")
        walk(s, order(s, title="Ancienne", client_obj=c, due="2026-03-04T12:00"),
             S.CANCELLED)
    return d


def test_cli_writes_the_calendar_and_prints_the_count(capsys, data_dir: Path,
                                                      tmp_path: Path) -> None:
    target = tmp_path / "échéances.ics"
    code = main(["export", "ics", str(target), "--data-dir", str(data_dir)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "2 due date(s)" in out and str(target) in out
    cal = parse(target.read_bytes())
    assert len(cal["events"]) == 2
    assert unescape(cal["events"][0]["props"]["SUMMARY"]) == "Due: Menu, carte — Café Noir"

    code = main(["export", "ics", str(target), "--include-done", "--data-dir", str(data_dir)])
    assert code == 0
    assert "3 due date(s)" in capsys.readouterr().out


def test_cli_explains_a_path_it_cannot_write(capsys, data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "folder" / "due.ics"
    code = main(["export", "ics", str(target), "--data-dir", str(data_dir)])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert err.startswith("atelier: cannot write the calendar to ")
    assert str(target) in err and "No such file or directory" in err
    assert "Traceback" not in err
