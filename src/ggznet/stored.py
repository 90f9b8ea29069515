"""What one run takes from the indexed store (`store.cache`) and gives back: files, verdicts, derived data.

A run scans `data/` (one lstat per file), then asks the store for each file's entry by its stat
key; only files without a usable entry are read and parsed. After `validate`, the verdict is kept
for this exact state of the knowledge base (its fingerprint: every file's path and stat key) and
for the days on which it holds (see `verdict_window`), so that the next run with nothing changed
answers from it without building a single record.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import itertools
import marshal
import operator
import os
import re
import stat
import sys
import time
import weakref
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from ggznet import statlist
from ggznet.lazy import Pending, RecordMap, built_keys
from ggznet.problems import Problem, Severity
from ggznet.store import files
from ggznet.store.cache import MAX_ROW_BYTES, RACY_NS, STAT_IS_ENOUGH, NewRow, Row, RowBlock, Store, dumps, loads
from ggznet.store.cache import _row as _row_of  # an entry checked for shape

if TYPE_CHECKING:
    from ggznet.index import Index
    from ggznet.schema import Record
    from ggznet.validate.facts import Facts
    from ggznet.validate.parts import Parts as VerdictParts

ProgressCallback = Callable[[int, int], None]
_FOREVER = dt.date.max.toordinal() + 1
_NOT_STATED_JSON = b'"onbekend"'  # `schema.vocab.NOT_STATED` as JSON (not imported here: the schema loads late)
_SEVERITIES = {str(s): s for s in Severity}
_MAX_TEXT = 2_000
_MAX_PARTS = 16 * MAX_ROW_BYTES  # the verdict's parts, inflated (`Session.kept_parts`)


# -- shapes in and out ------------------------------------------------------------------------------------

_SIZE, _MTIME, _CTIME = operator.itemgetter(1), operator.itemgetter(2), operator.itemgetter(3)  # of a stat key
_FOLDERS = {"region": "regions", "actor": "actors", "initiative": "initiatives", "meeting": "meetings"}  # of each kind
_KIND_OF_FOLDER = {f"{files.DATA_DIR}/{folder}/": kind for kind, folder in _FOLDERS.items()}
# (`schema.RECORD_TYPES`, without importing it)


def _newest(keys: list[tuple[int, int, int, int]]) -> int:
    """The latest mtime or ctime among these stat keys (two maxima in C: no Python step per file)."""
    newest: int = max(max(map(_MTIME, keys)), max(map(_CTIME, keys)))
    return newest


def _own_path(rel: str, kind: object, ident: object) -> bool:
    """Whether a record of this kind and id can be the one in file `rel` (its folder gives the kind, its name
    the id: a clean record always holds both), so that a stored kind or id never moves a file's record."""
    folder = _FOLDERS.get(kind) if type(kind) is str else None
    return folder is not None and type(ident) is str and rel == f"{files.DATA_DIR}/{folder}/{ident}.yaml"


def _str(value: object, limit: int = _MAX_TEXT) -> bool:
    return isinstance(value, str) and len(value) <= limit


def _int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**31


def encode_raw(raw: files.RawFile) -> bytes | None:
    """A parse result as JSON, or None when JSON would not give it back exactly (non-string keys,
    integers past 64 bits, NaN or infinity)."""
    findings = [[f.code, f.message, f.line, f.column, f.hint] for f in raw.findings]
    try:
        encoded = dumps([findings, raw.data, raw.personal_data_hint, raw.unsafe_text_hint])
        # The parsers give only mappings, lists, text, numbers, booleans and null. Of these only NaN and
        # infinity come back differently (as null); keys that are not text, integers past 64 bits and
        # text that is not UTF-8 do not encode at all. So JSON without `null` in it comes back as it was.
        if raw.data is not None and b"null" in encoded and loads(encoded)[1] != raw.data:
            return None  # NaN or infinity (written as null), or another value JSON does not keep
    except (TypeError, ValueError, OverflowError):
        return None
    return encoded


# What a reading worker sends back for a file the store can keep: (path, mtime_ns, size, stat key, digest,
# text, the store's encoding of the parse result, its days or None, what `_derived` gives for the record the
# file would hold or None); JSON is cheaper to send than the data, and the derived parts are worked out there.
_Packed = tuple[
    str, int, int, tuple[int, int, int, int], bytes, str | None, bytes, "list[int] | None", "_Sent | None", bool
]
# `_Worked` on its way back, the facts as the tuple of their fields: a dataclass with slots costs pickle a
# dictionary per object, about twice the time of the tuple (and the facts are most of what is sent)
_Sent = tuple[str | None, str | None, list[tuple[str, str]], str | None, tuple[Any, ...] | None]


def read_files(
    root: Path,
    items: Sequence[tuple[str, str]],
    progress: ProgressCallback | None = None,
    *,
    dated: bool,
    workers: int | None = None,
    seen_ns: int | None = None,
) -> Iterator[files.RawFile | CleanRun]:
    """`files.read_record_file` of each (relative, absolute) path in order, in worker processes when there
    are many (`store.readpool`); with `dated`, a worker also finds the days named in each file. With `seen_ns`
    (and `dated`) a worker sends consecutive files it found clean, each holding the record of its own file name,
    as one `CleanRun` with their entries made as of that time."""
    if len(items) < _READ_HERE:  # a few files (after a change): read here, without importing the worker pool
        return _read_here(root, items, progress)
    from ggznet.store import readpool

    pack = functools.partial(_pack_chunk, dated=dated, seen_ns=seen_ns if dated else None)
    return readpool.read_files(root, items, progress, workers=workers, pack=pack, unpack=_unpack, prepare=_prepare)


_READ_HERE = 64  # files (fewer than `readpool` ever gives to its workers, and than one of its progress steps)


def _read_here(
    root: Path, items: Sequence[tuple[str, str]], progress: ProgressCallback | None
) -> Iterator[files.RawFile]:
    """`read_files` of a few files, in this process (what `readpool.read_files` does for them)."""
    for rel, path in items:
        yield files.read_record_file(root, path, rel)
    if progress is not None and items:
        progress(len(items), len(items))


def _prepare() -> None:
    """Import once, before the reading workers are forked, what each of them would import for `_pack` (without
    the garbage collector: the models' classes and their validators live as long as the run)."""
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        import ggznet.query
        import ggznet.schema
        import ggznet.suggest
        import ggznet.validate.facts
        import ggznet.validate.privacy
        import ggznet.validate.shape
        from ggznet.store import yamlfast

        del ggznet, yamlfast
    finally:
        if enabled:
            gc.enable()


def _pack(raw: files.RawFile, *, dated: bool) -> files.RawFile | _Packed | bytes:
    """In a reading worker: a file's parse result as the store encodes it (the result itself when it cannot)."""
    packed = _packed(raw, dated=dated)
    return packed if isinstance(packed, files.RawFile) else _marshalled(packed)


def _packed(raw: files.RawFile, *, dated: bool) -> files.RawFile | _Packed:
    encoded = encode_raw(raw) if raw.key is not None and raw.digest else None
    if encoded is None or raw.key is None:
        return raw
    dates = (text_dates(encoded) if raw.data is not None else []) if dated else None
    worked = _worked(raw, encoded) if dated else None  # sets `worker_clean`
    sent: _Sent | None = None
    if worked is not None:
        facts = worked[4]
        sent = (*worked[:4], None if facts is None else _facts_to_send(facts))
    return (raw.path, raw.mtime_ns, raw.size, raw.key, raw.digest, raw.text, encoded, dates, sent, raw.worker_clean)


@dataclass(frozen=True, slots=True)
class _RunSent:
    """A `CleanRun` on its way back from a reading worker, in marshal's form."""

    body: bytes


def _pack_chunk(raws: list[files.RawFile], *, dated: bool, seen_ns: int | None) -> list[Any]:
    """In a reading worker: each file of a chunk packed (`_pack`); with `seen_ns`, each stretch of files that can
    go into the store in bulk (`_in_run`) as one run instead, with their rows made here (`CleanRun`)."""
    if seen_ns is None:
        return [_pack(raw, dated=dated) for raw in raws]
    out: list[Any] = []
    run: list[_Packed] = []
    for raw in raws:
        packed = _packed(raw, dated=dated)
        if not isinstance(packed, files.RawFile) and _in_run(packed):
            run.append(packed)
            continue
        if run:
            _add_run(out, run, seen_ns)
            run = []
        out.append(packed if isinstance(packed, files.RawFile) else _marshalled(packed))
    if run:
        _add_run(out, run, seen_ns)
    return out


def _marshalled(packed: _Packed) -> _Packed | bytes:
    try:  # plain values (as nearly always: facts without problems or `verified_on`) in marshal's form, which
        return marshal.dumps(packed)  # both processes handle in about two thirds of pickle's time
    except ValueError:
        return packed


def _add_run(out: list[Any], run: list[_Packed], seen_ns: int) -> None:
    """A run of files as one item, or (a value marshal cannot write in it: rare) each file by itself."""
    sent = _run_sent(run, seen_ns)
    out.extend([sent] if sent is not None else map(_marshalled, run))


def _in_run(packed: _Packed) -> bool:
    """Whether a packed file can go into the store in bulk: found clean, a record of its own file name (the one
    place the index keeps it when no other file has its id), its facts and references in their stored form."""
    path, mtime_ns, size, key, _digest, text, _encoded, dates, sent, clean = packed
    if not clean or sent is None or dates is None or text is not None or (size, mtime_ns) != key[1:3]:
        return False
    kind, ident, _refs, search, facts = sent
    if kind is None or ident is None or search is None or facts is None or not _own_path(path, kind, ident):
        return False
    refs_from, refs, own, verified = _run_fields()  # (problems of its own, a `verified_on` date: not plain values)
    return type(facts[refs_from]) is bytes and not facts[refs] and not facts[own] and facts[verified] is None


@functools.cache
def _run_fields() -> tuple[int, int, int, int]:
    """Where `refs_from`, `refs`, `own` and `verified` are among the fields of `Facts` (`_fact_fields`)."""
    at = _fact_fields().index
    return at("refs_from"), at("refs"), at("own"), at("verified")


