"""Tiny random models built from scratch, offline, for the real loading and generation code.

- a causal LM: a 2-layer Llama (hidden size 32) with a BPE tokenizer trained here with the
  ``tokenizers`` library on a few French and English sentences, wrapped as a
  ``PreTrainedTokenizerFast`` with a ChatML chat template;
- a Marian seq2seq model (2+2 layers, d_model 32) with a BPE tokenizer trained the same way.
  Marian's own tokenizer needs SentencePiece models (and the sentencepiece package); a fast
  tokenizer with Marian's conventions (appends ``</s>``, pads with ``<pad>`` = decoder start)
  stands in for it. Its weights use ``init_std=1.0`` so that, random as they are, outputs
  differ from one input to another (with the usual 0.02 every input gives the same output);
- a pickle-only folder: the causal LM's config and tokenizer with ``pytorch_model.bin`` only;
- a sentence encoder: a 2-layer ``BertModel`` (hidden size 32) with a WordPiece tokenizer
  (``build_bert_encoder``), and its pickle-only twin.

``minilm_embedder`` is the real all-MiniLM-L6-v2 (tests/real_models.py), loaded once per worker.

Why Llama and not Qwen2 for the causal LM: transformers 5 rebuilds a Qwen2 tokenizer's pipeline
as byte-level BPE whatever tokenizer.json says; with Llama the trained tokenizer is used as is.
The tokenizer uses Metaspace (SentencePiece-style) pieces, so every token decodes to valid text
and the streamer yields chunks at word boundaries.

The causal LM's generation config suppresses its special tokens (end-of-sequence included): a
random model would otherwise stop at random, and tests need to know how long it will write.
"""

from __future__ import annotations

import shutil
import string
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.cli_helpers import data_dir_with_model

SENTENCES = [
    "Bonjour, je suis une freelance à Paris.",
    "Hello, I am a freelancer in Montreal.",
    "Le devis est prêt pour le client.",
    "The quote is ready for the client.",
    "Merci pour votre commande, la livraison est prévue demain.",
    "Thank you for your order, the delivery is planned for tomorrow.",
    "Je traduis des documents et je rédige des articles.",
    "I translate documents and write articles for small businesses.",
    "La facture sera envoyée en euros ou en dirhams.",
    "The invoice will be sent in dollars or in euros.",
]

CHATML = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n"
    "{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


# Every character a test prompt may use, so that nothing becomes <unk>.
ALPHABET = list(string.ascii_letters + string.digits + string.punctuation + "àâçéèêëîïôùûüÿœ’«»")


def _train_tokenizer(specials: list[str], vocab_size: int) -> Any:
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    tok = Tokenizer(models.BPE(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.Metaspace()
    tok.decoder = decoders.Metaspace()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size, special_tokens=specials, initial_alphabet=ALPHABET
    )
    tok.train_from_iterator(SENTENCES * 3, trainer)
    return tok


def build_causal_lm(path: Path) -> Path:
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    specials = ["<unk>", "<s>", "<|im_end|>", "<pad>", "<|im_start|>"]
    tok = _train_tokenizer(specials, 400)
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok, bos_token="<s>", eos_token="<|im_end|>", pad_token="<pad>",
        unk_token="<unk>",
    )
    fast.chat_template = CHATML
    config = LlamaConfig(
        vocab_size=len(fast), hidden_size=32, intermediate_size=64, num_hidden_layers=2,
        num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=4096,
        bos_token_id=fast.bos_token_id, eos_token_id=fast.eos_token_id,
        pad_token_id=fast.pad_token_id, tie_word_embeddings=True,
    )
    torch.manual_seed(1234)
    model = LlamaForCausalLM(config)
    # A random model would stop (or write only special tokens) at random: it writes text only.
    model.generation_config.suppress_tokens = [tok.token_to_id(t) for t in specials]
    model.save_pretrained(path)
    fast.save_pretrained(path)
    return path


def build_seq2seq(path: Path) -> Path:
    import torch
    from tokenizers import processors
    from transformers import MarianConfig, MarianMTModel, PreTrainedTokenizerFast

    tok = _train_tokenizer(["<pad>", "</s>", "<unk>"], 300)
    tok.post_processor = processors.TemplateProcessing(
        single="$A </s>", pair="$A $B </s>", special_tokens=[("</s>", tok.token_to_id("</s>"))]
    )
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok, eos_token="</s>", pad_token="<pad>", unk_token="<unk>"
    )
    v = len(fast)
    config = MarianConfig(
        vocab_size=v, decoder_vocab_size=v, d_model=32, encoder_layers=2, decoder_layers=2,
        encoder_attention_heads=2, decoder_attention_heads=2, encoder_ffn_dim=64,
        decoder_ffn_dim=64, max_position_embeddings=128, pad_token_id=fast.pad_token_id,
        eos_token_id=fast.eos_token_id, decoder_start_token_id=fast.pad_token_id,
        forced_eos_token_id=fast.eos_token_id, init_std=1.0,
    )
    torch.manual_seed(1234)
    model = MarianMTModel(config)
    model.save_pretrained(path)
    fast.save_pretrained(path)
    return path


