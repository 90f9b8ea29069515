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
