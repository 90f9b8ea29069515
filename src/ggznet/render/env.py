"""The Jinja environment for reports and briefings: sandboxed, strict, bounded, with Markdown-safety filters.

Templates from a user's folder (`--templates DIR`) are untrusted input. They load only from inside
that folder (no links, no `..`), and rendering is bounded: in time, in output size, in loop
iterations and calls, and in the size of any string or list a template builds (`'x' * 10**10`,
doubling a string in a loop, `center(10**9)`). Going past a bound is a clear error, exit 1.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import importlib.machinery
import os
import re
import stat
import threading
import time
import types
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import jinja2
from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
    nodes,
)
from jinja2.compiler import CodeGenerator, Frame, optimizeconst
from jinja2.environment import Template
from jinja2.exceptions import SecurityError
from jinja2.filters import do_format, sync_do_map
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment, SandboxedEscapeFormatter, SandboxedFormatter
from jinja2.utils import pass_context
from markupsafe import Markup, soft_str

from ggznet.errors import GgznetError, UsageError
from ggznet.render.markdown import escape_block, escape_cell, escape_inline, link


def builtin_templates() -> Path:
    """Templates shipped with ggznet: inside the installed package, or `templates/` in a checkout."""
    here = Path(__file__).resolve().parent.parent
    packaged = here / "templates"
    if packaged.is_dir():
        return packaged
    return here.parent.parent / "templates"


T = TypeVar("T")

MAX_SECONDS = 60.0  # wall-clock time of one rendering
MAX_OUTPUT = 100_000_000  # characters of output (the overview of `nederland` at 69,090 files: 29.6 million)
MAX_STEPS = 20_000_000  # loop iterations plus calls
MAX_VALUE = 2_000_000  # characters (or items) of one string or list a template builds
MAX_TEMPLATE_BYTES = 1_000_000
# bytes of address space the process may take on while a template runs (where the system bounds it: Linux); the
# bounds above do not see every text a value's operations make from values within them before it is made (a list of
# a few large texts joined, printed or given to `replace`, `expandtabs`, `wordwrap`, `%s` or `tojson`)
MAX_MEMORY_GROWTH = 1 << 30


class TemplateLimit(GgznetError):
    """A template went past one of the rendering bounds."""


class _Budget:
    def __init__(self) -> None:
        self.deadline = time.monotonic() + MAX_SECONDS
        self.steps = 0

    def tick(self) -> None:
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise TemplateLimit(f"the template ran more than {MAX_STEPS:,} loop steps and calls")
        if self.steps % 1024 == 0 and time.monotonic() > self.deadline:
            raise TemplateLimit(f"rendering took longer than {MAX_SECONDS:.0f} seconds")

    def tick_many(self, n: int) -> None:
        """`n` steps at once (output chunks counted in batches: one call per chunk cost a large page 10%)."""
        self.steps += n
        if self.steps > MAX_STEPS:
            raise TemplateLimit(f"the template ran more than {MAX_STEPS:,} loop steps and calls")
        if time.monotonic() > self.deadline:
            raise TemplateLimit(f"rendering took longer than {MAX_SECONDS:.0f} seconds")


_SIZED = (str, list, tuple, dict)  # a tuple: `isinstance` answers it faster than a union


def _check_size(value: Any) -> Any:
    if isinstance(value, _SIZED) and len(value) > MAX_VALUE:
        _too_large(value)
    return value


def _too_large(value: Any) -> None:
    raise TemplateLimit(f"the template built a value of {len(value):,} characters or items (at most {MAX_VALUE:,})")


class FolderLoader(BaseLoader):
    """Templates from one folder only: regular files inside it, never through a link, never outside it."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(os.path.realpath(folder))

    def get_source(self, environment: Any, template: str) -> tuple[str, str, Callable[[], bool]]:
        parts = [p for p in template.replace("\\", "/").split("/") if p not in ("", ".")]
        if not parts or any(p == ".." for p in parts):
            raise TemplateNotFound(template)
        path = self.folder
        for part in parts:  # every step must be a real entry inside the folder, not a link
            path = path / part
            try:
                info = os.lstat(path)
            except (FileNotFoundError, NotADirectoryError):
                raise TemplateNotFound(template) from None
            except OSError as exc:  # there, but not to be read: never the built-in one in its place
                raise _unreadable(template, exc) from None
            if stat.S_ISLNK(info.st_mode):
                raise SecurityError(f"{template}: a link; templates are read only from inside their folder")
        if not stat.S_ISREG(info.st_mode) or not Path(os.path.realpath(path)).is_relative_to(self.folder):
            raise TemplateNotFound(template)
        if info.st_size > MAX_TEMPLATE_BYTES:
            raise SecurityError(f"{template}: larger than {MAX_TEMPLATE_BYTES:,} bytes")
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
            with os.fdopen(fd, "rb") as handle:
                source = handle.read(MAX_TEMPLATE_BYTES + 1).decode("utf-8", "replace")
        except OSError as exc:
            raise _unreadable(template, exc) from None
        mtime = info.st_mtime_ns
        return source, str(path), lambda: os.lstat(path).st_mtime_ns == mtime


