"""Hostile and broken record files: ggznet must report each one clearly, in bounded time and memory,
without running anything and without hiding the problems of the other files.

Every case is one file from `files/` (or one generated here at test time: the big ones, symlinks and
odd file names) placed into the valid base knowledge base of `tests/conftest.py`, next to a second,
deliberately broken actor (`kapot-naam.yaml`, unknown key `naam`). For each case:

* `ggznet validate --format json` runs as a real subprocess (timeout, peak memory from wait4);
* `KnowledgeBase.open(root).validate()` runs through the library, in a forked child so that a hang
  cannot stall the test run;
* `ggznet list actors` and `ggznet report regio-a` run in forked children (the CLI in-process).

All of these run once per session, in parallel, before the tests look at the results. Cases that show
a real ggznet bug are marked `xfail(strict=True)` with the bug in the reason; see the README next to
this file for the list.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import traceback
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from conftest import BASE, TODAY, build_tree

pytestmark = [
    pytest.mark.skipif(
        not hasattr(os, "fork") or not hasattr(os, "wait4"),
        reason="runs ggznet in forked children and measures them with wait4 (POSIX)",
    ),
    # `corpus_run` (session scope) runs every selected case at once, so all these tests must go to one worker
    # of a parallel run (the README's `--dist loadfile` sends a file to one worker; this mark says so to
    # `--dist loadgroup` too), and tests/conftest.py starts this file first
    pytest.mark.xdist_group("adversarial-corpus"),
]

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"

MARKER = "ggznet-pwned-marker"  # the payloads in the corpus try to create this file in the working folder
COMPANION_PATH = "data/actors/kapot-naam.yaml"
COMPANION = "id: kapot-naam\nnaam: Kapot\ntype: ros\nsources:\n  - title: Testbron\n"

# Limits for one run (validate, list or report) on a base of 15 small files plus one hostile file.
# Time is judged as CPU time so that a busy machine does not fail the tests; the wall clock is a backstop.
TIMEOUT = 20.0  # wall-clock seconds after which a run is killed (a hang)
CPU_LIMIT = 3.0  # CPU seconds a run may use; a run is killed at CPU_LIMIT + 0.5
MEMORY_LIMIT = 500 * 2**20  # peak resident memory of a run, in bytes; killed at twice this
OUTPUT_LIMIT = 2_000_000  # bytes of validate output for one hostile file of at most 1 MB
MAX_FILE_BYTES = 1_000_000  # ggznet's limit per record file
SECRET = "TOPSECRET-token-4f9a2b71"

ENV_OVERRIDES = {"NO_COLOR": "1", "COLUMNS": "200", "GITHUB_ACTIONS": None, "GGZNET_KB": None, "FORCE_COLOR": None}


# -- generated files ----------------------------------------------------------------------------------

Generator = Callable[[Path, Path], None]  # (knowledge-base root, absolute target path)

HEAD = "id: {id}\nname: Actor X\ntype: ros\n"


def _write(text_or_bytes: str | bytes) -> Generator:
    def gen(root: Path, target: Path) -> None:
        data = text_or_bytes.encode("utf-8") if isinstance(text_or_bytes, str) else text_or_bytes
        target.write_bytes(data)

    return gen


def _chunks(target: Path, head: str, filler: bytes, size: int, tail: str = "\n") -> None:
    with target.open("wb") as out:
        out.write(head.encode("utf-8"))
        block = filler * (1_048_576 // len(filler))
        left = size
        while left > 0:
            out.write(block[:left])
            left -= len(block)
        out.write(tail.encode("utf-8"))


def gen_50mb(root: Path, target: Path) -> None:
    _chunks(target, HEAD.format(id=target.stem) + "description: ", b"x", 50 * 2**20)


def gen_block_10000(root: Path, target: Path) -> None:
    with target.open("w", encoding="utf-8") as out:  # 1-space indentation: about 50 MB
        out.write(HEAD.format(id=target.stem))
        for i in range(10_000):
            out.write(" " * i + "a:\n")
        out.write(" " * 10_000 + "b\n")


def gen_block_under_limit(root: Path, target: Path) -> None:
    lines = [HEAD.format(id=target.stem)]
    size, depth = len(lines[0]), 0
    while size + depth + 3 < MAX_FILE_BYTES - 2_000:
        lines.append(" " * depth + "a:\n")
        size += depth + 3
        depth += 1
    lines.append(" " * depth + "b\n")
    target.write_text("".join(lines), encoding="utf-8")
    assert depth > 1_000 and target.stat().st_size < MAX_FILE_BYTES


def gen_long_line_error(root: Path, target: Path) -> None:
    text = HEAD.format(id=target.stem) + "description: " + "x" * 990_000 + " : y\n"
    assert len(text) < MAX_FILE_BYTES
    target.write_text(text, encoding="utf-8")


def gen_long_line_over_limit(root: Path, target: Path) -> None:
    _chunks(target, HEAD.format(id=target.stem) + "description: ", b"x", 1_200_000)


def gen_symlink_outside(root: Path, target: Path) -> None:
    secret = root.parent / f"{root.name}-secret.txt"
    secret.write_text(SECRET + "\n", encoding="utf-8")
    os.symlink(secret, target)


def gen_symlink_loop(root: Path, target: Path) -> None:
    os.symlink(target.name, target)


def gen_newline_name(root: Path, target: Path) -> None:
    target.write_text("id: evil\nname: Actor X\ntype: ros\nsources:\n  - title: Testbron\n", encoding="utf-8")


# -- the cases ---------------------------------------------------------------------------------------

# xfail aspects: "cli" (validate subprocess), "library", "list", "report", "clarity", "location".
# "clarity" and "location" judge the subprocess's JSON: when validate crashes or hangs they fail too.
ALL = ("cli", "library", "list", "report", "clarity", "location")


@dataclass(repr=False)
class Case:
    name: str  # `files/<name>.yaml`, or the name of a generated file
    codes: frozenset[str] | None = None  # one of these must be reported for the file; None: any error
    folder: str = "actors"
    target: str | None = None  # file stem in the knowledge base; default: the name
    path: str | None = None  # full path in the knowledge base, instead of folder/target
    line: int | None = None  # the line the problem belongs to (test_location)
    accepted: bool = False  # a valid file: validate finds nothing, exit 0 (run without the companion)
    generate: Generator | None = None
    secret: bool = False  # SECRET must appear in no output
    report_contains: tuple[str, ...] = ()
    report_lacks: tuple[str, ...] = ()
    xfail: dict[str, str] = field(default_factory=dict)

    @property
    def rel(self) -> str:
        return self.path or f"data/{self.folder}/{self.target or self.name}.yaml"

    def __repr__(self) -> str:
        return f"Case({self.name!r})"

    def reason(self, aspect: str) -> str | None:
        return self.xfail.get(aspect)


def codes(*names: str) -> frozenset[str]:
    return frozenset(names)


def bug(reason: str, *aspects: str) -> dict[str, str]:
    return dict.fromkeys(aspects or ALL, reason)


SYNTAX = codes("yaml-syntax")
TAG = codes("yaml-tag")
ALIAS = codes("yaml-alias")
ROOT = codes("root-not-mapping")
ENCODING = codes("yaml-encoding")
DEEP_OR_LARGE = codes("yaml-too-deep", "yaml-too-large")

BUG_CORE_TAG = (
    "BUG: an explicit core-schema tag with a value it cannot convert (`!!float abc`, `!!int abc`, `!!bool "
    "misschien`) escapes yamlfast.parse as ValueError/KeyError (only yaml.YAMLError is caught): validate exits 3 "
    "`internal error`, the library raises, and list/report exit 3"
)
BUG_HUGE_INT = (
    "BUG: a hexadecimal (or octal) integer of thousands of digits has no size check (only decimal ones do); the "
    "wrong-type message formats it (shape._describe: f'the number {value}') and Python's int-to-str digit limit "
    "raises ValueError: validate, list and report exit 3, the library raises"
)
BUG_YEAR_0 = (
    "BUG: PartialDate accepts the year 0000 but first_day/last_day call datetime.date(0, …): check_dates raises "
    "ValueError `year 0 is out of range`: validate exits 3, the library raises"
)
BUG_YEAR_9999 = (
    "BUG: a valid partial date `9999-12` makes PartialDate.last_day compute date(10000, 1, 1): check_dates raises "
    "ValueError `year 10000 is out of range`: validate exits 3, the library raises"
)
BUG_EMAIL_REDOS = (
    "BUG: privacy._EMAIL (`[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.[a-zA-Z]{2,}`) backtracks quadratically: a 90 KB "
    "description `aaa…@bbb…` (no dot) takes minutes in check_privacy, which runs while loading, so validate, "
    "list and report all hang (2×8,000 characters already take ~5 s)"
)
BUG_LOCATE_QUADRATIC = (
    "BUG: KnowledgeBase._locate calls yamlfast.locate once per problem and locate scans the mapping's keys "
    "linearly: 15,500 unknown keys (93 KB) take far longer than the time limit (4,000 keys: 2.6 s, 8,000 keys: 8 s; "
    "a 1 MB file holds ~140,000 keys: hours)"
)
BUG_AMPLIFICATION = (
    "BUG (resource): problems are not capped per file: a 36 KB `regions: [X, X, …]` yields 12,000 bad-id problems "
    "and 3.6 MB of JSON; at the size limit (250,000 items, 750 KB) validate takes ~26 s of CPU, ~720 MB of memory "
    "and prints 76 MB"
)
BUG_READER_LOCATION = (
    "BUG: a character the YAML reader refuses (NUL, BEL) is reported at line 1, column 1 whatever its place, with a "
    'two-line message ending in `in "<unicode string>", position N`'
)
BUG_LINE_SEPARATOR = (
    "BUG: libyaml counts U+2028 as a line break, so every problem after it is reported one line too low "
    "(editors and GitHub count only \\n)"
)
BUG_PRECHECK_BRACKETS = (
    "BUG: yamlfast.nesting_too_deep counts `[`/`{` inside quoted strings: a valid description with 40 `[` is "
    "refused as yaml-too-deep"
)
BUG_PRECHECK_DASHES = (
    "BUG: yamlfast._COMPACT_NESTING matches `- - - …` inside a plain scalar: a valid description is refused as "
    "yaml-too-deep"
)
BUG_SYMLINK_LEAK = (
    "BUG: record files are read through symlinks that point outside the knowledge base, and root-not-mapping "
    "quotes the first 60 characters: a symlink to a secret file prints the secret into validate's output (CI logs)"
)
BUG_SYMLINK_LOOP = (
    "BUG: a symlink loop in data/actors makes store.files.record_paths raise OSError ELOOP (DirEntry.is_file "
    "follows links): validate, list and report exit 3 `internal error`, the library raises"
)
BUG_HIJACK = (
    "BUG: a record whose id is not its file name is still indexed; a hostile `aaa-hijack.yaml` with "
    "`id: verzekeraar` sorts first, takes over the id, and the duplicate-id error is put on the innocent "
    "verzekeraar.yaml, which is left out of list/report"
)
BUG_LONG_MESSAGE = (
    "BUG: an unknown key is echoed whole in the message: a 50,000-character key gives a 50,016-character message"
)
BUG_RAW_CONTROL_IN_MESSAGE = (
    "BUG: an unknown key with escape sequences is echoed raw (ESC, BEL) in the message, so `validate` text output "
    "carries terminal escape sequences"
)
BUG_NEWLINE_NAME = (
    "BUG: a file name with a newline is echoed raw in id-mismatch's message and hint (and printed raw as the path "
    "in text output), so a hostile file name can forge output lines"
)
BUG_INVISIBLE_IN_MESSAGE = (
    "BUG: the bad-id message shows the id raw, so the offending zero-width space is invisible: "
    '"`menzis\u200b` is not a valid id"'
)

CASES: list[Case] = [
    # syntax errors
    Case("01-syntax-unclosed-quote", SYNTAX),
    Case("02-syntax-unclosed-flow-sequence", SYNTAX),
    Case("03-syntax-bad-indentation", SYNTAX, line=3),
    Case("04-syntax-colon-in-plain-value", SYNTAX, line=2),
    Case("05-syntax-unknown-escape", SYNTAX, line=4),
    Case("06-syntax-undefined-alias", SYNTAX, line=4),
    Case("07-syntax-garbage-after-document-end", codes("yaml-syntax", "root-not-mapping")),
    Case("08-syntax-unsupported-yaml-version", SYNTAX, line=1),
    # duplicate keys
    Case("09-duplicate-key-top-level", codes("yaml-duplicate-key"), line=4),
    Case("10-duplicate-key-nested", codes("yaml-duplicate-key"), line=7),
    # tags: nothing may run
    Case("11-tag-python-object-apply-os-system", TAG, line=4),
    Case("12-tag-python-name", TAG, line=4),
    Case("13-tag-python-object-new-popen", TAG, line=4),
    Case("14-tag-directive-python", TAG, line=6),
    Case("15-tag-verbatim-python", TAG, line=4),
    Case("16-tag-custom", TAG, line=4),
    Case("17-tag-binary", TAG, line=4),
    Case("18-tag-set", TAG, line=4),
    Case("19-tag-float-invalid", codes("yaml-tag", "yaml-syntax", "wrong-type"), line=4),
    Case("20-tag-int-invalid", codes("yaml-tag", "yaml-syntax", "wrong-type"), line=4),
    Case("21-tag-bool-invalid", codes("yaml-tag", "yaml-syntax", "wrong-type"), line=4),
    # aliases
    Case("22-alias-bomb-billion-laughs", ALIAS),
    Case("23-alias-recursive", ALIAS, line=4),
    Case("24-merge-key", ALIAS, line=5),  # the anchor; the alias on line 6 is the same node
    # nesting (generated)
    Case(
        "25-nesting-flow-sequence-10000",
        DEEP_OR_LARGE,
        generate=_write(
            HEAD.format(id="25-nesting-flow-sequence-10000") + "tags: " + "[" * 10_000 + "]" * 10_000 + "\n"
        ),
    ),
    Case(
        "26-nesting-flow-mapping-10000",
        DEEP_OR_LARGE,
        generate=_write(
            HEAD.format(id="26-nesting-flow-mapping-10000")
            + "description: "
            + "{a: " * 10_000
            + "b"
            + "}" * 10_000
            + "\n"
        ),
    ),
    Case(
        "27-nesting-compact-dash-10000",
        DEEP_OR_LARGE,
        generate=_write(HEAD.format(id="27-nesting-compact-dash-10000") + "tags:\n  " + "- " * 10_000 + "x\n"),
    ),
    Case(
        "28-nesting-compact-question-10000",
        DEEP_OR_LARGE,
        generate=_write(HEAD.format(id="28-nesting-compact-question-10000") + "? " * 10_000 + "x\n"),
    ),
    Case("29-nesting-block-10000", DEEP_OR_LARGE, generate=gen_block_10000),
    Case("30-nesting-block-deepest-under-size-limit", DEEP_OR_LARGE, generate=gen_block_under_limit),
    # size (generated)
    Case("31-huge-50mb", codes("yaml-too-large"), line=1, generate=gen_50mb),
    Case("31b-long-line-syntax-error-990kb", SYNTAX, line=4, generate=gen_long_line_error),
    Case("31c-long-line-over-size-limit", codes("yaml-too-large"), line=1, generate=gen_long_line_over_limit),
    # bytes and encodings
    Case("32-binary-random-with-nul", ENCODING),
    Case("33-encoding-latin1", ENCODING, line=2),
    Case("34-encoding-utf16-le-bom", ENCODING, line=1),
    Case("35-encoding-utf16-be-bom", ENCODING, line=1),
    Case("36-encoding-utf8-overlong", ENCODING, line=2),
    Case("37-encoding-utf8-encoded-surrogate", ENCODING, line=2),
    Case(
        "38-nul-byte-in-utf8-text",
        codes("yaml-syntax", "yaml-encoding"),
        line=2,
    ),
    # roots
    Case("39-several-documents", ROOT),
    Case("40-null-root-tilde", ROOT, line=1),
    Case("41-empty-file", ROOT, line=1),
    Case("42-only-comment", ROOT, line=1),
    Case("43-list-root", ROOT, line=1),
    Case("44-scalar-root", ROOT, line=1),
    # whitespace, control and invisible characters
    Case("45-tabs-indentation", SYNTAX, line=5),
    Case("46-control-char-raw-bel", SYNTAX, line=2),
    Case("47-control-escapes-in-name", None, line=2),
    Case("48-bidi-override-in-name", None, line=2),
    Case(
        "49-zero-width-space-in-id",
        codes("bad-id"),
        target="menzis",
        line=1,
    ),
    # ids
    Case("50-path-traversal-id", codes("bad-id"), line=1),
    Case("51-dotdot-id", codes("bad-id"), line=1),
    Case("52-cyrillic-lookalike-id", codes("bad-id"), target="menzis", line=1),
    Case("53-mapping-as-id", codes("bad-id", "wrong-type"), line=1),
    Case("54-id-too-long", codes("bad-id"), line=1),
    Case("55-id-hijack", codes("id-mismatch"), target="aaa-hijack", line=1),
    # values
    Case("56-huge-int-5000-digits", codes("yaml-syntax", "wrong-type"), line=4),
    Case("57-huge-hex-int", codes("yaml-syntax", "wrong-type"), line=4),
    Case("58-date-feb-30", codes("bad-date"), line=4),
    Case("59-date-month-13", codes("bad-date"), line=4),
    Case("60-verified-on-1e400", codes("bad-date"), line=4),
    Case("61-key-is-a-list", codes("yaml-syntax", "wrong-type"), line=4),
    Case("62-key-is-a-date", codes("wrong-type", "unknown-field"), line=4),
    Case("63-count-inf", codes("wrong-type"), folder="meetings", target="2023-05-01-count-inf", line=6),
    Case("64-count-nan", codes("wrong-type"), folder="meetings", target="2023-05-01-count-nan", line=6),
    Case("65-bsn-in-description", codes("bsn"), line=4),
    Case(
        "66-meeting-year-zero",
        codes("bad-date"),
        folder="meetings",
        target="0000-jaar-nul",
        line=3,
    ),
    Case(
        # years outside 1000-9998 are refused as implausible (bad-date), so 9999 never reaches date arithmetic
        "67-initiative-ended-9999-12",
        codes("bad-date"),
        folder="initiatives",
        line=7,
    ),
    # resource exhaustion below the size limit
    Case(
        "68-email-regex-backtracking",
        codes("unknown-field", "email-outside-contacts"),
        line=5,
    ),
    Case(
        "69-many-unknown-keys",
        codes("unknown-field"),
        line=4,
    ),
    Case("70-problem-amplification", codes("bad-id"), line=4),
    # valid files that must be accepted, and locations
    Case("71-crlf-bom-valid", accepted=True),
    Case("72-unicode-line-separator-before-error", codes("unknown-field"), line=5),
    Case("73-brackets-in-quoted-string", accepted=True),
    Case("74-dashes-in-plain-scalar", accepted=True),
    # the file system (generated)
    Case(
        "75-symlink-to-secret-outside-kb",
        None,
        generate=gen_symlink_outside,
        secret=True,
    ),
    Case("76-symlink-loop", codes("stray-file", "yaml-syntax"), generate=gen_symlink_loop),
    Case(
        "77-newline-in-file-name",
        codes("id-mismatch", "bad-id"),
        target="evil\n::error file=README.md::forged",
        generate=gen_newline_name,
        line=1,
    ),
    # other places and payloads
    Case("78-vocabulary-python-tag", TAG, path="data/vocabulary.yaml", line=2),
    Case("79-long-quoted-key", codes("unknown-field"), line=4),
    Case("80-control-chars-in-key", codes("unknown-field"), line=4),
    Case(
        "81-template-and-html-injection",
        accepted=True,
        folder="initiatives",
        report_contains=("{{ 7\\*7 }}",),
        report_lacks=("<script>",),
    ),
    # personal data in the notations and places people use, and invisible characters (issue 14)
    Case("82-bsn-grouped-in-comment-key-and-folded-text", codes("bsn"), line=4),
    Case("83-bsn-as-number-with-leading-zero", codes("bsn", "wrong-type"), line=4),
    Case("84-word-joiner-in-name", codes("unsafe-character"), line=2),
    Case("85-hangul-filler-as-name", codes("unsafe-character"), line=2),
    Case("86-nel-inside-quoted-name", codes("unsafe-character"), line=2),
    Case("87-tag-characters-hidden-text", codes("unsafe-character"), line=4),
    Case("88-rich-markup-in-name", accepted=True),
    Case("89-stray-csv-with-bsns", codes("bsn"), path="data/clienten.csv", line=2),
    Case("90-hidden-file-with-bsn", codes("bsn"), path="data/actors/.notities.txt", line=1),
    Case("91-formula-cells-in-name", accepted=True),
]
CASE_BY_NAME = {c.name: c for c in CASES}


# -- running ggznet ----------------------------------------------------------------------------------


@dataclass(repr=False)  # short reprs: pytest shows them in every failure, and outputs can be megabytes
class Outcome:
    returncode: int | None = None
    killed: str | None = None  # why the watchdog killed it: wall time, CPU time or memory
    elapsed: float = 0.0
    maxrss: int = 0  # bytes
    cpu: float = 0.0  # seconds of CPU used
    stdout: str = ""
    stderr: str = ""
    result: dict[str, Any] = field(default_factory=dict)  # what a forked child reported

    def __repr__(self) -> str:
        return (
            f"Outcome(exit={self.returncode}, killed={self.killed!r}, {self.elapsed:.1f} s, {self.cpu:.1f} s CPU, "
            f"{self.maxrss >> 20} MB, {len(self.stdout):,} bytes out)"
        )


@dataclass
class Job:
    case: str
    kind: str  # cli, library, list, report
    root: Path
    pid: int = 0
    started: float = 0.0
    outcome: Outcome = field(default_factory=Outcome)

    @property
    def out(self) -> Path:
        return self.root.parent / f"{self.root.name}.{self.kind}.out"

    @property
    def err(self) -> Path:
        return self.root.parent / f"{self.root.name}.{self.kind}.err"

    @property
    def result_file(self) -> Path:
        return self.root.parent / f"{self.root.name}.{self.kind}.json"

    @property
    def peak_file(self) -> Path:
        return self.root.parent / f"{self.root.name}.{self.kind}.peak"


PYCACHE: list[Path] = []  # compiled modules for the subprocesses, kept outside the repository


def _environ(*, for_subprocess: bool = False) -> dict[str, str]:
    env = dict(os.environ)
    for key, value in ENV_OVERRIDES.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    if for_subprocess and PYCACHE:  # each `python -m ggznet` would otherwise compile ggznet afresh
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(PYCACHE[0])
    return env


def _status_bytes(field: str, pid: str = "self") -> int | None:
    """A memory figure of /proc/PID/status (`VmHWM`, `VmRSS`) in bytes; None where /proc has none."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


