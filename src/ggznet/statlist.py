"""The stored list of the files of the store's last state: per file its stat key, its content digest and
whether the store vouches for it as a clean record in its own file (one value, for `stored.Session.read`).

After one file changed, a run compares the files' stat keys with this list (a few comparisons of byte
strings, in C) and reads from SQLite only the entries of the files that differ, instead of every entry.
The list is written in the same transaction as the entries it describes and holds the store's
*generation* (a random value that every write of entries replaces): a list of any other state, or one
that does not check out, is not used (every entry is read, as without it). A file whose entry was made
within the racy window of its own stat key (git's rule, `store.cache.RACY_NS`), or that is not a clean
record of its own, is not vouched for: its entry is read and judged as always.
"""

from __future__ import annotations

import itertools
import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

from ggznet.store.cache import LISTING_KEY, dumps, loads

KEY = LISTING_KEY  # in the store's `blobs`
VERSION = 1
KEY_BYTES = 32  # a stat key: four 64-bit integers
DIGEST_BYTES = 32
NO_KEY = b"\xff" * KEY_BYTES  # (-1, -1, -1, -1): equals no file's stat key (inodes are not negative)
NO_DIGEST = b"\0" * DIGEST_BYTES
MAX_INFLATED = 64 * 2**20
_KEY = struct.Struct("=4q")  # native byte order, as the state's fingerprint hashes the keys
_MAX_HEADER = 512


@dataclass(slots=True)
class Listing:
    """A decoded list: the paths joined by NUL, then per file (in that order) its key, digest and flag."""

    generation: str
    paths: bytes
    keys: bytes
    digests: bytes
    flags: bytes  # 1: vouched for (a clean record in its own file, its entry not racy); 0: read its entry

    def rels(self) -> list[str] | None:
        """The paths as text (None when they are not one per file)."""
        found = self.paths.decode("utf-8", "surrogateescape").split("\0") if self.paths else []
        return found if len(found) == len(self.flags) else None

    def key(self, at: int) -> bytes:
        return self.keys[KEY_BYTES * at : KEY_BYTES * at + KEY_BYTES]

    def digest(self, at: int) -> bytes:
        return self.digests[DIGEST_BYTES * at : DIGEST_BYTES * at + DIGEST_BYTES]


def joined(rels: Sequence[str]) -> bytes:
    """Paths as the list keeps them (and as the state's fingerprint hashes them)."""
    return "\0".join(rels).encode("utf-8", "surrogateescape")


def packed(keys: Sequence[tuple[int, int, int, int] | None]) -> bytes | None:
    """Stat keys as one array of 64-bit integers; None when a file has none or a number does not fit."""
    if None in keys:
        return None
    try:
        return b"".join(itertools.starmap(_KEY.pack, keys))  # type: ignore[arg-type]  # (no None among them)
    except (TypeError, OverflowError, struct.error):
        return None


def pack(key: tuple[int, int, int, int] | None) -> bytes:
    """One stat key as the list keeps it (NO_KEY for none, or one that does not fit)."""
    if key is None:
        return NO_KEY
    try:
        return _KEY.pack(*key)
    except (TypeError, OverflowError, struct.error):
        return NO_KEY


def encode(generation: str, paths: bytes, keys: bytes, digests: bytes, flags: bytes) -> bytes:
    """The list as stored: a header line (JSON), the paths compressed (they repeat a lot), then the stat keys,
    digests and flags as they are (compressing them would cost more time than it saves)."""
    count = len(flags)
    assert len(keys) == KEY_BYTES * count and len(digests) == DIGEST_BYTES * count
    packed_paths = zlib.compress(paths, 1)
    header = {"version": VERSION, "generation": generation, "count": count, "paths": [len(packed_paths), len(paths)]}
    return b"".join((dumps(header), b"\n", packed_paths, keys, digests, flags))


def decode(body: object, generation: object) -> Listing | None:
    """The list in `body` if it is one, of the store's current `generation`; None otherwise."""
    if type(body) is not bytes or type(generation) is not str:
        return None
    end = body.find(b"\n", 0, _MAX_HEADER)
    if end < 0:
        return None
    try:
        header = loads(body[:end])
    except ValueError:
        return None
    if type(header) is not dict or header.get("version") != VERSION or header.get("generation") != generation:
        return None
    count, sizes = header.get("count"), header.get("paths")
    if not (type(count) is int and count >= 0 and type(sizes) is list and len(sizes) == 2):
        return None
    packed_size, size = sizes
    if not (type(packed_size) is int and type(size) is int and packed_size >= 0 and 0 <= size <= MAX_INFLATED):
        return None
    start = end + 1
    ends = list(itertools.accumulate((packed_size, KEY_BYTES * count, DIGEST_BYTES * count, count), initial=start))
    if ends[-1] != len(body):
        return None
    packed_paths, keys, digests, flags = (body[a:b] for a, b in itertools.pairwise(ends))
    if flags.translate(None, b"\0\1"):
        return None  # a flag that is neither 0 nor 1
    try:
        inflate = zlib.decompressobj()
        paths = inflate.decompress(packed_paths, size + 1)
        if len(paths) != size or inflate.unconsumed_tail or not inflate.eof or inflate.unused_data:
            return None
    except zlib.error:
        return None
    return Listing(generation, paths, keys, digests, flags)


def differing(a: bytes, b: bytes, width: int) -> list[int]:
    """The positions of the `width`-byte items in which two byte strings of the same length differ, in order:
    halves compared as wholes (in C), so that a few changes cost a few dozen comparisons."""
    if len(a) != len(b) or len(a) % width:
        raise ValueError("not two lists of the same items")
    found: list[int] = []
    stack = [(0, len(a) // width)]
    while stack:
        low, high = stack.pop()
        if a[low * width : high * width] == b[low * width : high * width]:
            continue
        if high - low == 1:
            found.append(low)
            continue
        middle = (low + high) // 2
        stack.append((middle, high))
        stack.append((low, middle))
    return found


def unvouched(flags: bytes) -> list[int]:
    """The positions whose flag is 0."""
    found: list[int] = []
    at = flags.find(0)
    while at >= 0:
        found.append(at)
        at = flags.find(0, at + 1)
    return found
