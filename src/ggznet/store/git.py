"""Git access for the knowledge base: the commit data/ was last changed in, and changed files. Only module that runs git."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class DataCommit:
    """Where the data came from: the last commit that touched data/, and whether data/ has local changes."""

    short: str | None
    dirty: bool = False

    def describe(self, *, lang: str = "nl") -> str:
        if self.short is None:
            return "geen git" if lang == "nl" else "no git"
        if self.dirty:
            return f"{self.short} + {'lokale wijzigingen' if lang == 'nl' else 'local changes'}"
        return self.short


def _git(root: Path, *args: str, timeout: float = 20) -> str | None:
    if shutil.which("git") is None:
        return None
    try:
        done = subprocess.run(
            ["git", "-C", str(root), *args], capture_output=True, text=True, timeout=timeout, check=False,
            encoding="utf-8", errors="replace",
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def data_commit(root: Path) -> DataCommit:
    inside = _git(root, "rev-parse", "--is-inside-work-tree")
    if not inside or inside.strip() != "true":
        return DataCommit(None)
    short = _git(root, "log", "-1", "--format=%h", "--abbrev=10", "--", "data")
    status = _git(root, "status", "--porcelain", "--", "data")
    return DataCommit((short or "").strip() or None, dirty=bool(status and status.strip()))


@dataclass(frozen=True)
class FileChange:
    status: str  # A added, M modified, D deleted, R renamed
    path: str
    date: dt.date
    author: str
    subject: str


def changes_since(root: Path, since: dt.date, until: dt.date | None = None) -> list[FileChange] | None:
    """Record files changed in commits after `since` (up to `until`), newest first; None without git history."""
    args = ["log", f"--since={since.isoformat()} 23:59:59", "--name-status", "--format=@@%ad\t%an\t%s",
            "--date=short", "--no-renames"]
    if until:
        args.append(f"--until={until.isoformat()} 23:59:59")
    out = _git(root, *args, "--", "data")
    if out is None:
        return None
    changes: list[FileChange] = []
    date, author, subject = dt.date.min, "", ""
    for line in out.splitlines():
        if line.startswith("@@"):
            parts = line[2:].split("\t", 2)
            date = dt.date.fromisoformat(parts[0])
            author = parts[1] if len(parts) > 1 else ""
            subject = parts[2] if len(parts) > 2 else ""
        elif "\t" in line:
            status, path = line.split("\t", 1)
            changes.append(FileChange(status[:1], path, date, author, subject))
    return changes


def commit_files(root: Path, paths: list[str], message: str) -> str:
    """Commit exactly `paths` (added, changed or removed) with `message`; the new commit's short hash."""
    from ggznet.errors import GgznetError

    inside = _git(root, "rev-parse", "--is-inside-work-tree")
    if not inside or inside.strip() != "true":
        raise GgznetError("--commit: the knowledge base is not a git repository; the files were written",
                          "run `git init`, or leave out --commit")
    done = subprocess.run(["git", "-C", str(root), "add", "-A", "--", *paths], capture_output=True, text=True, check=False)
    if done.returncode == 0:
        done = subprocess.run(["git", "-C", str(root), "commit", "-q", "-m", message, "--only", "--", *paths],
                              capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise GgznetError(f"--commit: git refused: {done.stderr.strip() or done.stdout.strip()}",
                          "the files were written; commit them by hand")
    return (_git(root, "rev-parse", "--short", "HEAD") or "").strip()