def _run_sent(run: list[_Packed], seen_ns: int) -> _RunSent | None:
    """Files `_in_run` as a `CleanRun` in marshal's form: (rows of the files table, the references as JSON, the
    facts' fields, the days of each file, the ids referred to); None when a value is not plain (marshal's)."""
    rows: list[tuple[Any, ...]] = []
    refs_of: list[tuple[str, list[tuple[str, str]]]] = []
    facts: list[tuple[Any, ...]] = []
    days: list[list[int]] = []
    targets: set[tuple[str, str]] = set()
    refs_at = _run_fields()[0]
    for path, _mtime_ns, _size, key, digest, _text, encoded, dates, sent, _clean in run:
        assert sent is not None and dates is not None
        kind, ident, refs, search, values = sent
        assert values is not None
        rows.append((path, *key, seen_ns, digest, kind, ident, 1, encoded, dumps(dates), search, values[refs_at]))
        refs_of.append((path, refs))
        targets.update(refs)
        facts.append(values)
        days.append(dates)
    try:
        refs_json = dumps(refs_of)
        if b"\\u" in refs_json:  # a control character (escaped): not through SQLite's JSON, which might not keep it
            return None
        return _RunSent(marshal.dumps((rows, refs_json.decode("utf-8"), facts, days, list(targets))))
    except (ValueError, TypeError):
        return None


def _facts_to_send(facts: Facts) -> tuple[Any, ...]:
    """The fields of `facts` as a tuple, made here with their stored form: the references travel only in that
    (`Facts.refs_from`), read back where validation needs them, so that neither process handles a tuple per
    reference (most of what pickle would carry of the facts)."""
    values = list(_fact_values()(facts))
    body = _encode_facts(facts)
    if body is not None:
        at = _fact_fields().index
        values[at("refs")], values[at("refs_from")] = [], body
    return tuple(values)


@functools.cache
def _fact_values() -> Callable[[Facts], tuple[Any, ...]]:
    """The values of the fields of `Facts` as a tuple, in the order its constructor takes them (read in C)."""
    return operator.attrgetter(*_fact_fields())


@functools.cache
def _fact_fields() -> tuple[str, ...]:
    """The names of the fields of `Facts`, in the order its constructor takes them."""
    import dataclasses

    from ggznet.validate.facts import Facts

    return tuple(f.name for f in dataclasses.fields(Facts))


def _worked(raw: files.RawFile, encoded: bytes) -> _Worked | None:
    """In a reading worker: `_derived` of the record `build_record` makes of the file (what the index holds when
    the file's id is its own); None when there is none. `encoded`: the store's encoding of the parse result."""
    tools = _tools()
    kind = tools.kind_by_folder.get(raw.path.split("/")[1]) if not raw.findings else None
    if kind is None or not isinstance(raw.data, dict):
        return None
    record, problems = tools.build_record(tools.record_types[kind], raw.data, raw.path)
    if record is None:
        return None
    found = _derived(None, raw, record, encoded)
    if found[0] is not None:
        raw.worker_clean = not problems and _plainly_clean(raw)
    return found if found[0] is not None else None


def _plainly_clean(raw: files.RawFile) -> bool:
    """Whether `KnowledgeBase._add` surely finds no problem of the file's own beyond its shape (the file is
    small, no pre-check hints at personal data or refused characters, contacts without a problem (what
    `KnowledgeBase._check_text` checks of them, checked here), a plain file name)."""
    if raw.size > 50_000 or raw.personal_data_hint or raw.unsafe_text_hint or raw.findings:
        return False
    if not isinstance(raw.data, dict):
        return False
    tools = _tools()
    contacts = raw.data.get("contacts")
    if contacts:
        if isinstance(contacts, list) and any(isinstance(c, dict) and "phone" in c for c in contacts):
            return False  # (checked in the main process, which imports the phone library once, not each worker)
        if tools.check_contacts(raw.path, raw.data):
            return False
    return not tools.check_name(raw.path)


@dataclass(frozen=True)
class _Tools:
    """What working out a file's entry calls, imported once (this module is imported on warm runs too, which
    need none of it)."""

    kind_by_folder: dict[str, str]
    record_types: dict[str, type[Record]]
    build_record: Callable[[type[Record], Any, str], tuple[Record | None, list[Problem]]]
    check_name: Callable[[str], list[Problem]]
    check_contacts: Callable[[str, Any], list[Problem]]
    searchable_fields: Callable[[Record], list[tuple[str, str]]]
    fold: Callable[[str], str]
    facts_of: Callable[..., Facts]
    surely_stated: Callable[[bytes], bool]
    reference_tuples: Callable[[Record], list[tuple[tuple[str | int, ...], str, str]]]


@functools.cache
def _tools() -> _Tools:
    from ggznet.index import reference_tuples
    from ggznet.query import searchable_fields
    from ggznet.schema import KIND_BY_FOLDER, RECORD_TYPES
    from ggznet.suggest import fold
    from ggznet.validate.facts import facts_of, surely_stated
    from ggznet.validate.privacy import check_contacts, check_name
    from ggznet.validate.shape import build_record

    return _Tools(
        KIND_BY_FOLDER,
        RECORD_TYPES,
        build_record,
        check_name,
        check_contacts,
        searchable_fields,
        fold,
        facts_of,
        surely_stated,
        reference_tuples,
    )


def _unpack(packed: _Packed | bytes | _RunSent) -> files.RawFile | CleanRun:
    """A worker's packed result made whole again: `encode_raw` vouches that the JSON gives the data back exactly."""
    if isinstance(packed, _RunSent):
        return CleanRun(*marshal.loads(packed.body))
    if isinstance(packed, bytes):  # from a worker of this very process, forked (the same Python)
        packed = cast(_Packed, marshal.loads(packed))
    path, mtime_ns, size, key, digest, text, encoded, dates, sent, clean = packed
    if clean:  # no findings, no hints; its data is decoded only if it must be registered as usual (`whole`)
        raw = files.RawFile(path, None, [], mtime_ns, size, False, False, key, digest, text, encoded, dates)
    else:
        from ggznet.store.yamlfast import Finding

        found, data, personal, unsafe = loads(encoded)
        findings = [Finding(code, message, line, column, hint) for code, message, line, column, hint in found]
        raw = files.RawFile(path, data, findings, mtime_ns, size, personal, unsafe, key, digest, text, encoded, dates)
    worked: _Worked | None = None
    if sent is not None:
        facts = None
        if sent[4] is not None:
            facts = _facts_class()(*sent[4])
            _share(facts, path)
        worked = (*sent[:4], facts)
    raw.derived, raw.worker_clean = worked, clean
    return raw


@functools.cache
def _facts_class() -> type[Facts]:
    from ggznet.validate.facts import Facts

    return Facts


_LOCS: dict[tuple[Any, ...], tuple[Any, ...]] = {}  # one tuple per place a reference sits (`_share`)


def _share(facts: Facts, path: str) -> None:
    """Facts as a worker sent them hold their own copy of every name and place; the index keeps the facts of
    every file until validation, so equal ones are made one object (`sys.intern`): the same values, less memory.
    (`facts_of` made them in the worker: the names are text.)"""
    intern, locs = sys.intern, _LOCS if len(_LOCS) < 100_000 else {}
    facts.path = path
    if facts.refs:  # (none when they travel in the stored form: `_facts_to_send`)
        facts.refs = [(locs.setdefault(loc, loc), intern(kind), intern(target)) for loc, kind, target in facts.refs]
    if facts.unset:
        facts.unset = list(map(intern, facts.unset))
    if facts.regions:
        facts.regions = list(map(intern, facts.regions))


@dataclass(slots=True)
class CleanRun:
    """Consecutive files a reading worker found clean, each holding the record of its own file name, in the form
    the store writes them (`_run_sent`): registered, entered and written in bulk when none of their ids is taken
    (`Session.register_run`), else taken in one by one as the files they stand for (`raws`)."""

    rows: list[tuple[Any, ...]]  # of the files table: path, ino, size, mtime_ns, ctime_ns, seen_ns, digest, kind, …
    refs: str  # what each file refers to, as JSON: [[path, [[kind, id], …]], …] (`store.cache.RowBlock`)
    facts: list[tuple[Any, ...]]  # each file's facts (the fields of `Facts`), the references in their stored form
    dates: list[list[int]]  # the days each file names
    targets: list[tuple[str, str]]  # every (kind, id) these files refer to

    def raws(self) -> list[files.RawFile]:
        """The files as `_unpack` gives each of them by itself."""
        refs = {path: [(kind, target) for kind, target in pairs] for path, pairs in loads(self.refs)}
        found: list[files.RawFile] = []
        for row, values, dates in zip(self.rows, self.facts, self.dates, strict=True):
            path, ino, size, mtime_ns, ctime_ns, _seen, digest, kind, ident, _clean, encoded, _days, search, _ = row
            raw = files.RawFile(
                path, None, [], mtime_ns, size, False, False, (ino, size, mtime_ns, ctime_ns), digest, None, encoded
            )
            raw.dates = dates
            facts = _facts_class()(*values)
            _share(facts, path)
            raw.derived, raw.worker_clean = (kind, ident, refs.get(path, []), search, facts), True
            found.append(raw)
        return found


def whole(raw: files.RawFile) -> files.RawFile:
    """The file with its parsed data, also when a worker sent only its encoding (`_unpack` of a clean file)."""
    if raw.data is None and raw.worker_clean and raw.encoded is not None:
        raw.data = loads(raw.encoded)[1]
    return raw


def decode_raw(row: Row, payload_bytes: bytes) -> files.RawFile | None:
    """The parse result a row holds, checked for shape; None when it is not one."""
    try:
        payload = loads(payload_bytes)
    except ValueError:
        return None
    if not (isinstance(payload, list) and len(payload) == 4):
        return None
    findings_in, data, personal, unsafe = payload
    if not (isinstance(findings_in, list) and len(findings_in) <= 10_000):
        return None
    if not (isinstance(personal, bool) and isinstance(unsafe, bool)):
        return None
    from ggznet.store.yamlfast import Finding

    findings: list[Finding] = []
    for item in findings_in:
        if not (isinstance(item, list) and len(item) == 5):
            return None
        code, message, line, column, hint = item
        if not (_str(code, 64) and _str(message) and _int(line) and _int(column)):
            return None
        if not (hint is None or _str(hint)):
            return None
        findings.append(Finding(code, message, line, column, hint))
    if findings and data is not None:
        return None
    _ino, size, mtime, _ctime = row.key
    return files.RawFile(row.path, data, findings, mtime, size, personal, unsafe, row.key, row.digest)