# `python -m ggznet …` that writes its peak resident memory (its own VmHWM, or a worker process's if larger)
# in KiB to the file named first, at exit. The kernel's `ru_maxrss` of a child seen from here cannot be used:
# it starts at the forking process's peak (pytest's, which depends on the tests that ran before), even
# across exec.
_CLI_RUNNER = (
    "import atexit, runpy, sys\n"
    "peak_file = sys.argv.pop(1)\n"
    "def _peak():\n"
    "    import resource\n"
    "    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
    "    for line in open('/proc/self/status'):\n"
    "        if line.startswith('VmHWM:'):\n"
    "            open(peak_file, 'w').write(str(max(int(line.split()[1]), workers)))\n"
    "atexit.register(_peak)\n"
    "runpy.run_module('ggznet', run_name='__main__', alter_sys=True)\n"
)


def _child(job: Job) -> None:
    """Runs in a forked child: the library or the CLI in-process; reports through a JSON file."""
    result: dict[str, Any] = {}
    inherited = _status_bytes("VmRSS")  # what the fork brought along: pytest's memory, not this run's
    try:
        os.chdir(job.root)
        for fd, path in ((1, job.out), (2, job.err)):
            handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(handle, fd)
            os.close(handle)
        os.environ.clear()
        os.environ.update(_environ())
        if job.kind == "library":
            import datetime as dt

            from ggznet.api import KnowledgeBase

            kb = KnowledgeBase.open(job.root)
            validation = kb.validate(today=dt.date.fromisoformat(TODAY))
            result["problems"] = [p.as_dict() for p in validation.problems]
            result["files_checked"] = validation.files_checked
            result["loaded"] = sorted(kb.index.paths.values())
        else:
            from click.testing import CliRunner

            args = ["list", "actors"] if job.kind == "list" else ["report", "regio-a", "--as-of", TODAY, "--raw"]
            run = CliRunner().invoke(
                _command(), [*args, "--kb", str(job.root)], env=ENV_OVERRIDES, catch_exceptions=True
            )
            result.update(exit_code=run.exit_code, stdout=run.stdout, stderr=run.stderr)
            if run.exception is not None and not isinstance(run.exception, SystemExit):
                result["traceback"] = "".join(traceback.format_exception(run.exception))
    except BaseException:  # anything the library raises is a finding
        result["traceback"] = traceback.format_exc()
    finally:
        try:
            peak = _status_bytes("VmHWM")
            if peak is not None and inherited is not None:
                result["peak_memory"] = peak - inherited
            job.result_file.write_text(json.dumps(result), encoding="utf-8")
        finally:
            os._exit(0)


