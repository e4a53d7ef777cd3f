"""WCAG AA: every badge and chip color from the method has at least 4.5:1 contrast with its text."""

import pytest

from scorecard.method import COLORS


def luminance(hex_color: str) -> float:
    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(hex_color[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("color", list(COLORS))
def test_label_text_meets_wcag_aa_on_its_badge(color):
    assert contrast(COLORS[color].hex, COLORS[color].text_hex) >= 4.5


def test_badge_left_half_meets_wcag_aa():
    assert contrast("#333333", "#ffffff") >= 4.5
