"""`atelier inbox propose ID --model NAME [--gig ID] [--package TIER] [-o FILE]` with the tiny
local model (no network): the proposal is printed, kept as a model version of the request's
proposal draft, a second one adds a version; refusals are one sentence naming the option."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from storage import drafts
from storage import opportunities as inbox
from storage.db import open_store
from storage.paths import store_path
from storage.tables import Opportunity, Origin
from tests.cli_helpers import run
from tests.factories import gig_with_packages, order

REQUEST = "Bonjour, il me faut des articles SEO pour le blog de ma boulangerie."


@pytest.fixture
def request_id(tiny_data_dir: Path) -> int:
    with open_store(store_path(tiny_data_dir)) as store, store.transaction() as s:
        gig = gig_with_packages(s, "Rédaction web SEO pour boulangerie")
        past = order(s, title="Articles pour une pâtisserie", gig_id=gig.id)
        d = drafts.create_draft(s, "Article pâtisserie", order_id=past.id)
        drafts.record_save(s, d.id, "Trois articles sur les croissants du matin.")
        return inbox.add(s, REQUEST, now=datetime(2026, 12, 1, tzinfo=UTC)).id


def test_propose_prints_keeps_and_adds_a_version(capsys, tiny_data_dir: Path,
                                                 request_id: int, tmp_path: Path) -> None:
    d = ["--data-dir", str(tiny_data_dir)]
    out_file = tmp_path / "proposal.txt"
    code, out, err = run(capsys, "inbox", "propose", str(request_id), "--model", "tiny",
                         "--package", "premium", "--max-tokens", "12", "--seed", "1",
                         "-o", str(out_file), *d)
    assert code == 0, err
    assert "Kept as the new draft #" in err and "from 1 similar past deliverable" in err
    assert "never sends it" in err
    with open_store(store_path(tiny_data_dir)) as store, store.session() as s:
        draft_id = s.get(Opportunity, request_id).proposal_id
        [version] = drafts.list_versions(s, draft_id)
        assert (version.origin, version.model_id) == (Origin.AI, "tiny")
        assert version.text and version.text.split() == out.split()
    assert out_file.read_text(encoding="utf-8").split() == version.text.split()
    code, _out, err = run(capsys, "inbox", "propose", str(request_id), "--model", "tiny",
                          "--max-tokens", "8", "--seed", "2", *d)
    assert code == 0, err
    assert f"Added as a version of draft #{draft_id}" in err
    with open_store(store_path(tiny_data_dir)) as store, store.session() as s:
        assert [v.origin for v in drafts.list_versions(s, draft_id)] == [Origin.AI, Origin.AI]


@pytest.mark.parametrize(("argv", "said"), [
    (["99", "--model", "tiny"], "ID: There is no opportunity #99."),
    (["{id}", "--model", "tiny", "--package", "gold"], "--package: the gig"),
    (["{id}", "--model", "tiny", "--gig", "nope"], "--gig:"),
    (["{id}", "--model", "tiny", "-o", "out.pdf"], "-o: Drafts are exported as"),
])
def test_refusals_name_the_option_and_keep_nothing(capsys, tiny_data_dir: Path,
                                                   request_id: int, argv, said) -> None:
    argv = [a.format(id=request_id) for a in argv]
    code, _out, err = run(capsys, "inbox", "propose", *argv, "--data-dir", str(tiny_data_dir))
    assert code == 2 and said in err, err
    with open_store(store_path(tiny_data_dir)) as store, store.session() as s:
        assert s.get(Opportunity, request_id).proposal_id is None
