"""The fast read path: libyaml's C parser (via PyYAML) with YAML 1.2 core-schema resolution.

This is the only module that imports PyYAML. It never executes tags, never expands aliases and
reports duplicate keys with their position, so a hostile file costs little and says where it is bad.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, ClassVar

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import BaseResolver

from ggznet.charpolicy import has_refused_but_cr

try:  # the C extension ships in PyYAML's wheels; the pure parser is a slow but correct fallback
    from yaml._yaml import CParser as _Parser

    HAVE_LIBYAML = True
except ImportError:  # pragma: no cover - depends on the platform's wheel
    from yaml.parser import Parser as _Parser  # type: ignore[assignment]

    HAVE_LIBYAML = False

try:  # an optional accelerator: a YAML 1.2 parser in Rust, used only where it provably agrees (see below)
    import yaml_rs as _yaml_rs
except ImportError:  # pragma: no cover - the libyaml path alone is correct, just slower
    _yaml_rs = None  # type: ignore[assignment]

TAG_PREFIX = "tag:yaml.org,2002:"
# Texts with any of these go to the libyaml path. Both paths read YAML 1.2's core schema; they
# differ only on what these catch: tags, anchors, aliases and complex keys (reported exactly by the
# libyaml path), several documents, merge keys, `1_000` and `0b101` (numbers to the Rust parser,
# text in YAML 1.2), tabs, block scalars that are empty or end the file, empty keys, a CR that is
# not part of CRLF, and every character the Unicode policy refuses (`charpolicy`; NEL, U+2028 and
# U+2029 are line breaks to libyaml but not to the Rust parser). tests/test_yaml_paths.py proves it.
_INDICATOR = re.compile(r"[!&*?]")
_DEEP_INDENT = "\n" + " " * 64  # deeper than twice MAX_DEPTH
_UNDERSCORE_NUMBER = re.compile(r"_(?:(?=\d)|(?<=\d_))")  # `1_000`, and `1_`, `1_e3` (a number to the Rust parser)
_PREFIXED_NUMBER = re.compile(r"0[box]")  # also hex and octal: only the exact path bounds their size
_LONG_NUMBER = re.compile(r"[0-9]{19}")  # past 64 bits: the exact path bounds them
# `_LONG_NUMBER` on a file's UTF-8 bytes, much faster: every ASCII digit made "0" and every other byte a space
# (a byte of a character beyond ASCII is never an ASCII digit, so the runs of digits are the text's own).
_DIGIT_BYTES = bytes(0x30 if 0x30 <= b <= 0x39 else 0x20 for b in range(256))
_DIGIT_RUN = b"0" * 19
_BLOCK_SCALAR = re.compile(r"[|>][-+1-9]{0,2}[ \t]*(?:#[^\r\n]*)?\r?$", re.MULTILINE)  # also with CRLF
# `: x` after a line start, space or flow indicator. Written colon first (the character before it is looked
# at behind), so that the search jumps from colon to colon: the same texts match as with `[\s\[{,]:(?:…)`.
_EMPTY_KEY = re.compile(r":(?<=[\s\[{,]:)(?:[\s,\]}]|\Z)")
_LONE_CR = re.compile(r"\r(?!\n)")
_COLLECTION_KEY = re.compile(r"[\]}][ \t]*:")  # `{a: b}: c`, a flow collection as a key
# `{{}}`, `{a: 1, [b]}`: a flow collection opening right after `{` or `,` may be a key without a colon
# (also a harmless `[1, [2]]`, which the exact path reads the same)
_FLOW_IN_FLOW = re.compile(r"[{,][ \t\r\n]*[\[{]")
# `[>]`, `{a: |}`, `[x, >y]`, `[:x]`: a node in a flow collection that starts with `|`, `>` or `:` is plain text
# to the Rust parser and an error to libyaml (YAML's block scalar indicators cannot start one there)
# also `[a:]` (a key to the Rust parser, an error to libyaml) and `[a: ::b]`
# (written colon first, so that the search jumps from colon to colon; `(?<=\s:)` also takes `[ :x]`, and a rare ` :`)
_FLOW_COLON = re.compile(r":(?:(?<=[\[{,\s]:)|(?=[,?\[\]{}])|(?=[ \t]+:))")
_NAN = re.compile(r"\.(?:nan|NaN|NAN)")  # two `.nan` keys: not equal in Python, a duplicate key to libyaml
# A line that opens a flow collection: one left open at the line's end (`{"a\nb": 1}`, `{a\n b: 1}`, `{a: |-\n x\n}`)
# is read differently by the two parsers, so such a line must close what it opens; one with a quote or a comment,
# which could hide a bracket, is not looked into (the exact path reads it)
_FLOW_OPEN = re.compile(r"[\[{]")
_BLOCK_HEADER_END = re.compile(r"[-+1-9]{0,2}[ \t]*(?:#[^\r\n]*)?(?:\r?\n|\Z)")  # after `|`/`>`: a header's end
MAX_DEPTH = 32
_COMPACT_NESTING = re.compile(rf"[-?](?:[ \t]+[-?]){{{MAX_DEPTH - 1}}}")  # `- - - - …` on one line
# A `_COMPACT_NESTING` match in a text's UTF-8 bytes is MAX_DEPTH `-`/`?` with only blanks and tabs between: with
# every `-`/`?` made "D", every other byte "x" and the blanks and tabs dropped, MAX_DEPTH "D"s in a row.
_DASHES = bytes(0x44 if b in b"-?" else 0x78 for b in range(256))
_DASH_RUN = b"D" * MAX_DEPTH
_FLOW = re.compile(r"[\[\]{}]")


class Resolver12(BaseResolver):
    """Implicit typing of plain scalars as YAML 1.2's core schema says.

    `no`, `on`, `yes` stay strings, `012` is twelve, `1:30` is a string, `0o12` is octal, and dates
    are strings too (the core schema has no timestamp type); the record schemas parse them.
    """


Resolver12.yaml_implicit_resolvers = {}
for _tag, _regexp, _first in (
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    (
        "float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+0123456789.",
    ),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
):
    Resolver12.add_implicit_resolver(TAG_PREFIX + _tag, re.compile(_regexp), list(_first))


class _Constructor(SafeConstructor):
    """Builds plain Python data; records problems instead of expanding aliases or keeping duplicates."""

    yaml_constructors: ClassVar[dict[str | None, Any]] = {}

    def __init__(self) -> None:
        super().__init__()
        self.findings: list[tuple[str, str, Node]] = []
        self.seen_nodes: set[int] = set()

    def construct_object(self, node: Node, deep: bool = False) -> Any:
        key = id(node)
        if key in self.seen_nodes:
            self.findings.append(("yaml-alias", "anchors and aliases (&name / *name) are not allowed in records", node))
            return None
        self.seen_nodes.add(key)
        return super().construct_object(node, deep=deep)

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        if not isinstance(node, MappingNode):
            raise ConstructorError(None, None, f"expected a mapping node, but found {node.id}", node.start_mark)
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, str | int | float | bool | None | dt.date):
                raise ConstructorError(
                    None, None, "a key must be a plain word, not a list or mapping", key_node.start_mark
                )
            if key in mapping:
                self.findings.append(("yaml-duplicate-key", f"duplicate key `{key}`", key_node))
                self.construct_object(value_node, deep=deep)
                continue
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping

    def construct_yaml_int(self, node: ScalarNode) -> int:
        value = str(self.construct_scalar(node)).replace("_", "")
        if len(value) > 4000:
            raise ConstructorError(None, None, "number too large", node.start_mark)
        if value.startswith("0o"):
            return int(value[2:], 8)
        if value.startswith("0x"):
            return int(value[2:], 16)
        if len(value.lstrip("+-")) > 4000:
            raise ConstructorError(None, None, "number too large", node.start_mark)
        return int(value, 10)

    def construct_yaml_float(self, node: ScalarNode) -> float:
        return float(SafeConstructor.construct_yaml_float(self, node))


for _name, _method in (
    ("null", SafeConstructor.construct_yaml_null),
    ("bool", SafeConstructor.construct_yaml_bool),
    ("int", _Constructor.construct_yaml_int),
    ("float", _Constructor.construct_yaml_float),
    ("str", SafeConstructor.construct_yaml_str),
    ("seq", SafeConstructor.construct_yaml_seq),
    ("map", SafeConstructor.construct_yaml_map),
):
    _Constructor.yaml_constructors[TAG_PREFIX + _name] = _method


def _undefined(self: _Constructor, node: Node) -> Any:
    raise ConstructorError(None, None, f"the tag `{node.tag}` is not allowed in records", node.start_mark)


_Constructor.yaml_constructors[None] = _undefined


class _EventLoader(_Parser, Resolver12):
    def __init__(self, stream: str) -> None:
        _Parser.__init__(self, stream)
        Resolver12.__init__(self)


class _TooDeep(Exception):
    def __init__(self, node: Node) -> None:
        self.node = node


_STR_TAG = TAG_PREFIX + "str"
_MAYBE_TYPED = frozenset("-+0123456789.~nNtTfF")


class _Loader(_Parser, _Constructor, Resolver12):
    def __init__(self, stream: str) -> None:
        _Parser.__init__(self, stream)
        _Constructor.__init__(self)
        Resolver12.__init__(self)

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        # Most scalars are words: skip the regular expressions when no implicit type can match.
        if kind is ScalarNode and implicit[0] and value and value[0] not in _MAYBE_TYPED:
            return _STR_TAG
        return super().resolve(kind, value, implicit)  # type: ignore[no-untyped-call]  # untyped in types-PyYAML

    def build(self, node: Node) -> Any:
        """Plain data from a node tree: a tight walk instead of the generic constructor machinery."""
        seen = self.seen_nodes
        findings = self.findings
        constructors = self.yaml_constructors
        str_tag, map_tag, seq_tag = _STR_TAG, TAG_PREFIX + "map", TAG_PREFIX + "seq"

        def walk(n: Node, depth: int = 0) -> Any:
            if depth > MAX_DEPTH:
                raise _TooDeep(n)
            key = id(n)
            if key in seen:
                findings.append(("yaml-alias", "anchors and aliases (&name / *name) are not allowed in records", n))
                return None
            seen.add(key)
            tag = n.tag
            if tag == str_tag:
                return n.value
            if tag == map_tag and isinstance(n, MappingNode):
                mapping: dict[Any, Any] = {}
                for key_node, value_node in n.value:
                    k = walk(key_node, depth + 1)
                    if not isinstance(k, str | int | float | bool | None | dt.date):
                        raise ConstructorError(
                            None, None, "a key must be a plain word, not a list or mapping", key_node.start_mark
                        )
                    v = walk(value_node, depth + 1)
                    if k in mapping:
                        findings.append(("yaml-duplicate-key", f"duplicate key `{k}`", key_node))
                        continue
                    mapping[k] = v
                return mapping
            if tag == seq_tag and isinstance(n, SequenceNode):
                return [walk(item, depth + 1) for item in n.value]
            if tag in constructors and isinstance(n, ScalarNode) and tag not in (map_tag, seq_tag):
                try:
                    return constructors[tag](self, n)
                except (ValueError, KeyError, TypeError, OverflowError):
                    short = tag.removeprefix(TAG_PREFIX)
                    raise ConstructorError(
                        None,
                        None,
                        f"`{str(n.value)[:40]}` is not a valid {short} (explicit tag !!{short})",
                        n.start_mark,
                    ) from None
            return _undefined(self, n)

        return walk(node)


@dataclass(slots=True)
class Finding:
    """Something wrong found while reading; `line`/`column` are 1-based, 0 when unknown."""

    code: str
    message: str
    line: int = 0
    column: int = 0
    hint: str | None = None


@dataclass(slots=True)
class Parsed:
    data: Any = None
    findings: list[Finding] = field(default_factory=list)


_ODD_BREAKS = ("\u2028", "\u2029", "\x85")


def position(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of a character index, counting only \n as a line break (as editors do)."""
    index = max(0, min(index, len(text)))
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def _mark(node_or_mark: Any, text: str | None = None) -> tuple[int, int]:
    mark = getattr(node_or_mark, "start_mark", node_or_mark)
    if mark is None:
        return 0, 0
    if text is not None and any(c in text for c in _ODD_BREAKS):
        return position(text, mark.index)  # libyaml also breaks lines at U+2028, U+2029 and NEL
    return mark.line + 1, mark.column + 1


