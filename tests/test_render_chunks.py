"""The bounded environment's own code for output (runs of text and values joined into one chunk) and its `map`
give what Jinja's own would, and the output bound still stops a template soon after the limit."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jinja2 import DictLoader, StrictUndefined
from jinja2.compiler import CodeGenerator
from jinja2.filters import sync_do_map

from ggznet.errors import GgznetError
from ggznet.render import env as template_env

TEMPLATES = {
    "text.j2": "just text\n",
    "values.j2": "a {{ x }} b {{ y | md }} c {{ z }}{{ x }}{{ y }}{{ x }}{{ y }}{{ x }}{{ y }}{{ x }}{{ y }}{{ x }}\n",
    "loop.j2": "{% for n in names %}- {{ n | md }} ({{ loop.index }}){{ ', ' if not loop.last }}\n{% else %}none\n"
    "{% endfor %}{{ names | map('md') | join(', ') }}\n",
    "macro.j2": "{% macro f(v) %}<{{ v }}|{{ v | upper }}>{% endmacro %}{{ f(x) }} {{ f(y) }}{% for n in names %}"
    "{{ f(n) }}{% endfor %}\n",
    "call.j2": "{% macro box() %}[{{ caller() }}]{% endmacro %}{% call box() %}in {{ x }} {{ y }}{% endcall %}\n",
    "filterblock.j2": "{% filter upper %}up {{ x }} {{ y }}{% endfilter %} after {{ x }}\n",
    "set.j2": "{% set s %}{{ x }}-{{ y }}{% endset %}{{ s }} {{ s | length }} {{ x ~ y ~ z }}\n",
    "base.j2": "head {{ x }}\n{% block body %}base {{ y }}{% endblock %}\nfoot {{ z }} {{ x }}\n",
    "child.j2": "{% extends 'base.j2' %}ignored {{ x }}{% block body %}child {{ y }} {{ super() }}{% endblock %}",
    "include.j2": "before {{ x }} {% include 'values.j2' %} after {{ y }}\n",
    "attributes.j2": "{{ people[0].name }} {{ deep.a.b.c }} {{ deep.a.b.c ~ deep.a.b.c }} {{ f(deep.a, deep.a.b) }} "
    "{% for p in people if p.name != 'q' %}{{ p.name }}{{ deep.a.b.c }}{% endfor %} {{ deep['a'].b.c }} "
    "{{ deep.items() | list | length }} {{ deep.keys }} {{ people[1].missing is defined }} {{ text.upper() }} "
    "{% macro m(x) %}{{ x.name }}{{ deep.a.b.c }}{% endmacro %}{{ m(people[1]) }} {{ (deep if z else x).a.b.c }}\n",
    "maps.j2": "{{ names | map('upper') | join('/') }} {{ people | map(attribute='name') | join('/') }} "
    "{{ names | map('replace', 'a', 'b') | join('/') }} {{ names | map('default', 'x') | list | length }}\n",
}
VIEW: dict[str, Any] = {
    "x": "X<&>",
    "y": "*y* | 1. y",
    "z": 3,
    "names": ["anna", "*bob*", "1. carla", "<d>"],
    "people": [{"name": "p"}, {"name": "q"}],
    "deep": {"a": {"b": {"c": "C"}}, "keys": "k"},
    "text": "t",
    "f": lambda *args: len(args),
}


class _JinjaOwnCode(template_env.BoundedEnvironment):
    code_generator_class = CodeGenerator


def _environment(cls: type[template_env.BoundedEnvironment], autoescape: bool) -> template_env.BoundedEnvironment:
    environment = cls(loader=DictLoader(TEMPLATES), undefined=StrictUndefined, autoescape=autoescape)
    environment.filters.update(template_env.environment().filters)
    return environment


@pytest.mark.parametrize("autoescape", [False, True])
@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_joined_output_is_jinjas_output(name: str, autoescape: bool) -> None:
    ours = _environment(template_env.BoundedEnvironment, autoescape).get_template(name)
    theirs = _environment(_JinjaOwnCode, autoescape).get_template(name)
    assert ours.render(**VIEW) == theirs.render(**VIEW)
    assert len(list(ours.generate(**VIEW))) <= len(list(theirs.generate(**VIEW)))


def test_a_run_of_values_is_one_chunk_of_at_most_so_many_values() -> None:
    many = "".join("{{ x }}," for _ in range(3 * template_env._JOINED_VALUES))
    environment = _environment(template_env.BoundedEnvironment, False)
    chunks = list(environment.from_string(many).generate(x="v"))
    assert "".join(chunks) == "v," * 3 * template_env._JOINED_VALUES
    assert len(chunks) == 3  # not one per value, and not all of them in one


def test_the_output_bound_stops_a_template_within_a_few_values_of_the_limit(tmp_path: Path) -> None:
    """Each chunk is checked as it comes; a chunk holds at most `_JOINED_VALUES` values, so a template writing
    large values one run after the other is stopped before it has written that many values past the limit."""
    value = 1_000_000
    run = "".join("{{ s }}" for _ in range(4 * template_env._JOINED_VALUES))
    (tmp_path / "flood.j2").write_text(
        "{% set s = 'x' * " + str(value) + " %}{% for i in range(1000) %}" + run + "{% endfor %}", encoding="utf-8"
    )
    environment = template_env.environment(tmp_path)
    chunks = environment.get_template("flood.j2").generate()
    assert max(len(next(chunks)) for _ in range(10)) <= template_env._JOINED_VALUES * value
    seen: list[int] = [0]

    def collect(parts: Iterable[str]) -> None:
        for part in parts:
            seen[0] += len(part)

    limit = 5 * value
    with pytest.raises(GgznetError, match="output grew past"):
        template_env.generate_bounded(environment, "flood.j2", {}, limit=limit, hint="", tick=True, collect=collect)
    assert limit - template_env._JOINED_VALUES * value <= seen[0] <= limit


@pytest.mark.parametrize(
    "expression",
    ["deep.missing", "deep.a.missing", "people.name", "deep.__class__", "deep.items.__self__", "nothing.a", "text.a"],
)
def test_a_failing_attribute_fails_as_before(expression: str) -> None:
    def result(env: template_env.BoundedEnvironment) -> str:
        try:
            return env.from_string("{{ " + expression + " }}").render(**VIEW)
        except Exception as exc:
            return f"{type(exc).__name__}: {exc}"

    assert result(_environment(template_env.BoundedEnvironment, False)) == result(_environment(_JinjaOwnCode, False))


@pytest.mark.parametrize(
    "expression",
    [
        "names | map('md') | list",
        "names | map('upper') | list",
        "names | map('nothing') | list",
        "none | map('md') | list",
        "'' | map('md') | list",
        "names | map('md', 'extra') | list",
        "people | map(attribute='name') | list",
        "names | map('replace', 'a', 'b') | list",
    ],
)
def test_map_is_jinjas_map(expression: str) -> None:
    environment = template_env.environment()
    plain = _environment(template_env.BoundedEnvironment, False)
    plain.filters["map"] = sync_do_map

    def result(env: template_env.BoundedEnvironment) -> object:
        try:
            return env.from_string("{{ " + expression + " }}").render(**VIEW, none=None)
        except Exception as exc:  # the same failure, as the same kind of error
            return type(exc).__name__

    assert result(environment) == result(plain)


@pytest.mark.parametrize(
    "template",
    [
        "{{ 'x' | center(width=10**9) }}",  # a number given by name
        "{{ ('<' * 1500000) | md }}",  # escaping makes a value too large (`<` is `&lt;`)
        "{{ [('<' * 1500000)] | map('cell') | list }}",
        "{{ ('<' * 1500000) | block }}",
    ],
)
def test_filters_stay_bounded(template: str) -> None:
    environment = template_env.environment()
    with pytest.raises(template_env.TemplateLimit):
        environment.from_string(template).render()


def _escape_inline_as_defined(text: str) -> str:
    """`escape_inline` as it was written before its shortcut for text with nothing to escape."""
    import re

    from ggznet import charpolicy

    text = charpolicy.shown(" ".join(str(text).split()))
    text = re.sub(r"([\\`*_\[\]#|~!])", r"\\\1", text.replace("<", "&lt;").replace(">", "&gt;"))
    text = re.sub(r"^([-+=])", r"\\\1", text)
    return re.sub(r"^(\d+)([.)])", r"\1\\\2", text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aé 1.)-+=\\`*_[]#|~!<>&\n\t\u2060\u202e", max_size=20))
def test_escaping_is_as_defined(text: str) -> None:
    from ggznet.render.markdown import escape_inline

    assert escape_inline(text) == _escape_inline_as_defined(text)


def test_loops_and_joins_count_their_steps_and_no_template_can_rebind_them() -> None:
    environment = template_env.environment()
    source = "{% set _ggznet_loop = none %}{% set _loop = none %}{% for a in range(10) %}{{ a ~ '' }}{% endfor %}"
    assert environment.from_string(source).render() == "0123456789"
    assert environment.budget.steps == 1 + 10 + 10 + 1  # the loop, its steps, the joins, and the call of range
    with pytest.raises(Exception, match="undefined"):
        environment.from_string("{{ environment._loop([1]) | list }}").render()
