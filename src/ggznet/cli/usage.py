"""Click's usage errors (a missing argument, an unknown option, a bad value) in the language of the run.

Click writes these messages in English, as plain strings. ggznet leaves Click's parsing alone and, where
the error reaches the command line, builds the Dutch message from the error's own parts (which parameter,
the option as the user typed it) and a table of Click's message forms. A message without a Dutch form
comes out whole in English; English runs get Click's own output, unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import IO, Any

from typer._click import exceptions as click_errors


class TranslatedUsageError(click_errors.UsageError):
    """A usage error shown like ggznet's other errors (`fout: …`, exit code 2) in the language of the run."""

    def __init__(self, original: click_errors.UsageError, ctx: Any = None) -> None:
        super().__init__(original.format_message(), original.ctx or ctx)  # the parser's own errors lack it
        self.original = original

    def format_message(self) -> str:
        from ggznet.cli.lang import current

        english = self.original.format_message()
        return (dutch_message(self.original) or english) if current() == "nl" else english

    def show(self, file: IO[Any] | None = None) -> None:
        from ggznet.cli.lang import current

        if current() != "nl":
            self.original.show(file)
            return
        from ggznet.cli.console import err, styled
        from ggznet.cli.lang import t

        console = err(file)
        ctx = self.ctx
        if ctx is not None:
            console.print(ctx.get_usage(), style=None)
            if ctx.command.get_help_option(ctx) is not None:
                help_option = ctx.help_option_names[0]
                console.print(t("Try '{command} {option}' for help.", command=ctx.command_path, option=help_option))
            console.print()
        console.print(styled(f"[bold red]{t('error:')}[/] {{}}", self.format_message()))


def translated(error: click_errors.UsageError, ctx: Any) -> click_errors.UsageError:
    """The error to raise in its place (translated once; the help a bare group shows is left as it is)."""
    if isinstance(error, TranslatedUsageError | click_errors.NoArgsIsHelpError):
        return error
    return TranslatedUsageError(error, ctx)


def _hint(error: click_errors.BadParameter) -> str | None:
    """How the message names the parameter: an option as Click names it (`'--limit'`), an argument by its
    placeholder as the Dutch help shows it (`'SOORT'`)."""
    from ggznet.cli.helptext import placeholder

    if error.param_hint is not None:
        hint = error.param_hint
        return hint if isinstance(hint, str) else " / ".join(repr(x) for x in hint)
    param = error.param
    if param is None:
        return None
    if getattr(param, "param_type_name", None) == "argument":
        return "'" + placeholder(str(param.metavar or str(param.name).upper())) + "'"
    return str(param.get_error_hint())


