"""`scorecard derive-map` makes the map's state outlines from a us-atlas topology, or leaves them alone."""

import json
from pathlib import Path

from click.testing import CliRunner

from scorecard.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SCALE = 0.01


def square(lon0: float, lat0: float, lon1: float, lat1: float) -> list[list[int]]:
    """One closed arc around a lon/lat box, quantized and delta-encoded as TopoJSON stores it."""
    x0, y0 = round((lon0 + 180) / SCALE), round((lat0 + 90) / SCALE)
    dx, dy = round((lon1 - lon0) / SCALE), round((lat1 - lat0) / SCALE)
    return [[x0, y0], [dx, 0], [0, dy], [-dx, 0], [0, -dy]]


def topology(*names: str) -> dict:
    boxes = {"Kansas": (-102.0, 37.0, -94.6, 40.0), "Colorado": (-109.0, 37.0, -102.0, 41.0),
             "Alaska": (-168.0, 55.0, -141.0, 71.0), "Hawaii": (-160.0, 19.0, -155.0, 22.0),
             "Puerto Rico": (-67.3, 17.9, -65.6, 18.5)}
    fips = {"Kansas": "20", "Colorado": "08", "Alaska": "02", "Hawaii": "15", "Puerto Rico": "72"}
    return {"type": "Topology", "transform": {"scale": [SCALE, SCALE], "translate": [-180, -90]},
            "arcs": [square(*boxes[n]) for n in names],
            "objects": {"states": {"type": "GeometryCollection", "geometries": [
                {"type": "Polygon", "arcs": [[i]], "id": fips[n], "properties": {"name": n}}
                for i, n in enumerate(names)]}}}


def derive_map(tmp_path: Path, topo) -> tuple:
    source, out = tmp_path / "states-10m.json", tmp_path / "us_states.json"
    source.write_text(topo if isinstance(topo, str) else json.dumps(topo))
    out.write_text("the previous outlines\n")
    result = CliRunner().invoke(cli, ["derive-map", "--source", str(source), "--out", str(out)])
    return result, out


def test_derive_map_keeps_states_drops_territories_and_fills_the_map_width(tmp_path):
    result, out = derive_map(tmp_path, topology("Kansas", "Colorado", "Alaska", "Hawaii", "Puerto Rico"))
    assert result.exit_code == 0, result.output
    made = json.loads(out.read_text())
    assert made["codes"] == ["AK", "CO", "HI", "KS"] and made["made_by"] == "scorecard derive-map"
    assert {s["code"]: s["fips"] for s in made["states"]} == {"AK": "02", "CO": "08", "HI": "15", "KS": "20"}
    assert all(s["d"].startswith("M") and s["d"].endswith("Z") for s in made["states"])
    lower = [s["box"] for s in made["states"] if s["code"] in ("CO", "KS")]
    assert min(b[0] for b in lower) == 0.0 and max(b[2] for b in lower) == 960.0
    assert set(made["regions"]) == {"lower48", "AK", "HI"}
    assert "4 states" in result.output


def test_a_topology_without_alaska_names_what_is_missing_and_leaves_the_outlines(tmp_path):
    result, out = derive_map(tmp_path, topology("Kansas", "Colorado", "Hawaii"))
    assert result.exit_code == 1
    assert "states-10m.json: the topology lacks AK" in result.output and "left as it was" in result.output
    assert out.read_text() == "the previous outlines\n"


def test_a_source_that_is_not_json_is_refused_by_name(tmp_path):
    result, out = derive_map(tmp_path, "<html>not a topology</html>")
    assert result.exit_code == 1 and "states-10m.json: not JSON" in result.output
    assert out.read_text() == "the previous outlines\n"


def test_json_that_is_not_a_states_topology_says_what_it_lacks(tmp_path):
    result, out = derive_map(tmp_path, {"type": "Topology", "arcs": []})
    assert result.exit_code == 1 and "not a us-atlas states topology: no 'transform'" in result.output
    assert out.read_text() == "the previous outlines\n"


def test_the_shipped_outlines_name_the_command_that_makes_them():
    shipped = json.loads((ROOT / "data" / "us_states.json").read_text())
    assert shipped["made_by"] == "scorecard derive-map" and "derive-map" in cli.commands
    assert not (ROOT / "scripts").exists()
