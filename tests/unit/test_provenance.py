"""The person's share of a text, word by word, against the model's draft; the word diff."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storage.provenance import (
    HUMAN,
    MODEL,
    Authorship,
    AuthorshipHistory,
    Provenance,
    count_words,
    diff,
    provenance,
    provenance_line,
    words,
)

DRAFT = ("Thank you for your order. The article is ready: it covers the new season, "
         "the authors to watch and three events in Brittany.")


def test_all_kept_is_zero() -> None:
    p = provenance(DRAFT, DRAFT, "qwen")
    assert (p.total, p.model, p.person) == (23, 23, 0)
    assert p.percent == 0.0 and p.rounded_percent == 0
    assert p.model_id == "qwen"


def test_all_rewritten_is_a_hundred() -> None:
    final = "Merci beaucoup ! Voici le texte, relu et corrigé selon vos remarques d'hier."
    p = provenance(DRAFT, final)
    assert p.person == p.total == 12
    assert p.percent == 100.0 and p.rounded_percent == 100


def test_half_changed_is_about_half() -> None:
    model = "one two three four five six seven eight nine ten"
    final = "one two three four five un deux trois quatre cinq"
    assert provenance(model, final).percent == 50.0
    # Every other word changed: still half.
    final = "one deux three quatre five six sept eight neuf ten"
    p = provenance(model, final)
    assert (p.person, p.total) == (4, 10)
    final = "one 2 three 4 five 6 seven 8 nine 10"
    assert provenance(model, final).percent == 50.0


def test_punctuation_and_spacing_change_no_word() -> None:
    final = ("Thank you for your order!\n\nThe article is ready — it covers the new season, "
             "the authors to watch, and three events in Brittany…  ")
    p = provenance(DRAFT, final)
    assert p.person == 0 and p.total == 23
    # A change of case is a change of the word.
    assert provenance("hello world", "Hello world").person == 1


def test_empty_texts() -> None:
    assert provenance("", "") == Provenance(0, 0, 0)
    assert provenance("", "").percent == 0.0
    assert provenance("", "All mine.").percent == 100.0
    assert provenance(DRAFT, "").total == 0
    assert provenance("   ", " ... ").percent == 0.0


def test_deleting_and_adding_words() -> None:
    # Deleted words shorten the text; what is left is still the model's.
    assert provenance(DRAFT, "Thank you for your order.").percent == 0.0
    # Added words are the person's; moved words count as rewritten where they landed.
    p = provenance("a b c d", "a b c d e f g h")
    assert p.percent == 50.0
    p = provenance("a b c d", "c d a b")
    assert (p.model, p.person) == (2, 2)


def test_rounding_is_honest_at_the_ends() -> None:
    model = " ".join(f"w{i}" for i in range(300))
    one_changed = model.replace("w150", "changed")
    assert provenance(model, one_changed).rounded_percent == 1
    all_but_one = " ".join(f"x{i}" for i in range(299)) + " w299"
    assert provenance(model, all_but_one).rounded_percent == 99
    assert provenance("a b c", "a b X").rounded_percent == 33


def test_words_keep_apostrophes_hyphens_and_accents() -> None:
    assert words("L'été, aujourd’hui : un e-mail à 9h30 !") == [
        "L'été", "aujourd’hui", "un", "e-mail", "à", "9h30"]
    assert count_words("  ") == 0
    assert count_words("Bonjour à tous, c'est prêt.") == 5


def test_diff_opcodes_for_a_known_edit() -> None:
    ops = diff("The quick brown fox jumps.", "The slow brown fox jumps high!")
    assert [(o.tag, o.old, o.new) for o in ops] == [
        ("equal", "The ", "The "),
        ("replace", "quick ", "slow "),
        ("equal", "brown fox jumps.", "brown fox jumps "),
        ("insert", "", "high!"),
    ]
    assert [(o.old_words, o.new_words) for o in ops] == [(1, 1), (1, 1), (3, 3), (0, 1)]
    assert diff("", "") == []
    assert [(o.tag, o.old, o.new) for o in diff("", "Hi")] == [("insert", "", "Hi")]
    assert [(o.tag, o.old, o.new) for o in diff("Hi", "")] == [("delete", "Hi", "")]
    assert [(o.tag, o.old, o.new) for o in diff("...", "!")] == [("replace", "...", "!")]
    assert [(o.tag, o.old, o.new) for o in diff(" - ", "  Hi")] == [("insert", " - ", "  Hi")]


text = st.text(alphabet=st.sampled_from(list("ab c,.\n'é-")), max_size=40)


@given(text, text)
def test_diff_gives_both_texts_back(model: str, final: str) -> None:
    ops = diff(model, final)
    assert "".join(o.old for o in ops) == model
    assert "".join(o.new for o in ops) == final
    p = provenance(model, final)
    assert sum(o.new_words for o in ops if o.tag != "equal") == p.person
    assert sum(o.new_words for o in ops) == p.total


def test_export_lines() -> None:
    p = provenance("a b c d", "a b x y")
    assert provenance_line(p, "en", "qwen2.5-1.5b") == (
        "AI-assisted: about 50 % of this text was written or changed by a person after a "
        "first draft by qwen2.5-1.5b.")
    p = provenance("a b c d", "a b c d", "mistral-7b")
    assert provenance_line(p, "fr") == (
        "Assisté par IA\u00a0: environ 0\u00a0% de ce texte a été écrit ou modifié par une "
        "personne après un premier jet de mistral-7b.")
    assert provenance_line(Provenance(1, 0, 1), "fr-CA").endswith("premier jet d’un modèle local.")
    assert provenance_line(Provenance(1, 0, 1), "de").startswith("AI-assisted: about 100 %")


@pytest.mark.parametrize("n", [0, 1, 5])
def test_count_words_matches_words(n: int) -> None:
    sample = " ".join(["mot"] * n)
    assert count_words(sample) == len(words(sample)) == n


# --- authorship: who wrote each character ------------------------------------------------------


def test_authorship_runs_merge_and_slice() -> None:
    a = Authorship([(3, MODEL), (0, HUMAN), (2, MODEL), (4, HUMAN)])
    assert a.runs == ((5, MODEL), (4, HUMAN)) and len(a) == 9
    assert a.origins() == "mmmmmhhhh"
    assert a.slice(3, 7).origins() == "mmhh"
    assert a.slice(7).origins() == "hh" and a.slice(-2).origins() == "hh"
    assert a.slice(20).runs == ()
    assert a.apply_edit(2, 4, 1, HUMAN).origins() == "mmhhhh"
    assert a.apply_edit(99, 5, 2, MODEL).origins() == "mmmmmhhhhmm"  # clamped to the end
    with pytest.raises(ValueError):
        Authorship([(1, "x")])


def test_the_share_counts_characters_other_than_whitespace() -> None:
    text = "Bonjour Marie,\n\nvoici."
    auth = Authorship.of(len("Bonjour Marie,\n\n"), MODEL) + Authorship.of(len("voici."), HUMAN)
    share = auth.share(text, "qwen")
    assert (share.person, share.model, share.total) == (6, 13, 19)
    assert share.unit == "characters" and share.model_id == "qwen"
    assert share.rounded_percent == 32
    # spaces and line breaks the person adds change nothing
    spaced = Authorship.of(len(text), MODEL).apply_edit(7, 0, 3, HUMAN)
    assert spaced.share(text[:7] + "   " + text[7:]).person == 0
    assert Authorship().share("").percent == 0.0


def test_authorship_round_trips_as_compact_json() -> None:
    a = Authorship([(120, MODEL), (4, HUMAN), (30, MODEL)])
    data = a.to_json()
    assert data == '[[120,"m"],[4,"h"],[30,"m"]]'
    assert Authorship.from_json(data, 154) == a
    # missing, damaged or not fitting the text: None (the caller falls back)
    for bad in (None, "", "{", "[[1]]", '[["a","m"]]', '[[2,"x"]]', '[[-1,"m"]]', "[[true,\"m\"]]"):
        assert Authorship.from_json(bad, 1) is None
    assert Authorship.from_json(data, 153) is None


def test_authorship_from_the_word_diff_for_old_versions() -> None:
    model = "one two three four"
    text = "one two deux four five"
    auth = Authorship.from_diff(model, text)
    assert len(auth) == len(text)
    share = auth.share(text)
    assert share.person == len("deux") + len("five")


# Human text is lower case, a model's upper case: whatever undo and redo do, the text itself
# says who wrote each letter, and the tracked authorship must agree.
LOWER, UPPER = "abc de", "XYZ W"


def _oracle(text: str) -> tuple[int, int]:
    letters = [c for c in text if not c.isspace()]
    return sum(c.islower() for c in letters), len(letters)


def _check(auth: Authorship, text: str) -> None:
    assert len(auth) == len(text)
    origins = auth.origins()
    for char, origin in zip(text, origins, strict=True):
        if not char.isspace():
            assert origin == (HUMAN if char.islower() else MODEL), (text, origins)
    share = auth.share(text)
    assert (share.person, share.total) == _oracle(text)
    assert share.percent == (100.0 * share.person / share.total if share.total else 0.0)


def _change(old: str, new: str) -> tuple[int, int, int]:
    """(position, removed, added) of one edit from ``old`` to ``new``, as an editor reports
    it after an undo: the common prefix and suffix left out."""
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end = 0
    while end < min(len(old), len(new)) - start and old[-1 - end] == new[-1 - end]:
        end += 1
    return start, len(old) - start - end, len(new) - start - end


ops = st.lists(st.one_of(
    st.tuples(st.just("type"), st.integers(0, 200), st.text(LOWER, min_size=1, max_size=6)),
    st.tuples(st.just("paste"), st.integers(0, 200), st.integers(0, 8),
              st.text(LOWER, min_size=1, max_size=30)),
    st.tuples(st.just("model"), st.integers(0, 200), st.text(UPPER, min_size=1, max_size=30)),
    st.tuples(st.just("rewrite"), st.integers(0, 200), st.integers(1, 12),
              st.text(UPPER, min_size=1, max_size=20)),
    st.tuples(st.just("delete"), st.integers(0, 200), st.integers(1, 10)),
    st.tuples(st.just("undo")), st.tuples(st.just("redo")), st.tuples(st.just("save")),
    st.tuples(st.just("restore"), st.integers(0, 20)),
    st.tuples(st.just("merge"), st.text(LOWER, min_size=1, max_size=3)),
), max_size=40)


@settings(max_examples=300)
@given(ops, st.integers(1, 4))
def test_the_figure_is_the_share_of_human_characters_through_any_edits(
        sequence: list[tuple], jump: int) -> None:
    """Typing, paste, a model's text, rewrites, deletions, undo, redo and versions put back,
    in any order: the tracked authorship gives each character the origin it really has."""
    # An editor's linear undo history: (text, undo step) of each state, the current one.
    states: list[tuple[str, int]] = [("", 0)]
    cur = 0
    history = AuthorshipHistory()
    versions: list[tuple[str, Authorship]] = []
    for op in sequence:
        text, step = states[cur]
        kind = op[0]
        if kind in ("undo", "redo"):
            target = cur - 1 if kind == "undo" else cur + 1
            if not 0 <= target < len(states):
                continue
            cur = target
            new, new_step = states[cur]
            pos, removed, added = _change(text, new)
            history.moved(new_step, pos, removed, added, len(new))
            _check(history.current, new)
            continue
        if kind == "save":
            versions.append((text, history.current))
            continue
        restored: Authorship | None = None
        if kind == "type":
            pos = min(op[1], len(text))
            pos, removed, insert, origin = pos, 0, op[2], HUMAN
        elif kind == "merge":  # typing that joins the last undo step
            pos, removed, insert, origin = len(text), 0, op[1], HUMAN
        elif kind == "paste":
            pos = min(op[1], len(text))
            pos, removed, insert, origin = pos, min(op[2], len(text) - pos), op[3], HUMAN
        elif kind == "model":
            pos, removed, insert, origin = min(op[1], len(text)), 0, op[2], MODEL
        elif kind == "rewrite":
            pos = min(op[1], len(text))
            pos, removed, insert, origin = pos, min(op[2], len(text) - pos), op[3], MODEL
        elif kind == "delete":
            pos = min(op[1], len(text))
            pos, removed, insert, origin = pos, min(op[2], len(text) - pos), "", HUMAN
        else:  # restore a version: the whole text replaced, then its authorship known
            if not versions:
                continue
            insert, restored = versions[op[1] % len(versions)]
            pos, removed, origin = 0, len(text), HUMAN
        new = text[:pos] + insert + text[pos + removed:]
        if kind == "merge" and cur > 0:
            states[cur:] = [(new, step)]
            new_step = step
        else:
            new_step = step + jump
            states[cur + 1:] = [(new, new_step)]
            cur += 1
        history.edited(new_step, pos, removed, len(insert), origin)
        if restored is not None:
            history.replaced(new_step, restored)
        _check(history.current, new)


def test_generate_regenerate_undo_gives_the_model_its_text_back() -> None:
    """Generate A, Regenerate B, Ctrl+Z: the text is A, all the model's."""
    a, b = "Voici votre logo.", "Votre logo est prêt, en trois formats."
    history = AuthorshipHistory()
    history.edited(1, 0, 0, len(a), MODEL)
    history.edited(2, 0, len(a), 0, HUMAN)  # the regeneration removes A...
    history.edited(3, 0, 0, len(b), MODEL)  # ...and streams B
    history.moved(1, 0, len(b), len(a), len(a))  # Ctrl+Z undoes both at once
    assert history.current.share(a).rounded_percent == 0
