"""Message templates read from ggznet's source with `ast` (nothing is imported or run): the texts an expression
can give, for the tests that check every message and every problem has a Dutch form."""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from types import MappingProxyType

SRC = Path(__file__).resolve().parent.parent / "src" / "ggznet"
HOLE = "Q9"  # what fills a placeholder in a sample: no language's word

Bindings = Mapping[str, list[ast.expr]]
NO_CONSTANTS: Mapping[str, str] = MappingProxyType({})
NOTHING: Bindings = MappingProxyType({})


def texts(node: ast.expr, *, constants: Mapping[str, str] = NO_CONSTANTS, bound: Bindings = NOTHING) -> Iterator[str]:
    """The templates an expression can give, a value that is not known written `{}`:

    - literal text; either side of `x if c else y`; each side of `a or b`; `a + b` of those;
    - an f-string: its literal text, and for each value: the text of a name in `constants` (a module constant,
      which the name certainly holds), each text of a literal `x if c else y`, or `{}` together with the literal
      texts a name is `bound` to (a local name may hold something else as well);
    - a name: its constant, else what it is bound to.
    """
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.Name):
        if node.id in constants:
            yield constants[node.id]
        else:
            for value in bound.get(node.id, []):
                yield from texts(value, constants=constants)
    elif isinstance(node, ast.JoinedStr):
        found = [""]
        for value in node.values:
            if isinstance(value, ast.Constant):
                options = [str(value.value)]
            else:
                assert isinstance(value, ast.FormattedValue)
                options = list(_formatted(value.value, constants, bound)) or ["{}"]
            found = [text + option for text in found for option in options]
        yield from found
    elif isinstance(node, ast.IfExp):
        yield from texts(node.body, constants=constants, bound=bound)
        yield from texts(node.orelse, constants=constants, bound=bound)
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            yield from texts(value, constants=constants, bound=bound)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        lefts = list(texts(node.left, constants=constants, bound=bound)) or ["{}"]
        rights = list(texts(node.right, constants=constants, bound=bound)) or ["{}"]
        yield from (a + b for a in lefts for b in rights if (a + b).replace("{}", ""))


def _formatted(inner: ast.expr, constants: Mapping[str, str], bound: Bindings) -> Iterator[str]:
    """What a value put into an f-string can read as."""
    if isinstance(inner, ast.Name) and inner.id in constants:
        yield constants[inner.id]
        return
    if isinstance(inner, ast.IfExp) and all(
        isinstance(side, ast.Constant | ast.JoinedStr) for side in (inner.body, inner.orelse)
    ):
        yield from texts(inner, constants=constants)
        return
    yield "{}"
    if isinstance(inner, ast.Name):  # a local name bound to literal text: that text too
        yield from (text for value in bound.get(inner.id, []) for text in texts(value) if "{}" not in text)


def call_name(func: ast.expr) -> str | None:
    """The name a call is made by: `f(…)` and `x.f(…)` are both `f`."""
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


def module_constants(trees: Iterable[ast.Module]) -> dict[str, str]:
    """Module-level names bound to one text (`DATA = "data"`), across the modules: a name bound to different
    texts in different modules is left out."""
    found: dict[str, set[str]] = {}
    for tree in trees:
        for node in tree.body:
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
                for target in node.targets:
                    if isinstance(target, ast.Name) and isinstance(node.value.value, str):
                        found.setdefault(target.id, set()).add(node.value.value)
    return {name: next(iter(values)) for name, values in found.items() if len(values) == 1}


def bindings(scope: ast.AST) -> dict[str, list[ast.expr]]:
    """What each name in a function (or anywhere in a module) is bound to: `hint = …`, `code, message = …, …`."""
    found: dict[str, list[ast.expr]] = {}
    for node in ast.walk(scope):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found.setdefault(target.id, []).append(node.value)
                elif isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                    for name, value in zip(target.elts, node.value.elts, strict=False):
                        if isinstance(name, ast.Name):
                            found.setdefault(name.id, []).append(value)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            found.setdefault(node.target.id, []).append(node.value)
    return found
