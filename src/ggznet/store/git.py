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
    if ref.startswith("-") or any(c in ref for c in "\0\n\r"):  # never read as an option by git
        raise HistoryError(f"`{ref}` is not a commit in this repository")
    sha = _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    if not sha:
        if is_shallow(root):
            raise HistoryError(
                f"`{ref}` is not a commit in this repository "
                "(this is a shallow clone: fetch more history, e.g. `git fetch --unshallow`)"
            )
        raise HistoryError(f"`{ref}` is not a commit in this repository")
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


def _day(text: str) -> dt.date:
    """A commit date as git prints it (`--date=short`); a date git cannot have made falls back to the minimum."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return dt.date.min


def _parse_log(out: str) -> list[Commit]:
    result = []
    for entry in out.split("\0"):
        entry = entry.strip("\n")
        if not entry:
            continue
        sha, date, author, subject = [*entry.split("\x1f", 3), "", "", ""][:4]
        result.append(Commit(sha, _day(date), author, subject))
    return result


LOG_FORMAT = "--format=%H%x1f%ad%x1f%an%x1f%s"


def commits(root: Path, base: str | None, until: str = "HEAD", path: str = "data") -> list[Commit]:
    """Commits after `base` up to `until` that touch `path` (relative to `root`), oldest first; merges left out."""
    _require_repo(root)
    span = f"{base}..{until}" if base else until
    out = _git(root, "log", "-z", "--reverse", "--no-merges", LOG_FORMAT, "--date=short", span, "--", path)
    if out is None:
        raise HistoryError(f"cannot read the history of {span}")
    return _parse_log(out)


def first_commit(root: Path, path: str = "data") -> Commit | None:
    """The oldest commit that touches `path`; None without any."""
    found = commits(root, None, "HEAD", path)
    return found[0] if found else None


def files_in_commit(root: Path, sha: str, parent: str | None, path: str = "data") -> list[tuple[str, str]]:
    """(status, path relative to `root`) of the files under `path` a commit added (A), modified (M) or deleted (D),
    compared with `parent` (None: with nothing)."""
    span = [parent, sha] if parent else ["--root", sha]
    out = _git(
        root,
        "diff-tree",
        "--no-commit-id",
        "-r",
        "-z",
        "--no-renames",
        "--name-status",
        "--relative",
        *span,
        "--",
        path,
    )
    out = out or ""
    fields = out.split("\0")
    pairs = []
    for i in range(0, len(fields) - 1, 2):
        status, name = fields[i].strip(), fields[i + 1]
        if status and name:
            pairs.append((status[:1], name))
    return pairs


def parent_of(root: Path, sha: str) -> str | None:
    out = _git(root, "rev-parse", "--verify", "--quiet", f"{sha}^")
    return out.strip() if out else None


def repo_prefix(root: Path) -> str:
    """Where `root` lies inside its git repository (`kb/` for a knowledge base in a subfolder; empty at the top)."""
    return (_git(root, "rev-parse", "--show-prefix") or "").strip()


@dataclass(frozen=True)
class TooLarge:
    """A historical file that was not read because it is larger than the bound."""

    size: int


class BlobReader:
    """Reads files as they were at given commits through one `git cat-file --batch`, never more than `max_bytes`
    of any one file into memory (larger ones are skipped and reported as `TooLarge`)."""

    def __init__(self, root: Path, max_bytes: int) -> None:
        self.root = root
        self.max_bytes = max_bytes
        self.prefix = repo_prefix(root)
        self._process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> BlobReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._process is not None:
            if self._process.stdin:
                self._process.stdin.close()
            if self._process.stdout:
                self._process.stdout.close()
            try:
                self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._process.kill()
            self._process = None

    def _start(self) -> subprocess.Popen[bytes] | None:
        if self._process is None and shutil.which("git") is not None:
            try:
                self._process = subprocess.Popen(
                    ["git", "-C", str(self.root), "cat-file", "--batch"],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL,
                )
            except OSError:
                return None
        return self._process

    def read(self, sha: str, path: str) -> bytes | TooLarge | None:
        """The bytes of `path` (relative to the root) at commit `sha`; None when it is not there."""
        if "\n" in path or "\r" in path:
            return None
        process = self._start()
        if process is None or process.stdin is None or process.stdout is None:
            return None
        try:
            process.stdin.write(f"{sha}:{self.prefix}{path}\n".encode())
            process.stdin.flush()
            header = process.stdout.readline().decode("utf-8", "replace").split()
            if len(header) != 3 or not header[2].isdigit():
                return None  # `<name> missing` or `ambiguous`
            size = int(header[2])
            if header[1] != "blob" or size > self.max_bytes:
                remaining = size + 1
                while remaining:
                    chunk = process.stdout.read(min(remaining, 1 << 16))
                    if not chunk:
                        break
                    remaining -= len(chunk)
                return TooLarge(size) if header[1] == "blob" else None
            data = process.stdout.read(size + 1)
            return data[:size]
        except (OSError, ValueError):
            self.close()
            return None


def file_history(root: Path, path: str) -> list[Commit]:
    """Commits that touched one file (following renames), newest first."""
    _require_repo(root)
    out = _git(root, "log", "-z", "--follow", LOG_FORMAT, "--date=short", "--", path) or ""
    return _parse_log(out)
