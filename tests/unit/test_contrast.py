"""WCAG 2.x contrast figures against known values."""

from __future__ import annotations

import pytest

from assistants.brainstorm import (
    Swatch,
    contrast_pairs,
    contrast_ratio,
    relative_luminance,
    wcag_level,
)


def test_relative_luminance_of_known_colours() -> None:
    assert relative_luminance("#000000") == 0
    assert relative_luminance("#FFFFFF") == pytest.approx(1)
    assert relative_luminance("#FF0000") == pytest.approx(0.2126)
    assert relative_luminance("#808080") == pytest.approx(0.2159, abs=1e-4)


@pytest.mark.parametrize(("fg", "bg", "ratio"), [
    ("#000000", "#FFFFFF", 21.0),
    ("#FFFFFF", "#000000", 21.0),  # order does not matter
    ("#777777", "#FFFFFF", 4.48),
    ("#767676", "#FFFFFF", 4.54),  # the lightest grey that passes AA on white
    ("#595959", "#FFFFFF", 7.00),
    ("#FF0000", "#FFFFFF", 4.00),
    ("#0000FF", "#FFFFFF", 8.59),
    ("#abc", "#AABBCC", 1.0),
])
def test_contrast_ratios(fg: str, bg: str, ratio: float) -> None:
    assert contrast_ratio(fg, bg) == pytest.approx(ratio, abs=0.01)


def test_levels_for_normal_and_large_text() -> None:
    grey = contrast_ratio("#777777", "#FFFFFF")  # 4.48
    assert wcag_level(grey) == "fail"
    assert wcag_level(grey, large=True) == "AA"
    assert wcag_level(contrast_ratio("#767676", "#FFFFFF")) == "AA"
    assert wcag_level(contrast_ratio("#595959", "#FFFFFF")) == "AAA"
    assert wcag_level(4.5, large=True) == "AAA"
    assert wcag_level(2.99, large=True) == "fail"
    assert wcag_level(21) == "AAA"


def test_pairs_put_text_on_background_first() -> None:
    palette = [Swatch("#FFFFFF", "background"), Swatch("#777777", "accent"),
               Swatch("#000000", "text"), Swatch("#F0F0F0", "surface")]
    pairs = contrast_pairs(palette)
    assert [(p.foreground_role, p.background_role) for p in pairs][:2] == [
        ("text", "background"), ("text", "surface")]
    first = pairs[0]
    assert first.ratio == pytest.approx(21) and (first.normal, first.large) == ("AAA", "AAA")
    accent = next(p for p in pairs if p.foreground_role == "accent"
                  and p.background_role == "background")
    assert (accent.normal, accent.large) == ("fail", "AA")
    with pytest.raises(ValueError):
        contrast_ratio("teal", "#fff")