def _start(job: Job) -> None:
    job.started = time.perf_counter()
    if job.kind == "cli":
        argv = [sys.executable, "-c", _CLI_RUNNER, str(job.peak_file)]
        argv += ["validate", "--kb", str(job.root), "--format", "json", "--as-of", TODAY]
        with job.out.open("wb") as out, job.err.open("wb") as err:
            proc = subprocess.Popen(
                argv, cwd=job.root, env=_environ(for_subprocess=True), stdout=out, stderr=err, stdin=subprocess.DEVNULL
            )
        proc.returncode = 0  # reaped below with os.wait4, which also gives its peak memory
        job.pid = proc.pid
        return
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        _child(job)
    job.pid = pid


_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _watch(job: Job) -> str | None:
    """Why a running job must be killed now, if it must: wall time, CPU time (Linux) or memory (Linux)."""
    if time.perf_counter() - job.started > TIMEOUT:
        return f"still running after {TIMEOUT:.0f} s"
    try:
        stat = Path(f"/proc/{job.pid}/stat").read_text().rsplit(")", 1)[1].split()
        statm = Path(f"/proc/{job.pid}/statm").read_text().split()
    except (OSError, IndexError):
        return None
    cpu = (int(stat[11]) + int(stat[12])) / _TICK
    if cpu > CPU_LIMIT + 0.5:
        return f"used more than {CPU_LIMIT + 0.5:.1f} s of CPU"
    if int(statm[1]) * _PAGE > 2 * MEMORY_LIMIT:
        return f"used more than {2 * MEMORY_LIMIT >> 20} MB of memory"
    return None


