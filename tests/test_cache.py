"""The parse cache: same problems with and without it, invalidation, corruption, concurrent writers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ggznet.api import KnowledgeBase
from ggznet.store import cache as cache_module
from test_validate import BROKEN

CACHE = Path(".ggznet-cache") / "parse-cache.json"


def problems(root: Path, *, use_cache: bool) -> list[tuple]:
    result = KnowledgeBase.open(root, use_cache=use_cache).validate()
    return [(p.code, p.severity, p.path, p.line, p.column, p.message, p.hint) for p in result.problems]


@pytest.fixture
def broken_kb(make_kb) -> Path:
    files: dict[str, str | bytes] = {}
    for n, (code, (overrides, _path, _line)) in enumerate(sorted(BROKEN.items())):
        for rel, content in overrides.items():
            if content is None or code in ("yaml-too-large", "state-folder"):
                continue
            folder, name = rel.rsplit("/", 1)
            files[f"{folder}/{n:02d}-{name}" if "actors" in folder else rel] = content
    files["data/actors/sleutels.yaml"] = "id: sleutels\nname: X\ntype: ros\n2023: jaar\n"
    return make_kb(files)


def test_same_problems_with_and_without_the_cache(broken_kb) -> None:
    without = problems(broken_kb, use_cache=False)
    assert not (broken_kb / CACHE).exists()
    cold = problems(broken_kb, use_cache=True)
    assert (broken_kb / CACHE).exists()
    warm = problems(broken_kb, use_cache=True)
    assert without == cold == warm
    assert len(without) > 20


def test_warm_run_reads_from_the_cache(make_kb, monkeypatch) -> None:
    root = make_kb()
    KnowledgeBase.open(root)
    calls = []
    real = cache_module.ParseCache.get

    def spy(self, rel, mtime, size):
        found = real(self, rel, mtime, size)
        calls.append(found is not None)
        return found

    monkeypatch.setattr(cache_module.ParseCache, "get", spy)
    KnowledgeBase.open(root)
    assert calls and all(calls)


def test_a_changed_file_is_read_again(make_kb) -> None:
    root = make_kb()
    KnowledgeBase.open(root)
    path = root / "data/actors/ggz-a.yaml"
    path.write_text(path.read_text().replace("name: GGZ A", "name: GGZ Anders"))
    assert KnowledgeBase.open(root).index.actors["ggz-a"].name == "GGZ Anders"
    path.unlink()
    assert "ggz-a" not in KnowledgeBase.open(root).index.actors
    assert "data/actors/ggz-a.yaml" not in json.loads((root / CACHE).read_text())["files"]


def test_a_new_version_or_schema_starts_a_new_cache(make_kb, monkeypatch) -> None:
    root = make_kb()
    KnowledgeBase.open(root)
    monkeypatch.setattr(cache_module, "cache_key", lambda: "another-version")
    cache = cache_module.ParseCache(root)
    assert cache.entries == {}


@pytest.mark.parametrize("garbage", [b"", b"{", b"\x00\xff", b'{"key": 1}', b'{"key": "x", "files": []}', b"[]"])
def test_a_corrupt_cache_is_ignored_and_rebuilt(make_kb, garbage) -> None:
    root = make_kb()
    expected = problems(root, use_cache=False)
    (root / CACHE).parent.mkdir(exist_ok=True)
    (root / CACHE).write_bytes(garbage)
    assert problems(root, use_cache=True) == expected
    assert json.loads((root / CACHE).read_text())["key"] == cache_module.cache_key()


def test_a_tampered_entry_is_not_trusted_blindly(make_kb) -> None:
    root = make_kb()
    KnowledgeBase.open(root)
    payload = json.loads((root / CACHE).read_text())
    payload["files"]["data/actors/ggz-a.yaml"][3] = "not a list"
    (root / CACHE).write_text(json.dumps(payload))
    assert problems(root, use_cache=True) == problems(root, use_cache=False)


def test_no_cache_option(make_kb, cli) -> None:
    root = make_kb()
    assert cli("--no-cache", "validate", "--kb", str(root)).exit_code == 0
    assert not (root / CACHE).exists()
    os.environ.pop("GGZNET_NO_CACHE", None)


def test_two_runs_writing_at_once_leave_a_valid_cache(make_kb) -> None:
    root = make_kb()
    env = {**os.environ, "NO_COLOR": "1"}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "ggznet", "validate", "--kb", str(root)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(4)
    ]
    for p in procs:
        p.communicate(timeout=120)
        assert p.returncode == 0
    assert json.loads((root / CACHE).read_text())["key"] == cache_module.cache_key()
    assert not list((root / ".ggznet-cache").glob("*.tmp"))


def test_cache_is_outside_gits_view(make_kb) -> None:
    root = make_kb()
    KnowledgeBase.open(root)
    assert (root / ".ggznet-cache" / ".gitignore").read_text().strip().endswith("*")
