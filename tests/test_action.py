"""The reusable check for knowledge-base repositories: action.yml and its scripts, end to end on a region
repository made by `ggznet init`, without GitHub; plus the workflows' safety rules."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from markdown_it import MarkdownIt

from conftest import GIT_ENV, git
from ggznet.scaffold import WORKFLOW

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
SHA = "0123456789abcdef0123456789abcdef01234567"
SRC = "sources:\n  - {title: Verslag, publisher: ROS, published: 2024-01-01}\n"


def clean_env(**extra: str) -> dict[str, str]:
    """The test's environment without any GitHub or ggznet settings, ggznet on PATH, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "INPUT_", "GGZNET_", "RUNNER_"))}
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    env["NO_COLOR"] = "1"
    return {**env, **GIT_ENV, **extra}


def run_script(name: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(REPO / "action" / name)],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=clean_env(**env),
        timeout=300,
    )


# -- the files GitHub reads ---------------------------------------------------------------------------


def steps_of(document: dict[str, Any]) -> list[dict[str, Any]]:
    if "runs" in document:
        return list(document["runs"]["steps"])
    return [step for job in document["jobs"].values() for step in job["steps"]]


WORKFLOW_FILES = {
    "action.yml": lambda: yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8")),
    ".github/workflows/validate.yml": lambda: yaml.safe_load(
        (REPO / ".github/workflows/validate.yml").read_text(encoding="utf-8")
    ),
    "init's workflow": lambda: yaml.safe_load(WORKFLOW.format(uses="owner/ggznet@v1.0.0")),
}


@pytest.mark.parametrize("name", list(WORKFLOW_FILES))
def test_untrusted_values_reach_scripts_only_through_env(name: str) -> None:
    """`${{ … }}` inside `run:` pastes a value (a branch name, a PR title, an input) into shell code;
    values must arrive as environment variables instead."""
    steps = steps_of(WORKFLOW_FILES[name]())
    assert steps
    for step in steps:
        assert "${{" not in step.get("run", ""), step
        assert step.get("shell", "bash") == "bash" or "run" not in step


@pytest.mark.parametrize("name", [".github/workflows/validate.yml", "init's workflow"])
def test_workflows_ask_for_least_privilege(name: str) -> None:
    workflow = WORKFLOW_FILES[name]()
    assert workflow["permissions"] == {"contents": "read"}
    checkout = steps_of(workflow)[0]
    assert checkout["uses"].startswith("actions/checkout@")
    assert checkout["with"] == {"fetch-depth": 0, "persist-credentials": False}


def test_the_action_has_its_inputs_caches_and_scripts() -> None:
    action = WORKFLOW_FILES["action.yml"]()
    assert set(action["inputs"]) == {"changed-since", "strict", "max-age", "version", "python-version"}
    assert all(spec["default"] == "" for k, spec in action["inputs"].items() if k in ("changed-since", "version"))
    assert action["runs"]["using"] == "composite"
    steps = steps_of(action)
    cached = {s["with"]["path"] for s in steps if s.get("uses", "").startswith("actions/cache@")}
    assert cached == {"${{ steps.keys.outputs.pip-dir }}", ".ggznet-cache"}
    scripts = re.findall(r"action/[\w.-]+\.sh", " ".join(s.get("run", "") for s in steps))
    assert set(scripts) == {"action/install.sh", "action/validate.sh"}
    for script in scripts:
        assert os.access(REPO / script, os.X_OK), f"{script} must be executable"
    for step in steps:
        if "run" in step:  # the inputs a script reads come from `env:`, the action's path too
            assert set(re.findall(r"\$\{?([A-Z_]+)", step["run"])) <= set(step["env"]) | {"GITHUB_OUTPUT"}
    validate_env = next(s for s in steps if "validate.sh" in s.get("run", ""))["env"]
    assert validate_env["INPUT_CHANGED_SINCE"] == "${{ inputs.changed-since }}"


def test_this_repository_checks_itself_with_its_action() -> None:
    steps = steps_of(WORKFLOW_FILES[".github/workflows/validate.yml"]())
    assert any(s.get("uses") == "./" for s in steps)
    assert "ggznet report --all --check reports" in steps[-1]["run"]