def _or(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " of " + names[-1]


def dutch_message(error: click_errors.UsageError) -> str | None:
    """The message of a Click usage error in Dutch, or None when a part of it has no Dutch form."""
    if isinstance(error, click_errors.MissingParameter):
        return _missing(error)
    if isinstance(error, click_errors.BadParameter):
        inner = dutch_text(error.message)
        hint = _hint(error)
        if inner is None:
            return None
        return f"ongeldige waarde voor {hint}: {inner}" if hint else f"ongeldige waarde: {inner}"
    if isinstance(error, click_errors.NoSuchOption):
        own = f"No such option: {error.option_name}"
        text = f"onbekende optie: {error.option_name}" if error.message == own else dutch_text(error.message)
        if text is None:
            return None
        if error.possibilities:
            return f"{text} (bedoel je {_or(sorted(error.possibilities))}?)"
        return text
    return dutch_text(error.message)


def _missing(error: click_errors.MissingParameter) -> str | None:
    param = error.param
    kind = error.param_type or (param.param_type_name if param is not None else "parameter")
    noun = {"argument": "argument", "option": "optie", "parameter": "waarde"}.get(str(kind))
    if noun is None:
        return None
    hint = _hint(error)
    parts = [f"{noun} {hint} ontbreekt" if hint else f"{noun} ontbreekt"]
    for extra in [error.message, param.get_missing_message(ctx=error.ctx) if param is not None else ""]:
        if extra:
            found = dutch_text(extra)
            if found is None:
                return None
            parts.append(found)
    text = ". ".join(parts)
    return text if "\n" in parts[-1] or text.endswith(".") else text + "."


def _choices(match: re.Match[str]) -> str:
    return f"{match['value']} is geen keuze; kies uit {match['choices']}."


def _did_you_mean(match: re.Match[str]) -> str:
    names = [name.strip() for name in match["names"].split(", ")]
    return f"commando {match['name']} bestaat niet. Bedoel je {_or(names)}?"


_WHAT = {
    "integer": "een geheel getal",
    "number": "een getal",
    "boolean": "ja of nee (true/false)",
    "date": "een datum",
    "datetime": "een datum en tijd",
    "string": "tekst",
}
_LABEL = {"File": "bestand", "Directory": "map", "Path": "pad"}
_PATH = {
    "does not exist": "bestaat niet",
    "is a file": "is een bestand",
    "is a directory": "is een map",
    "is not readable": "is niet leesbaar",
    "is not writable": "is niet schrijfbaar",
}

MESSAGES: list[tuple[str, str | Callable[[re.Match[str]], str]]] = [
    # Click's parser and Context.fail
    (r"Got unexpected extra argument\(s\) \((?P<args>.*)\)", "onverwacht extra argument(en): {args}"),
    (r"No such command (?P<name>.+)\. Did you mean (?P<names>.+)\?", _did_you_mean),
    (r"No such command (?P<name>.+)\.", "commando {name} bestaat niet."),
    (r"Missing command\.", "commando ontbreekt."),
    (r"No such option: (?P<name>.+)", "onbekende optie: {name}"),
    (r"Option (?P<name>'.+') requires an argument\.", "optie {name} heeft een waarde nodig."),
    (r"Option (?P<name>'.+') requires (?P<n>\d+) arguments\.", "optie {name} heeft {n} waarden nodig."),
    (r"Option (?P<name>'.+') does not take a value\.", "optie {name} neemt geen waarde."),
    (r"Argument (?P<name>'.+') takes (?P<n>\d+) values\.", "argument {name} neemt {n} waarden."),
    (r"Choose from:\n(?P<choices>.*)", "Kies uit:\n{choices}"),
    # Typer's conversion of values (its messages, and those of pydantic that it passes on)
    (r"(?:Value error, )?(?P<value>.+) is not one of (?P<choices>.+)\.", _choices),
    (
        r"Input should be a valid (?P<what>integer|number|boolean|date|datetime|string)\b.*",
        lambda m: f"moet {_WHAT[m['what']]} zijn",
    ),
    (r"Input should be greater than or equal to (?P<n>.+)", "moet minstens {n} zijn"),
    (r"Input should be less than or equal to (?P<n>.+)", "mag hoogstens {n} zijn"),
    (r"Input should be greater than (?P<n>.+)", "moet groter zijn dan {n}"),
    (r"Input should be less than (?P<n>.+)", "moet kleiner zijn dan {n}"),
    (
        r"(?P<label>File|Directory|Path) (?P<name>'.*') (?P<what>does not exist|is a file|is a directory"
        r"|is not readable|is not writable)\.",
        lambda m: f"{_LABEL[m['label']]} {m['name']} {_PATH[m['what']]}.",
    ),
    (r"Value (?P<value>.+) is not a valid (?P<label>.+)\.", "{value} is geen geldige waarde ({label})."),
    (r"Value must be an iterable\.", "hier horen meerdere waarden."),
]
"""Click's and Typer's messages, as regular expressions over the whole message, with their Dutch form."""

_COMPILED = [(re.compile(pattern, re.DOTALL), dutch) for pattern, dutch in MESSAGES]


def dutch_text(message: str) -> str | None:
    """One of Click's messages in Dutch, or None when the table has no form for it."""
    for pattern, dutch in _COMPILED:
        match = pattern.fullmatch(message)
        if match:
            return dutch(match) if callable(dutch) else dutch.format(**match.groupdict())
    return None
