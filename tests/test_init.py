"""`ggznet init DIR`: a new region's knowledge-base repository, what is in it, and what init refuses."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml

from ggznet.schema.jsonschema import json_schemas, render

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def fresh(cli, tmp_path) -> Path:
    target = tmp_path / "kennisbank-twente"
    run = cli("init", str(target), "--name", "Twente")
    assert run.exit_code == 0, run.stderr
    assert "16 bestanden aangemaakt" in run.stderr and "git init" in run.stderr
    return target


def test_the_layout(fresh) -> None:
    files = sorted(p.relative_to(fresh).as_posix() for p in fresh.rglob("*") if p.is_file())
    assert files == sorted(
        [
            ".github/workflows/ggznet.yml",
            ".gitignore",
            ".pre-commit-config.yaml",
            ".vscode/extensions.json",
            ".vscode/settings.json",
            "README.md",
            "data/actors/.gitkeep",
            "data/initiatives/.gitkeep",
            "data/meetings/.gitkeep",
            "data/regions/.gitkeep",
            "data/vocabulary.yaml",
            *(f"schemas/{name}" for name in json_schemas()),
        ]
    )


def test_it_is_a_valid_empty_knowledge_base_with_the_shared_themes(cli, fresh) -> None:
    run = cli("validate", "--kb", str(fresh), "--strict")
    assert run.exit_code == 0, run.stdout
    assert (fresh / "data/vocabulary.yaml").read_text(encoding="utf-8") == (REPO / "data/vocabulary.yaml").read_text(
        encoding="utf-8"
    )


def test_editor_settings(fresh) -> None:
    settings = json.loads((fresh / ".vscode/settings.json").read_text(encoding="utf-8"))
    ours = json.loads((REPO / ".vscode/settings.json").read_text(encoding="utf-8"))
    assert settings["yaml.schemas"] == ours["yaml.schemas"]  # the same mapping as this repository's
    for schema in settings["yaml.schemas"]:
        assert (fresh / schema).read_text(encoding="utf-8") == render(json_schemas()[Path(schema).name])
    assert json.loads((fresh / ".vscode/extensions.json").read_text())["recommendations"] == ["redhat.vscode-yaml"]
    assert ".ggznet-cache/" in (fresh / ".gitignore").read_text().splitlines()


def test_ci_and_pre_commit_pin_the_same_ggznet(cli, tmp_path) -> None:
    target = tmp_path / "kb"
    assert cli("init", str(target), "--action", "regio-ict/ggznet@v2.0.1").exit_code == 0
    workflow = yaml.safe_load((target / ".github/workflows/ggznet.yml").read_text())
    steps = workflow["jobs"]["validate"]["steps"]
    assert steps[1]["uses"] == "regio-ict/ggznet@v2.0.1"
    hooks = yaml.safe_load((target / ".pre-commit-config.yaml").read_text())["repos"][0]
    assert (hooks["repo"], hooks["rev"]) == ("https://github.com/regio-ict/ggznet", "v2.0.1")
    assert [h["id"] for h in hooks["hooks"]] == ["ggznet-validate"]
    exe = shutil.which("pre-commit") or str(Path(sys.executable).parent / "pre-commit")
    checked = subprocess.run(
        [exe, "validate-config", str(target / ".pre-commit-config.yaml")], capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    readme = (target / "README.md").read_text(encoding="utf-8")
    assert (
        readme.startswith("# Kennisbank de regio\n")
        and 'pip install "git+https://github.com/regio-ict/ggznet@v2.0.1"' in readme
    )


def test_the_hooks_it_names_exist() -> None:
    ours = {hook["id"] for hook in yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())}
    assert "ggznet-validate" in ours


def test_refuses_a_folder_that_is_not_empty(cli, tmp_path) -> None:
    target = tmp_path / "bestaand"
    target.mkdir()
    (target / "notities.txt").write_text("van mij\n")
    run = cli("init", str(target))
    assert run.exit_code == 2 and "is niet leeg" in run.stderr and "--add-missing" in run.stderr
    assert [p.name for p in target.iterdir()] == ["notities.txt"]
    (tmp_path / "bestand").write_text("x")
    assert cli("init", str(tmp_path / "bestand")).exit_code == 2


def test_add_missing_never_overwrites(cli, fresh) -> None:
    readme = fresh / "README.md"
    readme.write_text("# Onze eigen README\n", encoding="utf-8")
    (fresh / ".vscode/extensions.json").unlink()
    run = cli("init", str(fresh), "--add-missing")
    assert run.exit_code == 0, run.stderr
    assert readme.read_text(encoding="utf-8") == "# Onze eigen README\n"
    assert "bestaat al, niet aangeraakt: README.md" in run.stderr and "1 bestand aangemaakt" in run.stderr
    assert (fresh / ".vscode/extensions.json").exists()


def test_one_missing_file_added_is_one_file_in_english_too(cli, fresh) -> None:
    (fresh / ".vscode/extensions.json").unlink()
    run = cli("init", str(fresh), "--add-missing", "--lang", "en")
    assert run.exit_code == 0 and f"1 file created in {fresh}" in run.stderr, run.stderr


@pytest.mark.parametrize(
    ("lang", "said"), [("nl", "fout: kan {where} niet aanmaken: "), ("en", "error: cannot create {where}: ")]
)
def test_a_folder_that_cannot_be_made_is_a_usage_error(cli, tmp_path, lang: str, said: str) -> None:
    """Under a file, or a name too long for the file system: a clear error in the run's language, no traceback."""
    (tmp_path / "bestand").write_text("x")
    for target in (tmp_path / "bestand" / "kb", tmp_path / ("k" * 300)):
        run = cli("init", str(target), "--lang", lang)
        assert run.exit_code == 2 and run.stderr.startswith(said.format(where=target)), run.stderr
        assert "Error" not in run.stderr and "Errno" not in run.stderr


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_never_writes_through_a_link(cli, tmp_path) -> None:
    outside = tmp_path / "elders"
    outside.mkdir()
    target = tmp_path / "kb"
    target.mkdir()
    (target / ".vscode").symlink_to(outside, target_is_directory=True)
    run = cli("init", str(target), "--add-missing")
    assert run.exit_code == 2 and "staat in de weg: het is geen map" in run.stderr
    assert list(outside.iterdir()) == []


