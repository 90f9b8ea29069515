"""The state folder `.ggznet-cache/` is untrusted input: shipped journals, links and odd files never make
ggznet write outside `data/`, revert a later hand edit, crash, or act on what it cannot check."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ggznet.api import KnowledgeBase, edit
from ggznet.store import transaction

STATE = ".ggznet-cache"
ACTOR = "data/actors/ggz-a.yaml"
SECRET = b"[core]\n\tsshCommand = touch pwned\n"


def sha(data: bytes | None) -> str | None:
    return None if data is None else hashlib.sha256(data).hexdigest()


def tree(folder: Path) -> dict[str, bytes | str]:
    """Every file and link below `folder` (links by target), to compare before and after."""
    found: dict[str, bytes | str] = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_symlink():
            found[rel] = "-> " + os.readlink(path)
        elif path.is_file():
            found[rel] = path.read_bytes()
    return found


def outside_state(root: Path) -> dict[str, bytes | str]:
    """Everything of the knowledge-base checkout and its surroundings except ggznet's own state folder."""
    return {k: v for k, v in tree(root.parent).items() if not k.startswith(f"{root.name}/{STATE}/")}


@pytest.fixture
def kb(make_kb) -> Path:
    root = make_kb()
    (root / ".git").mkdir()
    (root / ".git" / "config").write_bytes(b"[core]\n\tbare = false\n")
    outside = root.parent / "outside"
    outside.mkdir()
    (outside / "precious.txt").write_bytes(b"keep me\n")
    return root


def plant(root: Path, journal: object | bytes, files: dict[str, bytes] | None = None, name: str = "tx-planted") -> Path:
    work = root / STATE / name
    work.mkdir(parents=True)
    raw = journal if isinstance(journal, bytes) else json.dumps(journal).encode()
    (work / transaction.JOURNAL).write_bytes(raw)
    for staged, content in (files or {}).items():
        (work / staged).write_bytes(content)
    return work


def entry(target: str, old: bytes | None, new: bytes | None, n: int = 0) -> dict[str, str | None]:
    return {
        "target": target,
        "old": sha(old),
        "new": sha(new),
        "backup": f"{n}.bak" if old is not None else None,
        "tmp": f"{n}.new" if new is not None else None,
    }


def run_everything(root: Path, cli) -> list[int]:
    """What a user might run on a cloned knowledge base; returns exit codes."""
    codes = []
    for args in (("validate",), ("list", "actors"), ("show", "ggz-a"), ("search", "tafel"), ("report", "regio-a")):
        codes.append(cli(*args, "--kb", str(root)).exit_code)
    return codes


def hostile_journals(root: Path) -> list[tuple[object, dict[str, bytes]]]:
    """Journals naming targets outside data/, in the current format and in the old one."""
    git_config = root / ".git" / "config"
    current = git_config.read_bytes()
    precious = root.parent / "outside" / "precious.txt"
    cases: list[tuple[object, dict[str, bytes]]] = []
    for target in (
        "../outside/precious.txt",
        str(precious),
        ".git/config",
        "data/../.git/config",
        "data/../../outside/precious.txt",
        "data/actors/../../.git/config",
        "data",
        "data/",
        f"data/{STATE}/x",
    ):
        body = precious.read_bytes() if "precious" in target else current
        cases.append(({"version": 2, "entries": [entry(target, SECRET, body)]}, {"0.bak": SECRET, "0.new": body}))
    # the format older versions wrote: absolute paths, no checksums
    cases.append(([{"target": str(git_config), "tmp": None, "backup": str(root / STATE / "evil.bak")}], {}))
    cases.append(([{"target": str(precious), "tmp": None, "backup": None}], {}))
    return cases


