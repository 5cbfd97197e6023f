"""Sentence embeddings (assistants.embedding) on a tiny random BERT built offline, and on the
real all-MiniLM-L6-v2 weights imported through `atelier models import` (tests/real_models.py).
"""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from assistants.embedding import (
    PREFIX_FILE,
    LocalEmbedder,
    embed_texts,
    open_embedder,
    read_settings,
)
from assistants.errors import Cancelled, ModelRefused
from assistants.installed import import_folder
from assistants.loading import validate_model_dir
from assistants.model_thread import ModelThread

TEXTS = [
    "Bonjour, je suis une freelance à Paris.",
    "The quote is ready for the client.",
    "Merci",
    "I translate documents and write articles for small businesses, in French and English.",
    "La facture sera envoyée en euros.",
    "Hello",
]


def _edit_config(folder: Path, **changes: Any) -> None:
    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    for key, value in changes.items():
        if value is None:
            config.pop(key, None)
        else:
            config[key] = value
    (folder / "config.json").write_text(json.dumps(config), encoding="utf-8")


# --------------------------------------------------------------------------- the kind of model


def test_an_encoder_without_lm_head_is_an_embedding_model(tiny_bert_dir: Path,
                                                          tmp_path: Path) -> None:
    assert validate_model_dir(tiny_bert_dir).kind == "embedding"
    # no architectures listed: the model type says it
    bare = Path(shutil.copytree(tiny_bert_dir, tmp_path / "bare"))
    _edit_config(bare, architectures=None)
    assert validate_model_dir(bare).kind == "embedding"
    for arch in ("XLMRobertaModel", "MPNetModel"):
        _edit_config(bare, architectures=[arch])
        assert validate_model_dir(bare).kind == "embedding"


def test_an_encoder_with_a_masked_lm_head_is_refused_naming_the_three_kinds(
        tiny_bert_dir: Path, tmp_path: Path) -> None:
    folder = Path(shutil.copytree(tiny_bert_dir, tmp_path / "mlm"))
    _edit_config(folder, architectures=["BertForMaskedLM"])
    with pytest.raises(ModelRefused) as info:
        validate_model_dir(folder)
    message = str(info.value)
    assert "BertForMaskedLM" in message
    assert "causal LM" in message and "seq2seq" in message and "sentence-embedding" in message


def test_a_pickle_only_encoder_is_refused(pickle_only_bert_dir: Path) -> None:
    with pytest.raises(ModelRefused, match="pickle"):
        validate_model_dir(pickle_only_bert_dir)
    with pytest.raises(ModelRefused, match="pickle"):
        open_embedder(pickle_only_bert_dir)


def test_a_writing_model_is_not_an_embedder(tiny_causal_dir: Path) -> None:
    with pytest.raises(ModelRefused, match="not a sentence-embedding model"):
        open_embedder(tiny_causal_dir)


# --------------------------------------------------------------------------- vectors


def test_vectors_are_float32_unit_rows_in_the_order_of_the_texts(loaded_bert: Any) -> None:
    vectors = embed_texts(loaded_bert, TEXTS, batch_size=4)
    assert vectors.dtype == np.float32
    assert vectors.shape == (len(TEXTS), 32)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    # each row belongs to its own text, whatever the length sort did
    for i, text in enumerate(TEXTS):
        np.testing.assert_allclose(vectors[i], embed_texts(loaded_bert, [text])[0], atol=1e-5)
    assert embed_texts(loaded_bert, []).shape == (0, 32)


def test_padding_does_not_change_a_text_vector(loaded_bert: Any) -> None:
    short = "Merci"
    alone = embed_texts(loaded_bert, [short])[0]
    # in one batch with a long text, "Merci" is padded to the long text's length
    together = embed_texts(loaded_bert, [TEXTS[3], short], batch_size=2)[1]
    np.testing.assert_allclose(together, alone, atol=1e-5)


def test_texts_are_cut_at_the_models_max_seq_length(loaded_bert: Any, tiny_bert_dir: Path) -> None:
    assert read_settings(tiny_bert_dir).max_seq_length == 24  # sentence_bert_config.json
    long = " ".join(["the quote is ready for the client"] * 10)  # far more than 24 tokens
    longer = long + " merci bonjour hello"  # differs only after the cut
    a, b = embed_texts(loaded_bert, [long, longer])
    np.testing.assert_allclose(a, b, atol=1e-6)