def _finish(job: Job, status: int | None, usage: Any, killed: str | None) -> None:
    o = job.outcome
    o.elapsed = time.perf_counter() - job.started
    o.cpu = (usage.ru_utime + usage.ru_stime) if usage is not None else 0
    o.killed = killed
    if status is not None:
        o.returncode = os.waitstatus_to_exitcode(status)
    if usage is not None:
        o.maxrss = usage.ru_maxrss * 1024  # an upper bound: it includes the forking process's peak
    o.stdout = job.out.read_bytes().decode("utf-8", "replace") if job.out.exists() else ""
    o.stderr = job.err.read_bytes().decode("utf-8", "replace") if job.err.exists() else ""
    if job.kind != "cli" and not killed and job.result_file.exists():
        o.result = json.loads(job.result_file.read_text(encoding="utf-8"))
        o.maxrss = o.result.get("peak_memory", o.maxrss)
    elif job.kind == "cli" and not killed and job.peak_file.exists():
        o.maxrss = int(job.peak_file.read_text() or 0) * 1024


def run_jobs(jobs: list[Job], parallel: int) -> None:
    """Run every job, at most `parallel` at a time; kill those that pass a limit."""
    pending = list(jobs)
    running: list[Job] = []
    while pending or running:
        while pending and len(running) < parallel:
            job = pending.pop(0)
            _start(job)
            running.append(job)
        time.sleep(0.01)
        for job in list(running):
            pid, status, usage = os.wait4(job.pid, os.WNOHANG)
            if pid:
                _finish(job, status, usage, killed=None)
                running.remove(job)
            elif (why := _watch(job)) is not None:
                os.kill(job.pid, signal.SIGKILL)
                _, status, usage = os.wait4(job.pid, 0)
                _finish(job, None, usage, killed=why)
                running.remove(job)