@pytest.mark.parametrize(
    "option,value",
    [
        ("--action", "ggznet"),
        ("--action", "owner/ggznet@v1\n  run: evil"),
        ("--action", "owner/ggznet@../../x"),
        ("--name", "Twente\n\n<script>"),
    ],
)
def test_refuses_values_that_would_break_the_files(cli, tmp_path, option, value) -> None:
    run = cli("init", str(tmp_path / "kb"), option, value)
    assert run.exit_code == 2, run.stdout
    assert not (tmp_path / "kb").exists()


def test_works_from_an_installed_wheel(tmp_path) -> None:
    """The action installs ggznet as a wheel, not from a checkout: the wheel must carry the vocabulary
    that init copies and the report templates."""
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(tmp_path / "dist"), str(REPO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    (wheel,) = (tmp_path / "dist").glob("ggznet-*.whl")
    unpacked = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(unpacked)
    probe = (
        "import ggznet.scaffold as s, ggznet.render.env as e, pathlib; "
        "print(pathlib.Path(s.__file__).parent); print(len(s.shipped_vocabulary())); print(e.builtin_templates())"
    )
    shown = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(unpacked)}
    )
    package, size, templates = shown.stdout.split("\n")[:3]
    assert Path(package) == unpacked / "ggznet", shown.stderr
    assert int(size) == len((REPO / "data/vocabulary.yaml").read_text(encoding="utf-8"))
    assert Path(templates) == unpacked / "ggznet" / "templates"
