"""Shared fixtures: small knowledge bases built from `{path: yaml}` dicts, and a CLI runner."""

from __future__ import annotations

import os
import subprocess
import textwrap
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ggznet.cli import app

REPO = Path(__file__).resolve().parent.parent
SHIPPED = REPO  # the knowledge base shipped in data/
TODAY = "2026-11-23"

VOCABULARY = """\
themes:
  - {id: wachttijden, nl: Wachttijden, en: Waiting times}
  - {id: triage, nl: Triage, en: Triage}
  - {id: preventie, nl: Preventie, en: Prevention}
  - {id: lerend-netwerk, nl: Lerend netwerk, en: Learning network}
"""

SOURCE = "sources:\n  - {title: Testbron, publisher: Testuitgever, published: 2023-01-01}\n"


GIT_ENV = {
    "GIT_AUTHOR_NAME": "Consultant",
    "GIT_AUTHOR_EMAIL": "c@example.org",
    "GIT_COMMITTER_NAME": "Consultant",
    "GIT_COMMITTER_EMAIL": "c@example.org",
}


def git(root: Path, *args: str, date: str | None = None) -> str:
    """Run git in `root` as a fixed author (at noon on `date` when given) and return its output."""
    env = {**os.environ, **GIT_ENV}
    if date:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = f"{date}T12:00:00"
    done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, env=env, check=True)
    return done.stdout


# A small, valid knowledge base used across the tests.
BASE: dict[str, str] = {
    "data/vocabulary.yaml": VOCABULARY,
    "data/regions/land.yaml": "id: land\nname: Land\ntype: land\n" + SOURCE,
    "data/regions/provincie-a.yaml": "id: provincie-a\nname: Provincie A\ntype: provincie\npart_of: land\n" + SOURCE,
    "data/regions/regio-a.yaml": (
        "id: regio-a\nname: Regio A\ntype: regio\npart_of: provincie-a\nmunicipalities: [Dorp A]\n" + SOURCE
    ),
    "data/regions/stad-a.yaml": "id: stad-a\nname: Stad A\ntype: gemeente\npart_of: regio-a\n" + SOURCE,
    "data/regions/regio-b.yaml": "id: regio-b\nname: Regio B\ntype: regio\npart_of: land\n" + SOURCE,
    "data/actors/verzekeraar.yaml": (
        "id: verzekeraar\nname: Verzekeraar\ntype: zorgverzekeraar\ndomains: [zorgverzekering]\n"
        "regions: [regio-a]\ncontacts:\n  - {name: Anna Adviseur, role: inkoper, email: anna@verzekeraar.example}\n"
        + SOURCE
    ),
    "data/actors/ggz-a.yaml": "id: ggz-a\nname: GGZ A\ntype: ggz-aanbieder\ndomains: [ggz]\nregions: [regio-a]\n"
    + SOURCE,
    "data/actors/ros-a.yaml": "id: ros-a\nname: ROS A\ntype: ros\nregions: [regio-a]\n" + SOURCE,
    "data/actors/gemeente-b.yaml": (
        "id: gemeente-b\nname: Gemeente B\ntype: gemeente\ndomains: [sociaal-domein]\nregions: [regio-b]\n" + SOURCE
    ),
    "data/initiatives/tafel-a.yaml": (
        "id: tafel-a\nname: Samenwerkingstafel A\ntype: tafel\nstatus: lopend\nregions: [regio-a]\n"
        "started: 2023-03\ndomains: [ggz, sociaal-domein]\nthemes: [wachttijden]\n"
        "actors:\n  - {actor: verzekeraar, role: initiatiefnemer}\n  - {actor: ggz-a, role: trekker}\n"
        "  - {actor: ros-a, role: procesbegeleider}\n"
        "summary: Partijen werken samen aan kortere wachttijden.\n"
        "barriers: [Weinig tijd bij professionals]\nlessons: [Ken elkaar eerst]\n" + SOURCE
    ),
    "data/initiatives/netwerk-a.yaml": (
        "id: netwerk-a\nname: Lerend netwerk A\ntype: netwerk\nstatus: idee\nregions: [stad-a]\n"
        "themes: [lerend-netwerk]\npart_of: tafel-a\n" + SOURCE
    ),
    "data/initiatives/triage-b.yaml": (
        "id: triage-b\nname: Triage B\ntype: werkwijze\nstatus: pilot\nregions: [regio-b]\n"
        "themes: [triage, wachttijden]\nactors:\n  - {actor: gemeente-b, role: trekker}\n"
        "summary: Een goede triage aan de voorkant voor cliënten.\n" + SOURCE
    ),
    "data/meetings/2023-03-24-tafel-a.yaml": (
        "id: 2023-03-24-tafel-a\ntitle: Eerste tafel A\ndate: 2023-03-24\ntype: samenwerkingstafel\n"
        "status: gehouden\nregions: [regio-a]\nforum: tafel-a\norganisers: [verzekeraar, ggz-a]\n"
        "facilitators: [ros-a]\nparticipants: {count: 40, domains: [ggz, sociaal-domein]}\n"
        "outcomes:\n  decisions: [Er komt een lerend netwerk]\n"
        "  tracks:\n    - {title: Lerend netwerk, initiative: netwerk-a}\n"
        "  actions:\n    - {id: voorzet, what: Voorzet regiovisie, owner: verzekeraar, due: 2023-07-14, status: open}\n"
        "    - {id: uitnodiging, what: Uitnodiging versturen, owner: ros-a, due: 2023-04-01, status: done,"
        " done_on: 2023-03-30}\n"
        "next_meeting: {date: 2099-07-14, meeting: 2099-07-14-tafel-a}\n" + SOURCE
    ),
    "data/meetings/2099-07-14-tafel-a.yaml": (
        "id: 2099-07-14-tafel-a\ntitle: Tweede tafel A\ndate: 2099-07-14\ntype: samenwerkingstafel\n"
        "status: gepland\nregions: [regio-a]\nforum: tafel-a\nfollows: 2023-03-24-tafel-a\npresented: [netwerk-a]\n"
        + SOURCE
    ),
}


