"""A cache of parse results (never of verdicts) in `.ggznet-cache/`, so that a warm run skips YAML parsing.

An entry is a file's parsed data and its parse findings, valid while the file's modification time
and size are unchanged. The whole cache is keyed by ggznet's version and the source of the modules
that parse and check records: any change there starts a new cache. It is stored as JSON (never
pickle: a cache file must not be able to run code), written atomically, so two runs that write it
at once leave one of their versions; a cache that cannot be read is ignored and rebuilt.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from functools import cache
from pathlib import Path
from typing import Any

from ggznet import __version__
from ggznet.store import yamlfast
from ggznet.store.files import RawFile

CACHE_FILE = "parse-cache.json"
_KEY_MODULES = (
    "ggznet.store.yamlfast",
    "ggznet.store.files",
    "ggznet.store.cache",
    "ggznet.schema.records",
    "ggznet.schema.types",
    "ggznet.schema.vocab",
    "ggznet.charpolicy",  # the pre-check hints kept with each entry come from these two
    "ggznet.personal",
)


@cache
def cache_key() -> str:
    """ggznet's version plus a hash of the code that turns files into data and checks it."""
    import importlib

    digest = hashlib.sha256(__version__.encode())
    for name in _KEY_MODULES:
        module = importlib.import_module(name)
        with contextlib.suppress(OSError, TypeError):
            digest.update(Path(str(module.__file__)).read_bytes())
    return digest.hexdigest()[:24]


def _json_safe(data: Any) -> bool:
    """True when JSON gives back exactly this data (string keys only, no other types)."""
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if not all(isinstance(k, str) for k in node):
                return False
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
        elif not (node is None or isinstance(node, str | int | float)):
            return False
    return True


class ParseCache:
    def __init__(self, root: Path, *, enabled: bool = True) -> None:
        self.path = Path(root) / ".ggznet-cache" / CACHE_FILE
        self.enabled = enabled
        self.entries: dict[str, list[Any]] = {}
        self.dirty = False
        self.hits = 0
        if enabled:
            self._load()

    def _load(self) -> None:
        try:
            with open(self.path, encoding="utf-8") as handle:
                payload = json.load(handle)
            if payload.get("key") == cache_key() and isinstance(payload.get("files"), dict):
                self.entries = payload["files"]
        except (OSError, ValueError, AttributeError, TypeError):
            self.entries = {}  # missing or corrupt: rebuilt by this run

    def get(self, rel: str, mtime_ns: int, size: int) -> RawFile | None:
        entry = self.entries.get(rel) if self.enabled else None
        if entry is None or entry[0] != mtime_ns or entry[1] != size:
            return None
        try:
            findings = [yamlfast.Finding(*f) for f in entry[3]]
            raw = RawFile(rel, entry[4], findings, mtime_ns, size, bool(entry[2]), bool(entry[5]))
        except (TypeError, IndexError):
            return None
        self.hits += 1
        return raw

    def put(self, raw: RawFile) -> None:
        if not self.enabled or not raw.mtime_ns or not _json_safe(raw.data):
            self.entries.pop(raw.path, None)
            return
        findings = [[f.code, f.message, f.line, f.column, f.hint] for f in raw.findings]
        self.entries[raw.path] = [
            raw.mtime_ns,
            raw.size,
            raw.personal_data_hint,
            findings,
            raw.data,
            raw.unsafe_text_hint,
        ]
        self.dirty = True

    def forget_missing(self, present: set[str]) -> None:
        stale = [rel for rel in self.entries if rel not in present]
        for rel in stale:
            del self.entries[rel]
        self.dirty = self.dirty or bool(stale)

    def save(self) -> None:
        if not self.enabled or not self.dirty:
            return
        from ggznet.store.transaction import state_dir

        try:
            folder = state_dir(self.path.parent.parent)
            tmp = folder / f".{CACHE_FILE}.{os.getpid()}.tmp"
            with open(tmp, "w", encoding="utf-8") as handle:
                json.dump(
                    {"key": cache_key(), "files": self.entries}, handle, ensure_ascii=False, separators=(",", ":")
                )
            os.replace(tmp, self.path)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