def test_without_sentence_bert_config_the_length_is_capped(tiny_bert_dir: Path,
                                                           tmp_path: Path) -> None:
    folder = Path(shutil.copytree(tiny_bert_dir, tmp_path / "plain"))
    (folder / "sentence_bert_config.json").unlink()
    # config.json allows 64 positions, the tokenizer 64: the smaller limit wins over 256
    assert read_settings(folder, tokenizer_max=64).max_seq_length == 64
    _edit_config(folder, max_position_embeddings=4096)
    assert read_settings(folder, tokenizer_max=10**30).max_seq_length == 256


def test_cancel_stops_between_batches(loaded_bert: Any) -> None:
    cancel = threading.Event()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        cancel.set()  # Cancel pressed while the first batch ran

    with pytest.raises(Cancelled) as info:
        embed_texts(loaded_bert, TEXTS, batch_size=2, cancel=cancel, progress=progress)
    assert seen == [(2, 6)]
    assert info.value.partial == 2


def test_progress_reports_each_batch(loaded_bert: Any) -> None:
    seen: list[tuple[int, int]] = []
    embed_texts(loaded_bert, TEXTS, batch_size=4, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(4, 6), (6, 6)]


# --------------------------------------------------------------------------- e5 prefixes


def test_an_imported_e5_model_gets_its_query_and_passage_prefixes(
        tiny_bert_dir: Path, loaded_bert: Any, tmp_path: Path) -> None:
    models = tmp_path / "models"
    e5 = import_folder(tiny_bert_dir, models, "multilingual-e5-small")
    assert json.loads((e5.path / PREFIX_FILE).read_text(encoding="utf-8"))["query_prefix"] \
        == "query: "
    settings = read_settings(e5.path)
    assert (settings.query_prefix, settings.passage_prefix) == ("query: ", "passage: ")
    with ModelThread(name="e5-test") as thread:
        embedder = open_embedder(e5.path, model_thread=thread, device="cpu")
        query = embedder(["logo for a bakery"], "query")[0]
        passage = embedder(["logo for a bakery"], "passage")[0]
    # the same vectors as the texts with their prefixes written out, on the plain model
    plain = embed_texts(loaded_bert, ["query: logo for a bakery", "passage: logo for a bakery"])
    np.testing.assert_allclose(query, plain[0], atol=1e-5)
    np.testing.assert_allclose(passage, plain[1], atol=1e-5)
    # another encoder, under another name, gets none
    other = import_folder(tiny_bert_dir, models, "my-encoder")
    assert not (other.path / PREFIX_FILE).exists()
    assert read_settings(other.path).query_prefix == ""


def test_sentence_transformers_prompts_give_the_prefixes(tiny_bert_dir: Path,
                                                          tmp_path: Path) -> None:
    folder = Path(shutil.copytree(tiny_bert_dir, tmp_path / "st"))
    (folder / "config_sentence_transformers.json").write_text(
        json.dumps({"prompts": {"query": "query: ", "passage": "passage: "}}), encoding="utf-8")
    assert read_settings(folder).query_prefix == "query: "


# --------------------------------------------------------------------------- the model thread


def test_a_call_from_another_thread_runs_on_the_model_thread(loaded_bert: Any) -> None:
    ran_on: list[threading.Thread] = []

    def load() -> Any:
        ran_on.append(threading.current_thread())
        return loaded_bert

    with ModelThread(name="embed-thread-test") as thread:
        embedder = LocalEmbedder("tiny-bert", load, model_thread=thread)
        vectors = embedder(TEXTS[:2], "passage")
        assert ran_on == [thread.thread]
    np.testing.assert_allclose(vectors, embed_texts(loaded_bert, TEXTS[:2]), atol=1e-6)