_COMMANDS: list[Any] = []


def _command() -> Any:
    """The click command of ggznet's Typer app, built once (Typer rebuilds it on every call otherwise)."""
    if not _COMMANDS:
        import typer.main

        from ggznet.cli import app

        _COMMANDS.append(typer.main.get_command(app))
    return _COMMANDS[0]


def _warm_up(root: Path) -> None:
    """Import and initialise everything once in this process, so that forked children start warm."""
    import datetime as dt

    from click.testing import CliRunner

    from ggznet.api import KnowledgeBase

    KnowledgeBase.open(root).validate(today=dt.date.fromisoformat(TODAY))
    runner = CliRunner()
    for args in (["list", "actors"], ["report", "regio-a", "--as-of", TODAY, "--raw"]):
        run = runner.invoke(_command(), [*args, "--kb", str(root)], env=ENV_OVERRIDES)
        assert run.exit_code == 0, run.output


def build_case(case: Case, root: Path) -> None:
    tree: dict[str, str | bytes | None] = dict(BASE)
    if not case.accepted:
        tree[COMPANION_PATH] = COMPANION
    build_tree(root, tree)
    target = root / case.rel
    if case.generate is not None:
        case.generate(root, target)
    else:
        target.write_bytes((FILES / f"{case.name}.yaml").read_bytes())