def complete(shell: Mapping[str, str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Shell completion as a shell asks for it: `ggznet` run with the shell's completion variables (`shell`),
    without a knowledge base or language from the environment."""
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("GGZNET_KB", "GGZNET_LANG")}
    return subprocess.run(
        [sys.executable, "-c", "from ggznet.cli import main; main()"],
        env={**env, **shell},
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


def build_tree(root: Path, files: Mapping[str, str | bytes | None]) -> Path:
    """Write `{relative path: text}` under root; a value of None removes the file."""
    for rel, content in files.items():
        path = root / rel
        if content is None:
            if path.exists():
                path.unlink()
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content) if content.startswith("\n") else content, encoding="utf-8")
    for folder in ("regions", "actors", "initiatives", "meetings"):
        (root / "data" / folder).mkdir(parents=True, exist_ok=True)
    return root


@pytest.fixture
def make_kb(tmp_path: Path) -> Callable[..., Path]:
    """`make_kb({path: yaml, ...}, base=True)`: a knowledge base from BASE overlaid with the given files."""

    def make(files: Mapping[str, str | bytes | None] | None = None, *, base: bool = True) -> Path:
        tree: dict[str, str | bytes | None] = dict(BASE) if base else {}
        tree.update(files or {})
        return build_tree(tmp_path / "kb", tree)

    return make


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """In a parallel run (the README's `pytest -n auto --dist loadfile --no-loadscope-reorder`) files are
    handed to the workers in the order of their first test: the adversarial corpus (marked `xdist_group`)
    first, so that it runs while its worker is still small (its forked runs are killed above 1000 MB,
    inherited pages included), then the files with tests marked `slow`, so that no worker is still busy
    with a long file after the others ran out of work. A serial run keeps the usual order."""
    if hasattr(config, "workerinput"):  # set in each xdist worker, whose collection order is the schedule
        items.sort(
            key=lambda item: (item.get_closest_marker("xdist_group") is None, item.get_closest_marker("slow") is None)
        )


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> Callable[..., Run]:
    """Run the CLI in-process; stdout and stderr apart, no colour, no GitHub environment."""
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("GGZNET_KB", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")
    runner = CliRunner()

    def run(*args: str, env: Mapping[str, str] | None = None, input: str | None = None) -> Run:
        result = runner.invoke(app, list(args), env=dict(env or {}), input=input, catch_exceptions=False)
        return Run(result.exit_code, result.stdout, result.stderr)

    return run