def test_a_cancelled_call_does_not_run(loaded_bert: Any) -> None:
    cancel = threading.Event()
    cancel.set()
    ran: list[int] = []
    with ModelThread(name="embed-cancel-test") as thread:
        embedder = LocalEmbedder("tiny-bert", lambda: ran.append(1) or loaded_bert,
                                 model_thread=thread, cancel=cancel)
        with pytest.raises(Cancelled):
            embedder(TEXTS, "passage")
    assert ran == []


# --------------------------------------------------------------------------- real weights

LOGO_REQUEST = "I need a minimalist logo for my bakery, vector files"
LOGO_GIG = ("I will design a modern minimalist logo for your business, with vector files "
            "(AI, SVG, PDF) and unlimited revisions")
SEO_GIG = ("I will write SEO-optimised blog articles of 1000 words for your website, "
           "keyword research included")


@pytest.mark.slow
def test_real_minilm_ranks_the_logo_gig_above_the_seo_article_gig(minilm_embedder: Any) -> None:
    assert minilm_embedder.name == "all-MiniLM-L6-v2"
    query = minilm_embedder([LOGO_REQUEST], "query")[0]
    gigs = minilm_embedder([LOGO_GIG, SEO_GIG], "passage")
    assert gigs.shape == (2, 384)
    logo, seo = gigs @ query
    assert logo > seo + 0.2, (logo, seo)


@pytest.mark.slow
def test_real_minilm_scores_paraphrases_above_unrelated_texts(minilm_embedder: Any) -> None:
    pairs = [
        ("Can you deliver the files by Friday?", "Could the files be ready before Friday?"),
        ("I need my website translated into French.",
         "Please translate my site from English to French."),
        ("The payment was sent yesterday.", "I paid you yesterday."),
    ]
    left = minilm_embedder([a for a, _ in pairs], "passage")
    right = minilm_embedder([b for _, b in pairs], "passage")
    scores = left @ right.T  # diagonal: paraphrases; elsewhere: unrelated pairs
    for i in range(len(pairs)):
        others = [scores[i, j] for j in range(len(pairs)) if j != i]
        assert scores[i, i] > max(others) + 0.2, scores


@pytest.mark.slow
def test_int8_minilm_embeds_as_the_float32_weights_do(tmp_path: Path) -> None:
    """The quality guard of the int8 quantization the drafting models run with
    (``quantize_int8_``), on real weights: every sentence's int8 vector keeps a cosine of at
    least 0.99 with its float32 vector, and the logo request still ranks the logo gig first."""

    from assistants.embedding import embed_texts
    from assistants.loading import full_range_int8, load_model, quantize_int8_
    from tests.real_models import import_minilm
    from tests.unit.assistants.conftest import SENTENCES

    if not full_range_int8():
        pytest.skip("this processor has no VNNI instructions: int8 activations keep 7 bits "
                    "there, and the guard's threshold is for 8")
    folder = import_minilm(tmp_path)
    texts = [*SENTENCES, LOGO_REQUEST, LOGO_GIG, SEO_GIG]

    def vectors(int8: bool) -> Any:
        loaded = load_model(folder, dtype="float32", device="cpu")
        if int8:
            quantize_int8_(loaded.model)
        return embed_texts(loaded, texts, role="passage")

    full, quantized = vectors(False), vectors(True)
    cosines = (full * quantized).sum(axis=1)  # rows have length 1
    assert cosines.min() >= 0.99, dict(zip(texts, cosines.round(4), strict=True))
    request, logo, seo = quantized[len(SENTENCES):len(SENTENCES) + 3]
    assert request @ logo > request @ seo + 0.2


