"""The shipped catalogue: valid data, honest RAM figures, non-commercial models flagged."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from assistants.catalogue import (
    DTYPES,
    CatalogueError,
    _load_text,
    default_model,
    find_entry,
    load_catalogue,
    parse_catalogue,
)
from assistants.resources import estimate_ram


def test_catalogue_entries_are_complete() -> None:
    entries = load_catalogue()
    assert len(entries) >= 10
    for e in entries:
        assert e.task in ("chat", "translation", "embedding")
        owner, _, name = e.repo_id.partition("/")
        assert owner and name
        assert e.revision == "main" or e.revision_pinned
        assert e.parameters > e.embedding_parameters > 0
        assert e.disk_bytes > 0
        assert e.languages
        assert e.licence
        assert e.notes_text("en") and e.notes_text("fr")


def test_tasks_filter_and_defaults() -> None:
    chat = load_catalogue("chat")
    translation = load_catalogue("translation")
    assert {e.task for e in chat} == {"chat"}
    assert {e.task for e in translation} == {"translation"}
    embedding = load_catalogue("embedding")
    assert {e.task for e in embedding} == {"embedding"}
    assert len(chat) + len(translation) + len(embedding) == len(load_catalogue())
    assert default_model("chat").repo_id == "Qwen/Qwen2.5-0.5B-Instruct"
    assert default_model("translation").commercial_use
    assert default_model("translation", source="fr", target="en").repo_id == (
        "Helsinki-NLP/opus-mt-fr-en"
    )
    with pytest.raises(LookupError):
        default_model("translation", source="fr", target="xx")
    with pytest.raises(ValueError, match="unknown task"):
        load_catalogue("images")  # type: ignore[arg-type]


def test_embedding_models_are_listed_with_one_commercial_default() -> None:
    embedding = {e.repo_id: e for e in load_catalogue("embedding")}
    assert set(embedding) == {
        "intfloat/multilingual-e5-small",
        "sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2",
        "sentence-transformers/all-MiniLM-L6-v2"}
    default = default_model("embedding")
    assert default.repo_id == "intfloat/multilingual-e5-small"
    assert default.commercial_use and default.licence == "mit"
    assert {"fr", "en", "ar"} <= set(default.languages)
    assert (default.query_prefix, default.passage_prefix) == ("query: ", "passage: ")
    minilm = embedding["sentence-transformers/all-MiniLM-L6-v2"]
    assert minilm.languages == ("en",) and minilm.query_prefix is None
    assert minilm.licence == "apache-2.0" and minilm.commercial_use
    # the installed real weights hold the parameters the catalogue states
    from assistants.loading import validate_model_dir
    from tests.real_models import minilm_source

    assert validate_model_dir(minilm_source()).parameters == minilm.parameters


def test_required_models_are_listed() -> None:
    ids = {e.repo_id for e in load_catalogue()}
    for repo in ("Qwen/Qwen2.5-0.5B-Instruct", "Qwen/Qwen2.5-1.5B-Instruct",
                 "HuggingFaceTB/SmolLM2-1.7B-Instruct", "facebook/nllb-200-distilled-600M"):
        assert repo in ids
    for pair in ("fr-en", "en-fr", "en-es", "es-en", "en-de", "de-en", "ar-en", "en-ar"):
        assert f"Helsinki-NLP/opus-mt-{pair}" in ids
        src, tgt = pair.split("-")
        assert default_model("translation", source=src, target=tgt).commercial_use


def test_non_commercial_models_carry_a_warning() -> None:
    nllb = find_entry("facebook/nllb-200-distilled-600M")
    assert nllb is not None
    assert not nllb.commercial_use
    assert nllb.licence == "cc-by-nc-4.0"
    flagged = [e for e in load_catalogue() if not e.commercial_use]
    assert nllb in flagged
    for e in flagged:
        for lang in ("en", "fr"):
            text = e.warning_text(lang)
            assert text and len(text) > 40
        assert "commercial" in (e.warning_text("en") or "").lower()
    for e in load_catalogue():
        if e.commercial_use:
            assert e.warning_text() is None


def test_ram_estimates_are_computed_from_parameters() -> None:
    qwen = default_model("chat")
    fp32, bf16, int8, int4 = (qwen.ram_bytes(d) for d in DTYPES)
    assert fp32 > bf16
    assert fp32 > int8
    assert fp32 == estimate_ram(qwen.parameters, "float32")
    # 0.49 B parameters in float32 are 1.98 GB of weights: the estimate is above, not far above.
    assert 2.0e9 < fp32 < 3.0e9
    # int8 keeps the 136 M-parameter embedding in float32: not a quarter of float32.
    assert int8 > fp32 / 4
    assert qwen.ram_bytes("int8", peak=True) >= fp32 - 1
    # 4-bit: 4.5 bits for each linear weight (lm_head's copy included), the embedding float32
    assert int8 > int4 > bf16 / 3
    assert qwen.ram_bytes("int4", peak=True) >= fp32 - 1
    big = find_entry("Qwen/Qwen2.5-1.5B-Instruct")
    assert big is not None and big.ram_bytes("bfloat16") > bf16


def test_malformed_catalogue_is_rejected() -> None:
    doc = json.loads(_load_text())
    nllb = next(m for m in doc["models"] if m["repo_id"].startswith("facebook/nllb"))
    del nllb["warning"]
    with pytest.raises(CatalogueError, match="warning"):
        parse_catalogue(json.dumps(doc))
    doc = json.loads(_load_text())
    doc["models"][0]["parameters"] = "many"
    with pytest.raises(CatalogueError, match="parameters"):
        parse_catalogue(json.dumps(doc))


def test_importing_assistants_loads_neither_torch_nor_qt() -> None:
    code = (
        "import sys\n"
        "import assistants.catalogue, assistants.errors, assistants.generation\n"
        "import assistants.loading, assistants.resources, assistants.translation\n"
        "heavy = [m for m in ('torch', 'transformers', 'PySide6') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