def _unreadable(template: str, exc: OSError) -> GgznetError:
    return GgznetError(
        f"template {template} cannot be read: {exc.strerror or exc}", "check the permissions of the template folder"
    )


_DICT_ATTRIBUTES = frozenset(dir(dict))
_LOOP, _JOIN = "environment._loop", "environment._join"  # as the compiled template names them
_OWN_CALLS = frozenset({_LOOP, _JOIN})


def _internal_name(name: str) -> nodes.InternalName:
    """A name written into the compiled template as it is, as Jinja's parser makes one for its own use (the
    class refuses to be made otherwise); a template's own names are never of this kind."""
    node = object.__new__(nodes.InternalName)
    nodes.Node.__init__(node, name)
    return node


_JOINED_VALUES = 8  # values of expressions in one joined output chunk, at most


class _JoiningCodeGenerator(CodeGenerator):
    """Jinja's code, but one run of template text and `{{ … }}` outside any buffer comes out as one chunk (their
    texts joined) instead of one chunk each: a large overview went from about 195,000 chunks to about 60,000, and
    each chunk costs a step through every generator that passes it on.

    The bound on output size still holds: `generate_bounded` checks the size after every chunk, and a
    joined chunk holds at most `_JOINED_VALUES` values of expressions (each one, if the template built it, no
    larger than `MAX_VALUE`; the template's own text is bounded by `MAX_TEMPLATE_BYTES`), so the output can pass
    the limit by at most that many values before it is stopped, where it was one value before."""

    def visit_Output(self, node: nodes.Output, frame: Frame) -> None:
        if frame.buffer is not None or frame.require_output_check or len(node.nodes) < 2:
            super().visit_Output(node, frame)
            return
        group: list[nodes.Expr] = []
        values = 0
        for child in node.nodes:
            if not isinstance(child, nodes.TemplateData):
                if values == _JOINED_VALUES:
                    self._joined(group, node, frame)
                    group, values = [], 0
                values += 1
            group.append(child)
        self._joined(group, node, frame)

    def visit_Call(self, node: nodes.Call, frame: Frame, forward_caller: bool = False) -> None:
        """The environment's own `_loop` and `_join` (put in by `BoundedEnvironment._parse`) called directly: they
        count their steps and check their size themselves, and a large overview starts 4,000 loops."""
        if isinstance(node.node, nodes.InternalName) and node.node.name in _OWN_CALLS and not forward_caller:
            self.write(f"{node.node.name}(")
            for i, argument in enumerate(node.args):
                if i:
                    self.write(", ")
                self.visit(argument, frame)
            self.write(")")
            return
        super().visit_Call(node, frame, forward_caller=forward_caller)

    @optimizeconst
    def visit_Getattr(self, node: nodes.Getattr, frame: Frame) -> None:
        """`x.key` where `x` is a plain dict holding `key` (every view model): the item, in place, without a call of
        `BoundedEnvironment.getattr` (which gives the same: a large overview reads 116,000 of them); anything else
        goes to that call. The name `_ggznet_of` is assigned just before it is read, with nothing in between that
        could evaluate another `.key`, so one name serves nested and neighbouring lookups alike."""
        if node.attr in _DICT_ATTRIBUTES or self.environment.is_async:
            super().visit_Getattr(node, frame)
            return
        key = repr(node.attr)
        self.write(f"(_ggznet_of[{key}] if type(_ggznet_of := ")
        self.visit(node.node, frame)
        self.write(f") is dict and {key} in _ggznet_of else environment.getattr(_ggznet_of, {key}))")

    def _joined(self, group: list[nodes.Expr], node: nodes.Output, frame: Frame) -> None:
        """`group` written into a list of its own (Jinja's code for output inside a buffer), yielded joined."""
        output = nodes.Output(group, lineno=node.lineno)
        if len(group) < 2:
            super().visit_Output(output, frame)
            return
        self.writeline("_ggznet_chunk = []")
        frame.buffer = "_ggznet_chunk"
        try:
            super().visit_Output(output, frame)
        finally:
            frame.buffer = None
        self.writeline("yield ''.join(_ggznet_chunk)")