def nesting_too_deep(text: str, data: bytes | None = None) -> bool:
    """Whether the document nests deeper than MAX_DEPTH, found before anything recursive sees it.

    A cheap look at the text clears almost every file; the few it cannot clear (many brackets or
    dashes, which may sit inside strings) are measured exactly on libyaml's event stream, which
    keeps its own stack and so is safe at any depth. `data`: the text's UTF-8 bytes, when at hand (faster).
    """
    # `_COMPACT_NESTING` needs MAX_DEPTH dashes or question marks: most texts are cleared by counting them, and
    # most others by the bytes (in C: `compact_run`) before the search
    if text.count("-") + text.count("?") < MAX_DEPTH or not (
        (data is None or compact_run(data)) and _COMPACT_NESTING.search(text)
    ):
        if text.count("[") + text.count("{") <= MAX_DEPTH:
            return False
        depth = 0
        for match in _FLOW.finditer(text):
            depth += 1 if match.group() in "[{" else -1
            if depth > MAX_DEPTH:
                break
        else:
            return False
    return _event_depth(text) > MAX_DEPTH


def compact_run(data: bytes) -> bool:
    """False when a text's UTF-8 bytes surely hold no `_COMPACT_NESTING` match (`- - - …` MAX_DEPTH times).

    `-`, `?`, blank and tab are ASCII, and no byte of a longer UTF-8 sequence is ASCII: a match in the text is
    the same run of bytes, which `_DASHES` with blanks and tabs dropped makes MAX_DEPTH "D"s in a row."""
    return _DASH_RUN in data.translate(_DASHES, b" \t")