@pytest.mark.parametrize("case", range(11))
def test_a_shipped_journal_never_touches_anything_outside_data(kb, cli, case) -> None:
    journal, staged = hostile_journals(kb)[case]
    (kb / STATE).mkdir()
    (kb / STATE / "evil.bak").write_bytes(SECRET)
    plant(kb, journal, staged)
    before = outside_state(kb)
    codes = run_everything(kb, cli)
    assert outside_state(kb) == before
    assert codes == [0, 0, 0, 0, 0]
    run = cli("validate", "--kb", str(kb), "--format", "json")
    found = [p for p in json.loads(run.stdout)["problems"] if p["code"] == "state-folder"]
    assert found and found[0]["path"] == f"{STATE}/tx-planted"
    assert (kb / STATE / "tx-planted" / transaction.JOURNAL).exists()  # left alone, not acted on


def test_staged_files_must_lie_in_their_own_folder(kb, cli) -> None:
    original = (kb / ACTOR).read_bytes()
    outside = kb.parent / "outside" / "precious.txt"
    for n, (backup, tmp) in enumerate(
        (("../../outside/precious.txt", None), (str(outside), None), ("0.bak/../../x", None), ("0.bak", "/tmp/x"))
    ):
        item = entry(ACTOR, SECRET, original)
        item["backup"], item["tmp"] = backup, tmp or "0.new"
        plant(kb, {"version": 2, "entries": [item]}, name=f"tx-staged{n}")
    before = outside_state(kb)
    assert run_everything(kb, cli) == [0, 0, 0, 0, 0]
    assert outside_state(kb) == before
    assert len(list((kb / STATE).glob("tx-staged*"))) == 4


def test_a_backup_that_is_a_link_is_not_restored(kb, cli) -> None:
    original = (kb / ACTOR).read_bytes()
    secret = kb.parent / "outside" / "precious.txt"
    work = plant(kb, {"version": 2, "entries": [entry(ACTOR, secret.read_bytes(), original)]})
    (work / "0.bak").symlink_to(secret)
    run_everything(kb, cli)
    assert (kb / ACTOR).read_bytes() == original
    assert work.exists()


def test_a_target_reached_through_a_link_is_refused(kb, cli) -> None:
    (kb / "data" / "link").symlink_to(kb.parent / "outside")
    precious = (kb.parent / "outside" / "precious.txt").read_bytes()
    plant(kb, {"version": 2, "entries": [entry("data/link/precious.txt", SECRET, precious)]}, {"0.bak": SECRET})
    run_everything(kb, cli)
    assert (kb.parent / "outside" / "precious.txt").read_bytes() == precious


def test_a_journal_whose_targets_hold_other_content_is_left_alone(kb, cli) -> None:
    """Inside data/, but the target does not hold what the journal says ggznet wrote."""
    original = (kb / ACTOR).read_bytes()
    plant(kb, {"version": 2, "entries": [entry(ACTOR, SECRET, b"something else\n")]}, {"0.bak": SECRET})
    run_everything(kb, cli)
    assert (kb / ACTOR).read_bytes() == original


def test_a_tampered_backup_is_not_restored(kb, cli) -> None:
    original = (kb / ACTOR).read_bytes()
    plant(kb, {"version": 2, "entries": [entry(ACTOR, b"old\n", original)]}, {"0.bak": SECRET})
    run_everything(kb, cli)
    assert (kb / ACTOR).read_bytes() == original


def test_a_consistent_journal_inside_data_is_rolled_back(kb) -> None:
    """The one case recovery acts on: every target holds exactly what the journal says the edit wrote."""
    original = (kb / ACTOR).read_bytes()
    new = original.replace(b"GGZ A", b"GGZ Nieuw")
    created = b"id: nieuw\n"
    (kb / ACTOR).write_bytes(new)
    (kb / "data/actors/nieuw.yaml").write_bytes(created)
    plant(
        kb,
        {"version": 2, "entries": [entry(ACTOR, original, new, 0), entry("data/actors/nieuw.yaml", None, created, 1)]},
        {"0.bak": original},
    )
    kb_after = KnowledgeBase.open(kb)
    assert (kb / ACTOR).read_bytes() == original
    assert not (kb / "data/actors/nieuw.yaml").exists()
    assert not list((kb / STATE).glob("tx-*"))
    assert not kb_after.state_problems


