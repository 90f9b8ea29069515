"""The layering of ggznet's code (docs/architecture.md): which module may import which, and where outside
libraries may be used. Read from the source with `ast`, so nothing is imported or run."""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"

# Layers from the top down. A module may import modules of its own layer and of the layers below it,
# never of a layer above. Keep this table and the one in docs/architecture.md in step.
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("cli", ("ggznet.cli", "ggznet.__main__")),
    ("api", ("ggznet.api",)),
    (
        "services",
        (
            "ggznet.render",
            "ggznet.query",
            "ggznet.region_scope",
            "ggznet.network",
            "ggznet.inspiration",
            "ggznet.validate",
            "ggznet.edit",
            "ggznet.history",
            "ggznet.scaffold",
            "ggznet.stored",
            "ggznet.audience",
        ),
    ),
    ("store/index", ("ggznet.store", "ggznet.index", "ggznet.lazy", "ggznet.statlist")),
    ("schema", ("ggznet.schema",)),
    (
        "base",
        (
            "ggznet",
            "ggznet.errors",
            "ggznet.problems",
            "ggznet.suggest",
            "ggznet.charpolicy",
            "ggznet.personal",
            "ggznet.dates",
        ),
    ),
]

# Outside libraries (and the standard library's process spawning) that live in one place only.
# A module is allowed when its name equals an entry or lies below it (`ggznet.cli` covers `ggznet.cli.x`).
ONE_HOME: dict[str, tuple[str, ...]] = {
    "ruamel": ("ggznet.store.roundtrip",),  # round-trip editing keeps comments and layout
    "subprocess": ("ggznet.store.git",),  # the one module that runs git
    "rich": ("ggznet.cli.console", "ggznet.cli.output", "ggznet.cli.progress", "ggznet.cli.quicktable"),  # output layer
    "typer": ("ggznet.cli",),
    "jinja2": ("ggznet.render.env",),
    "networkx": ("ggznet.network",),
    "pydantic": ("ggznet.schema", "ggznet.validate.shape"),
    "pydantic_core": ("ggznet.schema",),
    "yaml": ("ggznet.store.yamlfast", "ggznet.cli.output"),  # reading records; writing YAML output
    "yaml_rs": ("ggznet.store.yamlfast",),
    "filelock": ("ggznet.store.lock", "ggznet.store.cache"),  # the edit lock and the store's lock
    "orjson": ("ggznet.store.cache", "ggznet.cli.output"),  # the indexed store's JSON; JSON listings
    "phonenumbers": ("ggznet.personal",),  # finding and checking phone numbers
    "email_validator": ("ggznet.personal",),  # checking contact e-mail addresses
    "markdown_it": ("ggznet.render.document", "ggznet.render.site.richtext"),  # Word/PDF; safe HTML for the site
    "matplotlib": ("ggznet.render.pictures", "ggznet.render.pdf"),
    # the site's pages made and record files read side by side on every core (forked workers run ggznet's own
    # code, no program)
    "concurrent": ("ggznet.render.site.workers", "ggznet.store.readpool"),
    "multiprocessing": ("ggznet.render.site.workers", "ggznet.store.readpool"),
}

# Ways to start a process other than `subprocess`: allowed only where `subprocess` is.
SPAWN = {"system", "popen", "fork", "forkpty", "posix_spawn", "posix_spawnp"}
SPAWN_PREFIXES = ("exec", "spawn")


@dataclass(frozen=True)
class Finding:
    module: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.module}:{self.line}: {self.message}"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def source_modules() -> dict[str, str]:
    """`{module name: source}` for every module of the package."""
    return {module_name(p): p.read_text(encoding="utf-8") for p in sorted((SRC / "ggznet").rglob("*.py"))}


def _within(module: str, prefix: str) -> bool:
    """`module` is `prefix` or lies below it; the package `ggznet` itself holds only its `__init__`."""
    return module == prefix or (prefix != "ggznet" and module.startswith(prefix + "."))


