"""The layout's rules: the core never imports a source, sources are registered once, tests need no bench/."""

import ast
import importlib
from pathlib import Path

from scorecard import evidence
from scrapers import SOURCES

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path: Path) -> set[str]:
    """Every absolute module name a file imports, at any depth of the file."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def core_files() -> list[Path]:
    return [p for p in (ROOT / "scorecard").rglob("*.py") if "cli" not in p.relative_to(ROOT / "scorecard").parts]


def test_the_core_never_imports_a_source():
    offenders = {str(p.relative_to(ROOT)): sorted(m for m in imported_modules(p) if m.split(".")[0] == "scrapers")
                 for p in core_files()}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_import_check_sees_imports_inside_functions(tmp_path):
    f = tmp_path / "m.py"
    f.write_text("def f():\n    from scrapers.fetch import Fetcher\n    import scrapers.crawl\n")
    assert imported_modules(f) == {"scrapers.fetch", "scrapers.crawl"}


def test_the_command_line_layer_is_the_one_place_that_reads_the_sources():
    cli_files = list((ROOT / "scorecard" / "cli").glob("*.py"))
    assert any("scrapers" in imported_modules(p) for p in cli_files)


def test_every_source_carries_a_known_origin_of_its_own():
    origins = [s.origin for s in SOURCES.values()]
    assert set(origins) <= set(evidence.ORIGINS)
    assert len(set(origins)) == len(origins)


def test_every_source_names_a_module_that_loads():
    for source in SOURCES.values():
        assert source.load() is importlib.import_module(f"scrapers.{source.module}")


def test_every_watch_list_a_source_reads_ships_in_data():
    for source in SOURCES.values():
        if source.watch_list:
            assert (ROOT / "data" / source.watch_list).exists(), source.name


def test_watched_pages_and_crawled_sites_are_told_apart_in_the_queue():
    assert SOURCES["watch"].origin == evidence.WATCH != SOURCES["crawl"].origin == evidence.CRAWLER


def bench_paths(path: Path) -> list[str]:
    """String constants that name bench/ (a path built with ROOT / "bench" or "bench/...")."""
    return [n.value for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(n, ast.Constant) and isinstance(n.value, str)
            and (n.value == "bench" or n.value.startswith("bench/"))]


def test_no_test_reaches_into_bench():
    for path in (ROOT / "tests").glob("*.py"):
        if path.name != Path(__file__).name:
            assert not any(m.split(".")[0] == "bench" for m in imported_modules(path)), path.name
            assert bench_paths(path) == [], path.name


def test_the_package_holds_no_test_helpers():
    for helper in ("localserver.py", "webserver.py", "scraperkit.py"):
        assert not list((ROOT / "scorecard").rglob(helper)) and not list((ROOT / "scrapers").rglob(helper))
        assert (ROOT / "tests" / helper).exists()


def test_every_registered_source_has_a_readme_row():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for source in SOURCES.values():
        assert f"| `scrapers/{source.module}.py` | `{source.origin}` |" in readme, source.name


def declared(*extras: str) -> set[str]:
    """The distributions pyproject.toml names (the project, its dependencies and the given extras), lower case."""
    import re
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = project["dependencies"] + [d for e in extras for d in project["optional-dependencies"][e]]
    return {project["name"].lower()} | {re.split(r"[=<>\[; ]", d, maxsplit=1)[0].lower() for d in lines}


def undeclared_imports(folders: list[str], allowed: set[str]) -> dict[str, list[str]]:
    """Third-party modules the files import whose distribution pyproject.toml does not name itself
    (arriving through another package's dependencies is not a pin)."""
    import importlib.metadata
    import sys

    owners = importlib.metadata.packages_distributions()
    out = {}
    for folder in folders:
        for path in (ROOT / folder).rglob("*.py"):
            tops = {m.split(".")[0] for m in imported_modules(path)} - set(sys.stdlib_module_names)
            missing = sorted(t for t in tops if t in owners and not {d.lower() for d in owners[t]} & allowed)
            if missing:
                out[str(path.relative_to(ROOT))] = missing
    return out


def test_every_third_party_module_the_product_imports_is_a_declared_dependency():
    assert undeclared_imports(["scorecard", "scrapers"], declared()) == {}


def test_every_third_party_module_the_tests_and_benchmarks_import_is_declared():
    assert undeclared_imports(["tests", "bench"], declared("test")) == {}