def test_shell_scripts_pass_shellcheck() -> None:
    exe = shutil.which("shellcheck") or str(BIN / "shellcheck")
    done = subprocess.run(
        [
            exe,
            str(REPO / "action/install.sh"),
            str(REPO / "action/validate.sh"),
            str(REPO / ".ci/run"),
            str(REPO / ".ci/lint"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


# -- install.sh -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "version", ["1.0 --index-url=http://example.org", "-e .", "../x", "1.0;ls", "latest", "1.0\n::warning::x"]
)
def test_install_refuses_a_version_that_is_not_a_release_number(tmp_path, version) -> None:
    done = run_script("install.sh", tmp_path, INPUT_VERSION=version, ACTION_PATH=str(REPO))
    assert done.returncode == 2
    assert done.stdout.startswith("::error title=ggznet action::input version")
    # the value is shown defanged: no second workflow command, no line break, no shell syntax
    assert done.stdout.count("::") == 2 and done.stdout.count("\n") == 1 and ";" not in done.stdout


def test_install_keys_name_the_version_or_the_checkout(tmp_path) -> None:
    output = tmp_path / "output"
    done = subprocess.run(
        ["bash", str(REPO / "action/install.sh"), "keys"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=clean_env(ACTION_PATH=str(REPO), GITHUB_OUTPUT=str(output)),
        check=False,
    )
    assert done.returncode == 0, done.stderr
    keys = dict(line.split("=", 1) for line in output.read_text().splitlines())
    assert keys["source"].startswith("src-") and keys["python"] == "{}.{}".format(*sys.version_info[:2])
    output.unlink()
    subprocess.run(
        ["bash", str(REPO / "action/install.sh"), "keys"],
        env=clean_env(INPUT_VERSION="0.2.0", GITHUB_OUTPUT=str(output)),
        check=True,
    )
    assert "source=v0.2.0" in output.read_text()


# -- end to end: init, a branch, the action's check -----------------------------------------------------

BAD_INITIATIVE = (
    "id: kapot\nname: Kapot initiatief\ntype: tafel\nstatus: loopt\nregions: [testregio]\n"
    + "".join(f"veld{i}: waarde\n" for i in range(12))
    + SRC
)


@pytest.fixture
def region_repo(cli, tmp_path) -> Path:
    """A region repository made by `ggznet init`, committed on main, with a branch that adds records,
    cloned the way actions/checkout does (so that origin/main exists)."""
    origin = tmp_path / "origin"
    run = cli("init", str(origin), "--name", "Testregio", "--action", "owner/ggznet@v9.9.9")
    assert run.exit_code == 0, run.stderr
    git(origin, "init", "-q", "-b", "main")
    git(origin, "add", "-A")
    git(origin, "commit", "-qm", "Kennisbank gestart")
    git(origin, "checkout", "-qb", "testregio-start")
    records = {
        "data/regions/testregio.yaml": "id: testregio\nname: Testregio\ntype: regio\n" + SRC,
        "data/actors/ros-test.yaml": "id: ros-test\nname: ROS Test\ntype: ros\nregions: [testregio]\n" + SRC,
        "data/initiatives/tafel-test.yaml": "id: tafel-test\nname: Tafel Test\ntype: tafel\nstatus: lopend\n"
        "regions: [testregio]\nthemes: [wachttijden]\nactors:\n  - {actor: ros-test, role: trekker}\n" + SRC,
    }
    for rel, text in records.items():
        (origin / rel).write_text(text, encoding="utf-8")
    git(origin, "add", "-A")
    git(origin, "commit", "-qm", "Testregio: eerste records")
    work = tmp_path / "work"
    subprocess.run(["git", "clone", "-q", str(origin), str(work)], check=True, env=clean_env())
    git(work, "checkout", "-q", "testregio-start")
    return work


def pull_request_env(work: Path, summary: Path) -> dict[str, str]:
    return {
        "GITHUB_ACTIONS": "true",
        "GITHUB_EVENT_NAME": "pull_request",
        "GITHUB_BASE_REF": "main",
        "GITHUB_WORKSPACE": str(work),
        "GITHUB_STEP_SUMMARY": str(summary),
        "GITHUB_SERVER_URL": "https://github.com",
        "GITHUB_REPOSITORY": "regio/kennisbank",
        "GITHUB_SHA": SHA,
        "INPUT_CHANGED_SINCE": "",
        "INPUT_STRICT": "false",
        "INPUT_MAX_AGE": "",
    }


def table_rows(markdown: str) -> list[list[str]]:
    """Data rows of the summary's first table, as rendered by a Markdown parser (GitHub-style tables)."""
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    rows: list[list[str]] = []
    in_body = False
    for i, token in enumerate(tokens):
        if token.type == "tbody_open":
            in_body = True
        elif token.type == "tbody_close":
            return rows
        elif in_body and token.type == "tr_open":
            rows.append([])
        elif in_body and token.type == "inline" and tokens[i - 1].type == "td_open":
            rows[-1].append(token.content)
    return rows


def test_a_clean_pull_request_passes(region_repo, tmp_path) -> None:
    summary = tmp_path / "summary.md"
    done = run_script("validate.sh", region_repo, **pull_request_env(region_repo, summary))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "--changed-since=origin/main" in done.stdout
    text = summary.read_text(encoding="utf-8")
    assert "✅ **geslaagd**: Geen problemen; 3 bestanden gecontroleerd" in text
    assert "Vergeleken met `origin/main`" in text


def test_a_bad_record_fails_and_the_summary_lists_every_problem(region_repo, tmp_path) -> None:
    (region_repo / "data/initiatives/kapot.yaml").write_text(BAD_INITIATIVE, encoding="utf-8")
    (region_repo / "data/actors/ros-test.yaml").write_text(
        "id: ros-test\nname: ROS Test\ntype: roos\nregions: [testregio]\n" + SRC, encoding="utf-8"
    )
    git(region_repo, "add", "-A")
    git(region_repo, "commit", "-qm", "Kapot initiatief")
    summary = tmp_path / "summary.md"
    summary.write_text("## an earlier step\n", encoding="utf-8")
    done = run_script("validate.sh", region_repo, **pull_request_env(region_repo, summary))
    assert done.returncode == 1, done.stdout + done.stderr

    expected = json.loads(
        subprocess.run(
            ["ggznet", "validate", "-f", "json", "--changed-since", "origin/main"],
            cwd=region_repo,
            capture_output=True,
            text=True,
            env=clean_env(),
            check=False,
        ).stdout
    )["problems"]
    assert len(expected) > 10  # more than GitHub shows as annotations of one kind
    annotations = [line for line in done.stdout.splitlines() if line.startswith("::error ")]
    assert len(annotations) == len(expected)

    text = summary.read_text(encoding="utf-8")
    assert text.startswith("## an earlier step\n## ggznet")  # appended, not overwritten
    assert f"❌ **niet geslaagd**: {len(expected)} fouten" in text
    rows = table_rows(text)
    assert len(rows) == len(expected)
    for row, problem in zip(rows, expected, strict=True):
        where = f"{problem['path']}:{problem['line']}:{problem['column']}"
        url = f"https://github.com/regio/kennisbank/blob/{SHA}/{problem['path']}#L{problem['line']}"
        assert row[1] == f"[{where.replace('_', chr(92) + '_')}]({url})"
        assert row[2] == f"`{problem['code']}`"
    assert "`veld11`" in text and "`unknown-field`: " in text and "ggznet explain CODE" in text


def test_inputs_are_checked_and_passed_as_single_arguments(region_repo, tmp_path) -> None:
    summary = tmp_path / "summary.md"
    env = pull_request_env(region_repo, summary)
    done = run_script("validate.sh", region_repo, **{**env, "INPUT_STRICT": "yes please"})
    assert done.returncode == 2 and "input strict must be true or false" in done.stdout
    assert "De controle kon niet draaien: input strict" in summary.read_text(encoding="utf-8")
    done = run_script("validate.sh", region_repo, **{**env, "INPUT_CHANGED_SINCE": "--output=/tmp/x"})
    assert done.returncode == 2 and "is not a git ref" in done.stdout
    base = git(region_repo, "rev-parse", "origin/main").strip()
    done = run_script("validate.sh", region_repo, **{**env, "INPUT_CHANGED_SINCE": base, "INPUT_MAX_AGE": "365d"})
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"--max-age=365d --changed-since={base}" in done.stdout
    assert (
        "### Actualiteit\n\nniet geverifieerd binnen --max-age, per regio:\n\n- Testregio: 3 van 3 records"
        in summary.read_text(encoding="utf-8")
    )
    done = run_script("validate.sh", region_repo, **{**env, "INPUT_MAX_AGE": "soon\n::warning::injected"})
    assert done.returncode == 2
    assert not any(line.startswith("::warning") for line in done.stdout.splitlines())
    assert "stopte met afsluitstatus 2" in summary.read_text(encoding="utf-8")


def test_on_a_push_the_whole_knowledge_base_counts(region_repo, tmp_path) -> None:
    env = {**pull_request_env(region_repo, tmp_path / "s.md"), "GITHUB_EVENT_NAME": "push", "GITHUB_BASE_REF": ""}
    done = run_script("validate.sh", region_repo, **env)
    assert done.returncode == 0 and "--changed-since" not in done.stdout
