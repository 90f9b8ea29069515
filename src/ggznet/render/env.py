"""The Jinja environment for reports and briefings: sandboxed, strict, with Markdown-safety filters."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined, TemplateError, TemplateNotFound, TemplateSyntaxError
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from ggznet.errors import GgznetError, UsageError
from ggznet.render.markdown import escape_block, escape_cell, escape_inline, link


def builtin_templates() -> Path:
    """Templates shipped with ggznet: inside the installed package, or `templates/` in a checkout."""
    here = Path(__file__).resolve().parent.parent
    packaged = here / "templates"
    if packaged.is_dir():
        return packaged
    return here.parent.parent / "templates"


def environment(user_dir: Path | None = None) -> SandboxedEnvironment:
    loaders = []
    if user_dir is not None:
        if not user_dir.is_dir():
            raise UsageError(f"--templates: {user_dir} is not a folder")
        loaders.append(FileSystemLoader(str(user_dir)))
    loaders.append(FileSystemLoader(str(builtin_templates())))
    env = SandboxedEnvironment(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(md=escape_inline, cell=escape_cell, block=escape_block, link=link)
    return env


def render(template: str, view: dict[str, Any], *, user_dir: Path | None = None) -> str:
    """Render a template with a view model; template mistakes become clear errors, never tracebacks."""
    env = environment(user_dir)
    try:
        text = env.get_template(template).render(**view)
    except SecurityError as exc:
        raise GgznetError(
            f"template {template} tried something the sandbox forbids: {exc}",
            "templates may only use the data they are given",
        ) from None
    except TemplateNotFound as exc:
        raise UsageError(f"template not found: {exc.name}") from None
    except TemplateSyntaxError as exc:
        raise GgznetError(f"{exc.filename or template}:{exc.lineno}: template syntax error: {exc.message}") from None
    except TemplateError as exc:
        raise GgznetError(f"template {template}: {exc}", "check the names the template uses") from None
    return tidy(text)


def tidy(text: str) -> str:
    """At most one blank line in a row and exactly one newline at the end, outside code blocks too."""
    lines = text.splitlines()
    out: list[str] = []
    for line in lines:
        line = line.rstrip()
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n"