CRASH = """
import os, sys
from ggznet.api import edit

def hook(name, path):
    if name == "replaced":
        os._exit(9)  # killed after the first file was replaced

def plan(kb, editor):
    editor.set_field(kb.index.lookup("ggz-a"), ("name",), "GGZ Anders")
    editor.set_field(kb.index.lookup("ros-a"), ("name",), "ROS Anders")
    return "two names"

edit(sys.argv[1], plan, hook=hook)
"""


@pytest.mark.parametrize("edited", ["data/actors/ggz-a.yaml", "data/actors/ros-a.yaml"])
def test_recovery_never_overwrites_a_later_hand_edit(kb, cli, tmp_path, edited) -> None:
    """An edit is killed half-way; the user then edits a file by hand; the next run keeps that edit."""
    script = tmp_path / "crash.py"
    script.write_text(CRASH, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), str(kb)], capture_output=True, text=True, check=False)
    assert done.returncode == 9, done.stderr
    assert list((kb / STATE).glob("tx-*/journal.json"))
    hand = (kb / edited).read_text(encoding="utf-8").replace("type: ", "description: Met de hand.\ntype: ")
    (kb / edited).write_text(hand, encoding="utf-8")
    snapshot = tree(kb / "data")
    run = cli("list", "actors", "--kb", str(kb), "--format", "json")
    assert run.exit_code == 0
    assert tree(kb / "data") == snapshot
    assert (kb / edited).read_text(encoding="utf-8") == hand
    validate = cli("validate", "--kb", str(kb), "--format", "json")
    codes = [p["code"] for p in json.loads(validate.stdout)["problems"]]
    if edited == "data/actors/ggz-a.yaml":  # replaced first, then edited by hand: nothing of the edit remains
        assert "state-folder" not in codes
    else:  # the other file still holds the edit's content: reported, left for the user to judge
        assert "state-folder" in codes


def test_a_failed_edit_rolls_back_at_once_and_leaves_no_journal(kb) -> None:
    before = tree(kb / "data")

    def hook(step: str, path: str) -> None:
        if step == "replaced":
            raise OSError(30, "Read-only file system")

    def plan(knowledge_base, editor) -> str:
        editor.set_field(knowledge_base.index.lookup("ggz-a"), ("name",), "GGZ Anders")
        editor.set_field(knowledge_base.index.lookup("ros-a"), ("name",), "ROS Anders")
        return "two names"

    with pytest.raises(OSError):
        edit(kb, plan, hook=hook)
    assert tree(kb / "data") == before
    assert not list((kb / STATE).glob("tx-*"))


@pytest.mark.parametrize("kind", ["link", "file"])
def test_a_linked_or_plain_file_state_folder_is_not_used(kb, cli, kind) -> None:
    elsewhere = kb.parent / "outside"
    if kind == "link":
        (kb / STATE).symlink_to(elsewhere, target_is_directory=True)
    else:
        (kb / STATE).write_text("not a folder\n", encoding="utf-8")
    before = outside_state(kb)
    assert run_everything(kb, cli) == [0, 0, 0, 0, 0]
    assert outside_state(kb) == before  # nothing written through the link, nothing replaced
    run = cli("validate", "--kb", str(kb), "--format", "json")
    problems = json.loads(run.stdout)["problems"]
    assert [p["code"] for p in problems] == ["state-folder"]
    edit_run = cli("set", "ggz-a", "name", "GGZ Anders", "--kb", str(kb))
    assert edit_run.exit_code == 1
    assert ".ggznet-cache" in edit_run.stderr and "verwijder" in edit_run.stderr
    assert "Traceback" not in edit_run.stderr
    assert outside_state(kb) == before


def test_a_linked_lock_file_does_not_truncate_its_target(kb, cli) -> None:
    (kb / STATE).mkdir()
    target = kb.parent / "outside" / "precious.txt"
    (kb / STATE / "edit.lock").symlink_to(target)
    assert cli("set", "ggz-a", "name", "GGZ Anders", "--kb", str(kb)).exit_code == 0
    assert target.read_bytes() == b"keep me\n"
    assert not (kb / STATE / "edit.lock").is_symlink()


