"""Text from any model is cleaned where it enters the app: generation chunks, translations and
brainstorm answers come without control characters, lone surrogates or U+FFFE/U+FFFF, and
the count of what was removed is there for the caller to tell the person once. The real
generation and translation code runs on the tiny models, whose tokenizer is wrapped so that
its decoded text carries such characters, as a broken or hostile model's would."""

from __future__ import annotations

import json
from typing import Any

from assistants.brainstorm import BoardRun, BriefRequest
from assistants.generation import stream_generate
from assistants.translation import translate_batch
from storage.cleantext import has_illegal, illegal_characters

NASTY = "\x07\x00\ud800\ufffe\x85"
MESSAGES = [{"role": "user", "content": "Bonjour, je suis une freelance à Paris."}]


class HostileTokenizer:
    """The real tokenizer, whose decoded text has NASTY after every character (streaming)
    or every space (translation)."""

    def __init__(self, tokenizer: Any) -> None:
        self._tokenizer = tokenizer

    def __getattr__(self, name: str) -> Any:
        return getattr(self._tokenizer, name)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._tokenizer(*args, **kwargs)

    def decode(self, *args: Any, **kwargs: Any) -> str:
        return "".join(c + NASTY for c in str(self._tokenizer.decode(*args, **kwargs)))

    def batch_decode(self, *args: Any, **kwargs: Any) -> list[str]:
        return [t.replace(" ", " " + NASTY) + "\x1b"
                for t in self._tokenizer.batch_decode(*args, **kwargs)]


def test_stream_chunks_are_clean_and_the_removed_count_is_in_the_stats(
        loaded_causal: Any) -> None:
    def run(tokenizer: Any) -> Any:
        stream = stream_generate(loaded_causal.model, tokenizer, MESSAGES, max_new_tokens=30,
                                 temperature=0.8, top_p=0.95, seed=7)
        return stream, list(stream)

    plain, _ = run(loaded_causal.tokenizer)
    hostile, chunks = run(HostileTokenizer(loaded_causal.tokenizer))
    assert chunks and not any(has_illegal(c) for c in chunks) and all(chunks)
    assert "".join(chunks) == hostile.text == plain.text
    assert len(chunks) > 1
    assert hostile.stats.removed_characters == len(plain.text) * len(NASTY)
    assert plain.stats.removed_characters == 0


def test_translations_are_clean_and_counted(loaded_seq2seq: Any) -> None:
    sentences = ["Le devis est prêt pour le client.", "", "Merci pour votre commande."]
    plain = translate_batch(loaded_seq2seq.model, loaded_seq2seq.tokenizer, sentences,
                            max_new_tokens=12)
    out = translate_batch(loaded_seq2seq.model, HostileTokenizer(loaded_seq2seq.tokenizer),
                          sentences, max_new_tokens=12)
    assert list(out) == list(plain) and not any(has_illegal(t) for t in out)
    expected = sum(t.count(" ") * len(NASTY) + 1 for t in (plain[0], plain[2]))
    assert out.removed_characters == expected
    assert plain.removed_characters == 0


def _idea(title: str) -> dict[str, Any]:
    return {"title": title, "concept": f"{title} concept.",
            "palette": [{"hex": "#F5F1E8", "role": "background"},
                        {"hex": "#1F2A44", "role": "text"},
                        {"hex": "#C8553D", "role": "accent"}],
            "typography": {"heading": "Playfair Display", "body": "Source Sans 3"},
            "layout": "header, hero, footer", "imagery": ["paper"], "mood": ["warm"],
            "rationale": "Fits."}


def test_brainstorm_answers_are_cleaned_before_parsing() -> None:
    # A JSON escape of a control character and a lone surrogate survive the parser...
    answer = json.dumps({"ideas": [_idea("Tide\x07 pool\ud800"), _idea("Night market")]},
                        ensure_ascii=False)
    # ...raw control characters inside JSON strings make a strict parser refuse the answer.
    answer = answer.replace("Night", "Ni\x00\x1bght").replace("Fits.", "Fits.\ufffe")
    run = BoardRun(BriefRequest("A seaside café logo"), 2, seed=1)
    run.feed(answer)
    assert [i.title for i in run.ideas] == ["Tide pool", "Night market"]
    assert run.raw_texts == [] and run.repaired == 0
    assert run.removed_characters == len(illegal_characters(answer)) > 0
    assert not has_illegal(run.raw_output())
    assert not any(has_illegal(json.dumps(i.to_dict(), ensure_ascii=False)) for i in run.ideas)


def test_brainstorm_stop_keeps_a_clean_partial_answer() -> None:
    run = BoardRun(BriefRequest("brief"), 3)
    run.stop("Une idée\x07 à moitié écrite\x00")
    assert run.raw_texts == ["Une idée à moitié écrite"]
    assert run.removed_characters == 2