def _event_depth(text: str) -> int:
    depth = deepest = 0
    try:
        for event in yaml.parse(text, Loader=_EventLoader):  # type: ignore[arg-type]  # any parser + resolver works
            if isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    return depth
                deepest = max(deepest, depth)
            elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
                depth -= 1
    except yaml.YAMLError as exc:
        if "maximum nesting depth" in str(exc):  # libyaml's own bound (PyYAML 6.0.3 and later), met before ours
            return MAX_DEPTH + 1
        # any other syntax error: the parse reports it with its place
    return deepest


def _token_indicator(text: str) -> bool:
    """A `!tag`, `&anchor`, `*alias` or `?` key at the start of a token (not `Meldpunt & Advies`)."""
    if "!" not in text and "&" not in text and "*" not in text and "?" not in text:
        return False  # no `_INDICATOR` at all (four scans in C: more than half the files)
    for match in _INDICATOR.finditer(text):
        i = match.start()
        if i and text[i - 1] not in " \t\n\r[{,":
            continue
        after = text[i + 1 : i + 2]
        if match.group() in "?!" or (after and after not in " \t\r\n"):
            return True
    return False


def _number_extension(text: str) -> bool:
    """`_\\d`, `\\d_` or `0[box]` anywhere (two searches that each start from a fixed character run faster than one)."""
    return ("_" in text and _UNDERSCORE_NUMBER.search(text) is not None) or _PREFIXED_NUMBER.search(text) is not None


