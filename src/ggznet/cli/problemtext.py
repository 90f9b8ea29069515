"""Problems in the language of this run: the message and hint of each problem, translated as it is shown.

Checks write problems in English, and the store keeps them so (validate/, the store and the API do not depend
on a language). The command line shows them in Dutch unless the run is in English: each message is matched
against the English templates of its code in `cli/problems_nl.py`, placeholders and all, and the Dutch form is
filled with the same values; values that are words themselves (a kind, a described value, Pydantic's or
PyYAML's text) are translated in turn. Pydantic's messages are recognised by their error type's template.
Codes, paths, ids, field names and values stay as they are. Text no template knows stays English.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from ggznet.cli import problems_nl as nl
from ggznet.cli.lang import PLACEHOLDER, Template, current, templates, translate

if TYPE_CHECKING:
    from ggznet.problems import Problem

Patterns = list[Template]


def localized(problem: Problem) -> Problem:
    """`problem` with its message and hint in the language of this run."""
    if current() != "nl":
        return problem
    message = message_nl(problem.code, problem.message)
    hint = hint_nl(problem.hint) if problem.hint is not None else None
    if message == problem.message and hint == problem.hint:
        return problem
    return dataclasses.replace(problem, message=message, hint=hint)


def summary_of(code: str, english: str) -> str:
    """What a problem code means, in one line, in the language of this run."""
    return nl.SUMMARIES.get(code, english) if current() == "nl" else english


def rule_of(code: str, english: str) -> str:
    """The rule behind a problem code, in the language of this run."""
    return nl.RULES.get(code, english) if current() == "nl" else english


def example_of(text: str) -> str:
    """A wrong or right example of `ggznet explain`, its notes in the language of this run: each YAML comment
    (`# …`) and each line that only describes a file (`(a 50 MB file)`) that EXAMPLE_NOTES knows."""
    if current() != "nl":
        return text
    return "\n".join(_example_line(line) for line in text.split("\n"))


def _example_line(line: str) -> str:
    if line.startswith("(") and line.endswith(")") and line[1:-1] in nl.EXAMPLE_NOTES:
        return f"({nl.EXAMPLE_NOTES[line[1:-1]]})"
    before, sign, note = line.rpartition("# ")
    if sign and (not before or before[-1].isspace()) and note in nl.EXAMPLE_NOTES:
        return before + sign + nl.EXAMPLE_NOTES[note]
    return line


def localized_all(problems: Iterable[Problem]) -> list[Problem]:
    return [localized(p) for p in problems]


@lru_cache(maxsize=8192)
def message_nl(code: str, text: str) -> str:
    """The Dutch of a problem's message (`code` says which templates to try first); `text` when none fits."""
    found = _fill(text, _patterns_of(code), 3)
    if found is None:
        found = _fill(text, _all_messages(), 3)
    if found is None and code.startswith(("yaml-", "root-")):
        found = _yaml(text)
    if found is None and text.endswith("…"):
        found = _cut(code, text)
    return text if found is None else found


def _cut(code: str, text: str) -> str | None:
    """A message cut short (a very long value in it): the Dutch of the words before its first value, the rest
    as it stands; None when no template of `code` starts that way."""
    best: tuple[str, str] | None = None
    for english, dutch in nl.MESSAGES.get(code, {}).items():
        en_head, nl_head = english.split("{", 1)[0], dutch.split("{", 1)[0]
        same_first = PLACEHOLDER.findall(english)[:1] == PLACEHOLDER.findall(dutch)[:1]
        if en_head and same_first and text.startswith(en_head) and (best is None or len(en_head) > len(best[0])):
            best = (en_head, nl_head)
    return None if best is None else best[1] + text[len(best[0]) :]


@lru_cache(maxsize=4096)
def hint_nl(text: str) -> str:
    """The Dutch of a problem's hint; `text` when no template fits."""
    found = _fill(text, _hints(), 3)
    if found is None:
        return translate(text) or text  # the command line's own words (`did you mean …?`)
    return found


def word_nl(text: str, depth: int = 2) -> str:
    """The Dutch of a value put into a message: a kind, a described value, a library's text."""
    found = _fill(text, _parts(), depth)
    if found is None:
        found = _pydantic(text)
    if found is None:
        found = _yaml(text)
    if found is None:
        return translate(text) or text  # a system's reason (`Permission denied`)
    return found


def _fill(text: str, patterns: Patterns, depth: int) -> str | None:
    for template in patterns:
        values = template.match(text)
        if values is not None:
            return _filled(template.dutch, {name: _value(name, value, depth) for name, value in values.items()})
    return None


def _filled(template: str, values: Mapping[str, str]) -> str:
    """`template` with each `{name}` replaced by its value (braces elsewhere are plain text)."""
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group()), template)


def _value(name: str, value: str, depth: int) -> str:
    if depth <= 0:
        return value
    if name in nl.WORDS:
        return word_nl(value, depth - 1)
    if name in nl.LISTS:
        return "; ".join(word_nl(piece, depth - 1) for piece in value.split("; "))
    return value


@cache
def _patterns_of(code: str) -> Patterns:
    return templates(nl.MESSAGES.get(code, {}), empty=True, shapes=nl.SHAPES)


@lru_cache(maxsize=1)
def _all_messages() -> Patterns:
    return templates(
        {k: v for of_code in nl.MESSAGES.values() for k, v in of_code.items()}, empty=True, shapes=nl.SHAPES
    )


@lru_cache(maxsize=1)
def _hints() -> Patterns:
    return templates(nl.HINTS, empty=True, shapes=nl.SHAPES)


@lru_cache(maxsize=1)
def _parts() -> Patterns:
    return templates(nl.PARTS, empty=True, shapes=nl.SHAPES)


@lru_cache(maxsize=1)
def _pydantic_patterns() -> Patterns:
    return templates(dict(nl.PYDANTIC.values()), empty=True)


def _pydantic(text: str) -> str | None:
    """Pydantic's message for an error type, in Dutch, with the values of its context."""
    for template in _pydantic_patterns():
        values = template.match(text)
        if values is not None:
            ctx = {k: v.replace("' or '", "' of '") for k, v in values.items()}  # 'a', 'b' or 'c'
            return _filled(template.dutch, ctx)
    return None


@lru_cache(maxsize=1)
def _yaml_patterns() -> Patterns:
    return templates(nl.YAML, empty=True)


def _yaml(text: str) -> str | None:
    """PyYAML's `<context> <problem>` (either may be missing), each part in Dutch; None if a part is unknown."""
    whole = _fill(text, _yaml_patterns(), 0)
    if whole is not None:
        return whole
    for context in nl.YAML:
        if context.startswith("while ") and text.startswith(context + " "):
            rest = _fill(text[len(context) + 1 :], _yaml_patterns(), 0)
            if rest is not None:
                return f"{nl.YAML[context]} {rest}"
    return None
