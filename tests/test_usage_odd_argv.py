"""Odd command lines through a real `python -m ggznet`: never a traceback or an internal error, a usage error
(exit 2) in one language, Dutch by default and English with --lang en."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def run(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "GGZNET_KB", "GGZNET_LANG")}
    env["NO_COLOR"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "ggznet", "--kb", str(root), *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        check=False,
        cwd=root,
    )


# (arguments, exit code, a line the output must hold) — all of these held
HELD = [
    (["--lang"], 2, "fout: optie '--lang' heeft een waarde nodig."),
    (["validate", "--lang"], 2, "fout: optie '--lang' heeft een waarde nodig."),
    (["--lang", "en", "--lang", "nl", "validate", "--bogus"], 2, "fout: onbekende optie: --bogus"),  # the last wins
    (["--lang", "nl", "--lang", "en", "validate", "--bogus"], 2, "Error: No such option: --bogus"),
    (["--lang=en", "--lang=nl", "validate", "--bogus"], 2, "fout: onbekende optie: --bogus"),
    (["validate", "--bogus", "--lang", "en"], 2, "Error: No such option: --bogus"),  # --lang after the error
    (["--lang", "xx", "validate"], 2, "fout: --lang: `xx` is geen ondersteunde taal"),
    (["validate", "--lang", "-h"], 2, "fout: --lang: `-h` is geen ondersteunde taal"),
    (["-h", "-h"], 0, "Gebruik: ggznet [OPTIES] COMMANDO [ARGUMENTEN]..."),
    (["validate", "-h", "--lang", "en"], 0, "Usage: ggznet validate [OPTIONS]"),
    (["validate", "--", "-h"], 2, "fout: onverwacht extra argument(en): -h"),
    (["--help=1"], 2, "fout: optie '--help' neemt geen waarde."),
    (["\u2014help"], 2, "fout: commando '\u2014help' bestaat niet."),  # an em dash
    (["validate", "--f\u03bfrmat", "json"], 2, "fout: onbekende optie: --f\u03bfrmat (bedoel je --format?)"),  # Greek o
    (["validate", "--format", "[/]"], 2, "'[/]' is geen keuze"),  # Rich markup in a value is shown as typed
    (["--[/]"], 2, "fout: onbekende optie: --[/]"),
    (["validate", "--as-of", "[/]"], 2, "fout: --as-of: `[/]` is geen datum"),
    (["validate", "--max-age", "-5d"], 2, "fout: --max-age `-5d` is geen leeftijd"),
    (["--" + "x" * 100_000], 2, "fout: onbekende optie: --xxxx"),
    (["validate", "--as-of", "9" * 5000], 2, "fout: --as-of:"),
]


@pytest.mark.parametrize(("args", "code", "line"), HELD, ids=[" ".join(a)[:40] for a, _, _ in HELD])
def test_odd_command_lines_give_a_clean_usage_error(make_kb, args: list[str], code: int, line: str) -> None:
    root = make_kb()
    done = run(root, *args)
    output = done.stdout + done.stderr
    assert done.returncode == code, output[-2000:]
    assert line in output
    assert "Traceback (most recent call last)" not in output and "fout: interne fout" not in output
    assert sorted(p.name for p in root.iterdir()) in (["data"], [".ggznet-cache", "data"])  # nothing else written


@pytest.mark.parametrize("age", ["3000y", "800000d", "99999999999d"])
def test_an_age_beyond_the_calendar_is_a_usage_error(make_kb, age: str) -> None:
    done = run(make_kb(), "validate", "--max-age", age)
    assert done.returncode == 2, done.stderr
    assert "fout: --max-age" in done.stderr and "langer dan 100 jaar" in done.stderr


# Usage errors raised by ggznet itself whose message or hint has no Dutch form: `fout:` / `tip:` followed by English.
MIXED = {
    "changed-since outside git": (
        ["validate", "--changed-since", "HEAD"],
        "tip: in GitHub Actions, check out with `fetch-depth: 0`",
    ),
    "empty --columns": (["list", "initiatives", "--columns", ","], "fout: --columns: no column names given"),
}


@pytest.mark.parametrize("name", sorted(MIXED))
def test_usage_errors_raised_by_ggznet_are_dutch_by_default(make_kb, name: str) -> None:
    args, english = MIXED[name]
    done = run(make_kb(), *args)
    assert done.returncode == 2
    assert english not in done.stderr, done.stderr


def test_show_of_a_broken_record_speaks_dutch(make_kb) -> None:
    root = make_kb({"data/actors/ggz-b.yaml": "id: ggz-b\nname: GGZ B\ntype: ggz-aanbieder\nnotes: x\n"})
    done = run(root, "show", "ggz-b")
    assert done.returncode in (1, 2)
    assert "has errors and cannot be used" not in done.stderr and "to see them" not in done.stderr, done.stderr