def long_number(data: bytes) -> bool:
    """Whether a text's UTF-8 bytes hold a run of 19 ASCII digits: `_LONG_NUMBER.search` of the text, faster."""
    return _DIGIT_RUN in data.translate(_DIGIT_BYTES)


def fast_path_eligible(text: str, *, refused: bool | None = None, long: bool | None = None) -> bool:
    """True when the Rust parser is there and the text has nothing the two parsers read differently.

    A file must also end with a line break: the parsers disagree on a block scalar at the very end
    of a file without one. Each check is a single pass in C or runs only when its characters occur.
    """
    if _yaml_rs is None or not text.endswith("\n"):
        return False
    if _DEEP_INDENT in text:  # possibly deeper than MAX_DEPTH: the exact path measures it
        return False
    if text.startswith(("---", "...", "%")) or "\n---" in text or "\n..." in text or "\n%" in text:
        return False
    if refused is None:
        refused = has_refused_but_cr(text)
    if long is None:
        long = _LONG_NUMBER.search(text) is not None
    if "<<" in text or _number_extension(text) or refused or long or ("." in text and _NAN.search(text)):
        return False
    if "\t" in text:  # libyaml and the Rust parser treat tabs near indicators differently
        return False
    if ("|" in text or ">" in text) and _BLOCK_SCALAR.search(text) and not _blocks_agree(text):
        return False
    if ":" in text and (
        text.startswith(":")
        or _EMPTY_KEY.search(text)
        or (("]" in text or "}" in text) and _COLLECTION_KEY.search(text))  # the search only where it can match
    ):
        return False
    if "\r" in text and _LONE_CR.search(text):
        return False
    if ("{" in text or "[" in text) and (_FLOW_IN_FLOW.search(text) or _FLOW_COLON.search(text)):
        return False
    if ("{" in text or "[" in text) and _flow_spans_lines(text):
        return False
    if ("|" in text or ">" in text) and _misplaced_block_indicator(text):
        return False
    return not _token_indicator(text)