def build_pickle_only(source: Path, path: Path) -> Path:
    """Same config and tokenizer as ``source``, weights only as pytorch_model.bin (pickle).
    transformers 5's save_pretrained writes safetensors only, so torch.save does it."""
    import torch
    from safetensors.torch import load_file

    shutil.copytree(source, path)
    state = load_file(str(path / "model.safetensors"))
    (path / "model.safetensors").unlink()
    torch.save(state, path / "pytorch_model.bin")
    return path


def build_bert_encoder(path: Path) -> Path:
    """A tiny random sentence encoder: a 2-layer ``BertModel`` (hidden size 32) with a
    WordPiece tokenizer trained here, adding [CLS] … [SEP] like BERT's, and a
    ``sentence_bert_config.json`` that sets max_seq_length to 24 tokens."""
    import json

    import torch
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors, trainers
    from transformers import BertConfig, BertModel, PreTrainedTokenizerFast

    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    tok = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tok.normalizer = normalizers.BertNormalizer(lowercase=True)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    trainer = trainers.WordPieceTrainer(vocab_size=300, special_tokens=specials,
                                        initial_alphabet=ALPHABET)
    tok.train_from_iterator(SENTENCES * 3, trainer)
    cls, sep = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", cls), ("[SEP]", sep)])
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]", cls_token="[CLS]",
        sep_token="[SEP]", mask_token="[MASK]", model_max_length=64)
    config = BertConfig(
        vocab_size=len(fast), hidden_size=32, intermediate_size=64, num_hidden_layers=2,
        num_attention_heads=4, max_position_embeddings=64, pad_token_id=fast.pad_token_id,
        architectures=["BertModel"],
    )
    torch.manual_seed(1234)
    model = BertModel(config)
    model.save_pretrained(path)
    fast.save_pretrained(path)
    (path / "sentence_bert_config.json").write_text(
        json.dumps({"max_seq_length": 24, "do_lower_case": False}), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def tiny_causal_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_causal_lm(tmp_path_factory.mktemp("models") / "tiny-causal")


@pytest.fixture(scope="session")
def tiny_seq2seq_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_seq2seq(tmp_path_factory.mktemp("models") / "tiny-marian")


@pytest.fixture(scope="session")
def pickle_only_dir(tmp_path_factory: pytest.TempPathFactory, tiny_causal_dir: Path) -> Path:
    return build_pickle_only(tiny_causal_dir, tmp_path_factory.mktemp("models") / "pickle-only")


@pytest.fixture(scope="session")
def tiny_bert_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_bert_encoder(tmp_path_factory.mktemp("models") / "tiny-bert")


@pytest.fixture(scope="session")
def pickle_only_bert_dir(tmp_path_factory: pytest.TempPathFactory, tiny_bert_dir: Path) -> Path:
    return build_pickle_only(tiny_bert_dir, tmp_path_factory.mktemp("models") / "pickle-bert")


@pytest.fixture(scope="session")
def loaded_bert(tiny_bert_dir: Path) -> Iterator[Any]:
    from assistants.loading import load_model

    loaded = load_model(tiny_bert_dir, device="cpu", check_memory=False, quantize_int8=False)
    yield loaded
    loaded.close()


@pytest.fixture(scope="session")
def minilm_embedder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The real all-MiniLM-L6-v2, imported by `atelier models import` into a data folder of
    its own and loaded once per test worker. It runs in the test's thread (no model thread:
    one left open across tests would count as a leak; tests of the model thread use the tiny
    BERT)."""
    from assistants.embedding import open_embedder
    from tests.real_models import import_minilm

    folder = import_minilm(tmp_path_factory.mktemp("minilm-data"))
    yield open_embedder(folder, device="cpu")


@pytest.fixture
def causal_copy(tmp_path: Path, tiny_causal_dir: Path) -> Path:
    """A throw-away copy of the causal LM folder, for tests that break it."""
    return Path(shutil.copytree(tiny_causal_dir, tmp_path / "copy"))


@pytest.fixture(scope="session")
def loaded_causal(tiny_causal_dir: Path) -> Iterator[Any]:
    from assistants.loading import load_model

    loaded = load_model(tiny_causal_dir, device="cpu", check_memory=False)
    yield loaded
    loaded.close()


@pytest.fixture(scope="session")
def loaded_seq2seq(tiny_seq2seq_dir: Path) -> Iterator[Any]:
    from assistants.loading import load_model

    loaded = load_model(tiny_seq2seq_dir, device="cpu", check_memory=False)
    yield loaded
    loaded.close()


@pytest.fixture
def tiny_data_dir(tmp_path: Path, tiny_causal_dir: Path,
                  capsys: pytest.CaptureFixture[str]) -> Path:
    """A data folder with the tiny causal LM imported as "tiny", for CLI tests."""
    return data_dir_with_model(tmp_path / "data", tiny_causal_dir, "tiny", capsys)


@pytest.fixture
def tiny_mt_data_dir(tmp_path: Path, tiny_seq2seq_dir: Path,
                     capsys: pytest.CaptureFixture[str]) -> Path:
    """A data folder with the tiny seq2seq model imported as "tiny-mt", for CLI tests."""
    return data_dir_with_model(tmp_path / "data", tiny_seq2seq_dir, "tiny-mt", capsys)