def layer_of(module: str) -> int | None:
    """The index in LAYERS (0 is the top) of the most specific prefix that holds `module`."""
    best: tuple[int, int] | None = None  # (prefix length, layer)
    for index, (_name, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            if _within(module, prefix) and (best is None or len(prefix) > best[0]):
                best = (len(prefix), index)
    return None if best is None else best[1]


def imports(module: str, tree: ast.Module, known: set[str], is_package: bool) -> Iterator[tuple[str, int]]:
    """(imported module, line) for every import anywhere in the module, also inside functions."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against this module's package
                package = module.split(".") if is_package else module.split(".")[:-1]
                base = package[: len(package) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            for alias in node.names:
                child = f"{target}.{alias.name}"
                yield (child if child in known else target), node.lineno


def spawn_calls(tree: ast.Module) -> Iterator[tuple[str, int]]:
    """`os.system(...)`, `os.execv(...)`, `from os import popen` and the like."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "os":
            name = node.attr
        elif isinstance(node, ast.ImportFrom) and node.module == "os":
            for alias in node.names:
                if alias.name in SPAWN or alias.name.startswith(SPAWN_PREFIXES):
                    yield f"os.{alias.name}", node.lineno
            continue
        else:
            continue
        if name in SPAWN or name.startswith(SPAWN_PREFIXES):
            yield f"os.{name}", node.lineno


def check(sources: Mapping[str, str], packages: set[str] | None = None) -> list[Finding]:
    """Every breach of the layering and of ONE_HOME in `{module: source}`."""
    known = set(sources)
    packages = packages if packages is not None else {m for m in known if any(k.startswith(m + ".") for k in known)}
    findings: list[Finding] = []
    for module, text in sources.items():
        tree = ast.parse(text)
        if ast.get_docstring(tree) is None:
            findings.append(Finding(module, 1, "no module docstring saying what the module is for"))
        own = layer_of(module)
        if own is None:
            findings.append(Finding(module, 1, "belongs to no layer: add it to LAYERS and to docs/architecture.md"))
            continue
        for target, line in imports(module, tree, known, module in packages):
            top = target.split(".")[0]
            if top == "ggznet":
                theirs = layer_of(target)
                if theirs is not None and theirs < own:
                    findings.append(
                        Finding(
                            module,
                            line,
                            f"imports {target} (layer {LAYERS[theirs][0]}) from the lower layer {LAYERS[own][0]}",
                        )
                    )
            elif top in ONE_HOME and not any(_within(module, home) for home in ONE_HOME[top]):
                findings.append(
                    Finding(module, line, f"imports {top}, which belongs in {' or '.join(ONE_HOME[top])} only")
                )
        if not any(_within(module, home) for home in ONE_HOME["subprocess"]):
            for call, line in spawn_calls(tree):
                findings.append(Finding(module, line, f"{call} starts a process; only ggznet.store.git may"))
    return findings


def test_the_code_keeps_the_layering() -> None:
    findings = check(source_modules())
    assert not findings, "\n".join(map(str, findings))


def test_every_layer_prefix_names_real_code() -> None:
    """A renamed module must not leave a stale entry that silently checks nothing."""
    modules = set(source_modules())
    prefixes = [p for _name, group in LAYERS for p in group] + [h for homes in ONE_HOME.values() for h in homes]
    missing = [p for p in prefixes if not any(_within(m, p) for m in modules)]
    assert not missing, missing


@pytest.mark.parametrize(
    "sources,expected",
    [
        ({"ggznet.schema.x": '"""x"""\nfrom ggznet.api import KnowledgeBase\n'}, "from the lower layer schema"),
        ({"ggznet.store.x": '"""x"""\ndef f():\n    from ggznet.render import report\n'}, "(layer services)"),
        ({"ggznet.index": '"""x"""\nimport ggznet.cli.output\n'}, "imports ggznet.cli.output (layer cli)"),
        ({"ggznet.render.x": '"""x"""\nfrom ..cli import app\n'}, "imports ggznet.cli (layer cli)"),
        ({"ggznet.edit": '"""x"""\nfrom ruamel.yaml import YAML\n'}, "imports ruamel"),
        ({"ggznet.cli.cmd_x": '"""x"""\nfrom rich.markup import escape\n'}, "imports rich"),
        ({"ggznet.history": '"""x"""\nimport subprocess\n'}, "imports subprocess"),
        ({"ggznet.api": '"""x"""\nimport os\nos.system("git log")\n'}, "os.system starts a process"),
        ({"ggznet.api": '"""x"""\nfrom os import execvp\n'}, "os.execvp starts a process"),
        ({"ggznet.newthing": '"""x"""\n'}, "belongs to no layer"),
        ({"ggznet.query": "import os\n"}, "no module docstring"),
    ],
)
def test_the_check_catches_each_kind_of_breach(sources: dict[str, str], expected: str) -> None:
    findings = check(sources, packages=set())
    assert any(expected in str(f) for f in findings), findings


def test_allowed_imports_pass_the_check() -> None:
    sources = {
        "ggznet.cli.cmd_x": '"""x"""\nfrom ggznet.api import KnowledgeBase\nfrom ggznet.store import git\n',
        "ggznet.render.x": '"""x"""\nfrom ggznet.index import Index\nfrom ggznet.query import records_in_region\n',
        "ggznet.store.roundtrip": '"""x"""\nfrom ruamel.yaml import YAML\nfrom ggznet.errors import GgznetError\n',
        "ggznet.store.git": '"""x"""\nimport subprocess\n',
        "ggznet.cli.console": '"""x"""\nfrom rich.console import Console\n',
    }
    assert check(sources, packages=set()) == []