class BoundedEnvironment(SandboxedEnvironment):
    """The sandbox, with every loop, call, `*`, `**`, `+`, `%` and `~` counted or size-checked."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})
    code_generator_class = _JoiningCodeGenerator

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.budget = _Budget()

    def _loop(self, iterable: Any) -> Iterator[Any]:
        self.budget.tick()  # the loop itself, as a call is
        for item in iterable:
            self.budget.tick()
            yield item

    def _join(self, *parts: Any) -> str:
        self.budget.tick()
        return str(_check_size("".join(str(p) for p in parts)))

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        """The template, with every loop stepping through the budget and every `a ~ b` size-checked: calls of
        `_loop` and `_join` that the code generator writes as direct calls (`_OWN_CALLS`), by names no
        template can write, so that no template can rebind or reach them."""
        tree = super()._parse(source, name, filename)
        for node in list(tree.find_all((nodes.For, nodes.Concat))):
            if isinstance(node, nodes.For):
                node.iter = nodes.Call(_internal_name(_LOOP), [node.iter], [], None, None)
            elif isinstance(node, nodes.Concat):
                node.nodes = [nodes.Call(_internal_name(_JOIN), list(node.nodes), [], None, None)]
        return tree

    def getattr(self, obj: Any, attribute: str) -> Any:
        """`x.key` on a plain dict (every view model): the item, as the sandbox gives it, without first
        trying (and failing) an attribute lookup, which cost a large page a third of its rendering time.
        A dict has no attributes but its methods, so for any other name the sandbox would end up here too."""
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """The sandbox's `str.format` and `str.format_map`, with every width and precision bounded before the
        text is made (`'{:1000000000}'.format(1)` made a gigabyte of spaces first)."""
        if not isinstance(value, types.MethodType | types.BuiltinMethodType) or value.__name__ not in (
            "format",
            "format_map",
        ):
            return None
        text = value.__self__
        if not isinstance(text, str):
            return None
        formatter: SandboxedFormatter
        if isinstance(text, Markup):
            formatter = _BoundedEscapeFormatter(self, escape=text.escape)
        else:
            formatter = _BoundedFormatter(self)
        kind, mapping = type(text), value.__name__ == "format_map"

        def wrapper(*args: Any, **kwargs: Any) -> str:
            if not mapping:
                return kind(formatter.vformat(text, args, kwargs))
            if kwargs or len(args) != 1:
                raise TypeError("format_map() takes exactly one argument")
            return kind(formatter.vformat(text, (), args[0]))

        return functools.update_wrapper(wrapper, value)

    def call(self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        self.budget.tick()
        for value in (*args, *kwargs.values()):
            if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_VALUE:
                raise TemplateLimit(f"the template passed the number {value:.3g} to a function (at most {MAX_VALUE:,})")
        return _check_size(super().call(__context, __obj, *args, **kwargs))

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int | float) and (abs(right) > 64 or abs(left) > 10**6):
            raise TemplateLimit("the template raised a number to a too large power")
        if operator == "*":
            for seq, n in ((left, right), (right, left)):
                if isinstance(seq, str | list | tuple) and isinstance(n, int) and len(seq) * n > MAX_VALUE:
                    raise TemplateLimit(f"the template built a value of {len(seq) * n:,} characters or items")
        if operator == "%" and isinstance(left, str):  # `'%1000000000s' % x` is as large as its width says
            _check_percent(left, right)
        return _check_size(super().call_binop(context, operator, left, right))


class _BoundedFormatter(SandboxedFormatter):
    """The sandbox's formatter for `str.format`, refusing a width or precision over MAX_VALUE before it is used."""

    def format_field(self, value: Any, format_spec: str) -> Any:
        if format_spec and not isinstance(value, dt.date | dt.time):  # (a date's format is for `strftime`)
            for number in _SPEC_NUMBERS.findall(format_spec):
                if len(number) > 9 or int(number) > MAX_VALUE:
                    raise TemplateLimit(f"the template formatted a text {number} characters wide")
        return super().format_field(value, format_spec)


