"""`atelier match (TEXT | --file FILE | -) [--model NAME] [--json]` (issue 18): the ranking in
words without a model (saying which to download), the JSON of the issue, bad input refused
with one sentence (exit 2), and the real all-MiniLM-L6-v2 weights ranking a demo-like store."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from storage import settings
from storage.db import open_store
from storage.paths import store_path
from tests.cli_helpers import run
from tests.match_shop import LOGO_REQUEST, gigs, logo_orders

Capsys = pytest.CaptureFixture[str]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    with open_store(store_path(tmp_path)) as store, store.transaction() as s:
        settings.put(s, "home_currency", "EUR")
        gigs(s)
        logo_orders(s)
    return tmp_path


def test_without_a_model_it_ranks_by_words_and_says_which_model_to_download(
        data_dir: Path, capsys: Capsys) -> None:
    code, out, err = run(capsys, "match", LOGO_REQUEST, "--json", "--data-dir", str(data_dir))
    assert code == 0, err
    data = json.loads(out)
    assert data["ranking"] == "keyword"
    assert data["gigs"][0]["title"] == "Minimalist logo design"
    assert (data["expected_net_per_hour"]["low_minor"],
            data["expected_net_per_hour"]["high_minor"]) == (4750, 6750)
    assert "atelier models pull intfloat/multilingual-e5-small" in err
    assert "words only" in err


def test_the_text_output_names_the_gig_the_orders_and_the_range(
        data_dir: Path, capsys: Capsys) -> None:
    code, out, _err = run(capsys, "match", LOGO_REQUEST, "--data-dir", str(data_dir))
    assert code == 0
    assert "ranked by words only" in out
    assert "Minimalist logo design" in out.split("Similar past orders")[0]
    assert "Logo — Boulangerie Martin: €50.00 an hour" in out
    assert "Expected net per hour: €47.50 to €67.50 (the middle half of 4 similar orders)" in out


def test_a_request_from_a_file_and_from_standard_input(
        data_dir: Path, tmp_path: Path, capsys: Capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    request = tmp_path / "request.txt"
    request.write_text(LOGO_REQUEST, encoding="utf-8")
    code, out, _err = run(capsys, "match", "--file", str(request), "--json",
                          "--data-dir", str(data_dir))
    assert code == 0
    assert json.loads(out)["gigs"][0]["title"] == "Minimalist logo design"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(
        "Je cherche une traduction de mon site en français".encode())))
    code, out, _err = run(capsys, "match", "-", "--json", "--data-dir", str(data_dir))
    assert code == 0
    data = json.loads(out)
    assert (data["language"], data["gigs"][0]["title"]) == ("fr", "Traduction anglais-français")


@pytest.mark.parametrize(("argv", "said"), [
    (["--file", "{dir}/missing.txt"], "Atelier cannot read missing.txt"),
    (["--file", "{dir}/latin1.txt"], "latin1.txt is not UTF-8 text"),
    (["  "], "The request is empty: paste or type the buyer's words."),
    ([LOGO_REQUEST, "--model", "no-such-model"], "No installed model is named “no-such-model”"),
    ([LOGO_REQUEST, "--file", "{dir}/latin1.txt"], "not two of them"),
    ([], "Give the request's text"),
])
def test_bad_input_is_one_sentence_and_exit_2(data_dir: Path, capsys: Capsys,
                                              argv: list[str], said: str) -> None:
    (data_dir / "latin1.txt").write_bytes("Café à Montréal".encode("latin-1"))
    argv = [a.replace("{dir}", str(data_dir)) for a in argv]
    code, out, err = run(capsys, "match", *argv, "--data-dir", str(data_dir))
    assert code == 2
    assert out == ""
    assert said in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err and "Error" not in err


@pytest.mark.slow
def test_the_real_minilm_ranks_a_demo_like_store(data_dir: Path, capsys: Capsys) -> None:
    from tests.real_models import MINILM_NAME, import_minilm

    import_minilm(data_dir)
    capsys.readouterr()  # what the import printed
    code, out, err = run(capsys, "match", LOGO_REQUEST, "--model", MINILM_NAME, "--json",
                         "--data-dir", str(data_dir))
    assert code == 0, err
    data = json.loads(out)
    assert data["ranking"] == "semantic"
    assert data["gigs"][0]["title"] == "Minimalist logo design"
    assert [g["title"] for g in data["gigs"]].index("SEO blog articles") > 0 \
        if "SEO blog articles" in [g["title"] for g in data["gigs"]] else True
    assert data["expected_net_per_hour"]["orders"] == 4
    assert "Indexing" in err  # the passages got their vectors, with progress on stderr
    # a paraphrase with no word in common still finds the logo gig by meaning
    code, out, _err = run(capsys, "match", "an emblem for my brand identity", "--model",
                          MINILM_NAME, "--json", "--data-dir", str(data_dir))
    assert json.loads(out)["gigs"][0]["title"] == "Minimalist logo design"
    # a French request finds the French gig (words carry it; the model is English)
    code, out, _err = run(capsys, "match", "Je cherche une traduction de mon site en français",
                          "--model", MINILM_NAME, "--json", "--data-dir", str(data_dir))
    data = json.loads(out)
    assert data["gigs"][0]["title"] == "Traduction anglais-français"
    # no past order is like it: no range built from the logo orders
    assert data["similar_orders"] == [] and data["expected_net_per_hour"] is None
