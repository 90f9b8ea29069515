"""The overview's template is kept compiled (`templates/compiled/`): up to date with the template and the code
that compiles it, used only when its key says so, and giving the same document as the template compiled anew.
`GGZNET_UPDATE_GOLDEN=1` writes it again after a change to the template or to `render/env.py`."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from conftest import SHIPPED, TODAY
from ggznet.api import KnowledgeBase, RenderOptions, report
from ggznet.render import env as template_env


@pytest.mark.parametrize("name", sorted(template_env.COMPILED))
def test_the_compiled_template_is_up_to_date(name: str) -> None:
    path = template_env.builtin_templates() / "compiled" / template_env.COMPILED[name]
    expected = template_env.compiled_source(name)
    if os.environ.get("GGZNET_UPDATE_GOLDEN"):
        path.write_text(expected, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == expected, "run GGZNET_UPDATE_GOLDEN=1 pytest " + __file__


def test_the_compiled_template_is_used() -> None:
    template = template_env.environment().get_template("report.md.j2")
    assert template.filename is not None and template.filename.endswith("report_md.py")


def _overview() -> str:
    kb = KnowledgeBase.open(SHIPPED)
    return report(kb, "limburg", RenderOptions(as_of=dt.date.fromisoformat(TODAY), commit="X", history=False))


def test_a_stale_compiled_template_is_not_used_and_the_document_is_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled = _overview()
    monkeypatch.setattr(template_env, "compiled_key", lambda source, env: "another")  # the template was changed
    template = template_env.environment().get_template("report.md.j2")
    assert template.filename is not None and template.filename.endswith("report.md.j2")
    assert _overview() == compiled


def test_the_key_changes_with_the_template_and_the_environments_options() -> None:
    env = template_env.environment()
    key = template_env.compiled_key("{{ x }}", env)
    assert key == template_env.compiled_key("{{ x }}", template_env.environment())
    assert key != template_env.compiled_key("{{ y }}", env)
    env.trim_blocks = False
    assert key != template_env.compiled_key("{{ x }}", env)