@dataclass(repr=False)
class Session:
    outcomes: dict[tuple[str, str], Outcome]
    roots: dict[str, Path]
    markers: dict[str, list[str]]
    seconds: float

    def __repr__(self) -> str:
        return f"Session({len(self.roots)} cases, {self.seconds:.0f} s)"


def _selected_cases(session: pytest.Session) -> list[Case]:
    names = {
        item.callspec.params["case"]
        for item in session.items
        if hasattr(item, "callspec") and "case" in item.callspec.params
    }
    return [c for c in CASES if c.name in names]


@pytest.fixture(scope="session")
def corpus_run(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Session:
    started = time.perf_counter()
    warm = build_tree(tmp_path_factory.mktemp("warm-up") / "kb", dict(BASE))
    _warm_up(warm)
    PYCACHE[:] = [tmp_path_factory.mktemp("pycache")]
    subprocess.run(
        [sys.executable, "-c", "import ggznet.api, ggznet.cli"], env=_environ(for_subprocess=True), check=True
    )
    cases = _selected_cases(request.session)
    roots: dict[str, Path] = {}
    jobs: list[Job] = []
    for case in cases:
        root = tmp_path_factory.mktemp(case.name[:2]) / "kb"
        build_case(case, root)
        roots[case.name] = root
        jobs.append(Job(case.name, "cli", root))
    for case in cases:  # the subprocesses (longest possible runs) go first
        for kind in ("library", "list", "report"):
            jobs.append(Job(case.name, kind, roots[case.name]))
    run_jobs(jobs, parallel=max(2, min(4, os.cpu_count() or 2)))
    markers = {
        name: [str(p) for p in (root / MARKER, root.parent / MARKER, Path.cwd() / MARKER, HERE / MARKER) if p.exists()]
        for name, root in roots.items()
    }
    return Session(
        outcomes={(j.case, j.kind): j.outcome for j in jobs},
        roots=roots,
        markers=markers,
        seconds=time.perf_counter() - started,
    )


# -- checks --------------------------------------------------------------------------------------------


def params(aspect: str, cases: list[Case] | None = None) -> list[Any]:
    out = []
    for case in cases if cases is not None else CASES:
        reason = case.reason(aspect)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        out.append(pytest.param(case.name, id=case.name, marks=marks))
    return out


def _check_run(o: Outcome, what: str) -> None:
    assert not o.killed, f"{what}: killed after {o.elapsed:.1f} s ({o.cpu:.1f} s CPU): it {o.killed}"
    assert o.cpu < CPU_LIMIT, f"{what}: used {o.cpu:.1f} s of CPU (limit {CPU_LIMIT} s)"
    assert o.maxrss < MEMORY_LIMIT, f"{what}: peak memory {o.maxrss / 2**20:.0f} MB"
    for text in (o.stdout, o.stderr, o.result.get("stdout", ""), o.result.get("stderr", "")):
        assert "Traceback" not in text, f"{what}: traceback in the output:\n{text[-3000:]}"
        assert "internal error" not in text, f"{what}: {text[-2000:]}"
    assert "traceback" not in o.result, f"{what} raised:\n{o.result['traceback'][-3000:]}"


def _check_problems(case: Case, problems: list[dict[str, Any]], what: str) -> None:
    if case.accepted:
        assert problems == [], f"{what}: a valid file must pass: {problems[:5]}"
        return
    mine = [p for p in problems if p["path"] == case.rel]
    shown = [(p["code"], p["line"], p["message"][:200]) for p in mine[:10]]
    assert mine, f"{what}: no problem reported for {case.rel!r}; all: {[(p['path'], p['code']) for p in problems]}"
    assert all(p["line"] >= 1 and p["column"] >= 1 for p in mine), f"{what}: a problem without location: {shown}"
    assert all(p["message"].strip() for p in mine), f"{what}: an empty message: {shown}"
    if case.codes is None:
        assert any(p["severity"] == "error" for p in mine), f"{what}: expected an error: {shown}"
    else:
        assert {p["code"] for p in mine} & case.codes, f"{what}: expected one of {sorted(case.codes)}: {shown}"
    companion = [p for p in problems if p["path"] == COMPANION_PATH and p["code"] == "unknown-field"]
    assert companion and "naam" in companion[0]["message"], f"{what}: the other broken file was not reported"


def _check_no_secret(case: Case, *texts: str) -> None:
    if case.secret:
        for text in texts:
            assert SECRET not in text, "the content of a file outside the knowledge base was printed"


@pytest.mark.parametrize("case", params("cli"))
def test_validate_cli(case: str, corpus_run: Session) -> None:
    """`python -m ggznet validate --format json` as a real subprocess."""
    c = CASE_BY_NAME[case]
    o = corpus_run.outcomes[(case, "cli")]
    assert not corpus_run.markers[case], f"a payload ran: {corpus_run.markers[case]}"
    _check_run(o, "validate")
    assert o.returncode == (0 if c.accepted else 1), f"exit {o.returncode}\n{o.stderr[-2000:]}"
    assert len(o.stdout) < OUTPUT_LIMIT, f"validate printed {len(o.stdout):,} bytes for one bad file"
    payload = json.loads(o.stdout)
    assert list(payload) == ["ok", "files_checked", "errors", "warnings", "notes", "problems", "lang"]
    assert payload["ok"] is c.accepted
    _check_problems(c, payload["problems"], "validate")
    _check_no_secret(c, o.stdout, o.stderr)


@pytest.mark.parametrize("case", params("library"))
def test_validate_library(case: str, corpus_run: Session) -> None:
    """`KnowledgeBase.open(root).validate()`: never raises, same findings, the base records still loaded."""
    c = CASE_BY_NAME[case]
    o = corpus_run.outcomes[(case, "library")]
    assert not corpus_run.markers[case], f"a payload ran: {corpus_run.markers[case]}"
    _check_run(o, "library validate")
    assert o.returncode == 0, f"the child died: {o.returncode}\n{o.stderr[-2000:]}"
    _check_problems(c, o.result["problems"], "library validate")
    _check_no_secret(c, *(p["message"] for p in o.result["problems"]), o.stdout, o.stderr)
    loaded = set(o.result["loaded"])
    missing = sorted(p for p in BASE if p != "data/vocabulary.yaml" and p not in loaded)
    assert not missing, f"valid base records were displaced: {missing}"


@pytest.mark.parametrize("case", params("list"))
def test_list_actors(case: str, corpus_run: Session) -> None:
    o = corpus_run.outcomes[(case, "list")]
    _check_run(o, "list actors")
    assert o.returncode == 0, f"the child died: {o.returncode}\n{o.stderr[-2000:]}"
    assert o.result["exit_code"] in (0, 1), f"exit {o.result['exit_code']}: {o.result['stderr'][-2000:]}"
    _check_no_secret(CASE_BY_NAME[case], o.result["stdout"], o.result["stderr"])


@pytest.mark.parametrize("case", params("report"))
def test_report_region(case: str, corpus_run: Session) -> None:
    c = CASE_BY_NAME[case]
    o = corpus_run.outcomes[(case, "report")]
    _check_run(o, "report regio-a")
    assert o.returncode == 0, f"the child died: {o.returncode}\n{o.stderr[-2000:]}"
    assert o.result["exit_code"] in (0, 1), f"exit {o.result['exit_code']}: {o.result['stderr'][-2000:]}"
    _check_no_secret(c, o.result["stdout"], o.result["stderr"])
    for text in c.report_contains:
        assert text in o.result["stdout"], f"{text!r} missing from the report"
    for text in c.report_lacks:
        assert text not in o.result["stdout"], f"{text!r} in the report"


def _cli_problems(case: Case, corpus_run: Session) -> list[dict[str, Any]]:
    o = corpus_run.outcomes[(case.name, "cli")]
    assert not o.killed and o.returncode in (0, 1), f"validate did not finish normally (exit {o.returncode})"
    return [p for p in json.loads(o.stdout)["problems"] if p["path"] == case.rel]


NOISE = ("<unicode string>", "datetime.", "object at 0x", "<yaml.", "Traceback", "None`")


@pytest.mark.parametrize("case", params("clarity", [c for c in CASES if not c.accepted]))
def test_messages_are_clear(case: str, corpus_run: Session) -> None:
    """One short line per problem, in words; no Python internals, no raw control or invisible characters."""
    mine = _cli_problems(CASE_BY_NAME[case], corpus_run)
    assert mine, "no problem reported for the file"
    for p in mine:
        for text in (p["message"], p["hint"] or ""):
            assert len(text) <= 500, f"{p['code']}: a {len(text):,}-character message"
            assert not [n for n in NOISE if n in text], f"{p['code']}: internals in {text!r}"
            odd = [f"U+{ord(ch):04X}" for ch in text if unicodedata.category(ch) in ("Cc", "Cf")]
            assert not odd, f"{p['code']}: raw control/invisible characters {odd} in {text!r}"


@pytest.mark.parametrize("case", params("location", [c for c in CASES if c.line is not None and not c.accepted]))
def test_location(case: str, corpus_run: Session) -> None:
    c = CASE_BY_NAME[case]
    found = [(p["code"], p["line"], p["column"]) for p in _cli_problems(c, corpus_run)]
    assert any(line == c.line for _, line, _ in found), f"expected a problem on line {c.line}: {found}"


# -- whole-corpus checks -------------------------------------------------------------------------------


def test_corpus_is_complete_and_small() -> None:
    committed = {p.stem for p in FILES.glob("*.yaml")}
    generated = {c.name for c in CASES if c.generate is not None}
    assert committed == {c.name for c in CASES} - generated, "files/ and CASES disagree"
    assert len(CASES) >= 45
    for path in FILES.iterdir():
        assert path.stat().st_size < 100_000, f"{path.name} is too big to commit"


def test_big_file_memory(corpus_run: Session) -> None:
    """The 50 MB file: ggznet must not read it into memory (the run's own peak resident memory, VmHWM)."""
    if "31-huge-50mb" not in corpus_run.roots:
        pytest.skip("the 50 MB case was not selected")
    for kind in ("cli", "library", "list", "report"):
        o = corpus_run.outcomes[("31-huge-50mb", kind)]
        assert o.maxrss < MEMORY_LIMIT, f"{kind}: {o.maxrss / 2**20:.0f} MB"


def test_text_output_cannot_forge_lines(corpus_run: Session) -> None:
    c = CASE_BY_NAME["77-newline-in-file-name"]
    if c.name not in corpus_run.roots:
        pytest.skip("case not selected")
    root = corpus_run.roots[c.name]
    done = subprocess.run(
        [sys.executable, "-m", "ggznet", "validate", "--kb", str(root), "--as-of", TODAY],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        cwd=root,
        env=_environ(for_subprocess=True),
    )
    assert done.returncode == 1
    forged = [line for line in done.stdout.splitlines() if line.startswith("::")]
    assert not forged, f"forged lines: {forged}"