def stored_data(payload_bytes: bytes) -> dict[str, Any] | None:
    """The record data of a clean file's stored parse result (no findings), or None."""
    try:
        payload = loads(payload_bytes)
    except ValueError:
        return None
    if isinstance(payload, list) and len(payload) == 4 and payload[0] == [] and isinstance(payload[1], dict):
        return payload[1]
    return None


def _problem_list(p: Problem) -> list[Any]:
    return [p.code, str(p.severity), p.path, p.message, p.hint, p.line, p.column]


def decode_problems(payload: object) -> list[Problem] | None:
    """Problems from their JSON form, checked for shape; None when it is not that."""
    if not isinstance(payload, list):
        return None
    problems: list[Problem] = []
    for item in payload:
        if not (isinstance(item, list) and len(item) == 7):
            return None
        code, severity, path, message, hint, line, column = item
        if not (_str(code, 64) and severity in _SEVERITIES and _str(path) and _str(message)):
            return None
        if not ((hint is None or _str(hint)) and _int(line) and _int(column)):
            return None
        problems.append(Problem(code, _SEVERITIES[severity], path, message, hint, line, column))
    return problems


# -- days on which a verdict holds ------------------------------------------------------------------------


# A whole run of digits and dashes (`\d+(?:-\d+)*`, found leftmost first) that has the shape PartialDate reads,
# found in one search: such a run starts at a digit not preceded by a digit or by a digit and a dash, and ends
# at a digit not followed by a digit or by a dash and a digit (tests/test_cache.py compares it with the runs).
# (Written to begin with a digit, the two looks behind after it, so that the search jumps from digit to digit.)
_DATE_TOKEN = re.compile(r"\d(?<!\d\d)(?<!\d-\d)\d{3}(?:-\d{2}(?:-\d{2})?)?(?!\d)(?!-\d)")
# The same search on UTF-8 bytes that are all ASCII (then `\d` is [0-9]), without decoding them, and faster on the
# bytes with every digit made "0" (in C), where the search starts at one fixed byte: each match is the stretch
# of the bytes `_DATE_TOKEN` finds in their text (tests/test_cache.py compares them with the runs).
_ZEROS = bytes(0x30 if 0x30 <= b <= 0x39 else b for b in range(256))
_DATE_ZEROS = re.compile(_DATE_TOKEN.pattern.replace("\\d", "0").encode("ascii"))
_DAYS: dict[str | bytes, tuple[int, ...]] = {}  # a token -> its first and last day if it is a date; most repeat
_MAX_TOKENS = 200_000


def text_dates(text: str | bytes) -> list[int]:
    """Every day a date-like piece of `text` could stand for (as ordinals): the first and last day of
    each `2023`, `2023-03` or `2023-03-24` in it.

    Given a record's data as JSON, this finds every date the schema can read from it (a date is a
    whole value, so a whole run of digits and dashes here): the days on which a check comparing today
    with a date in the record can change its answer (see `verdict_window`). More days than needed
    only make a stored verdict hold for shorter stretches. Given UTF-8 bytes (JSON), the same days.
    """
    tokens: set[str] | set[bytes]
    if isinstance(text, bytes):
        if text.isascii():
            tokens = {text[m.start() : m.end()] for m in _DATE_ZEROS.finditer(text.translate(_ZEROS))}
        else:
            tokens = set(_DATE_TOKEN.findall(text.decode()))
    else:
        tokens = set(_DATE_TOKEN.findall(text))
    days: set[int] = set()
    for token in tokens:  # only runs of the shape PartialDate reads: phone numbers, counts and the like are not dates
        found = _DAYS.get(token)
        if found is None:
            found = _token_days(token if isinstance(token, str) else token.decode("ascii"))
            if len(_DAYS) < _MAX_TOKENS:
                _DAYS[token] = found
        days.update(found)
    return sorted(days)


def _token_days(token: str) -> tuple[int, ...]:
    if len(token) == 4 and token.isascii() and token.isdigit():  # a year (most tokens: numbers in ids, years)
        year = int(token)  # as `PartialDate` reads it: a plausible year, its first and last day
        return (dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal()) if 1000 <= year <= 9998 else ()
    from ggznet.schema import PartialDate

    try:
        parsed = PartialDate.parse(token)
    except (ValueError, TypeError, ArithmeticError):
        return ()
    return (parsed.first_day.toordinal(), parsed.last_day.toordinal())


def data_dates(data: Any) -> list[int]:
    """The days of `text_dates` for parsed data (as JSON text; nothing for data JSON cannot hold)."""
    try:
        return text_dates(dumps(data).decode("utf-8"))
    except (TypeError, ValueError, OverflowError):
        return []


def verdict_window(days: Iterable[int], today: dt.date, max_age: dt.timedelta | None) -> tuple[int, int]:
    """The days [from, until) around `today` on which no date check can change its answer.

    A check compares today with a date in a record, directly or shifted by --max-age (`verified_on`
    older than today minus the age), with <, <=, > or >=. Each such comparison flips only where
    today passes that date or the day after it; between two such days every answer stays the same.
    """
    shift = max_age.days if max_age is not None else 0
    point = today.toordinal()
    low, high = 0, _FOREVER
    for day in days:
        for base in (day, day + shift) if shift else (day,):
            for critical in (base, base + 1):
                if critical <= point:
                    low = max(low, critical)
                else:
                    high = min(high, critical)
    return low, high


# -- one run's session with the store ----------------------------------------------------------------------