class _BoundedEscapeFormatter(_BoundedFormatter, SandboxedEscapeFormatter):
    """`_BoundedFormatter` for a `Markup` text (each value escaped)."""


_SPEC_NUMBERS = re.compile(r"[0-9]+")  # a width or precision in a format spec (its fill is a single character)


def _check_percent(fmt: str, values: Any) -> None:
    """`fmt % values` refused before it is made when a width or precision written in `fmt`, or given as `*`
    among `values`, would make a text larger than MAX_VALUE."""
    for width in _percent_widths(fmt):
        if width != "*" and (len(width) > 9 or int(width) > MAX_VALUE):
            raise TemplateLimit(f"the template formatted a text {width} characters wide")
    for value in values if isinstance(values, tuple) else (values,):  # a width given as `*` comes from here
        if isinstance(value, int) and value.__class__ is not bool and abs(value) > MAX_VALUE:
            raise TemplateLimit(f"the template formatted the number {value:.3g} (at most {MAX_VALUE:,})")


_AFTER_KEY = re.compile(r"[-#0 +]*([0-9]*|\*)(?:\.([0-9]*|\*))?")  # flags, width, precision


def _percent_widths(fmt: str) -> Iterator[str]:
    """The widths and precisions written in a `%` format (`*`: one taken from the values), read as Python reads
    them: a mapping key runs to its matching `)`, parentheses inside it included (`%(a(b))9s`), `%%` is no format."""
    at = fmt.find("%")
    end = len(fmt)
    while at != -1:
        at += 1
        if at < end and fmt[at] == "(":
            depth = 1
            at += 1
            while at < end and depth:
                depth += {"(": 1, ")": -1}.get(fmt[at], 0)
                at += 1
        match = _AFTER_KEY.match(fmt, at)
        assert match is not None  # (every part of it may be empty)
        yield from (width for width in match.groups() if width)
        at = fmt.find("%", match.end() + 1)  # past the conversion (a `%` right after `%` is the text `%`)


def _bounded_filter(func: Callable[..., Any]) -> Callable[..., Any]:
    """`func` refusing a too large number among its arguments and a too large value as its answer. (Written out
    rather than with `_check_size` and a tuple of all arguments: a large overview calls filters 60,000 times.)"""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        for value in args:
            if isinstance(value, int) and value.__class__ is not bool and not -MAX_VALUE <= value <= MAX_VALUE:
                _too_large_number(value)
        if kwargs:
            for value in kwargs.values():
                if isinstance(value, int) and value.__class__ is not bool and not -MAX_VALUE <= value <= MAX_VALUE:
                    _too_large_number(value)
        result = func(*args, **kwargs)
        if isinstance(result, _SIZED) and len(result) > MAX_VALUE:
            _too_large(result)
        return result

    return wrapper


def _too_large_number(value: int) -> None:
    raise TemplateLimit(f"a filter was given the number {value:.3g} (at most {MAX_VALUE:,})")


@pass_context
def _map(context: Context, value: Any, *args: Any, **kwargs: Any) -> Any:
    """Jinja's `map`; `map('md')` and any other filter of one argument that needs no context goes straight to
    that filter, not through `Environment.call_filter` per item (which looks up and inspects the filter again
    for every item: a large overview maps 20,000 names)."""
    if len(args) == 1 and not kwargs and isinstance(args[0], str):
        func = context.environment.filters.get(args[0])
        if func is not None and getattr(func, "jinja_pass_arg", None) is None:
            return _map_plain(func, value)
    return sync_do_map(context, value, *args, **kwargs)


def _format(value: Any, *args: Any, **kwargs: Any) -> str:
    """Jinja's `format` filter (`'%s'|format(x)`, which is `%`), its widths bounded as `%`'s are."""
    _check_percent(soft_str(value), args)  # (a mapping's values give no width)
    return do_format(value, *args, **kwargs)


def _map_plain(func: Callable[[Any], Any], value: Any) -> Iterator[Any]:
    """What `sync_do_map` does for a filter that needs no context and gets no further arguments."""
    if value:
        for item in value:
            yield func(item)


COMPILED = {"report.md.j2": "report_md.py"}  # built-in templates kept compiled, in `templates/compiled/`
_KEY_LINE = "# compiled from a template with key "


