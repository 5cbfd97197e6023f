"""The French catalogue follows French typography: a narrow no-break space (U+202F) before
: ; ! ? and real plural forms instead of "(s)"."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import desktop

TS = Path(desktop.__file__).parent / "translations" / "atelier_fr.ts"


def french_texts() -> list[str]:
    texts = []
    for tr in ET.parse(TS).getroot().iter("translation"):
        forms = tr.findall("numerusform")
        texts += [f.text or "" for f in forms] if forms else [tr.text or ""]
    return texts


def test_a_narrow_no_break_space_comes_before_high_punctuation() -> None:
    wrong = [t for t in french_texts() if re.search(r"[ \u00a0][:;!?]|\w[;!?](\s|$)", t)]
    assert not wrong, f"{len(wrong)} translations, for example {wrong[:3]}"


def test_no_french_text_hedges_a_plural_with_parentheses() -> None:
    wrong = [t for t in french_texts() if re.search(r"\w\((s|e|es)\)", t)]
    assert not wrong, wrong


def test_the_model_catalogues_french_descriptions_follow_french_typography() -> None:
    import json

    import assistants

    path = Path(assistants.__file__).parent / "data" / "catalogue.json"
    texts: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "fr" and isinstance(value, str):
                    texts.append(value)
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(path.read_text(encoding="utf-8")))
    assert texts
    wrong = [t for t in texts if re.search(r"[ \u00a0][:;!?]", t)]
    assert not wrong, wrong
