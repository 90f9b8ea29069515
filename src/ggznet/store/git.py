"""Git access for the knowledge base: the commit data/ last changed in, changed files. The only module that runs git."""

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
            ["git", "-C", str(root), *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            encoding="utf-8",
            errors="replace",
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
    args = [
        "log",
        f"--since={since.isoformat()} 23:59:59",
        "--name-status",
        "--format=@@%ad\t%an\t%s",
        "--date=short",
        "--no-renames",
    ]
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
        raise GgznetError(
            "--commit: the knowledge base is not a git repository; the files were written",
            "run `git init`, or leave out --commit",
        )
    done = subprocess.run(
        ["git", "-C", str(root), "add", "-A", "--", *paths], capture_output=True, text=True, check=False
    )
    if done.returncode == 0:
        done = subprocess.run(
            ["git", "-C", str(root), "commit", "-q", "-m", message, "--only", "--", *paths],
            capture_output=True,
            text=True,
            check=False,
        )
    if done.returncode != 0:
        raise GgznetError(
            f"--commit: git refused: {done.stderr.strip() or done.stdout.strip()}",
            "the files were written; commit them by hand",
        )
    return (_git(root, "rev-parse", "--short", "HEAD") or "").strip()


class HistoryError(Exception):
    """Git history that is needed is not there (no repository, unknown ref, shallow clone)."""


def _require_repo(root: Path) -> None:
    inside = _git(root, "rev-parse", "--is-inside-work-tree")
    if not inside or inside.strip() != "true":
        raise HistoryError("the knowledge base is not in a git repository")


def is_shallow(root: Path) -> bool:
    return (_git(root, "rev-parse", "--is-shallow-repository") or "").strip() == "true"


def resolve(root: Path, ref: str) -> str:
    """The full commit id of `ref`; HistoryError when this clone does not have it."""
    _require_repo(root)
    sha = _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    if not sha:
        hint = (
            " (this is a shallow clone: fetch more history, e.g. `git fetch --unshallow`)" if is_shallow(root) else ""
        )
        raise HistoryError(f"`{ref}` is not a commit in this repository{hint}")
    return sha.strip()


def commit_before(root: Path, when: str) -> str | None:
    """The last commit at or before a date (`2024-01-31`); None when history starts later."""
    _require_repo(root)
    out = _git(root, "rev-list", "-1", f"--before={when} 23:59:59", "HEAD")
    return out.strip() or None if out is not None else None


def export_data(root: Path, ref: str, target: Path) -> None:
    """Write the `data/` folder as it was at `ref` into `target/data`."""
    import io
    import tarfile

    _require_repo(root)
    done = subprocess.run(
        ["git", "-C", str(root), "archive", "--format=tar", ref, "--", "data"], capture_output=True, check=False
    )
    if done.returncode != 0:
        (target / "data").mkdir(parents=True, exist_ok=True)  # no data/ at that commit: an empty knowledge base
        return
    with tarfile.open(fileobj=io.BytesIO(done.stdout)) as archive:
        archive.extractall(target, filter="data")


def changed_paths(root: Path, base: str) -> set[str]:
    """Files under data/ that differ between `base` and the working tree (committed or not, and new)."""
    diff = _git(root, "diff", "--name-only", base, "--", "data") or ""
    untracked = _git(root, "ls-files", "--others", "--exclude-standard", "--", "data") or ""
    return {line.strip() for line in (diff + "\n" + untracked).splitlines() if line.strip()}


@dataclass(frozen=True)
class Commit:
    sha: str
    date: dt.date
    author: str
    subject: str


def commits(root: Path, base: str | None, until: str = "HEAD", path: str = "data") -> list[Commit]:
    """Commits after `base` up to `until` that touch `path`, oldest first."""
    _require_repo(root)
    span = f"{base}..{until}" if base else until
    out = _git(root, "log", "--reverse", "--format=%H%x09%ad%x09%an%x09%s", "--date=short", span, "--", path)
    if out is None:
        raise HistoryError(f"cannot read the history of {span}")
    result = []
    for line in out.splitlines():
        sha, date, author, subject = [*line.split("\t", 3), "", "", ""][:4]
        result.append(Commit(sha, dt.date.fromisoformat(date), author, subject))
    return result


def files_in_commit(root: Path, sha: str) -> list[tuple[str, str]]:
    """(status, path) of the data/ files a commit added (A), modified (M) or deleted (D)."""
    out = _git(root, "show", "--format=", "--name-status", "--no-renames", sha, "--", "data") or ""
    return [(line.split("\t", 1)[0][:1], line.split("\t", 1)[1]) for line in out.splitlines() if "\t" in line]


def file_at(root: Path, sha: str, path: str) -> str | None:
    return _git(root, "show", f"{sha}:{path}")


def parent_of(root: Path, sha: str) -> str | None:
    out = _git(root, "rev-parse", "--verify", "--quiet", f"{sha}^")
    return out.strip() if out else None


def file_history(root: Path, path: str) -> list[Commit]:
    """Commits that touched one file (following renames), newest first."""
    _require_repo(root)
    out = _git(root, "log", "--follow", "--format=%H%x09%ad%x09%an%x09%s", "--date=short", "--", path) or ""
    parts = [[*line.split("\t", 3), "", "", ""][:4] for line in out.splitlines()]
    return [Commit(p[0], dt.date.fromisoformat(p[1]), p[2], p[3]) for p in parts]
