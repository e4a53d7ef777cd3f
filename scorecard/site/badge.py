"""The embeddable badge: an SVG a campus newspaper can paste, colored AND labelled in words.

Self-contained (no fonts or scripts to fetch), with <title> and aria-label so a screen reader
reads the same words a sighted reader sees.
"""

from xml.sax.saxutils import escape, quoteattr

from markupsafe import Markup

from ..method import COLORS

LEFT = "facial recognition"
_PAD = 10


def _width(text: str) -> int:
    """Approximate advance at 11px sans-serif: capitals are wider than lower case."""
    return int(sum(7.5 if ch.isupper() else 6.2 for ch in text) + 2 * _PAD)


def svg(name: str, color: str) -> str:
    c = COLORS[color]
    left_w, right_w = _width(LEFT), _width(c.label)
    total = left_w + right_w
    title = f"{name}: {c.label} (Campus Facial Recognition Scorecard)"
    return f"""<svg xmlns="http://www.w3.org/2000/svg" width="{total}" height="20" role="img" aria-label={quoteattr(title)}>
<title>{escape(title)}</title>
<rect width="{left_w}" height="20" fill="#333333"/>
<rect x="{left_w}" width="{right_w}" height="20" fill="{c.hex}"/>
<g font-family="DejaVu Sans,Verdana,Geneva,sans-serif" font-size="11" text-anchor="middle">
<text x="{left_w / 2}" y="14" fill="#ffffff">{escape(LEFT)}</text>
<text x="{left_w + right_w / 2}" y="14" fill="{c.text_hex}" font-weight="bold">{escape(c.label)}</text>
</g>
</svg>
"""


def chip(color: str) -> Markup:
    """The small inline label for a color, used in lists and timelines (a Jinja global: one
    function call instead of an include per row, which Jinja would re-check on disk each time)."""
    c = COLORS[color]
    return Markup(f'<span class="sc-chip" style="background:{c.hex};color:{c.text_hex}">{escape(c.label)}</span>')
