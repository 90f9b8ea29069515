"""The fast read path: libyaml's C parser (via PyYAML) with YAML 1.2 core-schema resolution.

This is the only module that imports PyYAML. It never executes tags, never expands aliases and
reports duplicate keys with their position, so a hostile file costs little and says where it is bad.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import BaseResolver

try:  # the C extension ships in PyYAML's wheels; the pure parser is a slow but correct fallback
    from yaml._yaml import CParser as _Parser

    HAVE_LIBYAML = True
except ImportError:  # pragma: no cover - depends on the platform's wheel
    from yaml.parser import Parser as _Parser  # type: ignore[assignment]

    HAVE_LIBYAML = False

TAG_PREFIX = "tag:yaml.org,2002:"
MAX_DEPTH = 32
_COMPACT_NESTING = re.compile(r"(?:[-?][ \t]+){%d,}" % MAX_DEPTH)
_FLOW = re.compile(r"[\[\]{}]")


class Resolver12(BaseResolver):
    """Implicit typing of plain scalars as YAML 1.2's core schema says (plus ISO dates).

    `no`, `on`, `yes` stay strings, `012` is twelve, `1:30` is a string, `0o12` is octal.
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
    ("timestamp", r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "0123456789"),
):
    Resolver12.add_implicit_resolver(TAG_PREFIX + _tag, re.compile(_regexp), list(_first))


class _Constructor(SafeConstructor):
    """Builds plain Python data; records problems instead of expanding aliases or keeping duplicates."""

    yaml_constructors: dict[str | None, Any] = {}

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

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:  # type: ignore[override]
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

    def construct_yaml_int(self, node: ScalarNode) -> int:  # type: ignore[override]
        value = str(self.construct_scalar(node)).replace("_", "")
        if value.startswith("0o"):
            return int(value[2:], 8)
        if value.startswith("0x"):
            return int(value[2:], 16)
        if len(value.lstrip("+-")) > 4000:
            raise ConstructorError(None, None, "number too large", node.start_mark)
        return int(value, 10)

    def construct_yaml_timestamp(self, node: ScalarNode) -> Any:  # type: ignore[override]
        value = str(self.construct_scalar(node))
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value  # not a real date: the schema reports it with its field

    def construct_yaml_float(self, node: ScalarNode) -> float:  # type: ignore[override]
        return float(SafeConstructor.construct_yaml_float(self, node))


for _name, _method in (
    ("null", SafeConstructor.construct_yaml_null),
    ("bool", SafeConstructor.construct_yaml_bool),
    ("int", _Constructor.construct_yaml_int),
    ("float", _Constructor.construct_yaml_float),
    ("timestamp", _Constructor.construct_yaml_timestamp),
    ("str", SafeConstructor.construct_yaml_str),
    ("seq", SafeConstructor.construct_yaml_seq),
    ("map", SafeConstructor.construct_yaml_map),
):
    _Constructor.yaml_constructors[TAG_PREFIX + _name] = _method


def _undefined(self: _Constructor, node: Node) -> Any:
    raise ConstructorError(None, None, f"the tag `{node.tag}` is not allowed in records", node.start_mark)


_Constructor.yaml_constructors[None] = _undefined


class _Loader(_Parser, _Constructor, Resolver12):  # type: ignore[misc, valid-type]
    def __init__(self, stream: str) -> None:
        _Parser.__init__(self, stream)
        _Constructor.__init__(self)
        Resolver12.__init__(self)


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


def _mark(node_or_mark: Any) -> tuple[int, int]:
    mark = getattr(node_or_mark, "start_mark", node_or_mark)
    if mark is None:
        return 0, 0
    return mark.line + 1, mark.column + 1


def nesting_too_deep(text: str) -> bool:
    """A cheap pre-check so that pathological nesting never reaches the recursive composer."""
    if _COMPACT_NESTING.search(text):
        return True
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return False
    depth = 0
    for match in _FLOW.finditer(text):
        depth += 1 if match.group() in "[{" else -1
        if depth > MAX_DEPTH:
            return True
    return False


def parse(text: str) -> Parsed:
    """Parse one YAML document into plain data (dict/list/str/int/float/bool/None/date)."""
    result = Parsed()
    if nesting_too_deep(text):
        result.findings.append(
            Finding("yaml-too-deep", f"nesting deeper than {MAX_DEPTH} levels", 1, 1, "records are a few levels deep")
        )
        return result
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is not None:
            result.data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        line, col = _mark(exc.problem_mark or exc.context_mark)
        message = " ".join(str(p) for p in (exc.context, exc.problem) if p) or str(exc)
        code = "yaml-tag" if "tag" in message and isinstance(exc, ConstructorError) else "yaml-syntax"
        if "but found another document" in message:
            code, message = "root-not-mapping", "the file holds several YAML documents; a record is one"
        result.findings.append(Finding(code, message, line, col))
        result.data = None
    except yaml.YAMLError as exc:  # reader errors without a mark
        result.findings.append(Finding("yaml-syntax", str(exc), 1, 1))
        result.data = None
    except RecursionError:
        result.findings.append(Finding("yaml-too-deep", "nesting too deep to read", 1, 1))
        result.data = None
    finally:
        loader.dispose()
    for code, message, node in loader.findings:
        line, col = _mark(node)
        result.findings.append(Finding(code, message, line, col))
    return result


def compose(text: str) -> Node | None:
    """The node tree of a document, with positions; used only for files that have problems."""
    if nesting_too_deep(text):
        return None
    loader = _Loader(text)
    try:
        return loader.get_single_node()  # type: ignore[no-any-return]
    except (yaml.YAMLError, RecursionError):
        return None
    finally:
        loader.dispose()


def locate(root: Node | None, loc: tuple[str | int, ...], *, key: bool = False) -> tuple[int, int]:
    """Line and column (1-based) of the value at `loc`, or of its key when `key` is true.

    Walks as deep as the path exists and reports the deepest node found.
    """
    node = root
    best: tuple[int, int] = _mark(root) if root is not None else (0, 0)
    for i, part in enumerate(loc):
        last = i == len(loc) - 1
        if isinstance(node, MappingNode):
            for key_node, value_node in node.value:
                if isinstance(key_node, ScalarNode) and key_node.value == str(part):
                    best = _mark(key_node if (last and key) else value_node)
                    node = value_node
                    break
            else:
                return best
        elif isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            node = node.value[part]
            best = _mark(node)
        else:
            return best
    return best
