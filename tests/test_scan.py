"""The scan of `data/` (`store.files.scan_tree`): the same record files, stat keys and strays as one lstat per
name looked at one by one, whatever the folders hold (links, folders, hidden and other files, a name that cannot
be looked at, a folder that cannot be listed), with or without lstat relative to an open folder."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ggznet.store import files


def one_by_one(root: Path) -> tuple[list[str], list[tuple[int, int, int, int] | None], list[str]]:
    """What the scan must find, worked out name by name by path (the rule of `scan_tree`, written plainly)."""
    rels: list[str] = []
    keys: list[tuple[int, int, int, int] | None] = []
    strays: list[str] = []
    data = root / "data"
    for entry in sorted(os.listdir(data)):
        path = data / entry
        if path.is_dir() and not path.is_symlink():
            if entry not in files.RECORD_FOLDERS:
                strays.extend(below(path, f"data/{entry}"))
                continue
            try:
                names = sorted(os.listdir(path))
            except OSError:
                strays.append(f"data/{entry}/")
                continue
            for name in names:
                try:
                    info: os.stat_result | None = os.lstat(path / name)
                except OSError:
                    info = None
                if info is not None and stat.S_ISDIR(info.st_mode):
                    strays.extend(below(path / name, f"data/{entry}/{name}"))
                elif name.endswith(".yaml") and not name.startswith("."):
                    rels.append(f"data/{entry}/{name}")
                    regular = info is not None and stat.S_ISREG(info.st_mode)
                    keys.append(files.stat_key(info) if regular and info is not None else None)
                else:
                    strays.append(f"data/{entry}/{name}")
        elif entry != files.VOCABULARY_FILE or path.is_symlink() or not path.is_file():
            strays.append(f"data/{entry}")
    return rels, keys, sorted(strays)


def below(folder: Path, rel: str) -> list[str]:
    found: list[str] = []
    for name in os.listdir(folder):
        path = folder / name
        if path.is_dir() and not path.is_symlink():
            found.extend(below(path, f"{rel}/{name}"))
        else:
            found.append(f"{rel}/{name}")
    return found


def scanned(root: Path) -> tuple[list[str], list[tuple[int, int, int, int] | None], list[str]]:
    found = files.scan_tree(root)
    return found.rels, found.keys, found.strays


def odd_tree(root: Path) -> Path:
    """A knowledge base whose record folders hold every kind of entry a scan can meet."""
    data = root / "data"
    for folder in files.RECORD_FOLDERS:
        (data / folder).mkdir(parents=True)
    (data / "vocabulary.yaml").write_text("themes: []\n", encoding="utf-8")
    actors = data / "actors"
    for name in ("b.yaml", "a.yaml", "c-1.yaml"):
        (actors / name).write_text(f"id: {name[:-5]}\n", encoding="utf-8")
    (actors / ".hidden.yaml").write_text("id: hidden\n", encoding="utf-8")
    (actors / ".yaml").write_text("id: x\n", encoding="utf-8")
    (actors / "notes.txt").write_text("x\n", encoding="utf-8")
    (actors / "a.yaml.bak").write_text("x\n", encoding="utf-8")
    (actors / "link.yaml").symlink_to(actors / "a.yaml")
    (actors / "dangling.yaml").symlink_to(actors / "nowhere.yaml")
    (actors / "folder-link.yaml").symlink_to(data / "regions")
    (actors / "sub.yaml").mkdir()
    (actors / "sub.yaml" / "inner.yaml").write_text("id: inner\n", encoding="utf-8")
    (actors / "nested" / "deeper").mkdir(parents=True)
    (actors / "nested" / "deeper" / "x.yaml").write_text("id: x\n", encoding="utf-8")
    os.mkfifo(actors / "pipe.yaml")
    (data / "regions" / "twente.yaml").write_text("id: twente\n", encoding="utf-8")
    (data / "initiatives" / "één.yaml").write_text("id: één\n", encoding="utf-8")
    (data / "extra").mkdir()
    (data / "extra" / "x.yaml").write_text("id: x\n", encoding="utf-8")
    (data / "meetings-link").symlink_to(data / "meetings")
    (data / "readme.md").write_text("x\n", encoding="utf-8")
    return root


@pytest.mark.parametrize("by_folder", [True, False])
def test_the_scan_finds_what_a_look_at_each_name_finds(tmp_path: Path, monkeypatch, by_folder: bool) -> None:
    root = odd_tree(tmp_path)
    monkeypatch.setattr(files, "_BY_DIR_FD", by_folder and files._BY_DIR_FD)
    rels, keys, strays = scanned(root)
    assert (rels, keys, strays) == one_by_one(root)
    assert rels == ["data/actors/a.yaml", "data/actors/b.yaml", "data/actors/c-1.yaml", "data/actors/dangling.yaml",
                    "data/actors/folder-link.yaml", "data/actors/link.yaml", "data/actors/pipe.yaml",
                    "data/initiatives/één.yaml", "data/regions/twente.yaml"]  # fmt: skip
    assert [key is not None for key in keys] == [True, True, True, False, False, False, False, True, True]
    assert "data/actors/sub.yaml/inner.yaml" in strays and "data/actors/nested/deeper/x.yaml" in strays
    assert {"data/actors/.hidden.yaml", "data/actors/.yaml", "data/meetings-link", "data/extra/x.yaml"} <= set(strays)


def test_a_name_that_cannot_be_looked_at_is_kept_without_a_key(tmp_path: Path, monkeypatch) -> None:
    root = odd_tree(tmp_path)
    real_lstat, real_stat = os.lstat, os.stat
    refused = ("b.yaml", "sub.yaml", "notes.txt")

    def lstat(path: str, *, dir_fd: int | None = None) -> os.stat_result:
        if os.path.basename(path) in refused:
            raise PermissionError(13, "Permission denied")
        return real_lstat(path, dir_fd=dir_fd)

    def stat_(path: str, *, dir_fd: int | None = None, follow_symlinks: bool = True) -> os.stat_result:
        if os.path.basename(str(path)) in refused:
            raise PermissionError(13, "Permission denied")
        return real_stat(path, dir_fd=dir_fd, follow_symlinks=follow_symlinks)

    monkeypatch.setattr(os, "lstat", lstat)
    monkeypatch.setattr(os, "stat", stat_)
    rels, keys, strays = scanned(root)
    assert rels[:3] == ["data/actors/a.yaml", "data/actors/b.yaml", "data/actors/c-1.yaml"]
    assert keys[1] is None and keys[0] is not None and keys[2] is not None
    assert "data/actors/sub.yaml" in rels  # not known to be a folder: a record file, refused when read
    assert "data/actors/notes.txt" in strays


def test_a_record_folder_that_cannot_be_listed_is_a_stray(tmp_path: Path, monkeypatch) -> None:
    root = odd_tree(tmp_path)
    real = os.listdir
    refused = os.stat(root / "data" / "actors").st_ino

    def listdir(path: object = ".") -> list[str]:
        if (os.fstat(path) if isinstance(path, int) else os.stat(str(path))).st_ino == refused:
            raise PermissionError(13, "Permission denied")
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "listdir", listdir)
    rels, _, strays = scanned(root)
    assert not any(rel.startswith("data/actors/") for rel in rels)
    assert "data/actors/" in strays and "data/regions/twente.yaml" in rels


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.tuples(
            st.from_regex(r"\.?[a-z0-9é]{0,6}(\.yaml|\.yml|\.txt|)?", fullmatch=True).filter(
                lambda s: s not in ("", ".")
            ),
            st.sampled_from(["file", "folder", "link", "dangling"]),
        ),
        max_size=12,
        unique_by=lambda item: item[0],
    )
)
def test_any_mix_of_entries_scans_like_one_by_one(tmp_path_factory: pytest.TempPathFactory, entries) -> None:
    root = tmp_path_factory.mktemp("kb")
    for folder in files.RECORD_FOLDERS:
        (root / "data" / folder).mkdir(parents=True)
    meetings = root / "data" / "meetings"
    (meetings / "anchor.yaml").write_text("id: anchor\n", encoding="utf-8")
    for name, what in entries:
        path = meetings / name
        if path.exists() or path.is_symlink():
            continue
        if what == "file":
            path.write_text("id: x\n", encoding="utf-8")
        elif what == "folder":
            path.mkdir()
            (path / "in.yaml").write_text("id: y\n", encoding="utf-8")
        elif what == "link":
            path.symlink_to(meetings / "anchor.yaml")
        else:
            path.symlink_to(meetings / "missing")
    assert scanned(root) == one_by_one(root)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(files.RECORD_FOLDERS),
            st.text(st.characters(blacklist_characters="/\0", blacklist_categories=["Cs"]), min_size=1, max_size=12),
        ),
        max_size=30,
        unique=True,
    )
)
@example([("actors", "a.yaml"), ("actors", "a"), ("actors", "data"), ("actors", ".yaml.yaml"), ("regions", "r")])
def test_the_ids_of_a_run_of_vouched_files_are_their_names(items: list[tuple[str, str]]) -> None:
    """What the store vouches for becomes `Pending` records whose ids are the file names without `.yaml`, as the
    scan found them (sorted, folder by folder), even for names that hold `.yaml` or `data/` themselves."""
    from ggznet import stored

    rels = sorted(f"data/{folder}/{name}.yaml" for folder, name in items)
    token = object()
    run = stored.Session._pending_run(token, rels)  # type: ignore[arg-type]  # (only handed on to each record)
    assert [(item.path, item.id, item.token) for item in run] == [(rel, rel.split("/")[2][:-5], token) for rel in rels]
    kinds = {"regions": "region", "actors": "actor", "initiatives": "initiative", "meetings": "meeting"}
    assert [item.kind for item in run] == [kinds[rel.split("/")[1]] for rel in rels]
    assert [ident for _, idents, _ in run.blocks for ident in idents] == [item.id for item in run]