@pytest.mark.slow
def test_the_kernel_products_and_four_bits_on_real_weights(tmp_path: Path) -> None:
    """The quality guard of Atelier's kernel on real weights (all-MiniLM-L6-v2): its int8
    products keep the 0.99 cosine of torch's; its 4-bit weights (``quantize_int4_``, the
    Models page's 4-bit) keep every vector within a cosine of 0.95 of float32's (0.957 here,
    0.967 on average) and the logo request still ranks the logo gig first."""
    from assistants import kernels
    from assistants.embedding import embed_texts
    from assistants.fastdecode import Product, serve_from
    from assistants.loading import load_model, quantize_int4_, quantize_int8_
    from tests.real_models import import_minilm
    from tests.unit.assistants.conftest import SENTENCES

    if not kernels.status().available:
        pytest.skip(f"Atelier's kernel does not serve here: {kernels.status().reason}")
    folder = import_minilm(tmp_path)
    texts = [*SENTENCES, LOGO_REQUEST, LOGO_GIG, SEO_GIG]

    def on_kernel(model: Any) -> None:  # every int8 layer as a kernel product
        for module in list(model.modules()):
            for name, child in list(module.named_children()):
                if getattr(child, "_packed_params", None) is not None \
                        and hasattr(child, "in_features"):
                    product = Product([child])
                    assert product.on_kernel
                    serve_from(module, name, product)

    def vectors(mode: str) -> Any:
        loaded = load_model(folder, dtype="float32", device="cpu")
        if mode == "int8":
            quantize_int8_(loaded.model)
            on_kernel(loaded.model)
        elif mode == "4-bit":
            quantize_int4_(loaded.model)
        return embed_texts(loaded, texts, role="passage")

    full = vectors("float32")
    for mode, floor in (("int8", 0.99), ("4-bit", 0.95)):
        quantized = vectors(mode)
        cosines = (full * quantized).sum(axis=1)
        assert cosines.min() >= floor, (mode, dict(zip(texts, cosines.round(4), strict=True)))
        request, logo, seo = quantized[len(SENTENCES):len(SENTENCES) + 3]
        assert request @ logo > request @ seo + 0.2, mode


# --------------------------------------------------------------------------- the CLI


def test_models_pull_installs_the_e5_catalogue_model_with_its_prefixes(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, tiny_bert_dir: Path) -> None:
    from tests.cli_helpers import run
    from tests.hubserver import HubServer, files_from
    from tests.keyring_backend import MemoryKeyring, use_keyring

    repo = "intfloat/multilingual-e5-small"
    d = ["--data-dir", str(tmp_path)]
    with use_keyring(MemoryKeyring()), HubServer({repo: files_from(tiny_bert_dir)}) as hub:
        code, out, err = run(capsys, "models", "pull", repo, "--endpoint", hub.endpoint, *d)
    assert code == 0, err
    folder = tmp_path / "models" / "multilingual-e5-small"
    assert read_settings(folder).query_prefix == "query: "
    code, out, _ = run(capsys, "models", "list", "--json", *d)
    listed = json.loads(out)
    assert [(m["name"], m["kind"]) for m in listed["installed"]] == [
        ("multilingual-e5-small", "embedding")]
    assert {e["repo_id"] for e in listed["catalogue"] if e["task"] == "embedding"} == {
        repo, "sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2",
        "sentence-transformers/all-MiniLM-L6-v2"}
    code, out, _ = run(capsys, "models", "list", *d)
    assert "embedding" in out


def test_writing_and_translating_commands_name_an_embedding_model_as_such(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, tiny_bert_dir: Path) -> None:
    from tests.cli_helpers import data_dir_with_model, run

    data = data_dir_with_model(tmp_path / "data", tiny_bert_dir, "bert", capsys)
    text = tmp_path / "t.txt"
    text.write_text("Bonjour", encoding="utf-8")
    srt = tmp_path / "t.srt"
    srt.write_text("1\n00:00:01,000 --> 00:00:02,000\nBonjour\n", encoding="utf-8")
    for argv in (["rewrite", "--kind", "shorter", "--model", "bert", str(text)],
                 ["draft", "--template", "seo-meta", "--var", "brief=x", "--var",
                  "keywords=y", "--model", "bert", "--lang", "en", "-o",
                  str(tmp_path / "d.txt")],
                 ["brainstorm", "--brief", str(text), "--model", "bert", "-o",
                  str(tmp_path / "b.md")],
                 ["translate", str(srt), "--from", "fr", "--to", "en", "--model", "bert",
                  "-o", str(tmp_path / "o.srt")]):
        code, _, err = run(capsys, *argv, "--data-dir", str(data))
        assert code == 2, (argv, err)
        assert "sentence-embedding model" in err, (argv, err)
        assert "is a translation model" not in err and "is a writing model" not in err