def _misplaced_block_indicator(text: str) -> bool:
    """Whether a `|` or `>` starts a node where it cannot start a block scalar: right after `[`, `{` or `,`, or
    after `:` without ending its line as a block scalar's header does (`{a: >}`, `a: > x`)."""
    for at in (m.start() for m in _BLOCK_CHAR.finditer(text)):
        back = at - 1
        while back >= 0 and text[back] in " \t\r\n":  # (each run of white space is passed once in all)
            back -= 1
        before = text[back] if back >= 0 else ""
        if before in ("[", "{", ","):
            return True
        if before == ":" and _BLOCK_HEADER_END.match(text, at + 1) is None:
            return True
    return False


_BLOCK_CHAR = re.compile(r"[|>]")


def _flow_spans_lines(text: str) -> bool:
    """Whether a line may leave a flow collection (`[`, `{`) open (see `_FLOW_LINE`)."""
    found = _FLOW_OPEN.search(text)
    while found is not None:
        end = text.find("\n", found.start())
        end = len(text) if end < 0 else end
        line = text[text.rfind("\n", 0, found.start()) + 1 : end]
        if "'" in line or '"' in line or "#" in line:
            return True
        if line.count("[") + line.count("{") != line.count("]") + line.count("}"):
            return True
        found = _FLOW_OPEN.search(text, end)
    return False


def _blocks_agree(text: str) -> bool:
    """Whether every block scalar (`|`, `>-`, …) is of the kind both parsers read alike.

    That is (tests/test_loader.py fuzzes it against the exact path): no explicit indentation
    indicator (`|2`), and content on the very next line, indented deeper than the header's line.
    An empty block scalar, or one that starts with blank lines, goes to the exact path.
    """
    for match in _BLOCK_SCALAR.finditer(text):
        if any(c.isdigit() for c in match.group()):
            return False
        line_start = text.rfind("\n", 0, match.start()) + 1
        header = text[line_start : match.start()]
        header_indent = len(header) - len(header.lstrip(" "))
        end = text.find("\n", match.end() + 1)
        if end < 0:
            return False
        line = text[match.end() + 1 : end].rstrip("\r")
        content = line.lstrip(" ")
        if not content.strip() or len(line) - len(content) <= header_indent:
            return False
    return True


