"""A state folder on a full disk: a run that cannot record its new store leaves nothing of its own behind (the
marker it writes beside the store was left as `.store.id.<pid>.tmp`, one more for every run on a full disk)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from ggznet.store import cache


def test_a_store_that_cannot_be_recorded_leaves_no_marker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / ".ggznet-cache"
    folder.mkdir()
    real_replace = os.replace

    def full(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if Path(dst).name == cache.ID_FILE:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(OSError):
        cache._create(folder)
    assert not [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_an_edit_on_a_full_disk_is_a_clear_error_and_changes_nothing(
    make_kb, cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ggznet.store import transaction

    root = make_kb()
    before = (root / "data/actors/ggz-a.yaml").read_bytes()

    def full(path: Path, content: bytes, mode: int | None) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(transaction, "_write_new", full)
    done = cli("--kb", str(root), "set", "ggz-a", "name", "GGZ Anders")
    assert done.exit_code == 2, done.stderr
    assert "de bewerking kon niet worden geschreven: schijf vol" in done.stderr
    assert "interne fout" not in done.stderr
    assert (root / "data/actors/ggz-a.yaml").read_bytes() == before
    assert not list((root / ".ggznet-cache").glob("tx-*"))