_OPTIONS = (
    *("block_start_string", "block_end_string", "variable_start_string", "variable_end_string"),
    *("comment_start_string", "comment_end_string", "line_statement_prefix", "line_comment_prefix"),
    *("trim_blocks", "lstrip_blocks", "newline_sequence", "keep_trailing_newline", "optimized", "autoescape"),
)


def compiled_key(source: str, env: jinja2.Environment) -> str:
    """What the compiled form of a template depends on: its text, Jinja's version, this module (the environment's
    code for loops, `~` and output) and the environment's kind and options, as one digest."""
    options = repr([type(env).__qualname__, *(getattr(env, option) for option in _OPTIONS), *env.extensions])
    digest = hashlib.sha256()
    for part in (source.encode("utf-8"), jinja2.__version__.encode(), Path(__file__).read_bytes(), options.encode()):
        digest.update(len(part).to_bytes(8, "big") + part)
    return digest.hexdigest()


def compiled_source(name: str) -> str:
    """The Python code of built-in template `name` for `templates/compiled/` (the key on its first line)."""
    env = environment()
    source = (builtin_templates() / name).read_text(encoding="utf-8")
    return f"{_KEY_LINE}{compiled_key(source, env)}\n{env.compile(source, name, None, raw=True)}"


class BuiltinLoader(FileSystemLoader):
    """The built-in templates. One kept compiled (`COMPILED`, made by `compiled_source`) is used when its key says
    it was made from this very template by this very code, saving each run the compiling (about 0.045 s of
    processor time for the overview); Python's byte-code cache keeps it, as any module of ggznet. Anything else,
    and every template from a user's folder, is compiled as it is read."""

    def load(self, environment: Any, name: str, globals: Any = None) -> Template:
        compiled = COMPILED.get(name)
        if compiled is None:
            return super().load(environment, name, globals)
        source, _filename, uptodate = self.get_source(environment, name)
        path = builtin_templates() / "compiled" / compiled
        try:
            with path.open(encoding="utf-8") as handle:
                first = handle.readline()
        except OSError:
            return super().load(environment, name, globals)
        if first.rstrip("\n") != _KEY_LINE + compiled_key(source, environment):
            return super().load(environment, name, globals)
        module = f"ggznet_compiled_{path.stem}"  # never imported: its code is run in the template's own namespace
        code = importlib.machinery.SourceFileLoader(module, str(path)).get_code(module)
        template: Template = environment.template_class.from_code(
            environment, code, {} if globals is None else globals, uptodate
        )
        return template