def parse(text: str, *, refused: bool | None = None, long: bool | None = None, data: bytes | None = None) -> Parsed:
    """Parse one YAML document into plain data (dict/list/str/int/float/bool/None/date).

    `refused`: whether the text holds a character the Unicode policy refuses (a CR aside), when the
    caller knows already (False when `charpolicy.raw_hint` found nothing); `long`: whether it holds a run
    of 19 digits (`long_number` of its bytes), when the caller knows; `data`: its UTF-8 bytes, when at hand.
    """
    result = Parsed()
    if nesting_too_deep(text, data):
        result.findings.append(
            Finding("yaml-too-deep", f"nesting deeper than {MAX_DEPTH} levels", 1, 1, "records are a few levels deep")
        )
        return result
    if fast_path_eligible(text, refused=refused, long=long):
        try:
            result.data = _yaml_rs.loads(text, parse_datetime=False)
            return result
        except Exception:
            result.data = None
    return parse_exact(text)


def parse_exact(text: str) -> Parsed:
    """The libyaml path: exact findings with positions for everything a record must not contain."""
    result = Parsed()
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is not None:
            result.data = loader.build(node)
    except yaml.reader.ReaderError as exc:
        line, col = position(text, exc.position)
        char = exc.character if isinstance(exc.character, str) else chr(exc.character)
        result.findings.append(
            Finding(
                "yaml-syntax",
                f"the character U+{ord(char):04X} is not allowed in YAML",
                line,
                col,
                "remove it; YAML files hold printable text only",
            )
        )
        result.data = None
    except yaml.MarkedYAMLError as exc:
        line, col = _mark(exc.problem_mark or exc.context_mark, text)
        message = " ".join(str(p) for p in (exc.context, exc.problem) if p) or str(exc)
        code = "yaml-tag" if "tag" in message and isinstance(exc, ConstructorError) else "yaml-syntax"
        hint = None
        if "but found another document" in message:
            code, message = "root-not-mapping", "the file holds several YAML documents; a record is one"
        elif "exceeded maximum nesting depth" in message:  # libyaml's own bound (PyYAML 6.0.3 and later)
            code, message = "yaml-too-deep", f"nesting deeper than {MAX_DEPTH} levels"
            hint = "records are a few levels deep"
        result.findings.append(Finding(code, message, line, col, hint))
        result.data = None
    except yaml.YAMLError as exc:  # reader errors without a mark
        result.findings.append(Finding("yaml-syntax", str(exc), 1, 1))
        result.data = None
    except _TooDeep as exc:
        line, col = _mark(exc.node, text)
        result.findings.append(
            Finding(
                "yaml-too-deep", f"nesting deeper than {MAX_DEPTH} levels", line, col, "records are a few levels deep"
            )
        )
        result.data = None
    except RecursionError:
        result.findings.append(Finding("yaml-too-deep", "nesting too deep to read", 1, 1))
        result.data = None
    finally:
        loader.dispose()
    for code, message, node in loader.findings:
        line, col = _mark(node, text)
        result.findings.append(Finding(code, message, line, col))
    return result


def compose(text: str) -> Node | None:
    """The node tree of a document, with positions; used only for files that have problems."""
    if nesting_too_deep(text):
        return None
    loader = _Loader(text)
    try:
        return loader.get_single_node()
    except (yaml.YAMLError, RecursionError):
        return None
    finally:
        loader.dispose()


def locate(
    root: Node | None, loc: tuple[str | int, ...], *, key: bool = False, text: str | None = None
) -> tuple[int, int]:
    """Line and column (1-based) of the value at `loc`, or of its key when `key` is true.

    Walks as deep as the path exists and reports the deepest node found.
    """
    node = root
    best: tuple[int, int] = _mark(root, text) if root is not None else (1, 1)
    for i, part in enumerate(loc):
        last = i == len(loc) - 1
        if isinstance(node, MappingNode):
            for key_node, value_node in node.value:
                if isinstance(key_node, ScalarNode) and key_node.value == str(part):
                    best = _mark(key_node if (last and key) else value_node, text)
                    node = value_node
                    break
            else:
                return best
        elif isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            node = node.value[part]
            best = _mark(node, text)
        else:
            return best
    return best
