"""Charts drawn on the server as SVG, so they show without JavaScript and print as they look.

Color is never the only carrier: every bar segment has its count written beside it or in its
<title>, the legend names the labels, and /charts repeats the numbers as tables.
"""

import datetime as dt
from xml.sax.saxutils import escape

from ..method import COLORS

SURVEYED = ["green", "yellow", "red"]
_FONT = 'font-family="DejaVu Sans,Verdana,sans-serif" font-size="12"'


def count_on(history: list[dict], day: str) -> dict[str, int]:
    """Campuses of each color on a day (YYYY-MM-DD), from the history intervals."""
    counts = dict.fromkeys(SURVEYED, 0)
    for h in history:
        if h["valid_from"] <= day and (h["valid_to"] is None or h["valid_to"] > day):
            counts[h["color"]] += 1
    return counts


def yearly(history: list[dict], today: dt.date) -> list[tuple[str, dict[str, int]]]:
    """(label, counts) at the end of every year since the first evidence, the current year as of today."""
    if not history:
        return []
    first = int(min(h["valid_from"] for h in history)[:4])
    out = []
    for year in range(first, today.year + 1):
        day = today.isoformat() if year == today.year else f"{year}-12-31"
        out.append((str(year) if year < today.year else f"{year} (today)", count_on(history, day)))
    return out


def _legend(x: int, y: int) -> list[str]:
    parts = []
    for i, color in enumerate(SURVEYED):
        c = COLORS[color]
        parts.append(f'<rect x="{x + i * 170}" y="{y}" width="12" height="12" fill="{c.hex}" stroke="#1a1a1a"/>'
                     f'<text x="{x + i * 170 + 18}" y="{y + 11}" {_FONT}>{escape(c.label)}</text>')
    return parts


def _svg(width: int, height: int, title: str, body: list[str]) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img" aria-labelledby="t">'
            f'<title id="t">{escape(title)}</title><rect width="100%" height="100%" fill="#ffffff"/>'
            + "".join(body) + "</svg>\n")


def _stack(x: int, y: int, counts: dict[str, int], scale: float, vertical: bool, label: str) -> list[str]:
    """One stacked bar: green, yellow, red, with a <title> per segment."""
    parts, offset = [], 0.0
    for color in SURVEYED:
        n = counts[color]
        if not n:
            continue
        size = n * scale
        c = COLORS[color]
        tip = f"<title>{escape(label)}: {n} {escape(c.label)}</title>"
        if vertical:
            parts.append(f'<rect x="{x}" y="{y - offset - size:.1f}" width="28" height="{size:.1f}" '
                         f'fill="{c.hex}" stroke="#1a1a1a" stroke-width="0.5">{tip}</rect>')
        else:
            parts.append(f'<rect x="{x + offset:.1f}" y="{y}" width="{size:.1f}" height="14" '
                         f'fill="{c.hex}" stroke="#1a1a1a" stroke-width="0.5">{tip}</rect>')
        offset += size
    return parts


def over_time(series: list[tuple[str, dict[str, int]]]) -> str:
    """Stacked columns: campuses of each color at the end of each year."""
    width, top, bottom, left = max(560, 90 + 90 * len(series)), 40, 260, 50
    peak = max([sum(c.values()) for _, c in series] + [1])
    scale = (bottom - top - 20) / peak
    body = _legend(left, 10)
    body.append(f'<line x1="{left - 5}" y1="{bottom}" x2="{width - 10}" y2="{bottom}" stroke="#1a1a1a"/>')
    for i, (label, counts) in enumerate(series):
        x = left + 20 + i * 90
        total = sum(counts.values())
        body += _stack(x, bottom, counts, scale, True, label)
        body.append(f'<text x="{x + 14}" y="{bottom - total * scale - 6:.1f}" text-anchor="middle" {_FONT}>{total}</text>')
        body.append(f'<text x="{x + 14}" y="{bottom + 18}" text-anchor="middle" {_FONT}>{escape(label)}</text>')
    return _svg(width, bottom + 30, "Surveyed campuses by scorecard color at the end of each year", body)


def by_state(rows: list[dict]) -> str:
    """Horizontal stacked bars: colored campuses per state (states with none are left out)."""
    rows = [r for r in rows if sum(r[c] for c in SURVEYED)]
    rows.sort(key=lambda r: (-sum(r[c] for c in SURVEYED), r["state"]))
    left, top, row_h, width = 50, 40, 20, 640
    peak = max([sum(r[c] for c in SURVEYED) for r in rows] + [1])
    scale = (width - left - 60) / peak
    body = _legend(left, 10)
    for i, r in enumerate(rows):
        y = top + i * row_h
        counts = {c: r[c] for c in SURVEYED}
        total = sum(counts.values())
        body.append(f'<text x="{left - 8}" y="{y + 11}" text-anchor="end" {_FONT}>{escape(r["state"])}</text>')
        body += _stack(left, y, counts, scale, False, r["state"])
        body.append(f'<text x="{left + total * scale + 6:.1f}" y="{y + 11}" {_FONT}>{total}</text>')
    return _svg(width, top + max(len(rows), 1) * row_h + 10, "Surveyed campuses by state and scorecard color", body)
