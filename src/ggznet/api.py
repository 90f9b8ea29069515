"""KnowledgeBase: open, validate, query, report — the library API the CLI and tests call."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import operator
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from ggznet.problems import Problem, Severity, error, warning
from ggznet.store import files

if TYPE_CHECKING:  # imported where used: a warm `validate` must not pay for importing the models
    from ggznet.index import Index
    from ggznet.lazy import Pending
    from ggznet.schema import Record, Vocabulary
    from ggznet.stored import CleanRun, Session, StoreLink

if TYPE_CHECKING:
    from ggznet.history import Change
    from ggznet.store.sitefiles import SiteWrite

ProgressCallback = Callable[[int, int], None]


@dataclass
class ValidationResult:
    problems: list[Problem]
    files_checked: int

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == Severity.WARNING]

    @property
    def notes(self) -> list[Problem]:
        """Information (`info`) that never fails a run, such as values the sources leave open."""
        return [p for p in self.problems if p.severity == Severity.INFO]

    def failed(self, *, strict: bool = False) -> bool:
        return bool(self.errors or (strict and self.warnings))


class KnowledgeBase:
    """A knowledge base on disk: its index of valid records and the problems met while loading.

    Opening scans `data/` and reads what changed since the indexed store (`.ggznet-cache/`) last
    saw it; the index is built when first asked for, so that `validate` can answer from a stored
    verdict without building any record when nothing changed.
    """

    def __init__(
        self,
        root: Path,
        index: Index | None = None,
        load_problems: list[Problem] | None = None,
        files_read: int = 0,
    ) -> None:
        self.root = root
        self._index = index
        self._load_problems: list[Problem] = load_problems if load_problems is not None else []
        self.files_read = files_read
        self.state_problems: list[Problem] = []  # about `.ggznet-cache/`, not about records
        self._overlay: Mapping[str, str | None] = {}
        self._strays: list[str] = []
        self._record_rels: Sequence[str] = ()
        self._raws: Iterable[files.RawFile | Pending | list[Pending] | CleanRun] | None = None  # read while indexing
        self._session: Session | None = None
        self._link: StoreLink | None = None  # what the index asks of the store (a lazily loaded index)

    @property
    def index(self) -> Index:
        if self._index is None:
            self._build_index()
        assert self._index is not None
        return self._index

    @property
    def load_problems(self) -> list[Problem]:
        if self._index is None:
            self._build_index()
        return self._load_problems

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str] | None = None,
        *,
        cwd: Path | None = None,
        progress: ProgressCallback | None = None,
        overlay: Mapping[str, str | None] | None = None,
        use_cache: bool | None = None,
        keep_facts: bool = True,
        validating: bool = False,
    ) -> KnowledgeBase:
        """Find (see `store.files.find_root`) and load a knowledge base. Never raises for bad records.

        `overlay` maps record paths (`data/actors/x.yaml`) to text that replaces the file, or None
        for a file that is gone: how an edit is checked before anything is written.
        `use_cache` (default: on unless $GGZNET_NO_CACHE is set) uses the indexed store in
        `.ggznet-cache/`, so that the next run reads only the files that changed.
        `keep_facts=False`: what the checks across records read of a clean file read now is not also kept in
        memory once the store has it (validation reads it back from there): for a command that validates and
        then makes a document, which needs the memory more (a cold report at national scale: about 15 MiB).
        `validating`: the caller validates next (and makes no document): on a cold run the store's last steps
        (the references' index, the commit) then run in a thread while `validate` judges.
        """
        root = files.find_root(path, cwd=cwd)
        kb = cls(root=root)
        if not overlay:
            kb.state_problems = _state_problems(root)
        if use_cache is None:
            use_cache = not os.environ.get("GGZNET_NO_CACHE")
        kb._scan(progress, overlay or {}, use_cache=use_cache, keep_facts=keep_facts, finish_later=validating)
        return kb

    # -- loading -------------------------------------------------------------------------------
    def _scan(
        self,
        progress: ProgressCallback | None,
        overlay: Mapping[str, str | None],
        *,
        use_cache: bool,
        keep_facts: bool,
        finish_later: bool = False,
    ) -> None:
        """Find the files; read now those the store cannot answer for (that is where time goes, and progress)."""
        from ggznet.stored import Session, now_ns

        started = now_ns()  # before any stat: a change after this may keep a stat key (the racy rule)
        found = files.scan_tree(self.root)
        self._strays = found.strays
        self._overlay = overlay
        if overlay:
            kept = [(rel, key) for rel, key in zip(found.rels, found.keys, strict=True) if rel not in overlay]
            found = files.FileScan(found.root, [rel for rel, _ in kept], [key for _, key in kept], found.strays)
        self.files_read = len(found.rels) + sum(1 for t in overlay.values() if t is not None)
        self._record_rels = [*found.rels, *overlay] if overlay else found.rels
        session = Session.begin(self.root, found, started) if use_cache else None
        self._session = session
        if session is not None:
            session.keep_facts = keep_facts
            session.finish_later = finish_later
        if session is not None and not overlay and session.current():
            return  # nothing changed since the store last saw these files; read lazily, if at all
        if session is None:
            from ggznet.stored import read_files

            self._raws = read_files(self.root, [(rel, found.path(rel)) for rel in found.rels], progress, dated=False)
        else:
            self._raws = session.read(progress, lazy=not overlay)
        # Built now, while the files are read (in parallel when there are many) and while `progress` shows:
        # each file goes into the index (and the store) as it comes, and its parsed data is let go.
        self._build_index()

    def _build_index(self) -> None:
        import gc

        enabled = gc.isenabled()
        gc.disable()  # the models imported, an entry for every file: objects that live as long as the run
        try:
            self._fill_index()
        finally:
            if enabled:
                gc.enable()
            gc.freeze()  # out of every later collection

    def _fill_index(self) -> None:
        import gc

        from ggznet.index import KINDS, Index

        self._index = index = Index()
        problems = self._load_problems
        index.vocabulary = self._load_vocabulary()
        lazy = self._session is not None and not self._overlay
        if lazy:
            from ggznet.lazy import RecordMap
            from ggznet.stored import StoreLink

            assert self._session is not None
            link = StoreLink(self.root, self._session, index)  # holds the index weakly: no cycle, nothing kept
            self._link = link
            index.records = {kind: RecordMap(link.build) for kind in KINDS}
            index.referrers = link.referrers
            index.referring_paths = link.referring
            index.holding = link.holding
            index.stored_fields = link.fields
            index.finder = link.candidates
            index.memo = link
            index.stored_facts = link.facts
        items = self._raws
        if items is None:
            assert self._session is not None
            items = self._session.read(lazy=lazy)
        for rel, text in sorted(self._overlay.items()):
            if text is not None:
                self._add(files.parse_record_text(rel, text))
        self._check_other_files(self._strays)
        self._raws = None
        paths, records = index.paths, index.records
        if lazy and not paths and isinstance(items, list):  # a list: nothing is read from disk
            items = _register_all_pending(index, items)

        from ggznet.stored import CleanRun, whole

        def loaded() -> Iterator[tuple[files.RawFile | CleanRun, bool]]:
            """Each file into the index in turn, with whether it was clean (no problem of its own)."""
            session = self._session if lazy else None
            for item in _each_run(items, session, index):
                if isinstance(item, CleanRun):  # clean files, registered at once (`Session.register_run`)
                    yield item, True
                elif isinstance(item, files.RawFile):
                    clean = session.pending(item) if session is not None else None
                    if clean is not None and (clean.kind, clean.id) not in paths:  # as a stored record, below
                        records[clean.kind].add_pending(clean.id, clean)  # type: ignore[attr-defined]  # a RecordMap
                        paths[(clean.kind, clean.id)] = clean.path
                        yield item, True
                        continue
                    before = len(problems)
                    self._add(whole(item))
                    yield item, len(problems) == before
                elif isinstance(item, list):  # a run of files the store vouches for (`Session.read`)
                    if not _register_pending(index, item):
                        for one in item:
                            if (one.kind, one.id) not in paths:
                                records[one.kind].add_pending(one.id, one)  # type: ignore[attr-defined]  # a RecordMap
                                paths[(one.kind, one.id)] = one.path
                            else:
                                self._register(one.kind, one.id, one.path, one)  # type: ignore[arg-type]
                # the usual case, the first file with this id: registered directly (a stored record is valid and
                # has no problems of its own); any rule added to `_register` for a new id must be added here too
                elif (item.kind, item.id) not in paths:
                    records[item.kind].add_pending(item.id, item)  # type: ignore[attr-defined]  # a RecordMap
                    paths[(item.kind, item.id)] = item.path
                else:
                    self._register(item.kind, item.id, item.path, item)  # type: ignore[arg-type]

        enabled = gc.isenabled()
        gc.disable()  # tens of thousands of small objects that live as long as the run: no point collecting
        try:
            if self._session is not None and not self._overlay:
                self._session.save_files(index, loaded())  # each file's entry made as soon as it is in
            else:
                for raw, _clean in loaded():
                    if isinstance(raw, files.RawFile):
                        raw.data = raw.text = raw.encoded = None  # the record is built: its parsed data can go
        finally:
            if enabled:
                gc.enable()
            gc.freeze()

    def _add(self, raw: files.RawFile) -> None:
        from ggznet.schema import KIND_BY_FOLDER, RECORD_TYPES
        from ggznet.validate.shape import build_record, salvage

        problems = self._load_problems
        for f in raw.findings:
            problems.append(Problem(f.code, _severity(f.code), raw.path, f.message, f.hint, f.line, f.column))
        kind = KIND_BY_FOLDER[raw.path.split("/")[1]]
        if raw.findings:
            problems.extend(self._check_text(raw))  # a file that does not parse is still scanned
            self._register(kind, _id_from_name(raw.path), raw.path, None)
            return
        if raw.size > 50_000 and (longest := _longest_list(raw.data)) > MAX_LIST_ITEMS:
            problems.append(
                error(
                    "yaml-too-large",
                    raw.path,
                    f"a list with {longest:,} items; records hold short lists (at most {MAX_LIST_ITEMS:,} items)",
                    "split the content over several records",
                    line=1,
                    column=1,
                )
            )
            self._register(kind, _id_from_name(raw.path), raw.path, None)
            return
        model = RECORD_TYPES[kind]
        record, shape_problems = build_record(model, raw.data, raw.path)
        problems.extend(shape_problems)
        if not _nothing_for_text_checks(raw):  # the usual record: the privacy checks need not even be imported
            problems.extend(self._check_text(raw))
        if record is not None:
            self._register(kind, record.id, raw.path, record)
            return
        # An invalid record keeps its id (or its file name's), so that references to it resolve and the
        # problems of its valid fields are found now rather than after the first fix.
        partial = salvage(model, raw.data) if isinstance(raw.data, dict) else None
        ident = partial.id if partial is not None and isinstance(partial.id, str) else _id_from_name(raw.path)
        if partial is not None and ident is not None and partial.id != ident:
            partial = partial.model_copy(update={"id": ident})
        self._register(kind, ident, raw.path, partial, broken=True)

    def _register(
        self, kind: str, ident: str | None, path: str, record: Record | None, *, broken: bool = False
    ) -> None:
        """Give the id to this file, or report it as a duplicate; the file named after the id wins."""
        if ident is None:
            return
        first = self.index.paths.get((kind, ident))
        if first is None:
            self.index.put(kind, ident, path, record, broken=broken)
            return
        blamed = path
        if _stem(path) == ident and _stem(first) != ident:
            # the file named after the id owns it; the other one is the impostor
            self.index.put(kind, ident, path, record, broken=broken)
            blamed, first = first, path
        if _stem(blamed) != ident:  # the impostor is in no index, so say here what is wrong with it
            self._load_problems.append(
                error(
                    "id-mismatch",
                    blamed,
                    f"id `{ident}` differs from the file name `{_stem(blamed)}.yaml`",
                    f"rename the file to `{ident}.yaml` or set `id: {_stem(blamed)}`",
                    loc=("id",),
                )
            )
        self._load_problems.append(
            error(
                "duplicate-id",
                blamed,
                f"{kind} id `{ident}` is already used by {first}",
                "give each record its own id",
                loc=("id",),
            )
        )

    def _check_text(self, raw: files.RawFile) -> list[Problem]:
        """Privacy, contact fields and the Unicode policy, on a file's data (values and keys), its text and its name."""
        from ggznet.validate.privacy import check_characters, check_contacts, check_name, check_privacy

        found = check_name(raw.path)
        text = raw.text
        if text is None and (raw.personal_data_hint or raw.unsafe_text_hint):  # from the cache, which keeps no texts
            text = files.read_text(self.root / raw.path)
        if raw.personal_data_hint:
            found += check_privacy(raw.path, raw.data, text)
        if isinstance(raw.data, dict) and raw.data.get("contacts"):
            found += check_contacts(raw.path, raw.data)
        if raw.unsafe_text_hint:
            found += check_characters(raw.path, raw.data, text)
        return found

    def _check_other_files(self, strays: list[str]) -> None:
        """Files under data/ that are not records: documentation is allowed, anything else is a stray;
        every one of them is scanned for BSNs (the first MAX_SCANNED, each up to MAX_FILE_BYTES)."""
        if not strays:
            return  # the usual case: nothing to import the checks for
        from ggznet.validate.privacy import check_name, check_text

        problems = self._load_problems
        for n, rel in enumerate(strays):
            name = rel.rstrip("/").rsplit("/", 1)[-1]
            problems.extend(check_name(rel))
            text = files.read_text(self.root / rel) if n < MAX_SCANNED and not rel.endswith("/") else None
            if text is not None and text.strip() == "" and name in EMPTY_ALLOWED:
                continue  # `.gitkeep` holds an empty folder in git
            if text is not None and files.personal_data_hint(text):
                problems.extend(check_text(rel, text, what="the file"))
            if name.lower() == "readme.md" and text is not None:
                continue  # documentation of the knowledge base
            if rel.endswith("/"):
                why = "a folder that cannot be read, or nested too deep; its files were not checked"
            elif rel.endswith((".yml", ".YAML", ".yaml")) and rel.count("/") == 2:
                why = "not a record: records are `<id>.yaml` files (links are not followed)"
            elif text is None:
                why = "not a record, and not text that ggznet could check for personal data"
            else:
                why = "not a record; ggznet ignores it apart from a check for personal data"
            problems.append(
                warning(
                    "stray-file",
                    rel,
                    why,
                    "keep only records, data/vocabulary.yaml and README.md under data/; move or remove this",
                    line=1,
                    column=1,
                )
            )

    def _load_vocabulary(self) -> Vocabulary:
        from ggznet.schema import Term, Vocabulary
        from ggznet.validate.shape import build_record, salvage

        rel = f"{files.DATA_DIR}/{files.VOCABULARY_FILE}"
        path = self.root / rel
        if not path.exists():
            self._load_problems.append(
                warning(
                    "vocabulary",
                    rel,
                    "no vocabulary file; no themes are declared",
                    "create data/vocabulary.yaml with `themes:`",
                    line=1,
                    column=1,
                )
            )
            return Vocabulary()
        session = self._session if not self._overlay else None
        raw = session.stored_vocabulary() if session is not None else None
        if raw is None:
            raw = files.read_record_file(self.root, path)
        if self._session is not None:
            self._session.digests[rel] = raw.digest
            self._session.vocabulary_raw = raw
        for f in raw.findings:
            self._load_problems.append(Problem(f.code, _severity(f.code), rel, f.message, f.hint, f.line, f.column))
        if not _nothing_for_text_checks(raw):  # the usual vocabulary: the privacy checks need not even be imported
            self._load_problems.extend(self._check_text(raw))
        if raw.findings:
            return Vocabulary()
        built, problems = build_record(Vocabulary, raw.data, rel)  # type: ignore[arg-type]
        self._load_problems.extend(problems)
        if isinstance(built, Vocabulary):
            vocabulary = built
        elif isinstance(raw.data, dict):
            # one bad entry must not undeclare every theme: keep the entries with a valid id
            partial = salvage(Vocabulary, raw.data)
            vocabulary = Vocabulary(
                themes=[
                    Term(id=t.id, nl=t.nl or t.id, en=t.en or t.nl or t.id)
                    for t in partial.themes
                    if isinstance(t.id, str)
                ]
            )
        else:
            return Vocabulary()
        seen: set[str] = set()
        for i, term in enumerate(vocabulary.themes):
            if term.id in seen:
                self._load_problems.append(
                    error("duplicate-id", rel, f"theme `{term.id}` is declared twice", loc=("themes", i, "id"))
                )
            seen.add(term.id)
        return vocabulary

    def for_audience(self, audience: str) -> Index:
        """The records `audience` (internal or public) may see; see `ggznet.audience`. Every command
        that shows records takes its index from here."""
        from ggznet.audience import view

        return view(self.index, audience, flagged={p.path for p in self.load_problems if p.code == "bsn"})

    # -- validation ------------------------------------------------------------------------------
    def validate(self, *, today: dt.date | None = None, max_age: dt.timedelta | None = None) -> ValidationResult:
        """All problems of the knowledge base, located and sorted.

        With `max_age`, records whose `verified_on` is missing or older also get a warning.
        """
        today = today or dt.date.today()
        session = self._session if not self._overlay else None
        stored = session.verdict(today, max_age) if session is not None else None
        problems = stored[0] if stored is not None else self._judge(session, today, max_age)
        if session is not None:
            session.settle()  # (a cold run's write, finishing while judging ran: done before anything is printed)
        if self.state_problems:
            problems = sorted({*self.state_problems, *problems}, key=Problem.sort_key)
        # files with problems that are not record files (a stray file, the vocabulary) were looked at too
        others = {p.path for p in problems}
        if others:
            others.difference_update(self._record_rels)
        return ValidationResult(problems, self.files_read + len(others))

    def _judge(self, session: Session | None, today: dt.date, max_age: dt.timedelta | None) -> list[Problem]:
        """Every problem, located and sorted: the checks across records judge again only the files a change can
        touch when the parts of the last verdict are kept (`validate.parts`), else every record."""
        from ggznet.validate import Entry, checkable, facts_for
        from ggznet.validate.facts import Facts
        from ggznet.validate.parts import judge, to_rejudge

        index = self.index
        entries = checkable(index)
        old = rejudge = None
        if session is not None:
            session.begin_judging()
            old = session.kept_parts(max_age)
            fits = old is not None and old.window[0] <= today.toordinal() < old.window[1]
            if fits and old is not None and old.themes == sorted(index.theme_labels) and session.changed is not None:
                rejudge = to_rejudge(index, old, entries, session.changed, session.vouched, session.referring)

        def facts(wanted: Sequence[Entry]) -> list[Facts]:
            stored = index.stored_facts  # builds no record the store has
            if rejudge is not None and self._link is not None:  # a few records: every reference read
                stored = functools.partial(self._link.facts, every_ref=True)
            return facts_for(index, wanted, stored, index.known_facts)

        judged = judge(index, today, max_age, entries, facts, old, rejudge) if rejudge is not None else None
        if judged is None:
            old = rejudge = None
            judged = judge(index, today, max_age, entries, facts)
            assert judged is not None  # without kept parts there is nothing that can fail to fit
        cross, stale, parts = judged
        problems = cap_per_file([*self.load_problems, *cross])
        problems.extend(stale)
        problems = sorted(set(self._locate(problems)), key=Problem.sort_key)
        if session is not None:
            window = session.narrowed(old.window, today, max_age) if old is not None else None
            if old is None or window is not None:  # (None: the days of a file read are let go, see below)
                session.save_verdict(today, max_age, problems, self.files_read, window=window, parts=parts)
        return problems

    def let_go_of_checks(self) -> None:
        """Let go of what only validation reads of the files read this run (their facts and the days they
        name): for a command that has validated and goes on to make a document, which then has that memory
        (on a cold run at national scale, about 115 MiB). A later `validate` takes them from the store or
        works them out again; without them a verdict is not stored (it could not vouch for its days)."""
        if self._index is not None:
            self._index.known_facts.clear()
            self._index.known_targets.clear()
        if self._session is not None:
            self._session.dates.clear()

    @property
    def broken_files(self) -> int:
        return len({p.path for p in self.load_problems if p.severity == Severity.ERROR})

    def _locate(self, problems: list[Problem]) -> list[Problem]:
        """Give line and column to problems that know only their field path: re-read just those files."""
        from ggznet.store import yamlfast

        trees: dict[str, Any] = {}
        located: list[Problem] = []
        for problem in problems:
            if problem.line or not problem.loc:
                located.append(problem)
                continue
            if problem.path not in trees:
                text = files.read_text(self.root / problem.path)
                trees[problem.path] = (yamlfast.compose(text) if text is not None else None, text)
            line, column = yamlfast.locate(
                trees[problem.path][0],
                problem.loc,
                key=problem.code in ("unknown-field", "missing-field", "retired-field"),
                text=trees[problem.path][1],
            )
            located.append(problem.located(line, column))
        return located


MAX_PROBLEMS_PER_FILE = 50
MAX_SCANNED = 2_000  # files under data/ that are not records, read to scan for personal data
EMPTY_ALLOWED = frozenset({".gitkeep", ".keep"})
MAX_LIST_ITEMS = 2_000


def _nothing_for_text_checks(raw: files.RawFile) -> bool:
    """Whether `_check_text` can find nothing in a file: no hint of personal data or of a refused character in
    it, no contacts, and no BSN in its name (what `validate.privacy.check_name` looks for)."""
    from ggznet.personal import find_bsns

    if raw.personal_data_hint or raw.unsafe_text_hint:
        return False
    if isinstance(raw.data, dict) and raw.data.get("contacts"):
        return False
    return not find_bsns(raw.path)


def _each_run(
    items: Iterable[files.RawFile | Pending | list[Pending] | CleanRun], session: Session | None, index: Index
) -> Iterator[files.RawFile | Pending | list[Pending] | CleanRun]:
    """The items in order, a run of clean files registered as it comes when it can be (`Session.register_run`),
    else given as the files it stands for."""
    from ggznet.stored import CleanRun

    for item in items:
        if not isinstance(item, CleanRun) or (session is not None and session.register_run(index, item)):
            yield item
        else:
            yield from item.raws()


_PATH = operator.attrgetter("path")  # a pending record's file, taken in C


def _register_all_pending(index: Index, items: list[files.RawFile | Pending]) -> list[files.RawFile | Pending]:
    """Register at once the files the store vouches for, when every file is one and no id repeats (the
    usual warm run: what `_build_index` does for each such file, as for the first file with its id);
    otherwise nothing, and every item is left to be registered one by one."""
    from ggznet.lazy import Pending

    if not all(type(item) is Pending for item in items):
        return items
    return [] if _register_pending(index, cast(list[Pending], items)) else items


def _register_pending(index: Index, pending: list[Pending]) -> bool:
    """Register at once files the store vouches for, in order, when none of their ids is registered yet and none
    repeats (what `_build_index` does for each such file, as for the first file with its id); else register
    nothing and say so."""
    from ggznet.lazy import RecordMap
    from ggznet.stored import PendingRun

    paths = index.paths
    if isinstance(pending, PendingRun):  # files of one folder each, named after their ids: no id repeats
        blocks = [(kind, list(zip(itertools.repeat(kind), idents)), block) for kind, idents, block in pending.blocks]
        if not all(paths.keys().isdisjoint(keys) for _, keys, _ in blocks):
            return False
        if not all(type(m) is RecordMap for m in index.records.values()):
            return False
        for (kind, keys, block), (_, idents, _) in zip(blocks, pending.blocks, strict=True):
            cast(RecordMap, index.records[kind]).add_pending_block(idents, block)
            paths.update(zip(keys, map(_PATH, block), strict=True))
        return True
    keys = [(item.kind, item.id) for item in pending]
    if len(set(keys)) != len(keys) or not paths.keys().isdisjoint(keys):
        return False
    if not all(type(m) is RecordMap for m in index.records.values()):
        return False
    by_kind: dict[str, list[Pending]] = {kind: [] for kind in index.records}
    for item in pending:
        by_kind[item.kind].append(item)
    for kind, found in by_kind.items():
        cast(RecordMap, index.records[kind]).add_all_pending(found)
    paths.update(zip(keys, (item.path for item in pending), strict=True))
    return True


def _longest_list(data: Any) -> int:
    """The length of the longest list anywhere in the data (checked only for unusually large files)."""
    longest = 0
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            longest = max(longest, len(node))
            stack.extend(node)
    return longest


def cap_per_file(problems: list[Problem]) -> list[Problem]:
    """At most MAX_PROBLEMS_PER_FILE problems per file, then one that counts the rest.

    A hostile or badly broken file could otherwise yield hundreds of thousands of problems.
    """
    per_file: dict[str, list[Problem]] = {}
    for problem in problems:
        per_file.setdefault(problem.path, []).append(problem)
    kept: list[Problem] = []
    for path, found in per_file.items():
        if len(found) <= MAX_PROBLEMS_PER_FILE:
            kept.extend(found)
            continue
        found.sort(key=lambda p: (p.severity != Severity.ERROR, p.line or 10**9, p.code))
        kept.extend(found[:MAX_PROBLEMS_PER_FILE])
        rest = found[MAX_PROBLEMS_PER_FILE:]
        errors = sum(1 for p in rest if p.severity == Severity.ERROR)
        make = error if errors else warning
        kept.append(
            make(
                "more-problems",
                path,
                f"{len(rest)} more problem in this file is not shown"
                if len(rest) == 1
                else f"{len(rest)} more problems in this file are not shown",
                "fix the ones shown and run ggznet validate again",
                line=1,
                column=1,
            )
        )
    return kept


def problems_since(
    kb: KnowledgeBase, result: ValidationResult, ref: str, *, today: dt.date | None = None
) -> tuple[list[Problem], list[Problem]]:
    """Split problems into (caused since `ref`, there already at `ref`).

    The whole knowledge base is checked either way; a problem counts as old when the knowledge base
    at `ref` had the same problem (same code, file and message), wherever the line has moved to.
    """
    import tempfile

    from ggznet.store import git

    sha = git.resolve(kb.root, ref)
    with tempfile.TemporaryDirectory(prefix="ggznet-base-") as tmp:
        git.export_data(kb.root, sha, Path(tmp))
        before = KnowledgeBase.open(Path(tmp)).validate(today=today).problems
    seen = {(p.code, p.path, p.message) for p in before}
    new = [p for p in result.problems if (p.code, p.path, p.message) not in seen]
    old = [p for p in result.problems if (p.code, p.path, p.message) in seen]
    return new, old


def _state_problems(root: Path) -> list[Problem]:
    """Roll back an interrupted edit if that is safe; warnings about a state folder that cannot be used
    or journals that were left alone."""
    from ggznet.store import state
    from ggznet.store.lock import recover_if_idle

    reason = state.problem_with(root)
    if reason is not None:
        return [
            warning(
                "state-folder",
                state.STATE_DIR,
                f"{reason}; working without it (no cache, no edits)",
                f"remove {state.STATE_DIR}; ggznet recreates it as a folder",
                line=1,
                column=1,
            )
        ]
    found = []
    for left in recover_if_idle(root):
        from ggznet.store import transaction

        message, hint = transaction.describe(left)
        found.append(warning("state-folder", left.folder, message, hint, line=1, column=1))
    return found


def _stem(path: str) -> str:
    return path.rsplit("/", 1)[-1].removesuffix(".yaml")


def _id_from_name(path: str) -> str | None:
    """The id a record file's name stands for, if the name is a valid id."""
    from ggznet.schema.types import ID_MAX_LENGTH, ID_RE

    stem = _stem(path)
    return stem if ID_RE.match(stem) and len(stem) <= ID_MAX_LENGTH else None


def _severity(code: str) -> Severity:
    from ggznet.validate.codes import severity_of

    return severity_of(code)


@dataclass(frozen=True)
class RenderOptions:
    """How a report or briefing is made. `commit=None` asks git; a string fixes it (tests, --check)."""

    as_of: dt.date
    lang: str = "nl"
    audience: str = "internal"
    templates: Path | None = None
    commit: str | None = None
    history: bool = True  # read git history for "what changed" (briefings)
    terminal: bool = False  # shown on a terminal: a text view of the network instead of the Mermaid diagram
    errors: int = 0  # errors the knowledge base has: a document made anyway carries a warning banner


def _commit(kb: KnowledgeBase, options: RenderOptions) -> str:
    if options.commit is not None:
        return options.commit
    from ggznet.store.git import data_commit

    return data_commit(kb.root).describe(lang=options.lang)


def report(kb: KnowledgeBase, region: str, options: RenderOptions) -> str:
    """The regional overview of `region` (and every region below it) as Markdown.

    With `options.errors`, the knowledge base's error count, the overview opens with a warning banner.
    """
    return "".join(report_parts(kb, region, options))


def report_parts(kb: KnowledgeBase, region: str, options: RenderOptions) -> list[str]:
    """`report`'s Markdown in parts that, joined, are that text: to be written one after the other, so that a
    national overview (8 million characters) is not held a second time as one text."""
    from ggznet.render.env import render_parts
    from ggznet.render.report import report_view

    _check_options(options)
    view = report_view(
        _audience_index(kb, options),
        region,
        as_of=options.as_of,
        commit=_commit(kb, options),
        lang=options.lang,
        audience=options.audience,
        errors=options.errors,
    )
    view["terminal"] = options.terminal
    parts = render_parts("report.md.j2", view, user_dir=options.templates)
    banner = view.get("banner")
    if not banner or ("\n" not in banner and any(banner in part for part in parts)):  # parts end at a line's end
        return parts
    return [_with_banner("".join(parts), view)]


def briefing(kb: KnowledgeBase, ref: str, options: RenderOptions) -> str:
    """The briefing for a meeting, or for the next planned meeting of a forum (initiative), as Markdown.

    With `options.errors`, the knowledge base's error count, the briefing opens with a warning banner.
    """
    from ggznet.render.briefing import briefing_view, meeting_scope, resolve_meeting, series
    from ggznet.render.env import render

    _check_options(options)
    index = _audience_index(kb, options)
    meeting = resolve_meeting(index, ref, options.as_of)
    earlier = series(index, meeting)
    changes, started = None, None
    if earlier and options.history:
        from ggznet import history

        hidden = {(r.kind, r.id) for r in kb.index.all_records() if index.get(r.kind, r.id) is None}
        scope = meeting_scope(index, meeting, hidden=hidden)
        scope.public = options.audience == "public"
        window = history.between(kb.root, earlier[-1].date.last_day, options.as_of, keep=scope.covers)
        if window is not None:
            from ggznet.audience import visible_record_changes

            # no BSN from history; for the public no contacts, authors or anything naming a hidden record
            changes = visible_record_changes(list(window.changes), kb.index, index, options.audience)
            started = window.started
    view = briefing_view(
        index,
        meeting,
        as_of=options.as_of,
        commit=_commit(kb, options),
        changes=changes,
        history_started=started,
        lang=options.lang,
        audience=options.audience,
        errors=options.errors,
    )
    view["terminal"] = options.terminal
    return _with_banner(render("briefing.md.j2", view, user_dir=options.templates), view)


def _with_banner(text: str, view: dict[str, Any]) -> str:
    """The document with its warning banner, also when a user's own template leaves the banner out."""
    banner = view.get("banner")
    if not banner or banner in text:
        return text
    lines = text.split("\n")
    at = next((i + 1 for i, line in enumerate(lines) if line.startswith("# ")), 0)
    inserted = ["", f"> **{banner}**"] if at else [f"> **{banner}**"]
    if at >= len(lines) or lines[at].strip():
        inserted.append("")
    return "\n".join([*lines[:at], *inserted, *lines[at:]])


DOCUMENT_FORMATS = ("docx", "pdf")


def report_document(kb: KnowledgeBase, region: str, options: RenderOptions, fmt: str) -> bytes:
    """The regional overview as Word (`docx`) or PDF (`pdf`), made from the same Markdown as `report`."""
    from ggznet.render import pictures
    from ggznet.render.document import Picture
    from ggznet.render.i18n import labels

    options = _fixed_commit(kb, options)
    markdown = report(kb, region, options)
    from ggznet.query import records_in_region

    index = _audience_index(kb, options)
    region_id = index.lookup(region, ["region"]).id
    name = index.label("region", region_id)
    scope = records_in_region(index, region_id)
    inis = [index.initiatives[i] for i in sorted(scope["initiative"])]
    meetings = [index.meetings[m] for m in sorted(scope["meeting"])]
    lang, day = options.lang, options.as_of
    network = Picture(
        pictures.network_svg(index, initiatives=inis, lang=lang),
        pictures.network_png(index, initiatives=inis, lang=lang),
        f"{labels(lang)['diagram']}: {name}",
    )
    timeline = Picture(
        pictures.timeline_svg(index, initiatives=inis, meetings=meetings, as_of=day, lang=lang),
        pictures.timeline_png(index, initiatives=inis, meetings=meetings, as_of=day, lang=lang),
        f"{labels(lang)['timeline']}: {name}",
    )
    return _document(
        markdown,
        options,
        "report",
        fmt,
        {"network": network, "timeline": timeline},
        mermaid="network",
        after_heading={labels(options.lang)["timeline"]: "timeline"},
    )


def briefing_document(kb: KnowledgeBase, ref: str, options: RenderOptions, fmt: str) -> bytes:
    """The briefing as Word (`docx`) or PDF (`pdf`), made from the same Markdown as `briefing`."""
    from ggznet.render import pictures
    from ggznet.render.briefing import resolve_meeting, series
    from ggznet.render.document import Picture
    from ggznet.render.i18n import labels

    options = _fixed_commit(kb, options)
    markdown = briefing(kb, ref, options)
    index = _audience_index(kb, options)
    meeting = resolve_meeting(index, ref, options.as_of)
    earlier = series(index, meeting)
    found: dict[str, Picture] = {}
    after: dict[str, str] = {}
    if earlier:  # the series of meetings so far, on a time axis
        forum = [index.initiatives[meeting.forum]] if meeting.forum in index.initiatives else []
        meetings = [*earlier, meeting]
        found["series"] = Picture(
            pictures.timeline_svg(index, initiatives=forum, meetings=meetings, as_of=options.as_of, lang=options.lang),
            pictures.timeline_png(index, initiatives=forum, meetings=meetings, as_of=options.as_of, lang=options.lang),
            f"{labels(options.lang)['earlier_meetings']}: {meeting.title}",
        )
        after[labels(options.lang)["earlier_meetings"]] = "series"
    return _document(markdown, options, "briefing", fmt, found, after_heading=after)


def _fixed_commit(kb: KnowledgeBase, options: RenderOptions) -> RenderOptions:
    from dataclasses import replace

    return replace(options, commit=_commit(kb, options))


def _document(
    markdown: str,
    options: RenderOptions,
    kind: str,
    fmt: str,
    found: dict[str, Any],
    *,
    mermaid: str | None = None,
    after_heading: dict[str, str] | None = None,
) -> bytes:
    from ggznet.errors import UsageError
    from ggznet.render.document import Document, parse, plain

    if fmt not in DOCUMENT_FORMATS:
        raise UsageError(f"cannot write a {kind} as `{fmt}`", f"choose one of: md, {', '.join(DOCUMENT_FORMATS)}")
    blocks = parse(markdown, mermaid=mermaid, after_heading=after_heading)
    title = next((plain(b.runs) for b in blocks if b.kind == "heading" and b.level == 1), kind)
    assert options.commit is not None
    document = Document(
        title=title,
        blocks=blocks,
        lang=options.lang,
        commit=options.commit,
        as_of=options.as_of.isoformat(),
        audience=options.audience,
        kind=kind,
        pictures=found,
    )
    if fmt == "docx":
        from ggznet.render.word import write_docx

        return write_docx(document)
    from ggznet.render.pdf import write_pdf

    return write_pdf(document)


def _audience_index(kb: KnowledgeBase, options: RenderOptions) -> Index:
    return kb.for_audience(options.audience)


def _check_options(options: RenderOptions) -> None:
    from ggznet.errors import UsageError
    from ggznet.render.i18n import LANGUAGES

    if options.lang not in LANGUAGES:
        raise UsageError(f"--lang: `{options.lang}` is not supported", f"choose one of: {', '.join(LANGUAGES)}")
    from ggznet.audience import parse

    parse(options.audience)


@dataclass
class EditResult:
    description: str
    changes: dict[str, str | None]
    diff: str
    written: bool
    commit: str | None = None


def edit(
    path: str | os.PathLike[str] | None,
    plan: Callable[[KnowledgeBase, Any], str],
    *,
    dry_run: bool = False,
    commit: bool = False,
    today: dt.date | None = None,
    hook: Callable[[str, str], None] | None = None,
    lock_timeout: float = 30.0,
) -> EditResult:
    """Run one edit: `plan(kb, editor)` records changes and returns a description; then check and write.

    Under the knowledge base's edit lock: an interrupted earlier write is rolled back, the edited
    knowledge base is validated before anything is written (an edit that adds errors is refused),
    files changed by someone else since they were read are not overwritten, and all files are
    written all-or-nothing. With `commit`, a git commit of exactly these files follows.
    """
    from ggznet.edit import Editor, new_errors
    from ggznet.errors import EditRefused, InvalidEdit
    from ggznet.store import transaction
    from ggznet.store.lock import edit_lock

    root = files.find_root(path)
    with edit_lock(root, timeout=lock_timeout):
        transaction.recover(root)
        kb = KnowledgeBase.open(root)
        editor = Editor(root)
        description = plan(kb, editor)
        changes = editor.changes()
        if not changes:
            return EditResult(description, {}, "", written=False)
        before = kb.validate(today=today).problems
        after = KnowledgeBase.open(root, overlay=changes).validate(today=today).problems
        added = new_errors(before, after)
        if added:
            raise InvalidEdit(added, "fix the values and try again (ggznet explain CODE tells more)")
        diff = editor.diff()
        if dry_run:
            return EditResult(description, changes, diff, written=False)
        for rel, original in editor.originals.items():
            if original is None:
                continue
            try:
                current = (root / rel).read_bytes().decode("utf-8")
            except (OSError, UnicodeDecodeError):
                current = None
            if current != original:
                raise EditRefused(
                    f"{rel} changed on disk while ggznet was editing it; nothing was written", "run the command again"
                )
        transaction.apply(
            root, {rel: (t.encode("utf-8") if t is not None else None) for rel, t in changes.items()}, hook=hook
        )
        sha = None
        if commit:
            from ggznet.store.git import commit_files

            sha = commit_files(root, sorted(changes), f"{description}\n\nMade with ggznet.")
        return EditResult(description, changes, diff, written=True, commit=sha)


@dataclass(frozen=True)
class InitResult:
    """What `init_repository` did: files written and files left alone because they were there."""

    root: Path
    created: list[str]
    kept: list[str]


def init_repository(
    target: Path, *, action: str | None = None, name: str | None = None, add_missing: bool = False
) -> InitResult:
    """Lay out a new region's knowledge-base repository in `target` (see ggznet.scaffold).

    `target` must be new or empty, unless `add_missing`: then only missing files are written.
    Existing files are never replaced.
    """
    from ggznet.errors import UsageError
    from ggznet.scaffold import DEFAULT_ACTION, Action, region_repository
    from ggznet.store.atomic import create_new

    files = region_repository(action=Action.parse(action or DEFAULT_ACTION), name=name)
    target = Path(target)
    created: list[str] = []
    kept: list[str] = []
    try:
        if target.exists() or target.is_symlink():
            if not target.is_dir():
                raise UsageError(f"{target} exists and is not a folder")
            if not add_missing and any(target.iterdir()):
                raise UsageError(
                    f"{target} is not empty",
                    "give a new or empty folder, or --add-missing to add only the files that are missing",
                )
        else:
            target.mkdir(parents=True)
        for rel, text in files.items():
            (created if create_new(target, rel, text) else kept).append(rel)
    except OSError as exc:  # under a file, a name too long, a read-only place: the user's path, not a bug
        where = exc.filename if isinstance(exc.filename, str) else target
        raise UsageError(
            f"cannot create {where}: {exc.strerror or exc}", "give a new or empty folder in a place you can write to"
        ) from None
    return InitResult(target, created, kept)


# -- the static website --------------------------------------------------------------------------------

MAX_CHANGELOG_COMMITS = 100
MAX_CHANGELOG_FILES = 200  # record files listed per commit; the rest of an import is counted, not read


PARALLEL_SITE_FROM = 2_000  # records; smaller sites are made in one process (starting workers costs more)


def site(
    kb: KnowledgeBase,
    output: Path,
    options: RenderOptions,
    *,
    progress: ProgressCallback | None = None,
    workers: int | None = None,
) -> SiteWrite:
    """Write the static website of the knowledge base into `output` (new, empty, or an earlier site).

    `workers`: processes that make the pages (default: one per core for a large knowledge base).
    """
    from ggznet.render.env import HtmlRenderer
    from ggznet.render.site import SiteInput, build_site
    from ggznet.store.sitefiles import write_site

    _check_options(options)
    changes, shown = _changelog(kb.root) if options.history else (None, None)
    index = _audience_index(kb, options)
    if changes is not None:
        from ggznet.audience import visible_record_changes

        changes = visible_record_changes(changes, kb.index, index, options.audience)
    site_input = SiteInput(
        index=index,
        as_of=options.as_of,
        commit=_commit(kb, options),
        lang=options.lang,
        audience=options.audience,
        changes=changes,
        commits_shown=shown,
        errors=options.errors,
    )
    if workers is None:
        records = sum(len(r) for r in kb.index.records.values())
        workers = _cores() if records >= PARALLEL_SITE_FROM else 1
    files = build_site(site_input, HtmlRenderer(options.templates), progress, workers=workers)
    return write_site(output, files)


def _cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


def _changelog(root: Path) -> tuple[list[Change] | None, int | None]:
    """Record changes of the latest commits that touched data/ (None without git history), and the cut."""
    from ggznet.history import changes
    from ggznet.store.git import HistoryError, commits

    try:
        found = commits(root, None)
        base = found[-MAX_CHANGELOG_COMMITS - 1].sha if len(found) > MAX_CHANGELOG_COMMITS else None
        return changes(root, base, per_commit=MAX_CHANGELOG_FILES), (MAX_CHANGELOG_COMMITS if base else None)
    except HistoryError:
        return None, None