def environment(user_dir: Path | None = None) -> BoundedEnvironment:
    loaders: list[BaseLoader] = []
    if user_dir is not None:
        if not user_dir.is_dir():
            raise UsageError(f"--templates: {user_dir} is not a folder")
        loaders.append(FolderLoader(user_dir))
    loaders.append(BuiltinLoader(str(builtin_templates())))
    env = BoundedEnvironment(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    # one rendering escapes the same names many times (a large overview: 4 of 5 calls), so each answer is kept
    env.filters.update(block=escape_block, link=link, map=_map, format=_format)
    env.filters = {name: _bounded_filter(f) for name, f in env.filters.items()}
    # `md` and `cell` take no number and give at most a few times the characters they are given (`<` is `&lt;`),
    # and `_memo` checks the size of what they give: they need no wrapper (4 of 5 filter calls of an overview)
    env.filters.update(md=_memo(escape_inline), cell=_memo(escape_cell))
    return env


MEMO_ITEMS = 100_000  # texts whose escaped form one filter keeps, at most, for one environment
MEMO_CHARACTERS = 4_000_000  # and their characters: a template that escapes ever new texts costs no more


def _memo(escape: Callable[[str], str]) -> Callable[[Any], str]:
    """`escape` (a pure function of one text), answering a text it has escaped before from what it gave then,
    within bounds; anything but a `str` is passed on. For one environment, that is one document."""
    done: dict[str, str] = {}
    room = [MEMO_CHARACTERS]

    def escaped(text: Any) -> str:
        if type(text) is not str:
            other = escape(text)
            if len(other) > MAX_VALUE:
                _too_large(other)
            return other
        found = done.get(text)
        if found is None:
            found = escape(text)
            if len(found) > MAX_VALUE:  # only a new answer is checked: a kept one was checked when it was new
                _too_large(found)
            if len(done) < MEMO_ITEMS and room[0] >= len(text) + len(found):
                room[0] -= len(text) + len(found)
                done[text] = found
        return found

    return escaped


def render(template: str, view: dict[str, Any], *, user_dir: Path | None = None) -> str:
    """Render a template with a view model; template mistakes and bounds become clear errors, never tracebacks."""
    return "".join(render_parts(template, view, user_dir=user_dir))


def render_parts(template: str, view: dict[str, Any], *, user_dir: Path | None = None) -> list[str]:
    """`render`'s text in parts, to be written one after the other (joined, they are that text): a large
    document is then held once, not also joined into a second copy."""
    return generate_bounded(
        environment(user_dir),
        template,
        view,
        limit=MAX_OUTPUT,
        hint="a template for a report or briefing needs far less",
        tick=True,
        collect=tidy_parts,
    )


_TICK_BATCH = 256


def generate_bounded(
    env: BoundedEnvironment,
    template: str,
    view: dict[str, Any],
    *,
    limit: int,
    hint: str,
    tick: bool,
    prefix: str = "",
    collect: Callable[[Iterable[str]], T],
) -> T:
    """The template's text, its size bounded while it grows (not after); every template mistake and exceeded
    bound becomes a clear error (`hint` says what such a template needs), never a traceback. `tick`: each
    chunk also counts against the environment's step budget; `prefix`: the folder named when one is missing;
    `collect`: makes the text of the chunks as they come (so that they need not all be held at once)."""

    def bounded() -> Iterator[str]:
        size = 0
        uncounted = 0  # chunks not yet counted against the budget: at most `_TICK_BATCH`
        for chunk in env.get_template(template).generate(**view):
            size += len(chunk)
            if size > limit:
                raise TemplateLimit(f"the output grew past {limit:,} characters")
            yield chunk
            if tick:
                uncounted += 1
                if uncounted == _TICK_BATCH:
                    env.budget.tick_many(uncounted)
                    uncounted = 0
        if uncounted:
            env.budget.tick_many(uncounted)

    try:
        with _memory_bound(MAX_MEMORY_GROWTH):
            return collect(bounded())
    except TemplateLimit as exc:
        raise GgznetError(f"template {template} stopped: {exc.message}", hint) from None
    except SecurityError as exc:
        raise GgznetError(
            f"template {template} tried something the sandbox forbids: {exc}",
            "templates may only use the data they are given",
        ) from None
    except TemplateNotFound as exc:
        raise UsageError(f"template not found: {prefix}{exc.name}") from None
    except TemplateSyntaxError as exc:
        raise GgznetError(f"{exc.filename or template}:{exc.lineno}: template syntax error: {exc.message}") from None
    except TemplateError as exc:
        raise GgznetError(f"template {template}: {exc}", "check the names the template uses") from None
    except (RecursionError, MemoryError) as exc:
        why = "it calls itself too deeply" if isinstance(exc, RecursionError) else "out of memory"
        raise GgznetError(f"template {template} stopped: {why}", hint) from None
    except (ArithmeticError, ValueError, TypeError) as exc:
        raise GgznetError(f"template {template}: {type(exc).__name__}: {exc}") from None


@contextlib.contextmanager
def _memory_bound(growth: int) -> Iterator[None]:
    """The process's address space bounded to what it is now plus `growth` bytes while the block runs (an
    allocation past it is a `MemoryError`, not pages filled until the system gives out); the bound it had is
    put back after. Nothing is bounded where the system cannot say or do it (no `/proc/self/statm`, no
    `resource`), when a tighter bound is set already, or outside the main thread (the bound is the process's:
    a program that renders in threads of its own keeps its memory to itself)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not on Windows
        yield
        return
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        with open("/proc/self/statm", "rb") as handle:
            size = int(handle.read().split()[0]) * resource.getpagesize()
    except (OSError, ValueError, IndexError):
        yield
        return
    bound = size + growth
    if hard != resource.RLIM_INFINITY:
        bound = min(bound, hard)
    if soft != resource.RLIM_INFINITY and soft <= bound:
        yield
        return
    try:
        resource.setrlimit(resource.RLIMIT_AS, (bound, hard))
    except (OSError, ValueError):  # (a system that refuses it: rendering goes on within the other bounds)
        yield
        return
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def tidy(text: str) -> str:
    """At most one blank line in a row and exactly one newline at the end, outside code blocks too."""
    return tidy_chunks((text,))


_TIDY_BLOCK = 1 << 16  # characters read at a time
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")  # where `str.splitlines` splits


def tidy_chunks(chunks: Iterable[str]) -> str:
    """`tidy` of the text these chunks make (see `tidy_parts`), as one text."""
    return "".join(tidy_parts(chunks))


def tidy_parts(chunks: Iterable[str]) -> list[str]:
    """`tidy` of the text these chunks make, worked out as they come: lines without trailing white space, no
    blank line at the start or end, at most one in a row, one newline at the end; in parts that, joined, are
    that text. Every `_TIDY_BLOCK` characters the tidied lines become one part, so that a large document is
    held about once (as its parts), not as hundreds of thousands of chunks and lines besides."""
    blocks: list[str] = []  # tidied lines, joined per block
    lines: list[str] = []  # tidied lines of the block being read
    blank = False  # a blank line to write before the next line with text
    buffered: list[str] = []
    size = 0
    carry = ""  # the last, unfinished line of what was read (a `\r` too: a `\n` may follow it)

    def take(text: str, last: bool) -> str:
        nonlocal blank
        parts = text.splitlines(keepends=True)
        rest = ""
        if parts and not last and (parts[-1][-1] not in _LINE_BREAKS or parts[-1][-1] == "\r"):
            rest = parts.pop()
        for part in parts:
            line = part.rstrip()
            if line:
                if blank:
                    lines.append("")
                    blank = False
                lines.append(line)
            elif lines or blocks:
                blank = True
        if lines:
            blocks.append("\n".join(lines))
            lines.clear()
        return rest

    for chunk in chunks:
        buffered.append(chunk)
        size += len(chunk)
        if size >= _TIDY_BLOCK:
            carry = take(carry + "".join(buffered), last=False)
            buffered.clear()
            size = len(carry)
    take(carry + "".join(buffered), last=True)
    if not blocks:
        return ["\n"]
    # each block and the newline after it (the last one's: the newline at the end): no copy of the text is made
    return [part for block in blocks for part in (block, "\n")]


SITE_MAX_OUTPUT = 200_000_000  # characters of one page


class HtmlRenderer:
    """Renders the website's pages: the same sandbox, but HTML-autoescaped, templates from `site/`.

    One environment for every page, so each template is compiled once. Record text is untrusted: it is
    escaped unless a view marks it safe (only `render.site.richtext` does, after markdown-it escaped it).
    """

    def __init__(self, user_dir: Path | None = None) -> None:
        loaders: list[BaseLoader] = []
        self.folders: list[Path] = []
        if user_dir is not None:
            if not user_dir.is_dir():
                raise UsageError(f"--templates: {user_dir} is not a folder")
            if os.path.islink(user_dir / "site"):
                raise GgznetError(
                    f"--templates: {user_dir / 'site'} is a link; templates are read only from inside their folder"
                )
            if (user_dir / "site").is_dir():
                loaders.append(FolderLoader(user_dir / "site"))  # no links, no `..`, bounded size
                self.folders.append(user_dir / "site")
        loaders.append(FileSystemLoader(str(builtin_templates() / "site")))
        self.folders.append(builtin_templates() / "site")
        self.env = BoundedEnvironment(
            loader=ChoiceLoader(loaders),
            undefined=StrictUndefined,
            autoescape=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def render(self, template: str, view: dict[str, Any]) -> str:
        self.env.budget = _Budget()  # the bounds hold per page
        # a region page of a national knowledge base is about 20 MB
        text = generate_bounded(
            self.env,
            template,
            view,
            limit=SITE_MAX_OUTPUT,
            hint="a page template needs far less",
            tick=False,
            prefix="site/",
            collect="".join,
        )
        return text if text.endswith("\n") else text + "\n"

    def asset(self, name: str) -> bytes:
        """A static file shipped beside the templates (`site/assets/…`), from the user's folder first."""
        for folder in self.folders:
            try:  # the same rules as for the templates: inside the folder, no links, bounded size
                source, _path, _fresh = FolderLoader(folder).get_source(self.env, f"assets/{name}")
            except TemplateNotFound:
                continue
            except SecurityError as exc:
                raise GgznetError(f"site asset {exc}") from None
            return source.encode("utf-8")
        raise UsageError(f"site asset not found: assets/{name}")
