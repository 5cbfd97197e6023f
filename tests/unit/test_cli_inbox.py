"""`atelier inbox add|list|show|sent|won|lost|reopen`: the opportunity inbox from the command
line; refusals are one sentence naming the option (exit 2) and change nothing."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from storage.db import open_store
from storage.paths import store_path
from storage.tables import Order
from tests.cli_helpers import run
from tests.factories import gig_with_packages

REQUEST = "Minimalist logo for my bakery\nVector files please. Budget $40."


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    with open_store(store_path(tmp_path)) as store, store.transaction() as s:
        gig_with_packages(s, "Minimalist logo design")
    return tmp_path


def test_add_list_show_won_creates_the_order(data_dir: Path, capsys) -> None:
    d = ["--data-dir", str(data_dir)]
    code, out, err = run(capsys, "inbox", "add", REQUEST, "--platform", "fiverr",
                         "--client", "Sam", "--json", *d)
    assert code == 0, err
    added = json.loads(out)
    assert (added["title"], added["platform"], added["client_name"], added["status"]) == (
        "Minimalist logo for my bakery", "Fiverr", "Sam", "new")
    code, out, err = run(capsys, "inbox", "list", *d)
    assert code == 0 and "Minimalist logo for my bakery" in out and "new" in out
    code, out, err = run(capsys, "inbox", "show", str(added["id"]), "--json", *d)
    assert code == 0, err
    shown = json.loads(out)
    assert shown["text"] == REQUEST
    assert shown["match"]["ranking"] == "keyword"
    assert shown["match"]["gigs"][0]["title"] == "Minimalist logo design"
    code, out, err = run(capsys, "inbox", "show", str(added["id"]), *d)
    assert code == 0 and "Ranked by words only." in out and "Minimalist logo design" in out
    assert "atelier models pull" in err
    code, out, err = run(capsys, "inbox", "sent", str(added["id"]), "--gig", "1",
                         "--package", "basic", *d)
    assert code == 0 and "proposal sent" in out
    assert json.loads(run(capsys, "inbox", "show", "1", "--json", *d)[1])["gig_id"] == 1
    code, out, err = run(capsys, "inbox", "won", str(added["id"]), "--gig",
                         "minimalist logo design", "--package", "premium", *d)
    assert code == 0, err
    assert out.startswith("Won: order #1 created — Minimalist logo design (Premium), Sam, Fiverr")
    with open_store(store_path(data_dir)) as store, store.session() as s:
        order = s.get(Order, 1)
        assert (order.price_minor, order.currency, order.brief) == (15000, "USD", REQUEST)
        assert (order.due_at - order.received_at).days == 7
    code, out, err = run(capsys, "inbox", "list", "--status", "won", "--json", *d)
    assert [r["order_id"] for r in json.loads(out)] == [1]


def test_a_request_from_a_file_or_stdin(data_dir: Path, tmp_path: Path, capsys,
                                        monkeypatch) -> None:
    d = ["--data-dir", str(data_dir)]
    f = tmp_path / "request.md"
    f.write_text("# Logo\nfor a café", encoding="utf-8")
    code, out, err = run(capsys, "inbox", "add", "--file", str(f), *d)
    assert (code, out.strip()) == (0, "Kept in the inbox: #1 # Logo"), err
    monkeypatch.setattr("sys.stdin", io.StringIO("Need an SEO article\n"))
    code, out, err = run(capsys, "inbox", "add", "-", *d)
    assert (code, out.strip()) == (0, "Kept in the inbox: #2 Need an SEO article"), err


@pytest.mark.parametrize("argv,said", [
    (["add"], "atelier: TEXT: give the request's text, --file FILE, or - to read it from the "
              "standard input.\n"),
    (["add", "  "], "atelier: TEXT: The request is empty: paste the buyer's message.\n"),
    (["add", "x", "--platform", "nowhere"], "atelier: --platform: no platform named "
                                            "“nowhere”.\n"),
    (["add", "--file", "missing.txt"], None),
    (["show", "9"], "atelier: ID: There is no opportunity #9.\n"),
    (["lost", "9", "--reason", "x"], "atelier: ID: There is no opportunity #9.\n"),
])
def test_refusals_are_one_sentence_and_exit_2(data_dir: Path, capsys, argv, said) -> None:
    code, out, err = run(capsys, "inbox", *argv, "--data-dir", str(data_dir))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    if said is not None:
        assert err == said
    code, out, err = run(capsys, "inbox", "list", "--json", "--data-dir", str(data_dir))
    assert json.loads(out) == []


def test_won_and_lost_refusals_name_the_option_and_change_nothing(data_dir: Path,
                                                                   capsys) -> None:
    d = ["--data-dir", str(data_dir)]
    assert run(capsys, "inbox", "add", "A logo", *d)[0] == 0
    code, _out, err = run(capsys, "inbox", "won", "1", "--gig", "1", "--package", "premium", *d)
    assert (code, err) == (2, "atelier: --client: Name the client (the buyer) of this order.\n")
    code, _out, err = run(capsys, "inbox", "won", "1", "--gig", "1", "--package", "gold",
                         "--client", "Sam", *d)
    assert code == 2 and err.startswith("atelier: --package: the gig “Minimalist logo design” "
                                        "has no package “gold”")
    code, _out, err = run(capsys, "inbox", "lost", "1", "--reason", " ", *d)
    assert code == 2 and err.startswith("atelier: --reason: Say in a few words why it was lost")
    assert json.loads(run(capsys, "inbox", "list", "--json", *d)[1])[0]["status"] == "new"
    assert run(capsys, "inbox", "won", "1", "--gig", "1", "--package", "basic", "--client",
               "Sam", *d)[0] == 0
    code, _out, err = run(capsys, "inbox", "lost", "1", "--reason", "Too cheap", *d)
    assert (code, err) == (2, "atelier: ID: This opportunity was won (order #1): a won "
                              "opportunity cannot be lost; cancel the order instead.\n")


@pytest.mark.slow
def test_show_ranks_by_meaning_with_the_real_minilm(data_dir: Path, capsys) -> None:
    """With an embedding model (here the real all-MiniLM-L6-v2 weights, as the setting
    names it) `inbox show` ranks by meaning, as `atelier match` does."""
    from storage import settings
    from tests.real_models import MINILM_NAME, import_minilm

    d = ["--data-dir", str(data_dir)]
    import_minilm(data_dir)
    capsys.readouterr()
    with open_store(store_path(data_dir)) as store, store.transaction() as s:
        gig_with_packages(s, "SEO article writing")
        settings.put(s, "embedding_model", MINILM_NAME)
    assert run(capsys, "inbox", "add", "I need a logo for my bakery, clean and simple", *d)[0] == 0
    code, out, err = run(capsys, "inbox", "show", "1", "--json", *d)
    assert code == 0, err
    match = json.loads(out)["match"]
    assert match["ranking"] == "semantic"
    assert match["gigs"][0]["title"] == "Minimalist logo design"


@pytest.mark.parametrize(("minimum", "said"), [
    ("70", "your minimum €70.00 — BELOW YOUR MINIMUM"),
    ("50", "your minimum €50.00 — PARTLY BELOW YOUR MINIMUM"),
    ("40", "your minimum €40.00\n"),
])
def test_show_says_whether_the_range_is_all_or_partly_below_the_minimum(
        tmp_path: Path, capsys, minimum: str, said: str) -> None:
    """€47.50 to €67.50 an hour (the four logo orders of tests.match_shop) against a minimum
    of €50 is partly below it, not below it (as the Inbox page says)."""
    from storage import settings
    from storage.pay import set_minimum_hourly
    from tests.match_shop import LOGO_REQUEST, gigs, logo_orders

    with open_store(store_path(tmp_path)) as store, store.transaction() as s:
        settings.put(s, "home_currency", "EUR")
        gigs(s)
        logo_orders(s)
        set_minimum_hourly(s, minimum, "EUR")
    d = ["--data-dir", str(tmp_path)]
    assert run(capsys, "inbox", "add", LOGO_REQUEST, *d)[0] == 0
    code, out, err = run(capsys, "inbox", "show", "1", *d)
    assert code == 0, err
    assert ("Expected net per hour: €47.50 to €67.50 (the middle half of 4 similar orders), "
            + said in out + "\n")
