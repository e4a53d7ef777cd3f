"""The platform files, checked without Docker or Fly: the image is pinned, unprivileged and health-
checked and copies only files that exist; fly.toml and litestream.yml say what the README says; every
step the workflows run is a make target, and every scorecard command those targets call exists."""

import re
import shlex
import subprocess
import tomllib

import pytest
import yaml
from conftest import ROOT

from scorecard.cli import cli

DOCKERFILE = (ROOT / "Dockerfile").read_text()
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def _instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with continuation lines joined and comments dropped."""
    joined = re.sub(r"\\\n", " ", text)
    out = []
    for line in joined.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


def test_every_base_image_is_pinned_to_an_exact_version():
    froms = [args.split()[0] for word, args in _instructions(DOCKERFILE) if word == "FROM"]
    assert froms
    for image in froms:
        name, _, tag = image.partition("@")[0].partition(":")
        assert re.match(r"^\d+\.\d+\.\d+", tag), f"{image}: not an exact version tag"


def test_the_image_runs_as_a_non_root_user_with_a_health_check():
    words = [w for w, _ in _instructions(DOCKERFILE)]
    users = [a for w, a in _instructions(DOCKERFILE) if w == "USER"]
    assert users and users[-1] not in {"root", "0"}
    assert words.index("USER") > max(i for i, w in enumerate(words) if w == "RUN")  # nothing runs as root after
    health = next(a for w, a in _instructions(DOCKERFILE) if w == "HEALTHCHECK")
    assert "/-/versions.json" in health


def test_every_file_the_image_copies_exists():
    for word, args in _instructions(DOCKERFILE):
        if word == "COPY" and "--from=" not in args:
            *sources, _dest = shlex.split(args)
            for src in sources:
                assert (ROOT / src).exists(), f"COPY {src}: no such file in the repository"


def test_the_image_installs_every_dependency_pinned_as_pyproject_pins_it():
    lock = {}
    for line in (ROOT / "deploy" / "requirements.lock").read_text().splitlines():
        if line and not line.startswith("#"):
            name, sep, version = line.partition("==")
            assert sep, f"requirements.lock: {line!r} is not pinned with =="
            lock[name.lower().replace("_", "-")] = version
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    for dep in project["dependencies"]:
        name, version = dep.split("==")
        assert lock.get(name.lower()) == version, f"{name}: pyproject pins {version}, the lock {lock.get(name.lower())}"


def test_the_entrypoint_is_executable_and_is_the_images():
    assert (ROOT / "deploy" / "entrypoint.sh").stat().st_mode & 0o111
    assert ("ENTRYPOINT", '["/app/deploy/entrypoint.sh"]') in _instructions(DOCKERFILE)


def test_fly_runs_readers_and_one_writer_with_the_volume():
    fly = tomllib.loads((ROOT / "deploy" / "fly.toml").read_text())
    assert fly["processes"] == {"web": "reader", "writer": "writer"}
    [mount] = fly["mounts"]
    assert mount["processes"] == ["writer"] and mount["destination"] == "/data"
    assert fly["http_service"]["internal_port"] == 8080 and "ENV" in {w for w, _ in _instructions(DOCKERFILE)}
    assert "PORT=8080" in DOCKERFILE
    assert (ROOT / "deploy" / fly["build"]["dockerfile"]).resolve() == ROOT / "Dockerfile"


def test_litestream_replicates_the_store_the_entrypoint_names():
    cfg = yaml.safe_load((ROOT / "deploy" / "litestream.yml").read_text())
    [db] = cfg["dbs"]
    assert db["path"] == "${SCORECARD_STORE}"
    assert db["replicas"][0]["url"] == "${LITESTREAM_REPLICA_URL}"


def _make_targets() -> set[str]:
    targets = set()
    for line in (ROOT / "Makefile").read_text().splitlines():
        m = re.match(r"^([A-Za-z0-9_.$()/ -]+):(?!=)", line)
        if m and not line.startswith("\t"):
            targets.update(m.group(1).split())
    return targets


def _workflow_runs() -> list[str]:
    runs = []
    for path in WORKFLOWS:
        for job in yaml.safe_load(path.read_text())["jobs"].values():
            runs += [step["run"] for step in job["steps"] if "run" in step]
    return runs


def test_there_is_a_test_workflow_on_every_push_and_a_scheduled_refresh():
    flows = {p.stem: yaml.safe_load(p.read_text()) for p in WORKFLOWS}
    assert "push" in flows["test"][True]  # YAML reads the key `on` as true
    assert flows["refresh"][True]["schedule"]


def test_every_workflow_step_is_a_make_target_that_exists():
    targets = _make_targets()
    runs = _workflow_runs()
    assert runs
    for run in runs:
        words = shlex.split(run)
        assert words[0] == "make", f"{run!r}: workflow steps go through make"
        for target in (w for w in words[1:] if "=" not in w):
            assert target in targets, f"{run!r}: no make target {target!r}"
            assert subprocess.run(["make", "-n", target], cwd=ROOT, capture_output=True).returncode == 0


@pytest.mark.parametrize("target", ["watch", "feeds", "vendors", "export", "publish", "build", "validate", "serve"])
def test_every_scorecard_command_the_make_targets_call_exists(target):
    dry = subprocess.run(["make", "-n", target], cwd=ROOT, capture_output=True, text=True).stdout
    called = re.findall(r"(?:^|\s)\S*scorecard (\w[\w-]*)", dry)
    assert called, dry
    for command in called:
        assert command in cli.commands, f"make {target} calls `scorecard {command}`, which does not exist"
