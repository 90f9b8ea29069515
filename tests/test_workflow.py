"""The Git workflow: JSON Schema for editors, pre-commit hook, GitHub workflow, changed-only checks, history."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import GIT_ENV, git
from ggznet.schema.jsonschema import json_schemas, render

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def repo(make_kb) -> Path:
    root = make_kb()
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "Kennisbank gestart", date="2024-01-10")
    return root


def test_committed_schemas_are_in_step_with_the_models() -> None:
    for name, body in json_schemas().items():
        assert (REPO / "schemas" / name).read_text(encoding="utf-8") == render(body), "run ggznet schema --out schemas"


def test_schema_command_writes_and_checks(cli, tmp_path) -> None:
    assert cli("schema", "--out", str(tmp_path)).exit_code == 0
    assert json.loads((tmp_path / "initiative.schema.json").read_text())["additionalProperties"] is False
    assert cli("schema", "--out", str(tmp_path), "--check").exit_code == 0
    (tmp_path / "actor.schema.json").write_text("{}")
    assert cli("schema", "--out", str(tmp_path), "--check").exit_code == 1


def test_vscode_maps_every_kind_to_its_schema() -> None:
    settings = json.loads((REPO / ".vscode" / "settings.json").read_text())
    assert set(settings["yaml.schemas"]) == {f"./schemas/{n}" for n in json_schemas()}
    for path in (REPO / "data").glob("*/*.yaml"):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema=../../schemas/"), path


def _check_jsonschema(schema: Path, files: list[Path]) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("check-jsonschema") or str(Path(sys.executable).parent / "check-jsonschema")
    return subprocess.run(
        [exe, "--schemafile", str(schema), *map(str, files)], capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize(
    "kind,folder", [("region", "regions"), ("actor", "actors"), ("initiative", "initiatives"), ("meeting", "meetings")]
)
def test_an_independent_validator_accepts_the_shipped_data(kind, folder) -> None:
    files = sorted((REPO / "data" / folder).glob("*.yaml"))
    done = _check_jsonschema(REPO / "schemas" / f"{kind}.schema.json", files)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_independent_validator_rejects_what_ggznet_rejects(tmp_path) -> None:
    bad = tmp_path / "x.yaml"
    bad.write_text("id: x\nname: X\ntype: tafel\nstatus: loopt\nregions: [twente]\nnaam: Y\n", encoding="utf-8")
    done = _check_jsonschema(REPO / "schemas" / "initiative.schema.json", [bad])
    assert done.returncode == 1


@pytest.mark.slow
def test_pre_commit_hook_runs_for_real(repo, tmp_path) -> None:
    exe = shutil.which("pre-commit") or str(Path(sys.executable).parent / "pre-commit")
    env = {**os.environ, **GIT_ENV, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "NO_COLOR": "1"}

    def try_repo() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [exe, "try-repo", str(REPO), "ggznet-validate", "--all-files"],
            cwd=repo,
            capture_output=True,
            text=True,
            env=env,
            timeout=600,
            check=False,
        )

    ok = try_repo()
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "ggznet validate" in ok.stdout and "Passed" in ok.stdout
    (repo / "data/actors/ggz-a.yaml").write_text("id: ggz-a\nnaam: X\n", encoding="utf-8")
    bad = try_repo()
    assert bad.returncode == 1
    assert "data/actors/ggz-a.yaml:2:1: error unknown-field" in bad.stdout


def test_github_workflow_validates_pull_requests() -> None:
    """The workflow runs this repository's action (action.yml, tested in test_action.py), which passes
    --changed-since on pull requests."""
    workflow = yaml.safe_load((REPO / ".github/workflows/validate.yml").read_text())
    steps = workflow["jobs"]["validate"]["steps"]
    assert steps[0]["with"]["fetch-depth"] == 0
    assert any(s.get("uses") == "./" for s in steps)
    assert "--changed-since=$ref" in (REPO / "action/validate.sh").read_text()
    script = "\n".join(s.get("run", "") for s in steps)
    assert "ggznet report --all --check reports" in script


def test_changed_since_blames_only_new_problems(repo, cli) -> None:
    # an old problem, committed on main
    (repo / "data/actors/ros-a.yaml").write_text("id: ros-a\nname: ROS A\ntype: ros\ntags: [x]\nnaam: oud\n")
    git(repo, "commit", "-qam", "oud probleem")
    git(repo, "checkout", "-qb", "voorstel")
    # the pull request removes an actor that other files still point to
    (repo / "data/actors/gemeente-b.yaml").unlink()
    run = cli("validate", "--kb", str(repo), "--changed-since", "main")
    assert run.exit_code == 1
    assert "data/initiatives/triage-b.yaml" in run.stdout and "gemeente-b` bestaat niet" in run.stdout
    assert "`naam`" not in run.stdout
    english = cli("validate", "--kb", str(repo), "--changed-since", "main", "--lang", "en").stdout
    assert "gemeente-b` does not exist" in english and "`naam`" not in english  # compared in English either way
    assert "2 oudere problemen in 1 bestand waren er bij main al" in run.stdout  # no cascade from ros-a
    git(repo, "checkout", "-q", "--", ".")
    (repo / "data/actors/gemeente-b.yaml").exists() or git(
        repo, "checkout", "-q", "main", "--", "data/actors/gemeente-b.yaml"
    )
    clean = cli("validate", "--kb", str(repo), "--changed-since", "main")
    assert clean.exit_code == 0, clean.stdout
    payload = json.loads(cli("validate", "--kb", str(repo), "--changed-since", "main", "-f", "json").stdout)
    assert payload["problems"] == [] and len(payload["older_problems"]) == 2


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "1 ouder probleem in 1 bestand was er bij main al; niet meegeteld"),
        ("en", "1 older problem in 1 file was there at main already; not counted"),
    ],
)
def test_changed_since_counts_one_older_problem_in_the_singular(repo, cli, lang: str, said: str) -> None:
    path = repo / "data/actors/ros-a.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "naam: oud\n", encoding="utf-8")
    git(repo, "commit", "-qam", "oud probleem")
    run = cli("validate", "--kb", str(repo), "--changed-since", "main", "--lang", lang)
    assert run.exit_code == 0 and said in run.stdout, run.stdout


def test_changed_since_unknown_ref_is_a_clear_error(repo, cli) -> None:
    run = cli("validate", "--kb", str(repo), "--changed-since", "origin/main")
    assert run.exit_code == 2 and "is geen commit in deze repository" in run.stderr


def test_changes_field_by_field(repo, cli) -> None:
    path = repo / "data/initiatives/netwerk-a.yaml"
    path.write_text(path.read_text().replace("status: idee", "status: pilot"))
    git(repo, "commit", "-qam", "Netwerk A start pilot", date="2024-02-01")
    assert (
        cli("action", "done", "2023-03-24-tafel-a", "voorzet", "--on", "2024-02-15", "--kb", str(repo)).exit_code == 0
    )
    assert (
        cli(
            "action", "add", "2023-03-24-tafel-a", "Regiovisie bespreken", "--owner", "ggz-a", "--kb", str(repo)
        ).exit_code
        == 0
    )
    git(repo, "commit", "-qam", "Acties bijgewerkt", date="2024-02-20")
    rows = json.loads(cli("changes", "--since", "2024-01-15", "--kb", str(repo)).stdout)
    summary = [(r["id"], r["change"], r["field"], r["old"], r["new"]) for r in rows]
    assert ("netwerk-a", "changed", "status", "idee", "pilot") in summary
    assert ("2023-03-24-tafel-a", "action-done", "outcomes.actions.voorzet.status", "open", "done") in summary
    assert (
        "2023-03-24-tafel-a",
        "action-added",
        "outcomes.actions.regiovisie-bespreken",
        None,
        "Regiovisie bespreken",
    ) in summary
    assert all(r["author"] == "Consultant" for r in rows)
    everything = json.loads(cli("changes", "--since", "2024-01-01", "--kb", str(repo)).stdout)
    assert sum(1 for r in everything if r["change"] == "added") == 14
    early = json.loads(cli("changes", "--since", "2024-01-15", "--until", "2024-02-10", "--kb", str(repo)).stdout)
    assert {r["id"] for r in early} == {"netwerk-a"}
    assert cli("changes", "--since", "2024-01-15", "--kb", str(repo), "-f", "csv").stdout.startswith(
        "date,commit,author"
    )


def test_history_of_a_record(repo, cli) -> None:
    assert cli("set", "tafel-a", "status", "geborgd", "--kb", str(repo), "--commit").exit_code == 0
    rows = json.loads(cli("history", "tafel-a", "--kb", str(repo)).stdout)
    assert [r["subject"] for r in rows] == ["initiative:tafel-a: status = geborgd", "Kennisbank gestart"]


def test_history_without_git_is_a_clear_error(make_kb, cli) -> None:
    run = cli("history", "tafel-a", "--kb", str(make_kb()))
    assert run.exit_code == 2 and "niet in een git-repository" in run.stderr


def test_history_on_a_shallow_clone_warns(repo, cli, tmp_path) -> None:
    git(repo, "commit", "-q", "--allow-empty", "-m", "tweede")
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{repo}", str(clone)], check=True)
    run = cli("history", "tafel-a", "--kb", str(clone))
    assert run.exit_code == 0 and "ondiepe kloon" in run.stderr
    run = cli("validate", "--kb", str(clone), "--changed-since", "HEAD~1")
    assert run.exit_code == 2 and "ondiepe kloon" in run.stderr


def test_max_age_summarises_per_region(cli, make_kb) -> None:
    root = make_kb(
        {
            "data/regions/regio-b.yaml": "id: regio-b\nname: Regio B\ntype: regio\npart_of: land\n"
            "verified_on: 2026-06-01\nsources: [{title: T}]\n"
        }
    )
    run = cli("validate", "--kb", str(root), "--max-age", "365d", "--as-of", "2026-11-23")
    assert run.exit_code == 0  # warnings only
    assert "stale-record" in run.stdout and "Regio A: 7 van 7 records" in run.stdout
    assert cli("validate", "--kb", str(root), "--max-age", "soon").exit_code == 2
