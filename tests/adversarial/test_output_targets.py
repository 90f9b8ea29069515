"""Files ggznet writes where a link already stands: a committed `reports/` folder may hold links (`reports/
regio-a.md -> /usr/bin/…`). The link is replaced by the new file, nothing is written where it pointed, and the
new file does not take over the permissions of what the link pointed to (an executable bit, a set-user-id bit).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


def _plain_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def test_report_all_replaces_links_without_their_targets_permissions(make_kb, cli, tmp_path: Path) -> None:
    root = make_kb()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o755)
    program = tmp_path / "program"
    program.write_bytes(b"\x7fELF not really")
    program.chmod(0o4755)
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "regio-a.md").symlink_to(elsewhere)
    (reports / "regio-b.md").symlink_to(program)
    (reports / "index.md").symlink_to(program)

    done = cli("--kb", str(root), "report", "--all", "-o", str(reports))
    assert done.exit_code == 0, done.stderr
    for name in ("regio-a.md", "regio-b.md", "index.md"):
        info = os.lstat(reports / name)
        assert stat.S_ISREG(info.st_mode), name
        assert stat.S_IMODE(info.st_mode) == _plain_mode(), (name, oct(info.st_mode))
    assert program.read_bytes() == b"\x7fELF not really" and stat.S_IMODE(program.stat().st_mode) == 0o4755
    assert elsewhere.is_dir() and not any(elsewhere.iterdir())


def test_an_existing_file_keeps_its_own_permissions(make_kb, cli, tmp_path: Path) -> None:
    root = make_kb()
    target = tmp_path / "regio-a.md"
    target.write_text("old\n")
    target.chmod(0o640)
    done = cli("--kb", str(root), "report", "regio-a", "-o", str(target))
    assert done.exit_code == 0, done.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o640 and target.read_text() != "old\n"
