"""Templates from others are bounded: they load only from inside their folder, and rendering has limits on
time, output size, loop steps and value size, each reported as a clear error with exit 1."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import TODAY
from ggznet.render import env as template_env

ARGS = ["--as-of", TODAY, "--raw"]


def _report(cli, kb: Path, folder: Path) -> object:
    return cli("report", "regio-a", *ARGS, "--kb", str(kb), "--templates", str(folder))


def test_a_template_from_the_folder_is_used(cli, make_kb, tmp_path: Path) -> None:
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "report.md.j2").write_text("# Eigen {{ region.name | md }}\n", encoding="utf-8")
    run = _report(cli, make_kb(), folder)
    assert run.exit_code == 0 and run.stdout.startswith("# Eigen Regio A")


@pytest.mark.parametrize("how", ["file-link", "folder-link", "include-dotdot", "include-absolute", "include-link"])
def test_templates_never_come_from_outside_their_folder(cli, make_kb, tmp_path: Path, how: str) -> None:
    outside = tmp_path / "buiten"
    outside.mkdir()
    (outside / "geheim.j2").write_text("GEHEIM-1234\n", encoding="utf-8")
    (outside / "report.md.j2").write_text("GEHEIM-1234\n", encoding="utf-8")
    folder = tmp_path / "tpl"
    folder.mkdir()
    if how == "file-link":
        os.symlink(outside / "report.md.j2", folder / "report.md.j2")
    elif how == "folder-link":
        os.symlink(outside, folder / "sub")
        (folder / "report.md.j2").write_text('{% include "sub/geheim.j2" %}\n', encoding="utf-8")
    elif how == "include-dotdot":
        (folder / "report.md.j2").write_text('{% include "../buiten/geheim.j2" %}\n', encoding="utf-8")
    elif how == "include-absolute":
        (folder / "report.md.j2").write_text('{% include "' + str(outside / "geheim.j2") + '" %}\n', encoding="utf-8")
    else:
        os.symlink(outside / "geheim.j2", folder / "geheim.j2")
        (folder / "report.md.j2").write_text('{% include "geheim.j2" %}\n', encoding="utf-8")
    run = _report(cli, make_kb(), folder)
    assert "GEHEIM-1234" not in run.stdout + run.stderr
    assert run.exit_code in (1, 2), run.stdout
    assert "Traceback" not in run.stderr


BOMBS = {
    "string-times-huge": "{{ 'x' * 10**10 }}",
    "power": "{{ 9 ** 9 ** 9 }}",
    "list-times": "{{ ([1] * 100000000) | length }}",
    "doubling-concat": "{% set ns = namespace(s='xy') %}{% for i in range(60) %}{% set ns.s = ns.s ~ ns.s %}"
    "{% endfor %}{{ ns.s | length }}",
    "doubling-plus": "{% set ns = namespace(s='xy') %}{% for i in range(60) %}{% set ns.s = ns.s + ns.s %}"
    "{% endfor %}{{ ns.s | length }}",
    "nested-loops": "{% for a in range(100000) %}{% for b in range(100000) %}{% for c in range(100000) %}"
    "{% endfor %}{% endfor %}{% endfor %}",
    "loop-over-string": "{% set s = 'x' * 1000000 %}{% for a in s %}{% for b in s %}{% endfor %}{% endfor %}",
    "output-flood": "{% for a in range(100000) %}{% for b in range(100000) %}xxxxxxxxxxxxxxxx{% endfor %}{% endfor %}",
    "macro-exponential": "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(60) }}",
    "macro-recursion": "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
    "center-huge": "{{ 'x' | center(1000000000) }}",
    "format-width": "{{ '%1000000000s' | format('x') }}",
    "replace-blowup": "{% set s = 'x' * 1000000 %}{{ s | replace('x', s) | length }}",
    "sandbox-escape": "{{ ''.__class__.__mro__[1].__subclasses__() }}",
}


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_rendering_is_bounded(cli, make_kb, tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(template_env, "MAX_SECONDS", 5.0)  # a backstop; the step and size bounds come first
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "report.md.j2").write_text(BOMBS[name] + "\n", encoding="utf-8")
    run = _report(cli, make_kb(), folder)
    assert run.exit_code == 1, (run.exit_code, run.stdout[:300], run.stderr)
    assert run.stderr.startswith("fout: sjabloon report.md.j2"), run.stderr  # Dutch by default
    assert "Traceback" not in run.stderr and len(run.stdout) < 1000


@pytest.mark.parametrize(
    "template",
    [
        "{{ '%1000000000s' % 'x' }}",
        "{{ '%.1000000000f' % 1.5 }}",
        "{{ '%*s' % (1000000000, 'x') }}",
        "{{ '%(a)1000000000s' % {'a': 'x'} }}",
    ],
)
def test_formatting_with_percent_is_bounded_before_it_builds_the_text(template: str) -> None:
    """Refused for its width, not after a gigabyte of spaces was made (nor as `out of memory`)."""
    with pytest.raises(template_env.TemplateLimit, match="formatted"):
        template_env.environment().from_string(template).render()


def test_formatting_with_percent_still_works() -> None:
    render = template_env.environment().from_string("{{ '%5s|%-3d|%.2f|%%9999999999s|%(a)s' % ('x', 7, 1.5) }}")
    with pytest.raises(TypeError):  # a mapping key and a tuple of values do not go together: Python's own error
        render.render()
    text = "{{ '%5s|%-3d|%.2f|%%9999999999s' % ('x', 7, 1.5) }} {{ 7 % 3 }}"
    assert template_env.environment().from_string(text).render() == "    x|7  |1.50|%9999999999s 1"


def test_the_time_bound(make_kb, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from ggznet.errors import GgznetError

    monkeypatch.setattr(template_env, "MAX_SECONDS", 0.0)
    monkeypatch.setattr(template_env, "MAX_STEPS", 10**12)
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "t.j2").write_text("{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}")
    with pytest.raises(GgznetError, match="longer than"):
        template_env.render("t.j2", {}, user_dir=folder)


def test_the_builtin_templates_stay_well_inside_the_bounds(make_kb) -> None:
    import datetime as dt

    from conftest import SHIPPED
    from ggznet.api import KnowledgeBase, RenderOptions, report

    kb = KnowledgeBase.open(SHIPPED)
    text = report(kb, "limburg", RenderOptions(as_of=dt.date.fromisoformat(TODAY), commit="X", history=False))
    assert len(text) < template_env.MAX_OUTPUT // 100


def test_the_escaping_filters_answer_a_text_seen_before_as_they_did_the_first_time() -> None:
    """`md` and `cell` keep what they gave for a text within one document (names recur thousands of times in a
    large overview); the answer is the plain function's, also for text that is not a `str`, and what is kept
    stays within its bounds, so a template that escapes ever new texts holds no more than that."""
    from ggznet.render.markdown import escape_cell, escape_inline

    env = template_env.environment()
    md, cell = env.filters["md"], env.filters["cell"]
    texts = ["Zorg *en* welzijn", "1. eerste", "- lijst", "<b>x</b>", "a|b", "", "  twee  regels\nhier ", "wacht\u2060"]
    for _ in range(3):
        for text in texts:
            assert md(text) == escape_inline(text) and cell(text) == escape_cell(text)
    assert md(["a", "*b*"]) == escape_inline(["a", "*b*"])  # type: ignore[arg-type]  # a template may pass a list
    assert md(12) == "12"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="ab *_|<>-1.\n\u2060\u00e9", max_size=8), max_size=30))
def test_the_kept_answers_are_those_of_the_plain_filter(texts: list[str]) -> None:
    from ggznet.render.markdown import escape_inline

    md = template_env.environment().filters["md"]
    assert [md(t) for t in texts + texts] == [escape_inline(t) for t in texts + texts]


def test_the_escaping_memo_keeps_no_more_than_its_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(template_env, "MEMO_ITEMS", 3)
    monkeypatch.setattr(template_env, "MEMO_CHARACTERS", 10)
    calls: list[str] = []

    def escape(text: str) -> str:
        calls.append(text)
        return text.upper()

    memo = template_env._memo(escape)
    assert [memo(t) for t in ("ab", "ab", "cd", "ef", "gh", "gh")] == ["AB", "AB", "CD", "EF", "GH", "GH"]
    # ab and cd are kept (8 of the 10 characters); ef and gh would pass the bound: worked out again each time
    assert calls == ["ab", "cd", "ef", "gh", "gh"]
    assert [memo(t) for t in ("ab", "cd")] == ["AB", "CD"] and len(calls) == 5


def _peak_bytes(template: str) -> tuple[BaseException | None, int]:
    """What rendering `template` raised (None when nothing) and the most memory it held at once, in bytes."""
    import tracemalloc

    env = template_env.environment()
    compiled = env.from_string(template)
    tracemalloc.start()
    try:
        compiled.render()
    except Exception as exc:  # the caller looks at what it was
        return exc, tracemalloc.get_traced_memory()[1]
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return None, peak


@pytest.mark.parametrize(
    "template",
    [
        # Python reads a mapping key with parentheses inside it to its matching `)`: the width after it counts
        "{{ '%(a(b))50000000s' % {'a(b)': 'x'} }}",
        "{{ '%((a))50000000s' % {'(a)': 'x'} }}",
        # the `format` filter is `%` by another name
        "{{ '%50000000s' | format('x') }}",
        "{{ '%.50000000f' | format(1.5) }}",
        "{{ '%(a)50000000s' | format(a='x') }}",
        # and `str.format` has widths and precisions of its own
        "{{ '{:50000000}'.format(1) }}",
        "{{ '{:>50000000}'.format('x') }}",
        "{{ '{:.50000000f}'.format(1.5) }}",
        "{{ '{a:{w}}'.format_map({'a': 1, 'w': '50000000'}) }}",
        "{{ ('{:50000000}' | safe).format(1) }}",
    ],
)
def test_formatting_is_refused_for_its_width_before_the_text_is_made(template: str) -> None:
    """A width of 50 million is refused as a width, not after 50 MB of spaces were made (a width of a
    few billion took that many bytes, or the machine's memory, before the size bound could see it)."""
    error, peak = _peak_bytes(template)
    assert isinstance(error, template_env.TemplateLimit), error
    assert "formatted" in error.message
    assert peak < 5_000_000, peak


WITHIN_BOUNDS = {
    "{{ '%(a(b))s|%(c)5s|%%(x)9999999999s' % {'a(b)': 'x', 'c': 'y'} }}": "x|    y|%(x)9999999999s",
    "{{ '%-4s|%%50000000s' | format('x') }}": "x   |%50000000s",
    "{{ '%(a)s' | format(a=7) }}": "7",
    "{{ '{:>5}|{:.2f}|{:%Y}|{{50000000}}|{a:{w}}'.format('x', 1.5, d, a=1, w=3) }}": "    x|1.50|2026|{50000000}|  1",
    "{{ ('<{}>' | safe).format('<b>') }}": "<&lt;b&gt;>",
}


@pytest.mark.parametrize("template", sorted(WITHIN_BOUNDS))
def test_formatting_within_the_bounds_still_works(template: str) -> None:
    import datetime as dt

    env = template_env.environment()
    assert env.from_string(template).render(d=dt.date(2026, 1, 2)) == WITHIN_BOUNDS[template]


AMPLIFIERS = {
    "join": "{% set s = 'x' * 2000000 %}{{ ([s] * 60) | join }}",
    "str-join": "{% set s = 'x' * 2000000 %}{{ ''.join([s] * 60) }}",
    "print-list": "{% set s = 'x' * 2000000 %}{{ [s] * 60 }}",
    "concat-list": "{% set s = 'x' * 2000000 %}{{ [s] * 60 ~ '' }}",
    "string-filter": "{% set s = 'x' * 2000000 %}{{ ([s] * 60) | string | length }}",
    "tojson": "{% set s = 'x' * 2000000 %}{{ ([s] * 60) | tojson | length }}",
    "percent-list": "{% set s = 'x' * 2000000 %}{{ '%s' % (([s] * 60),) }}",
    "percent-repeated": "{% set s = 'x' * 2000000 %}{{ ('%(a)s' * 60) % {'a': s} }}",
    "format-repeated": "{% set s = 'x' * 2000000 %}{{ ('{0}' * 60).format(s) }}",
    "replace": "{{ ('x' * 60) | replace('x', 'y' * 2000000) | length }}",
    "replace-method": "{{ ('x' * 60).replace('x', 'y' * 2000000) | length }}",
    "expandtabs": "{{ ('\t' * 1000000).expandtabs(120) | length }}",
    "wordwrap": "{{ ('x ' * 1000000) | wordwrap(1, wrapstring='y' * 120) | length }}",
}


_AMPLIFIER_RUN = """
import resource, sys, tracemalloc
from pathlib import Path
from ggznet.errors import GgznetError
from ggznet.render import env
env.MAX_MEMORY_GROWTH = 32 << 20
before = resource.getrlimit(resource.RLIMIT_AS)
tracemalloc.start()
try:
    env.render("t.j2", {}, user_dir=Path(sys.argv[1]))
    print("rendered", end=" ")
except GgznetError as exc:
    print(exc.message.replace(" ", "_"), end=" ")
print(tracemalloc.get_traced_memory()[1], resource.getrlimit(resource.RLIMIT_AS) == before)
"""


@pytest.mark.parametrize("name", sorted(AMPLIFIERS))
def test_texts_made_from_values_within_the_bounds_are_bounded_in_memory(name: str, tmp_path: Path) -> None:
    """Each value here is within the value bound, but what an operation makes of it (about 120 MB) is not; the
    process may not take on more than MAX_MEMORY_GROWTH while a template runs, so such a text is refused as it is
    asked for ("out of memory"), not made first and refused after (500 large texts joined made a gigabyte).
    (In a process of its own: memory that an earlier test freed, and the process kept, is not growth.)"""
    import subprocess
    import sys

    if not Path("/proc/self/statm").exists():
        pytest.skip("the address space is bounded only where the system says how large it is (Linux)")
    (tmp_path / "t.j2").write_text(AMPLIFIERS[name], encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-c", _AMPLIFIER_RUN, str(tmp_path)], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr[-2000:]
    outcome, peak, restored = run.stdout.split()
    assert "out_of_memory" in outcome or "built_a_value" in outcome, outcome
    assert int(peak) < 70 << 20, peak
    assert restored == "True"  # the process's own bound is put back


def test_the_memory_bound_leaves_room_for_the_builtin_templates() -> None:
    """A document of the shipped knowledge base renders within the bound, and the bound is gone after."""
    import datetime as dt
    import resource

    from conftest import SHIPPED
    from ggznet.api import KnowledgeBase, RenderOptions, report

    before = resource.getrlimit(resource.RLIMIT_AS)
    kb = KnowledgeBase.open(SHIPPED)
    assert "twente" in report(kb, "twente", RenderOptions(as_of=dt.date.fromisoformat(TODAY), commit="X")).lower()
    assert resource.getrlimit(resource.RLIMIT_AS) == before


@pytest.mark.parametrize("where", ["file", "folder"])
def test_a_template_that_cannot_be_read_is_a_clear_error(
    cli, make_kb, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    """The user's own template, or the folder on its way, that cannot be read (no permission) is a clear error,
    exit 1; never an internal error, and never the built-in template in its place as if the user had none."""
    folder = tmp_path / "tpl"
    (folder / "sub").mkdir(parents=True)
    (folder / "report.md.j2").write_text('{% include "sub/deel.j2" %}\n', encoding="utf-8")
    (folder / "sub" / "deel.j2").write_text("# Eigen\n", encoding="utf-8")
    barred = folder / "report.md.j2"
    real_open, real_lstat = os.open, os.lstat

    def refused(path: object, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    def opening(path: object, *args: object, **kwargs: object) -> object:
        if where == "file" and Path(str(path)) == barred:
            refused(path)
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    def looking(path: object, *args: object, **kwargs: object) -> object:
        if where == "folder" and Path(str(path)) == barred:  # (as when its folder may not be searched)
            refused(path)
        return real_lstat(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(template_env.os, "open", opening)
    monkeypatch.setattr(template_env.os, "lstat", looking)
    run = _report(cli, make_kb(), folder)
    assert run.exit_code == 1, (run.exit_code, run.stdout[:300], run.stderr)
    assert "kan niet gelezen worden" in run.stderr and "interne fout" not in run.stderr, run.stderr
    assert "Traceback" not in run.stderr and run.stdout == ""


class _AnyKey(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "v"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["%", "(", ")", "-", "#", "0", " ", "+", ".", "*", "s", "d", "a", "7", "999"]), max_size=12
    )
)
@example(["%", "(", "a", "(", "a", ")", ")", "999", "s"])  # a mapping key with parentheses in it
@example(["%", "(", "(", "a", ")", ")", "-", "999", "d", "%", "%", "999"])
def test_every_width_python_reads_in_a_percent_format_is_seen(parts: list[str]) -> None:
    """Whatever Python makes of `fmt % values` is no longer than the widths the bound reads in `fmt` allow: no
    width is read where Python reads none, and none is missed (mapping keys with parentheses, `%%`, flags)."""
    import re

    from hypothesis import assume

    fmt = "".join(parts)
    assume(all(len(run) <= 4 for run in re.findall("[0-9]+", fmt)))  # (widths of at most 9999 characters)
    widths = [int(w) for w in template_env._percent_widths(fmt) if w != "*"]
    for values in (_AnyKey(), ("v",) * 12, (3,) * 12):
        try:
            text = fmt % values
        except (TypeError, ValueError, KeyError):
            continue
        assert len(text) <= 2 * len(fmt) + 12 * (max(widths, default=0) + 3), (fmt, widths, len(text))


def test_a_template_rendered_in_another_thread_leaves_the_process_bound_alone(tmp_path: Path) -> None:
    """The bound is the whole process's: only the main thread sets it (two renderings at once in threads of a
    program could otherwise leave one's bound behind for good)."""
    import resource
    import threading

    (tmp_path / "t.j2").write_text("{{ 'x' }}", encoding="utf-8")
    before = resource.getrlimit(resource.RLIMIT_AS)
    outside: list[tuple[int, int]] = []

    def elsewhere() -> None:
        with template_env._memory_bound(1 << 30):
            outside.append(resource.getrlimit(resource.RLIMIT_AS))
        template_env.render("t.j2", {}, user_dir=tmp_path)

    thread = threading.Thread(target=elsewhere)
    thread.start()
    thread.join()
    assert outside == [before] and resource.getrlimit(resource.RLIMIT_AS) == before
    with template_env._memory_bound(1 << 30):
        inside = resource.getrlimit(resource.RLIMIT_AS)
    if Path("/proc/self/statm").exists() and before[0] == resource.RLIM_INFINITY:
        assert inside != before  # (in the main thread it is bounded)
    assert resource.getrlimit(resource.RLIMIT_AS) == before


NATIONAL_SCALE = 100_000  # records: above the 69,090 of the benchmarks' national-scale knowledge base


@pytest.mark.slow
def test_the_output_bound_leaves_room_for_the_national_overview_at_national_scale(tmp_path: Path) -> None:
    """The overview of `nederland` holds every record of the knowledge base (about 430 characters each: 29.6
    million characters at 69,090 files), so the bound on a template's output must leave room for it at national
    scale; a smaller knowledge base of the benchmark generator says how much a record takes."""
    import datetime as dt
    import sys

    from ggznet.api import KnowledgeBase, RenderOptions, report

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from generate import generate

    counts = generate(tmp_path / "kb", regions=30, actors=300, initiatives=1000, meetings=1000)
    kb = KnowledgeBase.open(tmp_path / "kb", use_cache=False)
    text = report(kb, "nederland", RenderOptions(as_of=dt.date.fromisoformat(TODAY), commit="X"))
    per_record = len(text) / sum(counts.values())
    assert per_record > 100  # (every record is in it)
    assert per_record * NATIONAL_SCALE <= template_env.MAX_OUTPUT, per_record
