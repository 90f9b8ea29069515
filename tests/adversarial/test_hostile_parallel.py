"""Hostile record files read by the reading workers (cold) and then from the store (warm): every reading
command prints what it prints without the store, with no worker hanging or crashing on them."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from ggznet.store import readpool

pytestmark = pytest.mark.skipif(
    "fork" not in __import__("multiprocessing").get_all_start_methods(), reason="workers are forked"
)

HOSTILE: dict[str, str | bytes] = {
    "data/actors/id-elders.yaml": "id: ggz-a\nname: Dubbel\ntype: ros\n",  # another file's id
    "data/actors/als-regio.yaml": "id: als-regio\nname: Als regio\ntype: regio\npart_of: land\n",
    "data/actors/bsn.yaml": "id: bsn\nname: Jan 111222333\ntype: ros\nregions: [regio-a]\n",
    "data/actors/markup.yaml": (
        'id: markup\nname: "[bold red]Rood[/] \\u202eesrever"\ntype: ros\nregions: [regio-a]\n'
    ),
    "data/actors/utf.yaml": b"id: utf\nname: \xff\xfe\ntype: ros\n",
    "data/actors/diep.yaml": "id: diep\nname: " + "[" * 5000 + "]" * 5000 + "\n",
    "data/initiatives/verborgen.yaml": (
        "id: verborgen\nname: Verborgen initiatief\ninternal: true\nregions: [regio-b]\nthemes: [triage]\n"
        "status: lopend\n"
    ),
}
COMMANDS = [
    ("validate",),
    ("list", "actors"),
    ("list", "actors", "--region", "regio-a"),
    ("show", "ggz-a"),
    ("search", "Rood"),
    ("actions",),
    ("report", "regio-a"),
    ("report", "regio-a", "--audience", "public"),
    ("list", "initiatives", "--audience", "public"),
]


@pytest.fixture
def hostile_kb(make_kb) -> Path:
    root = make_kb(HOSTILE)
    actors = root / "data" / "actors"
    if hasattr(os, "mkfifo"):
        os.mkfifo(actors / "pijp.yaml")
    (actors / "link.yaml").symlink_to("/etc/hostname")
    return root


def test_hostile_files_read_by_workers_print_as_without_the_store(hostile_kb: Path, cli, monkeypatch) -> None:
    root = hostile_kb
    monkeypatch.setenv("GGZNET_NO_CACHE", "1")
    expected = [cli(*command, "--kb", str(root)) for command in COMMANDS]
    for command, run in zip(COMMANDS, expected, strict=True):
        assert run.exit_code in (0, 1) and "Traceback" not in run.stdout + run.stderr, command
    monkeypatch.setattr(readpool, "PARALLEL_MIN", 2)
    monkeypatch.setattr(readpool, "CHUNK", 2)
    monkeypatch.setattr(readpool, "worker_count", lambda: 2)
    monkeypatch.setenv("GGZNET_NO_CACHE", "")
    for command, want in zip(COMMANDS, expected, strict=True):
        shutil.rmtree(root / ".ggznet-cache", ignore_errors=True)
        for _ in range(3):  # cold (workers), warm (entries), warm again (manifest)
            got = cli(*command, "--kb", str(root))
            assert (got.exit_code, got.stdout, got.stderr) == (want.exit_code, want.stdout, want.stderr), command
