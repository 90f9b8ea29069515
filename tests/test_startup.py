"""Start-up: a run builds only the command it runs, and option values are coerced exactly as Typer does."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main
from typer._coercion import build_runtime_param

from ggznet.cli.application import COMMANDS, command_in, make_app
from ggznet.cli.params import DeferredCoercion


@pytest.mark.parametrize(
    ("argv", "found"),
    [
        (["list", "regions"], "list"),
        (["--kb", "x", "--lang", "en", "--no-cache", "show", "a"], "show"),
        (["--kb=x", "--debug", "--no-pager", "report", "twente"], "report"),
        (["source", "list", "a"], "source"),
        (["--help"], None),
        (["--version"], None),
        (["--unknown", "list"], None),
        (["lst"], None),
        ([], None),
        (["--kb"], None),
    ],
)
def test_the_command_a_run_names(argv: list[str], found: str | None) -> None:
    assert command_in(argv) == found


def _commands(command) -> list:
    found = [command]
    for sub in getattr(command, "commands", {}).values():
        found.extend(_commands(sub))
    return found


def test_one_command_is_the_same_command_as_in_the_full_application() -> None:
    full = typer.main.get_command(make_app())
    for entry in COMMANDS:
        alone = typer.main.get_command(make_app(only=entry[0]))
        assert list(alone.commands) == [entry[0]]  # type: ignore[attr-defined]
        ctx = alone.make_context("ggznet", [entry[0], "--help"], resilient_parsing=True)
        mine = alone.commands[entry[0]]  # type: ignore[attr-defined]
        theirs = full.commands[entry[0]]  # type: ignore[attr-defined]
        assert mine.get_help(ctx) == theirs.get_help(ctx)


SAMPLES = [None, "", "twente", "en", "json", "5", "0", "-3", "07", "1e3", "x" * 3, "2024-03-01", "1 maart 2024",
           "internal", "public", "standard", "excel", "regions", "initiatives", "-", ".", "\x00", True, False, 3,
           ("a",), ["regions", "meetings"], ["twente", "x"], ["nope"], ("",)]  # fmt: skip


def _outcome(coercion, value, param, ctx) -> tuple[str, object]:
    try:
        return ("value", coercion.coerce(value, param=param, ctx=ctx))
    except Exception as exc:
        return ("error", f"{type(exc).__name__}: {exc}")


def test_deferred_coercion_gives_what_typer_gives_for_every_parameter(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "twente").mkdir()
    full = typer.main.get_command(make_app())
    checked = 0
    for command in _commands(full):
        ctx = command.make_context("ggznet", [], resilient_parsing=True)
        for param in command.params:
            descriptor = getattr(param, "type_descriptor", None)
            if descriptor is None:
                continue
            for value in [*SAMPLES, param.default]:
                if isinstance(value, list | tuple) != bool(param.multiple or param.nargs == -1) and value is not None:
                    continue  # Click never hands a list to a single-valued parameter, nor one value to a list
                ours = _outcome(DeferredCoercion(descriptor), value, param, ctx)
                typers = _outcome(build_runtime_param(descriptor), value, param, ctx)
                assert ours == typers, (command.name, param.name, value)
                checked += 1
    assert checked > 500


def test_a_run_of_validate_needs_neither_pydantic_nor_the_other_commands(make_kb) -> None:
    root = make_kb()
    code = (
        "import sys\nfrom ggznet.cli import main\n"
        f"sys.argv = ['ggznet', 'validate', '--kb', {str(root)!r}, '--as-of', '2026-11-23']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "sys.stdout.flush()\n"
        "print('LOADED', sorted(m for m in ('pydantic', 'ggznet.cli.cmd_edit', 'ggznet.cli.cmd_report', 'stdnum')"
        " if m in sys.modules))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "GGZNET_NO_CACHE"}
    for _ in range(2):  # the first run fills the indexed store; the second answers from it
        run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, env=env)
    assert "LOADED []" in run.stdout, run.stdout + run.stderr


def test_a_date_option_still_reads_dutch_dates(cli, make_kb) -> None:
    root = make_kb()
    run = cli("actions", "--as-of", "23 november 2026", "--format", "json", "--kb", str(root))
    assert run.exit_code == 0
    bad = cli("actions", "--as-of", "morgen-ooit", "--kb", str(root))
    assert bad.exit_code == 2
    assert dt.date(2026, 11, 23).isoformat() not in bad.stdout


_PLUGINS = (
    "import os, sys\n"
    "sys.argv = ['ggznet', *sys.argv[1:]]\n"
    "from ggznet.cli import main\n"
    "try:\n"
    "    main()\n"
    "except SystemExit:\n"
    "    pass\n"
    "print('plugins:', os.environ.get('PYDANTIC_DISABLE_PLUGINS'), file=sys.stderr)\n"
)


@pytest.mark.parametrize(("given", "seen"), [(None, "1"), ("logfire", "logfire"), ("", "")])
def test_the_cli_process_skips_pydantic_plugins_unless_told(make_kb, given: str | None, seen: str) -> None:
    """The command line skips Pydantic's search for plugins (every installed package's entry points); a value
    the user set is kept."""
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    if given is not None:
        env["PYDANTIC_DISABLE_PLUGINS"] = given
    root = make_kb()
    done = subprocess.run(
        [sys.executable, "-c", _PLUGINS, "list", "actors", "--kb", str(root)], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert f"plugins: {seen}\n" in done.stderr
    assert "ggz-a" in done.stdout


def test_a_library_user_keeps_pydantic_plugins(make_kb) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    code = (
        "import os, sys\nfrom ggznet.api import KnowledgeBase\n"
        "assert KnowledgeBase.open(sys.argv[1]).index.get('actor', 'ggz-a') is not None\n"
        "print(os.environ.get('PYDANTIC_DISABLE_PLUGINS'))"
    )
    done = subprocess.run([sys.executable, "-c", code, str(make_kb())], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "None\n"


def test_every_list_field_defaults_to_a_new_empty_list() -> None:
    """List fields default through a plain function (cheaper for Pydantic to inspect than `list`): each record
    still gets a list of its own, empty, and the JSON Schema shows the same default as before (none)."""
    from ggznet.schema import RECORD_TYPES
    from ggznet.schema.records import Model

    models = {model for model in Model.__subclasses__()} | set(RECORD_TYPES.values())
    factories = [f.default_factory for m in models for f in m.model_fields.values() if f.default_factory is not None]
    assert len(factories) > 20
    for factory in factories:
        made, again = factory(), factory()  # type: ignore[call-arg]
        assert made == [] and again == [] and made is not again
    schema = RECORD_TYPES["initiative"].model_json_schema()
    assert "default" not in schema["properties"]["tags"]
