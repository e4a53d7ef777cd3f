"""Server-rendered SVG charts: colors over time (from history) and by state."""

import datetime as dt
import xml.etree.ElementTree as ET

from scorecard.clock import Fixed
from scorecard.site import charts

SVG = "{http://www.w3.org/2000/svg}"
HISTORY = [
    {"color": "red", "valid_from": "2019-08-09", "valid_to": "2020-02-19"},
    {"color": "green", "valid_from": "2020-02-19", "valid_to": None},
    {"color": "yellow", "valid_from": "2021-05-01", "valid_to": None},
]


def test_count_on_a_day_uses_the_interval_in_force():
    assert charts.count_on(HISTORY, "2020-01-01") == {"green": 0, "yellow": 0, "red": 1}
    assert charts.count_on(HISTORY, "2020-02-19") == {"green": 1, "yellow": 0, "red": 0}


def test_yearly_series_runs_from_the_first_evidence_to_today():
    series = charts.yearly(HISTORY, dt.date(2022, 6, 1))
    assert [label for label, _ in series] == ["2019", "2020", "2021", "2022 (today)"]
    assert series[-1][1] == {"green": 1, "yellow": 1, "red": 0}


def test_over_time_chart_is_svg_with_a_title():
    svg = ET.fromstring(charts.over_time(charts.yearly(HISTORY, dt.date(2022, 6, 1))))
    assert svg.find(f"{SVG}title").text == "Surveyed campuses by scorecard color at the end of each year"


def test_by_state_chart_leaves_out_states_with_no_colored_campus():
    rows = [{"state": "CA", "green": 1, "yellow": 2, "red": 1, "gray": 5},
            {"state": "WY", "green": 0, "yellow": 0, "red": 0, "gray": 9}]
    svg = ET.fromstring(charts.by_state(rows))
    labels = [t.text for t in svg.iter(f"{SVG}text")]
    assert "CA" in labels and "WY" not in labels


async def test_chart_routes_serve_well_formed_svg(ds):
    for path in ("/charts/colors-over-time.svg", "/charts/by-state.svg"):
        r = await ds.client.get(path)
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("image/svg+xml")
        assert ET.fromstring(r.text).tag == f"{SVG}svg"


async def test_by_state_chart_segments_name_their_counts(ds):
    svg = ET.fromstring((await ds.client.get("/charts/by-state.svg")).text)
    tips = [t.text for t in svg.iter(f"{SVG}title")]
    counts = (await ds.client.get("/scorecard/counts_by_state_and_color.json?_shape=array")).json()
    ca = next(row for row in counts if row["state"] == "CA")
    assert f"CA: {ca['red']} USING OR PLANNING" in tips


async def test_charts_page_repeats_the_numbers_as_tables(ds):
    r = await ds.client.get("/charts")
    assert r.status_code == 200
    assert '<td><a href="/states/ca">CA</a></td>' in r.text


async def test_colors_over_time_runs_to_the_injected_today(ds):
    ds.scorecard_clock = Fixed.on(dt.date(2031, 6, 1))
    labels = [t.text for t in ET.fromstring((await ds.client.get("/charts/colors-over-time.svg")).text).iter(f"{SVG}text")]
    assert "2031 (today)" in labels and "2026 (today)" not in labels