def _fingerprint(root: Path, found: files.FileScan, paths: bytes, keys_packed: bytes | None) -> str:
    """A digest of the state of every file a verdict depends on: each record file, the vocabulary and
    each stray file, by path and stat key (links and odd files by their own lstat).

    The record files (most of the work) go in as their paths joined by NUL (which no file name holds)
    and their stat keys as one array of 64-bit integers (`paths` and `keys_packed`: `statlist.joined` and
    `statlist.packed`), both made in C rather than a line per file.
    """
    digest = hashlib.sha256(f"v2\nvocabulary\t{_lstat_key(root / files.DATA_DIR / files.VOCABULARY_FILE)}\n".encode())
    rels, keys = found.rels, found.keys
    digest.update(f"{len(rels)}\n".encode())
    digest.update(paths)
    if keys_packed is not None:
        digest.update(b"\0keys\0" + keys_packed)
    else:  # a link or an odd file (by its own lstat), or a number past 64 bits
        pairs = zip(rels, keys, strict=True)
        lines = (f"{key}\t{'' if key is not None else _lstat_key(Path(found.path(r)))}" for r, key in pairs)
        digest.update(b"\0lines\0" + "\n".join(lines).encode("utf-8", "surrogateescape"))
    strays = "\n".join(f"stray\t{rel}\t{_lstat_key(root / rel)}" for rel in found.strays)
    digest.update(b"\0strays\0" + strays.encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def _lstat_key(path: Path) -> str:
    try:
        info = os.lstat(path)
    except OSError:
        return "missing"
    return f"{stat.S_IFMT(info.st_mode)}:{files.stat_key(info)}"


def _regular_entry(root: Path, rel: str) -> files.Scanned | None:
    """A file under data/ by its lstat key; None unless it is a regular file (links are not read)."""
    path = root / rel
    try:
        info = os.lstat(path)
    except OSError:
        return None
    return files.Scanned(rel, str(path), files.stat_key(info)) if stat.S_ISREG(info.st_mode) else None


def _vocabulary_entry(root: Path) -> files.Scanned | None:
    path = root / files.DATA_DIR / files.VOCABULARY_FILE
    try:
        info = os.lstat(path)
    except OSError:
        return None
    key = files.stat_key(info)
    return files.Scanned(
        f"{files.DATA_DIR}/{files.VOCABULARY_FILE}", str(path), key if stat.S_ISREG(info.st_mode) else None
    )


@dataclass
class Session:
    """The store as one run sees it."""

    root: Path
    store: Store
    found: files.FileScan
    fingerprint: str
    scan_ns: int
    vocabulary: files.Scanned | None = None
    entries: dict[object, tuple[Any, ...]] | None = None  # the store's file entries as read (`Store.entries`)
    fresh: set[str] = field(default_factory=set)  # paths of the files `read` reads from disk
    dates: dict[str, list[int]] = field(default_factory=dict)
    digests: dict[str, bytes] = field(default_factory=dict)
    others: list[files.Scanned] = field(default_factory=list)  # files under data/ that are not records
    # racy entries whose file was found unchanged by content this run: (path, *stat key, digest)
    verified: list[tuple[Any, ...]] = field(default_factory=list)

    vocabulary_raw: files.RawFile | None = None  # `data/vocabulary.yaml` as this run took it in
    # For verdict parts (`validate.parts`): the generation of the entries `read` compared the files with, the
    # files it read or found gone since then, and those it took as the store's records (Pending).
    base_generation: str | None = None
    changed: set[str] | None = None
    vouched: set[str] = field(default_factory=set)
    judged_generation: str | None = None  # the entries' generation when `validate` began to judge
    _days: dict[int, int] = field(default_factory=dict)  # one int object per day named (`_entry`)
    keep_facts: bool = True  # False: a clean file's facts are not kept in memory once in its entry (`_entry`)
    # True: a cold run's write of entries makes the references' index and commits in a thread while the command
    # goes on (`Store.write(finish_later=…)`): for `validate`, which judges meanwhile
    finish_later: bool = False
    _manifest_read: tuple[tuple[dict[str, Any], int, int] | None] | None = None
    # The files as scanned, as `statlist` keeps them (paths joined; stat keys packed, None when a file has none)
    scan_paths: bytes = b""
    scan_keys: bytes | None = None
    # The list of the files of the store's last state, when `read` compared the files with it (`statlist`):
    # where each file is in it (None: at the same place as in the scan) and the files whose entries were read.
    listing: statlist.Listing | None = None
    _listed_at: dict[str, int] | None = None
    _looked: list[int] = field(default_factory=list)
    _looked_set: set[int] = field(default_factory=set)
    _listed_gone: list[str] = field(default_factory=list)
    _scan_at: dict[str, int] | None = None
    # (generation,) of the entries `read` compared the files with, when they were all of one generation: a new
    # list is written with this run's entries only if the store is still of that generation then
    _list_base: tuple[str | None] | None = None
    _written: dict[str, tuple[bytes, bytes, int]] = field(default_factory=dict)  # (key, digest, flag) by path
    _read_now: set[str] = field(default_factory=set)  # the files read this run (`fresh`, kept for the list)

    @classmethod
    def begin(cls, root: Path, found: files.FileScan, scan_ns: int) -> Session | None:
        strays = found.strays
        total = sum(map(_SIZE, filter(None, found.keys)))  # bytes in all record files, summed in C
        store = Store.open(root, data_bytes=total)
        if store is None:
            return None
        paths, keys = statlist.joined(found.rels), statlist.packed(found.keys)
        session = cls(root, store, found, _fingerprint(root, found, paths, keys), scan_ns, _vocabulary_entry(root))
        session.scan_paths, session.scan_keys = paths, keys
        # SQLite's connection object sits in a reference cycle; close it as soon as nothing needs the session
        # (the knowledge base and its index both gone), not whenever the garbage collector next runs.
        weakref.finalize(session, store.close)
        session.others = [entry for rel in strays if (entry := _regular_entry(root, rel)) is not None]
        for entry in session._racy(scan_ns, records=False):  # other files are read later (privacy scan): hash
            if entry in session.others:  # them first, so that a change after this cannot go unseen
                session.digests[entry.rel] = files.content_digest(entry.path) or b""
        return session

    def current(self) -> bool:
        """Whether the store's entries were written for exactly the files as they are now."""
        return self.store.meta("fingerprint") == self.fingerprint

    # -- files --------------------------------------------------------------------------------------------
    def read(
        self, progress: ProgressCallback | None = None, *, lazy: bool = False
    ) -> list[files.RawFile | Pending] | Iterator[files.RawFile | Pending | list[Pending] | CleanRun]:
        """Every record file's parse result, in the scan's order: from the store where its entry holds, else
        read from disk (in parallel worker processes when there are many; see `store.readpool`).

        With `lazy`, a file whose entry says it held a valid record and nothing else to report comes
        back as `Pending`: its record is built only if a command reads it. A list when no file is read
        from disk; else the files to read are known (`fresh`) when this returns and are read while the
        result is iterated, so that a file's parsed data need not wait in memory for all the others.
        """
        found = self.found
        if lazy and self.entries is None and STAT_IS_ENOUGH:  # the list of the last state: after a change, or not
            listed = self._read_listed(progress)
            if listed is not None:
                return listed
        if lazy and self.entries is None and self.current():
            vouched = self._from_manifest()
            if vouched is not None:
                return vouched
        if self.entries is None:
            generation = self.store.meta("generation")
            self.entries = self.store.entries()
            # the entries as of one generation (a write in between: no kept verdict parts are used this run)
            self.base_generation = generation if self.store.meta("generation") == generation else None
            self.store.generation = self.base_generation
            if self.base_generation is not None or generation is None:
                self._list_base = (generation,)
        entries = self.entries
        pending: dict[str, Pending] = {}  # files the store vouches for whose record is built when read
        usable: dict[str, Row] = {}  # files the store vouches for, taken from their stored parse result
        for rel, key in zip(found.rels, found.keys, strict=True):
            self._take_entry(rel, key, entries.get(rel), pending if lazy else None, usable)
        stored = self._stored_raws(usable)
        prefix = os.path.join(found.root, "")  # `found.path(rel)` of each, without a call per file
        to_read = [(rel, prefix + rel) for rel in found.rels if rel not in pending and rel not in stored]
        self.fresh = {rel for rel, _ in to_read}  # encoded (with their dates) when written: `save_files`
        self._read_now = set(self.fresh)
        # what changed since the entries were written: files read now, files gone (for `parts_changed`)
        self.vouched = set(pending)
        present = set(found.rels)
        self.changed = self.fresh | {rel for rel in entries if isinstance(rel, str) and rel not in present}
        if not to_read:  # nothing to read from disk: the whole answer now (and the manifest kept for it)
            result: list[files.RawFile | Pending] = []
            for rel in found.rels:
                item = pending.get(rel) or stored[rel]
                if isinstance(item, files.RawFile):
                    self.digests[rel] = item.digest
                result.append(item)
            if lazy and self.current():
                self._save_manifest(result)
            return result

        # every file read (a cold run): a worker sends the files it found clean in runs, taken in bulk (`CleanRun`)
        bulk = lazy and len(to_read) == len(found.rels)
        seen_ns = self.scan_ns if bulk else None
        reader = read_files(self.root, to_read, progress, dated=True, seen_ns=seen_ns)  # (the workers start now)
        if bulk:
            return self._each_read(reader)
        files_only = cast(Iterator[files.RawFile], reader)  # (no runs without `seen_ns`)

        def results() -> Iterator[files.RawFile | Pending]:
            for rel in found.rels:
                item = pending.pop(rel, None) or stored.pop(rel, None) or next(files_only)
                if isinstance(item, files.RawFile):
                    self.digests[rel] = item.digest
                yield item

        return results()

    def _each_read(self, reader: Iterator[files.RawFile | CleanRun]) -> Iterator[files.RawFile | CleanRun]:
        """`read`'s results when every file is read from disk: the reader's, in the scan's order."""
        digests = self.digests
        for item in reader:
            if isinstance(item, CleanRun):
                digests.update([(row[0], row[6]) for row in item.rows])
            else:
                digests[item.path] = item.digest
            yield item

    def register_run(self, index: Index, run: CleanRun) -> bool:
        """Register a run's files at once as records built only if a command reads them (what
        `KnowledgeBase._fill_index` does for each clean file whose id is not taken yet), when none of their ids
        is taken or repeats among them; else register nothing and say so."""
        keys = [(row[7], row[8]) for row in run.rows]
        paths, records = index.paths, index.records
        if len(set(keys)) != len(keys) or not paths.keys().isdisjoint(keys):
            return False
        by_kind: dict[str, tuple[list[str], list[Pending]]] = {}
        for row in run.rows:
            kind, ident = row[7], row[8]
            idents, block = by_kind.setdefault(kind, ([], []))
            idents.append(ident)
            block.append(Pending(kind, ident, row[0], self))
        if not all(type(records.get(kind)) is RecordMap for kind in by_kind):
            return False
        for kind, (idents, block) in by_kind.items():
            cast(RecordMap, records[kind]).add_pending_block(idents, block)
        paths.update(zip(keys, [row[0] for row in run.rows], strict=True))
        return True

    def _take_entry(
        self,
        rel: str,
        key: tuple[int, int, int, int] | None,
        entry: tuple[Any, ...] | None,
        pending: dict[str, Pending] | None,
        usable: dict[str, Row],
    ) -> None:
        """Put a file whose entry holds into `pending` (a clean record of its own, when `pending` is given: built
        only if read) or `usable` (its stored parse result); a file in neither is read from disk."""
        # the stat key as stored (a tuple of SQLite's values) equals the file's: compared without a Row
        if entry is None or key is None or entry[1:5] != key:
            return
        _, _, _, mtime, ctime, seen, digest, kind, ident, clean = entry
        if type(digest) is not bytes or len(digest) != 32:
            return
        limit = RACY_NS if STAT_IS_ENOUGH else None
        racy = limit is None or type(seen) is not int or max(mtime, ctime) >= seen - limit
        if racy:  # changed in the clock tick its entry was made in: judged by content
            if files.content_digest(os.path.join(self.root, rel)) != digest:
                return
            if limit is not None and max(mtime, ctime) < self.scan_ns - limit:
                self.verified.append((rel, *key, digest))  # as git does with its index: not racy for
                # this run's time, so the entry is marked as seen now and the next run trusts its stat key
        if pending is not None and clean == 1 and _own_path(rel, kind, ident):
            pending[rel] = Pending(kind, ident, rel, self)
            self.digests[rel] = digest
        else:
            row = _row_of(entry)
            if row is not None:
                usable[rel] = row

    def _stored_raws(self, usable: dict[str, Row]) -> dict[str, files.RawFile]:
        """The stored parse results of these files, where they check out."""
        payloads = self.store.payloads("raw", list(usable)) if usable else {}
        stored: dict[str, files.RawFile] = {}
        for rel, row in usable.items():
            if rel in payloads and (raw := decode_raw(row, payloads[rel])) is not None:
                stored[rel] = raw
        return stored

    # -- the list of the files of the last state (`statlist`): after a change, only the entries that differ ----
    def _read_listed(
        self, progress: ProgressCallback | None
    ) -> list[files.RawFile | Pending] | Iterator[files.RawFile | Pending | list[Pending]] | None:
        """`read(lazy=True)` with the list of the store's last state: the entries of only the files whose stat key
        differs from it (or that it does not vouch for) are read from SQLite. None when there is no usable list.

        A list when no file is read from disk; else an iterator of files read or taken from their entries, and
        of runs (lists) of `Pending` files the list vouches for, in the scan's order."""
        generation, body = self.store.generation_and_blob(statlist.KEY)
        listing = statlist.decode(body, generation)
        if listing is None:
            return None
        found = self.found
        rels, keys = found.rels, found.keys
        count = len(rels)
        listed_at: dict[str, int] | None = None
        gone: list[str] = []
        if self.scan_keys is not None and listing.paths == self.scan_paths:  # the same files, in the same order
            looked = statlist.differing(self.scan_keys, listing.keys, statlist.KEY_BYTES)
            looked = sorted({*looked, *statlist.unvouched(listing.flags)})
        else:
            listed = listing.rels()
            if listed is None:
                return None
            listed_at = dict(zip(listed, range(len(listed)), strict=True))
            flags, pack = listing.flags, statlist.pack
            looked = [
                n
                for n, (rel, key) in enumerate(zip(rels, keys, strict=True))
                if (at := listed_at.get(rel)) is None or flags[at] != 1 or listing.key(at) != pack(key)
            ]
            present = set(rels)
            gone = [rel for rel in listed if rel not in present]
        if len(looked) > max(1_000, count // 4):
            return None  # most files changed: every entry is read, at about the same cost
        entries = self.store.entries([rels[n] for n in looked]) if looked else {}
        if self.store.meta("generation") != generation:
            return None  # written meanwhile by another run: the list and the entries may not be of one state
        self.entries = entries
        self.listing, self._listed_at, self._looked, self._listed_gone = listing, listed_at, looked, gone
        self._looked_set = set(looked)
        self.base_generation = self.store.generation = generation
        self._list_base = (cast(str, generation),)
        pending: dict[str, Pending] = {}
        usable: dict[str, Row] = {}
        for n in looked:
            self._take_entry(rels[n], keys[n], entries.get(rels[n]), pending, usable)
        stored = self._stored_raws(usable)
        to_read = [(rels[n], found.path(rels[n])) for n in looked if rels[n] not in pending and rels[n] not in stored]
        self.fresh = {rel for rel, _ in to_read}
        self._read_now = set(self.fresh)
        self.vouched = set(rels).difference(rel for rel, _ in to_read).difference(stored)
        self.changed = self.fresh | set(gone)

        def runs() -> Iterator[files.RawFile | Pending | list[Pending]]:
            """The files in the scan's order: each looked at on its own, those between in runs of `Pending`."""
            reader = cast(  # (no runs without `seen_ns`)
                Iterator[files.RawFile], read_files(self.root, to_read, progress, dated=True) if to_read else iter(())
            )
            start = 0
            for n in [*looked, count]:
                if n > start:
                    yield self._pending_run(rels[start:n])
                if n == count:
                    break
                rel = rels[n]
                item = pending.pop(rel, None) or stored.pop(rel, None) or next(reader)
                if isinstance(item, files.RawFile):
                    self.digests[rel] = item.digest
                yield item
                start = n + 1

        if to_read:
            return runs()
        result: list[files.RawFile | Pending] = []
        for item in runs():
            if isinstance(item, list) and not looked:
                result = cast(list[files.RawFile | Pending], item)  # every file vouched for: one run
            elif isinstance(item, list):
                result.extend(item)
            else:
                result.append(item)
        if self.current() and self._manifest() is None:
            self._save_manifest(result, files_too=False)  # (the files are in the list: the vocabulary is kept)
        return result

    def _pending_run(self, rels: list[str]) -> PendingRun:
        """The files of a run of the list that it vouches for, as `Pending` records (kind and id from the path)."""
        run = PendingRun()
        start = 0
        while start < len(rels):
            cut = rels[start].rfind("/") + 1
            folder = rels[start][:cut]
            kind = _KIND_OF_FOLDER[folder]  # the scan finds records only in the record folders, as `<name>.yaml`
            end = start + 1
            while end < len(rels) and rels[end].startswith(folder):
                end += 1
            block = rels[start:end]
            # each id is its path without the folder and `.yaml` (no path holds a NUL): cut in C, not path by path
            idents = "\0".join(block)[cut:-5].split(".yaml\0" + folder)
            made = list(map(Pending, itertools.repeat(kind), idents, block, itertools.repeat(self)))
            run.extend(made)
            run.blocks.append((kind, idents, made))
            start = end
        return run

    def digest(self, rel: str) -> bytes | None:
        """The content digest of a file as this run took it in (read, or vouched for by the store)."""
        found = self.digests.get(rel)
        if found is not None or self.listing is None:
            return found
        if self._scan_at is None:
            self._scan_at = dict(zip(self.found.rels, range(len(self.found.rels)), strict=True))
        at = self._scan_at.get(rel)
        if at is None or at in self._looked_set:
            return None
        listed = at if self._listed_at is None else self._listed_at.get(rel)
        return self.listing.digest(listed) if listed is not None else None

    def _listing_body(self, generation: str) -> bytes | None:
        """The list of the files of the state this run's write of entries leaves (`Store.write(listing=…)`)."""
        found, written, read_now = self.found, self._written, self._read_now
        rels = found.rels
        listing, entries = self.listing, self.entries or {}
        if listing is not None and self._listed_at is None and self.scan_keys is not None:
            keys = bytearray(self.scan_keys)  # every file the list vouched for kept its key, digest and flag
            digests, flags = bytearray(listing.digests), bytearray(listing.flags)
            for n in self._looked:
                now = self._listed_now(rels[n], found.keys[n], entries, written, read_now)
                keys[statlist.KEY_BYTES * n : statlist.KEY_BYTES * (n + 1)] = now[0]
                digests[statlist.DIGEST_BYTES * n : statlist.DIGEST_BYTES * (n + 1)] = now[1]
                flags[n] = now[2]
            return statlist.encode(generation, self.scan_paths, bytes(keys), bytes(digests), bytes(flags))
        if listing is None and len(written) == len(rels) and all(map(written.__contains__, rels)):
            # every file's entry written now (a cold run): the three columns gathered in C, one at a time
            parts = [b"".join(map(operator.itemgetter(n), map(written.__getitem__, rels))) for n in (0, 1)]
            flag_bytes = bytes(map(operator.itemgetter(2), map(written.__getitem__, rels)))
            return statlist.encode(generation, self.scan_paths, parts[0], parts[1], flag_bytes)
        listed_at = self._listed_at if listing is not None and self._listed_at is not None else {}
        keys_out: list[bytes] = []
        digests_out: list[bytes] = []
        flags_out = bytearray()
        for n, (rel, key) in enumerate(zip(rels, found.keys, strict=True)):
            at = listed_at.get(rel) if n not in self._looked_set else None
            if at is not None and listing is not None:  # vouched for by the list, as it was
                entry = (listing.key(at), listing.digest(at), listing.flags[at])
            else:
                entry = self._listed_now(rel, key, entries, written, read_now)
            keys_out.append(entry[0])
            digests_out.append(entry[1])
            flags_out.append(entry[2])
        return statlist.encode(generation, self.scan_paths, b"".join(keys_out), b"".join(digests_out), bytes(flags_out))

    @staticmethod
    def _listed_now(
        rel: str,
        key: tuple[int, int, int, int] | None,
        entries: dict[object, tuple[Any, ...]],
        written: dict[str, tuple[bytes, bytes, int]],
        read_now: set[str],
    ) -> tuple[bytes, bytes, int]:
        """A file's key, digest and flag in the list of the state after this run's write: its new entry, else (not
        read this run) its entry as read, else nothing that can match (its entry, if any, is read next time)."""
        if rel in written:
            return written[rel]
        entry = entries.get(rel) if rel not in read_now else None
        if entry is None or key is None or entry[1:5] != key:
            return statlist.NO_KEY, statlist.NO_DIGEST, 0
        _, _, _, mtime, ctime, seen, digest, kind, ident, clean = entry
        if type(digest) is not bytes or len(digest) != 32:
            return statlist.NO_KEY, statlist.NO_DIGEST, 0
        vouched = (
            clean == 1 and type(seen) is int and max(mtime, ctime) < seen - RACY_NS and _own_path(rel, kind, ident)
        )
        return statlist.pack(key), digest, int(vouched)

    # -- the manifest: what a pure hit needs of every entry, in one stored value ------------------------------
    _MANIFEST = "files|manifest"

    def _save_manifest(self, result: Sequence[files.RawFile | Pending], *, files_too: bool = True) -> None:
        """Keep, for this exact state of the files, the kind and id of each (when the store vouches for every
        one of them: all `Pending`) and its content digest, so that the next run with nothing changed takes
        them from one stored value instead of one entry per file (without `files_too`: only the vocabulary).
        Kept as a verdict: a write of entries drops it."""
        kinds: list[str] = []
        idents: list[str] = []
        digests: list[bytes] = []
        for rel, item in zip(self.found.rels, result if files_too else (), strict=files_too):
            digest = self.digest(rel) or b""
            if not isinstance(item, Pending) or len(digest) != 32:
                return  # a file read, or with problems of its own: every entry is looked at each time
            kinds.append(item.kind)
            idents.append(item.id)
            digests.append(digest)
        manifest: dict[str, Any] = {}
        if files_too:
            manifest = {"kinds": kinds, "idents": idents, "digests": b"".join(digests).hex()}
        vocabulary = self.vocabulary_raw
        if vocabulary is not None and not vocabulary.findings and len(vocabulary.digest) == 32:
            encoded = encode_raw(vocabulary)
            if encoded is not None:
                manifest["vocabulary"] = [encoded.decode("utf-8"), vocabulary.digest.hex()]
        body = dumps(manifest)
        self.store.write(verdict=(self._MANIFEST, self.fingerprint, self.scan_ns, 0, _FOREVER, len(result), body))

    def _manifest(self) -> tuple[dict[str, Any], int, int] | None:
        """The manifest kept for exactly these files (body, files, seen_ns), read once; None when there is none."""
        if self._manifest_read is None:
            stored = self.store.verdict(self._MANIFEST, self.fingerprint, 0) if self.current() else None
            found: tuple[dict[str, Any], int, int] | None = None
            if stored is not None:
                try:
                    body = loads(stored[0])
                except ValueError:
                    body = None
                if type(body) is dict:
                    found = (body, stored[1], stored[2])
            self._manifest_read = (found,)
        return self._manifest_read[0]

    def stored_vocabulary(self) -> files.RawFile | None:
        """`data/vocabulary.yaml` as read when the manifest was kept (a file without findings), if it still is."""
        manifest = self._manifest()
        entry = self.vocabulary
        if manifest is None or entry is None or entry.key is None:
            return None
        found = manifest[0].get("vocabulary")
        if not (type(found) is list and len(found) == 2 and type(found[0]) is str and type(found[1]) is str):
            return None
        try:
            payload, digest = loads(found[0]), bytes.fromhex(found[1])
        except ValueError:
            return None
        if not (type(payload) is list and len(payload) == 4 and payload[0] == [] and len(digest) == 32):
            return None
        _, data, personal, unsafe = payload
        if not (type(data) is dict and isinstance(personal, bool) and isinstance(unsafe, bool)):
            return None  # (a vocabulary that is not a mapping is read from its file, which says what is wrong)
        key = entry.key
        racy = not STAT_IS_ENOUGH or max(key[2], key[3]) >= manifest[2] - RACY_NS
        if racy and files.content_digest(entry.path) != digest:  # racy: judged by content
            return None
        return files.RawFile(entry.rel, data, [], key[2], key[1], personal, unsafe, key, digest)

    def _from_manifest(self) -> list[files.RawFile | Pending] | None:
        """Every record file as `read(lazy=True)` gives it, from the manifest kept for exactly these files;
        None when there is none, or it does not check out (then every entry is looked at)."""
        found = self.found
        stored = self._manifest()
        if stored is None:
            return None
        manifest, count, seen_ns = stored
        try:
            kinds, idents, blob = manifest["kinds"], manifest["idents"], bytes.fromhex(manifest["digests"])
        except (ValueError, TypeError, KeyError):
            return None
        rels, keys = found.rels, found.keys
        total = len(rels)
        if not (count == total and type(kinds) is list and type(idents) is list and len(blob) == 32 * total):
            return None
        if not (len(kinds) == total == len(idents) and {type(k) for k in kinds} | {type(i) for i in idents} <= {str}):
            return None
        if not all(map(_own_path, rels, kinds, idents)):  # a manifest that moves a record is not this one's
            return None
        limit = seen_ns - RACY_NS
        # the usual case, no file changed in the clock tick the manifest was taken in, told by two maxima in C
        if keys and (
            not STAT_IS_ENOUGH or None in keys or _newest(cast(list[tuple[int, int, int, int]], keys)) >= limit
        ):
            for n, key in enumerate(keys):  # changed in the clock tick the manifest was taken in: judged by content
                racy = key is None or not STAT_IS_ENOUGH or max(key[2], key[3]) >= limit
                if racy and files.content_digest(found.path(rels[n])) != blob[32 * n : 32 * n + 32]:
                    return None
        self.digests.update(zip(rels, (blob[i : i + 32] for i in range(0, len(blob), 32)), strict=True))
        return list(map(Pending, kinds, idents, rels, itertools.repeat(self)))

    def all_dates(self) -> list[int]:
        """Days named anywhere in the knowledge base (from the store, or from files read this run)."""
        days: set[int] = set()
        days.update(*self.dates.values())  # in C
        dates = self.dates
        wanted = [rel for rel in self.found.rels if rel not in dates]  # none on a cold run: all were read
        stored = self.store.payloads("dates", wanted) if wanted else {}
        from_store: set[Any] = set()
        for rel in wanted:
            try:
                found = loads(stored[rel])
                if type(found) is not list:
                    raise ValueError(rel)
                from_store.update(found)
            except (KeyError, ValueError, TypeError):
                raise LookupError(rel) from None  # a file without its dates cannot vouch for a verdict
        if not all(_int(day) for day in from_store):  # each distinct value checked once
            raise LookupError("dates")
        return sorted(days | from_store)

    def save_files(self, index: Index | None, loaded: Iterable[tuple[files.RawFile | CleanRun, bool]]) -> None:
        """Write the entries of files read this run (with their references, facts and search text) in one
        transaction, while the index takes them in.

        `loaded` registers each file in the index as it is iterated and gives it with whether it was
        clean (a valid record and no problem of its own). Each entry is made, and the file's parsed data
        let go, right after its record was built, and entries go into the database in chunks, so that
        neither every file's data nor every entry is held at once. `loaded` is always run to its end.
        """
        rows = self.entries or {}
        present = set(self.found.rels)
        fresh = self.fresh
        self.fresh = set()
        gone = [
            *self._listed_gone,  # files in the list of the last state that are gone (their entries were not read)
            *(rel for rel in rows if isinstance(rel, str) and rel not in present),
            *(path for path in fresh if path in rows),
        ]
        verified, self.verified = self.verified, []
        refresh = (self.scan_ns, [item for item in verified if item[0] not in fresh]) if verified else None
        if not fresh and not gone and self.current():
            for _ in loaded:
                pass
            if refresh is not None:
                self.store.write(refresh=refresh)
            return
        failed: list[BaseException] = []
        let_go: list[tuple[str, str, str, bytes]] = []  # (kind, id, path, digest): not the entries, which go

        def entries() -> Iterator[NewRow | RowBlock]:
            try:
                for raw, clean in loaded:
                    if isinstance(raw, CleanRun):  # registered in bulk (`register_run`), every file of it read now
                        assert index is not None and clean and all(row[0] in fresh for row in raw.rows)
                        yield self._run_entries(index, raw, let_go)
                        continue
                    entry = self._entry(index, raw, clean=clean) if raw.path in fresh else None
                    raw.data = raw.text = raw.encoded = raw.derived = None  # its record is built and its entry made
                    if entry is not None:
                        self._written[entry.path] = self._listed_entry(entry)
                        if index is not None and self._let_go(index, entry):
                            let_go.append((entry.kind or "", entry.ident or "", entry.path, entry.digest))
                        yield entry
            except BaseException as exc:  # registering failed: nothing is written, the error goes on
                failed.append(exc)
                raise _Abandoned from None

        try:
            listing = (self._list_base[0], self._listing_body) if self._list_base is not None else None

            def failed_later() -> None:  # (a write finishing in a thread: when it failed, as below)
                self.judged_generation = None  # (judging took the generation that write would have set)
                if index is not None:
                    self._take_back(index, let_go)

            written = self.store.write(
                rows=entries(),
                gone=gone,
                fingerprint=self.fingerprint,
                refresh=refresh,
                listing=listing,
                finish_later=self.finish_later,
                on_failure=failed_later,
            )
        except _Abandoned:
            raise failed[0] from None
        if failed:  # pragma: no cover - entries() raises _Abandoned whenever it records a failure
            raise failed[0]
        for _ in loaded:  # the store could not be written (busy, read-only): register the rest all the same
            pass
        if not written and index is not None:
            self._take_back(index, let_go)

    def _run_entries(self, index: Index, run: CleanRun, let_go: list[tuple[str, str, str, bytes]]) -> RowBlock:
        """The entries of a run registered in bulk: what `_entry`, `_listed_entry` and `_let_go` make of each of its
        files (a clean record of its own file, registered as pending, its facts and references in stored form)."""
        rows = run.rows
        shared, dates = self._days, self.dates
        for row, days in zip(rows, run.dates, strict=True):
            dates[row[0]] = list(map(shared.setdefault, days, days))  # one int object per day named
        if self.keep_facts:  # else validation reads them back from the entries
            made, known = _facts_class(), index.known_facts
            for row, values in zip(rows, run.facts, strict=True):
                facts = made(*values)
                _share(facts, row[0])
                known[row[0]] = facts
            index.known_targets.update(run.targets)
        written, limit, pack = self._written, RACY_NS, statlist.pack
        for row in rows:  # (path, ino, size, mtime_ns, ctime_ns, seen_ns, digest, …): vouched for unless racy
            vouched = STAT_IS_ENOUGH and max(row[3], row[4]) < row[5] - limit
            written[row[0]] = (pack(row[1:5]), row[6], int(vouched))
        let_go += [(row[7], row[8], row[0], row[6]) for row in rows]
        return RowBlock(rows, run.refs)

    @staticmethod
    def _listed_entry(entry: NewRow) -> tuple[bytes, bytes, int]:
        """A new entry as the list of files keeps it: key, digest, and whether the store vouches for it (a clean
        record in its own file, its entry not made within the racy window of its stat key)."""
        key = entry.key
        racy = not STAT_IS_ENOUGH or max(key[2], key[3]) >= entry.seen_ns - RACY_NS
        vouched = entry.clean and not racy and _own_path(entry.path, entry.kind, entry.ident)
        return statlist.pack(key), entry.digest, int(vouched)

    def pending(self, raw: files.RawFile) -> Pending | None:
        """A file a reading worker found clean (a valid record, no problem of its own), as a record to build
        only if a command reads it; its entry (`save_files`) holds what its record would give."""
        worked = raw.derived
        if not raw.worker_clean or worked is None or worked[0] is None or worked[1] is None:
            return None
        return Pending(worked[0], worked[1], raw.path, self)

    def _let_go(self, index: Index, entry: NewRow) -> bool:
        """Put a clean file's record back to pending once its entry is made: it is built again from the store
        only if the command reads it (as on a warm run), so a cold run does not hold every record at once."""
        bucket = index.records.get(entry.kind or "")
        if not entry.clean or entry.ident is None or not isinstance(bucket, RecordMap):
            return False
        if index.paths.get((entry.kind or "", entry.ident)) != entry.path or entry.ident not in bucket:
            return False
        if not bucket.is_built(entry.ident):
            return True  # registered as pending from the start (`pending`)
        bucket.add_pending(entry.ident, Pending(entry.kind or "", entry.ident, entry.path, self))
        return True

    def _take_back(self, index: Index, let_go: list[tuple[str, str, str, bytes]]) -> None:
        """The store was not written: records let go are built again from their files, not from the store."""
        for kind, ident, path, digest in let_go:
            bucket = index.records[kind]
            if not isinstance(bucket, RecordMap) or bucket.is_built(ident) or index.paths.get((kind, ident)) != path:
                continue
            bucket[ident] = record_from_file(self.root, kind, ident, path, digest)

    def _entry(self, index: Index | None, raw: files.RawFile, *, clean: bool) -> NewRow | None:
        """The store's entry of a file read this run (None: not kept; it is read again next time)."""
        encoded = raw.encoded  # made by a reading worker, or now
        if encoded is None:
            encoded = encode_raw(raw) if raw.key is not None and raw.digest else None
        if encoded is None or raw.key is None:  # not kept in the store: read again each run, its dates too
            self.dates[raw.path] = data_dates(raw.data) if raw.data is not None else []
            return None
        if raw.dates is not None:  # from a worker: each day a new int; a knowledge base names few distinct days
            shared = self._days
            self.dates[raw.path] = list(map(shared.setdefault, raw.dates, raw.dates))  # in C
        else:
            self.dates[raw.path] = text_dates(encoded.decode("utf-8")) if raw.data is not None else []
        worked = raw.derived  # from a reading worker: for the record the index holds, if this file's id is its own
        if index is not None and worked is not None and _holds(index, raw.path, worked):
            kind, ident, refs, search, facts = worked
        else:
            kind, ident, refs, search, facts = _derived(index, raw, encoded=encoded) if index is not None else _NOTHING
        dates = dumps(self.dates[raw.path])
        stored_facts = None
        is_clean = clean and kind is not None
        if facts is not None and index is not None:
            kept = self.keep_facts or not is_clean  # else validation reads them back from this entry
            if kept:
                index.known_facts[raw.path] = facts
            if facts.refs_from is not None:  # made by a reading worker, the references only in it
                stored_facts = facts.refs_from
                if kept:  # what `with_references` asks of the facts in memory
                    index.known_targets.update(refs)
            else:
                stored_facts = _encode_facts(facts)
        return NewRow(
            raw.path,
            raw.key,
            self.scan_ns,
            raw.digest,
            kind,
            ident,
            is_clean,
            encoded,
            dates,
            refs,
            search,
            stored_facts,
        )

    # -- verdicts ---------------------------------------------------------------------------------------------
    @staticmethod
    def _verdict_key(max_age: dt.timedelta | None) -> str:
        return f"validate|max_age={max_age.days if max_age is not None else '-'}"

    def _racy(self, seen_ns: int, *, records: bool = True) -> list[files.Scanned]:
        """Files changed so close to `seen_ns` that a later change in the same clock tick keeps their stat key."""
        limit = seen_ns - RACY_NS
        found = self.found
        racy: list[files.Scanned] = []
        keys: list[tuple[int, int, int, int]] = list(filter(None, found.keys)) if records else []
        # the newest mtime and ctime, found in C: usually both are older and no file needs a look
        if keys and (not STAT_IS_ENOUGH or max(max(map(_MTIME, keys)), max(map(_CTIME, keys))) >= limit):
            racy = [
                files.Scanned(rel, found.path(rel), key)
                for rel, key in zip(found.rels, found.keys, strict=True)
                if key is not None and (not STAT_IS_ENOUGH or key[2] >= limit or key[3] >= limit)
            ]
        return [
            *racy,
            *(
                item
                for item in [*([self.vocabulary] if self.vocabulary else []), *self.others]
                if (key := item.key) is not None and (not STAT_IS_ENOUGH or key[2] >= limit or key[3] >= limit)
            ),
        ]

    def verdict(self, today: dt.date, max_age: dt.timedelta | None) -> tuple[list[Problem], int] | None:
        """The stored problems when the knowledge base is as it was then and `today` lies in their window."""
        if self.store.finishing() is not None:
            return None  # this run is writing entries, which drops every kept verdict
        found = self.store.verdict(self._verdict_key(max_age), self.fingerprint, today.toordinal())
        if found is None:
            return None
        body, files_checked, seen_ns = found
        try:
            payload = loads(body)
        except ValueError:
            return None
        if not (isinstance(payload, dict) and isinstance(payload.get("racy"), dict)):
            return None
        digests = payload["racy"]
        for item in self._racy(seen_ns):
            stored = digests.get(item.rel)
            current = files.content_digest(item.path)
            if not isinstance(stored, str) or current is None or current.hex() != stored:
                return None  # changed, or cannot be told apart from a change: judge it again
        problems = decode_problems(payload.get("problems"))
        if problems is None:
            return None
        return problems, files_checked

    def save_verdict(
        self,
        today: dt.date,
        max_age: dt.timedelta | None,
        problems: Sequence[Problem],
        files_checked: int,
        *,
        window: tuple[int, int] | None = None,
        parts: VerdictParts | None = None,
    ) -> None:
        """Keep the verdict for this state of the knowledge base and the days on which it holds (`window`, else
        worked out from every day named in it), and with it the verdict's `parts`."""
        if self.store.finishing() is None and not self.current():  # (else asked below, once it is done)
            return  # the entries were not written (another run, a full disk): nothing to vouch for
        if window is None:
            try:
                days = self.all_dates()
            except LookupError:
                return
            window = verdict_window(days, today, max_age)
        low, high = window
        racy: dict[str, str] = {}
        for item in self._racy(self.scan_ns):
            digest = self.digest(item.rel)
            if not digest:
                return  # read in part or not at all: cannot be recognised next time
            racy[item.rel] = digest.hex()
        body = dumps({"problems": [_problem_list(p) for p in problems], "racy": racy})
        kept = None
        if parts is not None and self.judged_generation is not None:
            from ggznet.validate.parts import encode

            parts.window = (low, high)
            payload = encode(parts)
            encoded = dumps({**payload, "generation": self.judged_generation}) if payload is not None else b""
            encoded = zlib.compress(encoded, 1) if encoded else b""  # a few MB of ids and paths at 69,000 files
            if 0 < len(encoded) < MAX_ROW_BYTES // 2:  # a larger one would fail the whole write
                kept = (self._parts_key(max_age), self.judged_generation, encoded)
        if not self.current():  # (the verdict made while this run's write was still committing: now it is done)
            return
        self.store.write(
            verdict=(self._verdict_key(max_age), self.fingerprint, self.scan_ns, low, high, files_checked, body),
            parts=kept,
        )

    # -- verdict parts (`validate.parts`) ------------------------------------------------------------------
    @staticmethod
    def _parts_key(max_age: dt.timedelta | None) -> str:
        return f"verdict-parts|max_age={max_age.days if max_age is not None else '-'}"

    def begin_judging(self) -> None:
        """Note the generation of the entries as judging begins: parts are kept only if it is still that then."""
        finishing = self.store.finishing()  # this run's write, still committing: the generation it sets
        self.judged_generation = finishing if finishing is not None else self.store.meta("generation")

    def kept_parts(self, max_age: dt.timedelta | None) -> VerdictParts | None:
        """The parts of the verdict on the state of the files that `read` compared them with, if kept; None when
        there are none, or anything was written in between by another run."""
        base = self.base_generation
        if base is None or self.changed is None or self.judged_generation is None:
            return None
        if self.store.generation == base:  # this run wrote no entries: still the ones compared with
            if self.judged_generation != base:
                return None
        elif self.store.written_over != base or self.judged_generation != self.store.generation:
            return None  # another run wrote entries before or after this run's own
        from ggznet.validate.parts import decode

        body = self.store.blob(self._parts_key(max_age))
        try:
            inflate = zlib.decompressobj()
            text = inflate.decompress(body, _MAX_PARTS) if body is not None else b""
            if inflate.unconsumed_tail or not inflate.eof:
                return None  # larger than any kept parts can be, or cut short
            payload = loads(text)
        except (ValueError, zlib.error):
            return None
        if type(payload) is not dict or payload.get("generation") != base:
            return None
        return decode(payload)

    def narrowed(self, window: tuple[int, int], today: dt.date, max_age: dt.timedelta | None) -> tuple[int, int] | None:
        """`window` (of the kept parts) narrowed to the days on which no date in a file read this run changes
        a date check's answer: the days of every other file are in the window already. None when the days of
        a file read this run are not known (let go, and not in the store)."""
        days = {day for found in self.dates.values() for day in found}
        present = set(self.found.rels)
        wanted = [rel for rel in self.changed or () if rel not in self.dates and rel in present]
        stored = self.store.payloads("dates", wanted) if wanted else {}
        for rel in wanted:
            try:
                found = loads(stored[rel])
            except (KeyError, ValueError):
                return None
            if type(found) is not list or not all(_int(day) for day in found):
                return None
            days.update(found)
        low, high = verdict_window(days, today, max_age)
        return max(low, window[0]), min(high, window[1])

    def referring(self, targets: Sequence[tuple[str, str]]) -> set[str] | None:
        """Files whose stored records refer to any of `targets` (None: cannot tell)."""
        return self.store.referring(targets)

    def settle(self) -> None:
        """Wait for this run's write still finishing in a thread, if any (`finish_later`)."""
        self.store.settle()

    def close(self) -> None:
        self.store.close()


_Derived = tuple[str | None, str | None, list[tuple[str, str]], str | None, "Facts | None"]
_NOTHING: _Derived = (None, None, [], None, None)


def _encode_facts(facts: Facts) -> bytes | None:
    from ggznet.validate.facts import encode

    try:
        return dumps(encode(facts))
    except (TypeError, ValueError, OverflowError):
        return None


_Worked = _Derived


def _holds(index: Index, path: str, worked: _Derived) -> bool:
    """Whether the index holds, under the worked-out kind and id, the record built from the file at `path`."""
    kind, ident = worked[0], worked[1]
    if kind is None or ident is None or index.paths.get((kind, ident)) != path:
        return False
    bucket = index.records[kind]
    if isinstance(bucket, RecordMap) and not bucket.is_built(ident):
        return True  # registered by `Session.pending` from this very file, which a worker found clean
    return index.get(kind, ident) is not None


def _derived(
    index: Index | None, raw: files.RawFile, built: Record | None = None, encoded: bytes | None = None
) -> _Derived:
    """A freshly read file's valid record: its kind and id, what it refers to, its search text, and what
    the checks across records read of it (None when working that out fails: validation then does it).

    Taken from the file's own record, also when another file holds the id now (that may change
    without this file changing). Nothing for a file without a valid record. `encoded`: the store's
    encoding of the file's parse result, when at hand (it tells whether any value can be `onbekend`).
    """
    tools = _tools()
    nothing = _NOTHING
    if raw.findings or not isinstance(raw.data, dict):
        return nothing
    kind = tools.kind_by_folder.get(raw.path.split("/")[1])
    ident = raw.data.get("id")
    if kind is None or not isinstance(ident, str):
        return nothing
    record = built
    if record is None and index is not None and index.paths.get((kind, ident)) == raw.path:
        record = index.get(kind, ident)
    if record is None:
        try:
            record = tools.record_types[kind].model_validate(raw.data)
        except ValueError:
            return nothing
    values = [value for _, value in tools.searchable_fields(record)]
    text = "\n".join(values)
    # all ASCII (most records): `fold` is `casefold`, which keeps the line breaks; else each field by itself (one
    # with accents does not send the others the slow way)
    text = text.casefold() if text.isascii() else "\n".join(map(tools.fold, values))
    stated = encoded is not None and tools.surely_stated(encoded)
    try:
        facts: Facts | None = tools.facts_of(record, raw.path, valid=True, stated=stated)
    except (ValueError, TypeError, ArithmeticError):
        facts = None  # a date the calendar cannot hold: validation builds the record and reports it
    found = facts.refs if facts is not None else tools.reference_tuples(record)
    refs = sorted({(kind, target) for _, kind, target in found})
    return kind, record.id, refs, text, facts


class PendingRun(list[Pending]):
    """Files the store vouches for, in the scan's order, in blocks of one folder each: (kind, ids, records)."""

    def __init__(self) -> None:
        super().__init__()
        self.blocks: list[tuple[str, list[str], list[Pending]]] = []


class _Abandoned(Exception):
    """Registering the files failed while their entries were being written: roll the write back."""


def now_ns() -> int:
    return time.time_ns()


_FROM_FILES_WHILE_WRITING = 64  # records built from their files while this run's write commits: at most this many


def record_from_file(root: Path, kind: str, ident: str, path: str, digest: bytes | None = None) -> Record:
    """The record of `path` built from the file itself (when the store cannot give it): it must still be the
    record with this id (and, given `digest`, the same content), else the file changed during the run."""
    from ggznet.errors import GgznetError
    from ggznet.schema import RECORD_TYPES
    from ggznet.validate.shape import build_record

    raw = files.read_record_file(root, root / path, path)
    record = build_record(RECORD_TYPES[kind], raw.data, path)[0] if not raw.findings else None
    if record is None or record.id != ident or (digest is not None and raw.digest != digest):
        raise GgznetError(f"{path} changed while ggznet was reading it", "run the command again")
    return record


def _surely_stated(payload: bytes) -> bool:
    """Whether a record validated from this stored JSON surely has no value `onbekend` (`Index.surely_stated`):
    JSON writes that text as is (see `validate.facts.surely_stated`) or with `\\u` escapes, which the store's
    own writer never uses for it (the store is untrusted input: with any such escape, the record is looked at)."""
    return _NOT_STATED_JSON not in payload and b"\\u" not in payload


class StoreLink:
    """What an index loaded through the store asks of it: pending records built, referrers, search
    candidates and kept results (`Index.memo`).

    It holds the index only weakly, and nothing holds the knowledge base, so that dropping both
    frees them (and the store's file) at once, without waiting for the garbage collector.
    """

    def __init__(self, root: Path, session: Session, index: Index) -> None:
        self.root = root
        self.session = session
        self._index = weakref.ref(index)
        self._eager_refs: dict[tuple[str, str], set[str]] | None = None

    def index(self) -> Index:
        found = self._index()
        if found is None:  # pragma: no cover - the index asks through its own hooks, so it is there
            raise ReferenceError("the index is gone")
        return found

    # -- records -------------------------------------------------------------------------------------------
    def build(self, pending: Sequence[Pending]) -> list[Record]:
        """The records of files the store vouches for: from their stored data, else read again."""
        from ggznet.schema import RECORD_TYPES

        index = self._index()  # gone when only a record map of it is left: then nobody asks for the counts
        stated = index.surely_stated if index is not None else set()
        if len(pending) <= _FROM_FILES_WHILE_WRITING and self.session.store.finishing() is not None:
            # this run's write is still committing (`Session.finish_later`): a few records (the regions' names,
            # say) are read again from their files, as this run read them, rather than waiting for it
            from ggznet.errors import GgznetError

            digests = self.session.digests
            try:
                read = [record_from_file(self.root, p.kind, p.id, p.path, digests[p.path]) for p in pending]
            except (GgznetError, KeyError):  # changed since, or not read this run: from the store after all
                pass
            else:
                stated.difference_update((item.kind, item.id) for item in pending)
                return read
        payloads = self.session.store.payloads("raw", [p.path for p in pending])
        built: list[Record] = []
        for item in pending:
            model = RECORD_TYPES[item.kind]
            payload = payloads.get(item.path)
            data = stored_data(payload) if payload is not None else None
            record = None
            if data is not None:
                try:
                    record = model.model_validate(data)
                except ValueError:
                    record = None
            if record is None or record.id != item.id:  # the store was wrong: read the file itself
                record = record_from_file(self.root, item.kind, item.id, item.path)
                stated.discard((item.kind, item.id))
            elif payload is not None and _surely_stated(payload):
                stated.add((item.kind, item.id))
            built.append(record)
        return built

    def _eager(self) -> list[tuple[str, Record]]:
        """Records built while loading (not taken from the store), with their files."""
        index = self.index()
        found = []
        for kind, bucket in index.records.items():  # a warm run builds few: only those are looked at
            for ident in sorted(built_keys(bucket)):
                path = index.paths.get((kind, ident))
                if path is not None:
                    found.append((path, bucket[ident]))
        return found

    def _eager_references(self) -> dict[tuple[str, str], set[str]]:
        from ggznet.index import iter_references

        if self._eager_refs is None:
            refs: dict[tuple[str, str], set[str]] = {}
            for path, record in self._eager():
                for ref in iter_references(record):
                    refs.setdefault((ref.kind, ref.target), set()).add(path)
            self._eager_refs = refs
        return self._eager_refs

    def referrers(self, kind: str, ident: str) -> list[str]:
        """Files whose records refer to `kind:id`: from the store, and from the records read this run."""
        found = set(self._eager_references().get((kind, ident), set()))
        found.update(self.session.store.referrers(kind, ident))
        return sorted(found)

    def referring(self, targets: Sequence[tuple[str, str]]) -> set[str] | None:
        """Files whose records refer to any of `targets`: from the store, and from the records read this run."""
        found = self.session.store.referring(targets)
        if found is None:
            return None
        eager = self._eager_references()
        for target in targets:
            found.update(eager.get(target, ()))
        return found

    def fields(self, kind: str, ids: Sequence[str], names: Sequence[str]) -> dict[str, list[Any]] | None:
        """Per id of `kind`, the values of these top-level fields in the data the store would build its record
        from (see `Index.peek`); an id whose stored data is not there, or not its own, is left out."""
        paths = self.index().paths
        by_path = {paths[(kind, i)]: i for i in ids if (kind, i) in paths}
        found = self.session.store.fields(list(by_path), names)
        if found is None:
            return None
        out: dict[str, list[Any]] = {}
        for path, values in found.items():
            ident = by_path.get(path)
            if ident is not None and isinstance(values, list) and len(values) == len(names) + 1 and values[0] == ident:
                out[ident] = values[1:]
        return out

    def holding(self, kind: str, key: str) -> set[str] | None:
        """Ids of records of `kind` whose data may have a field `key`: those whose stored data names it, and
        every record built this run (read from its file, or built since)."""
        index = self.index()
        paths = self.session.store.holding(kind, key)
        if paths is None:
            return None
        bucket = index.records[kind]
        built = getattr(bucket, "is_built", lambda _: True)
        return {i for i in bucket if built(i) or index.paths.get((kind, i)) in paths}

    def facts(self, wanted: Sequence[tuple[str, str, str]], *, every_ref: bool = False) -> dict[str, Facts]:
        """The stored facts of these records (kind, id, file), by file; a record missing here is built.

        References are read only from files that refer to an id no file holds now (the store's table
        of references says which): every other reference resolves, so it cannot give a problem. With
        `every_ref` (for a few records), every reference is read instead of asking the table.
        """
        from ggznet.validate.facts import decode

        index = self.index()
        store = self.session.store
        unresolved: set[str] | None = None
        if not every_ref:
            missing = [(k, t) for k, t in store.targets() if k not in index.records or not index.exists(k, t)]
            unresolved = store.referring(missing) if missing else set()
        payloads = store.payloads("facts", [path for _, _, path in wanted])
        found: dict[str, Facts] = {}
        for kind, ident, path in wanted:
            body = payloads.get(path)
            if body is None:
                continue
            try:
                facts = decode(loads(body), kind, ident, path, refs=unresolved is None or path in unresolved)
            except ValueError:
                facts = None
            if facts is not None:
                found[path] = facts
        return found

    def candidates(self, terms: Sequence[str]) -> set[tuple[str, str]] | None:
        """Records whose search text may hold every term: from the store, plus every record read this run."""
        found = self.session.store.search(terms)
        if found is None:
            return None
        for kind, bucket in self.index().records.items():
            found.update((kind, i) for i in built_keys(bucket))
        return found

    # -- kept results (Index.memo) ---------------------------------------------------------------------------
    def key(self, name: str, records: Iterable[tuple[str, str]]) -> str | None:
        """A digest of the content of these records' files (and of the code): changes when any of them does."""
        from ggznet.store.cache import code_key

        paths = self.index().paths
        digest = hashlib.sha256(f"{code_key()}|{name}".encode())
        for kind, ident in sorted(records):
            path = paths.get((kind, ident))
            found = self.session.digest(path) if path is not None else b"absent"
            if not found:
                return None  # a file read only in part: nothing to key on
            digest.update(f"\n{kind}:{ident}:{path}:".encode() + found)
        return digest.hexdigest()

    def state_key(self, name: str) -> str | None:
        """A key that changes when any file of the knowledge base changes (the fingerprint of every file's path and
        stat key), or the code; None while a file is so new that a later change could keep its stat key."""
        from ggznet.store.cache import code_key

        session = self.session
        if session._racy(session.scan_ns):
            return None
        return hashlib.sha256(f"{code_key()}|state|{session.fingerprint}|{name}".encode()).hexdigest()

    def recall(self, key: str) -> object:
        body = self.session.store.blob(key)
        try:
            return loads(body) if body is not None else None
        except ValueError:
            return None

    def remember(self, key: str, value: object) -> None:
        self.session.store.write(blobs=[(key, dumps(value))])
