"""The questions `ggznet new` asks on a terminal: every required field and the usual ones, a bad answer asked again."""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from ggznet.cli.lang import error_text, t, translate
from ggznet.errors import GgznetError, UsageError

if TYPE_CHECKING:
    from ggznet.index import Index

Parse = Callable[[str], Any]


class Cancelled(GgznetError):
    """The person ended the questions (end of input); nothing is written."""


@contextlib.contextmanager
def tab_completion(words: list[str]) -> Iterator[None]:
    """While prompting on a terminal, <Tab> completes from `words` (vocabulary values or ids)."""
    try:
        import readline
    except ImportError:  # pragma: no cover - no readline on this platform
        yield
        return
    old_completer, old_delims = readline.get_completer(), readline.get_completer_delims()

    def complete(text: str, state: int) -> str | None:
        found = [w for w in words if w.startswith(text)]
        return found[state] if state < len(found) else None

    readline.set_completer(complete)
    readline.set_completer_delims(" \t\n,")
    readline.parse_and_bind("tab: complete")
    try:
        yield
    finally:
        readline.set_completer(old_completer)
        readline.set_completer_delims(old_delims)


class Interview:
    """Asks questions on a terminal; in a script, a missing required value is a usage error instead."""

    def __init__(self, index: Index, *, interactive: bool, completion: Callable[[list[str]], Any] = tab_completion):
        self.index = index
        self.interactive = interactive
        self.completion = completion

    def ask(
        self,
        question: str,
        parse: Parse,
        *,
        option: str,
        required: bool = False,
        choices: list[str] | None = None,
        complete: list[str] | None = None,
        default: Any = None,
    ) -> Any:
        """The parsed answer; for an optional question left empty, `default`. `question` is English (translated);
        a default is shown after it and taken on an empty answer."""
        if not self.interactive:
            if required and not default:
                raise UsageError(f"missing {option}", "give it as an option (or run on a terminal to be asked)")
            return default
        shown = translate(question) or question
        if default:
            shown += f" [{', '.join(default) if isinstance(default, list) else default}]"
        elif not required:
            shown += t(" [empty: skip]")
        if choices:  # on a line of their own: a long prompt would scroll sideways in a narrow terminal
            print("  " + t("choose from: {choices}", choices=", ".join(choices)), file=sys.stderr)
        with self.completion(choices or complete or []):
            while True:
                try:
                    answer = input(shown + ": ").strip()
                except EOFError:
                    print(file=sys.stderr)
                    raise Cancelled("stopped; nothing was written") from None
                if not answer:
                    if not required or default:
                        return default
                    print("  " + t("an answer is needed here"), file=sys.stderr)
                    continue
                try:
                    return parse(answer)
                except UsageError as exc:
                    message, hint = error_text(exc)
                    print(f"  ✗ {message}", file=sys.stderr)
                    if hint:
                        print(f"    {hint}", file=sys.stderr)

    # -- parsers for answers and options --------------------------------------------------------------
    @staticmethod
    def text(answer: str) -> str:
        if not answer.strip():
            raise UsageError("an answer is needed here")
        return answer.strip()

    @staticmethod
    def choice(values: list[str]) -> Parse:
        def parse(answer: str) -> str:
            if answer in values:
                return answer
            from ggznet.suggest import did_you_mean, format_suggestions

            raise UsageError(
                f"`{answer}` is not one of the choices",
                format_suggestions(did_you_mean(answer, values)) or f"choose one of: {', '.join(values)}",
            )

        return parse

    @staticmethod
    def many(parse: Parse) -> Parse:
        """A list answer: `a, b` or `[a, b]`, each item parsed."""

        def parse_list(answer: str) -> list[Any]:
            text = answer.strip()
            if text.startswith("[") and text.endswith("]"):
                text = text[1:-1]
            items = [parse(item.strip()) for item in text.split(",") if item.strip()]
            if not items:
                raise UsageError("an answer is needed here")
            return list(dict.fromkeys(items))

        return parse_list

    def ref(self, kind: str) -> Parse:
        def parse(answer: str) -> str:
            ident = answer.strip()
            if ident in self.index.records[kind]:
                return ident
            from ggznet.suggest import did_you_mean, format_suggestions

            raise UsageError(
                f"no {kind} with id `{ident}`",
                format_suggestions(did_you_mean(ident, self.index.records[kind]))
                or f"<Tab> shows the ids; add one first with `ggznet new {kind}`",
            )

        return parse

    def theme(self, answer: str) -> str:
        declared = list(self.index.theme_labels)
        if answer in declared:
            return answer
        from ggznet.suggest import did_you_mean, format_suggestions

        raise UsageError(
            f"theme `{answer}` is not declared in data/vocabulary.yaml",
            format_suggestions(did_you_mean(answer, declared)) or f"declared: {', '.join(declared) or 'none'}",
        )

    @staticmethod
    def date(answer: str) -> dt.date:
        from ggznet.edit import typed_date

        value = typed_date(answer, "", partial=False)
        assert isinstance(value, dt.date)
        return value

    @staticmethod
    def partial_date(answer: str) -> Any:
        from ggznet.edit import typed_date

        return typed_date(answer, "", partial=True)

    @staticmethod
    def url(answer: str) -> str:
        from ggznet.render.markdown import safe_url

        if safe_url(answer) is None:
            raise UsageError(f"`{answer}` is not a web address", "write it with http:// or https://")
        return answer.strip()


def ids(index: Index, kind: str) -> list[str]:
    return sorted(index.records[kind])