def test_links_inside_the_state_folder_are_not_followed(kb, cli) -> None:
    (kb / STATE).mkdir()
    outside = kb.parent / "outside"
    (kb / STATE / ".gitignore").symlink_to(outside / "precious.txt")
    (kb / STATE / "tx-link").symlink_to(outside, target_is_directory=True)
    before = tree(outside)
    run_everything(kb, cli)
    assert cli("set", "ggz-a", "name", "GGZ Anders", "--kb", str(kb)).exit_code == 0
    assert tree(outside) == before


def test_a_folder_named_like_the_lock_is_reported(kb, cli) -> None:
    (kb / STATE / "edit.lock").mkdir(parents=True)
    run = cli("set", "ggz-a", "name", "GGZ Anders", "--kb", str(kb))
    assert run.exit_code == 1
    assert "edit.lock" in run.stderr


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.one_of(st.binary(max_size=600), st.text(max_size=300).map(str.encode)))
def test_random_bytes_as_a_journal_never_crash_or_write(kb, raw) -> None:
    work = kb / STATE / "tx-random"
    work.mkdir(parents=True, exist_ok=True)
    (work / transaction.JOURNAL).write_bytes(raw)
    (work / "0.bak").write_bytes(SECRET)
    before = outside_state(kb)
    data_before = tree(kb / "data")
    knowledge_base = KnowledgeBase.open(kb)
    knowledge_base.validate()
    assert outside_state(kb) == before
    assert tree(kb / "data") == data_before


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    target=st.sampled_from(["data/actors/ggz-a.yaml", "../outside/precious.txt", ".git/config", "data/x.yaml"]),
    old=st.sampled_from([None, b"old\n", SECRET]),
    new=st.sampled_from([None, b"new\n"]),
    backup=st.sampled_from([None, "0.bak", "../x", "/etc/passwd"]),
    tmp=st.sampled_from([None, "0.new", "../../outside/precious.txt"]),
    version=st.sampled_from([1, 2, "2", None]),
)
# a consistent journal inside data/ (ggznet removed a file it had backed up): rolled back, the one allowed change
@example(target="data/x.yaml", old=SECRET, new=None, backup="0.bak", tmp=None, version=2)
def test_random_journal_entries_never_write_outside_data(kb, target, old, new, backup, tmp, version) -> None:
    work = kb / STATE / "tx-entries"
    work.mkdir(parents=True, exist_ok=True)
    item = {"target": target, "old": sha(old), "new": sha(new), "backup": backup, "tmp": tmp}
    (work / transaction.JOURNAL).write_text(json.dumps({"version": version, "entries": [item]}), encoding="utf-8")
    (work / "0.bak").write_bytes(SECRET)
    before = outside_state(kb)
    KnowledgeBase.open(kb).validate()
    after = outside_state(kb)
    data = f"{kb.name}/data/"
    assert {k: v for k, v in after.items() if not k.startswith(data)} == {
        k: v for k, v in before.items() if not k.startswith(data)
    }
    # inside data/ the only change a journal may make is the rollback it describes, and only when it is
    # consistent: its own target back to the old content its checksum names, from its own backup
    changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
    if changed:
        assert changed == {f"{kb.name}/{target}"}, changed
        assert target.startswith("data/") and backup == "0.bak" and old is not None
        assert after[f"{kb.name}/{target}"] == old


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "fout: .ggznet-cache is geen map: daar horen het bewerkingslogboek, het slot en de cache van ggznet"),
        ("en", "error: .ggznet-cache is not a folder: it holds ggznet's edit journal, lock and cache"),
    ],
)
def test_a_state_folder_that_is_a_file_refuses_edits_in_the_run_s_language(kb, cli, lang: str, said: str) -> None:
    (kb / ".ggznet-cache").write_text("x", encoding="utf-8")
    run = cli("set", "tafel-a", "name", "Tafel", "--kb", str(kb), "--lang", lang)
    assert run.exit_code != 0 and run.stderr.startswith(said), run.stderr
