"""The files of a new region's knowledge-base repository (`ggznet init`), as `{relative path: text}`."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from ggznet import ACTION_REPOSITORY, __version__
from ggznet.errors import UsageError
from ggznet.schema import KIND_BY_FOLDER
from ggznet.schema.jsonschema import json_schemas, render

# A region whose copy of ggznet lives elsewhere passes `ggznet init --action OWNER/REPO@REF`.
DEFAULT_ACTION = f"{ACTION_REPOSITORY}@v{__version__}"
_ACTION = re.compile(r"(?P<repo>[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)@(?P<ref>[A-Za-z0-9_.][A-Za-z0-9_./-]{0,99})")
_NAME = re.compile(r"[\w .,'()&/-]{1,80}")


@dataclass(frozen=True)
class Action:
    """`OWNER/REPO@REF`: the ggznet repository and the tag (or commit) a region pins."""

    repo: str
    ref: str

    @classmethod
    def parse(cls, text: str) -> Action:
        match = _ACTION.fullmatch(text.strip())
        if not match or ".." in match["ref"]:
            raise UsageError(
                f"--action `{text}` is not OWNER/REPO@REF", f"for example {DEFAULT_ACTION} (a release tag)"
            )
        return cls(match["repo"], match["ref"])

    @property
    def uses(self) -> str:
        return f"{self.repo}@{self.ref}"

    @property
    def url(self) -> str:
        return f"https://github.com/{self.repo}"


def shipped_vocabulary() -> str:
    """The theme list that ggznet ships (`data/vocabulary.yaml`), so that regions share their themes.

    Inside an installed package it is `ggznet/vocabulary.yaml` (see pyproject.toml); in a checkout
    it is read from `data/` beside `src/`.
    """
    here = Path(__file__).resolve().parent
    for candidate in (here / "vocabulary.yaml", here.parent.parent / "data" / "vocabulary.yaml"):
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    raise UsageError("this installation of ggznet has no vocabulary to start from", "reinstall ggznet")


def _vscode_settings() -> str:
    schemas = {f"./schemas/{kind}.schema.json": f"data/{folder}/*.yaml" for folder, kind in KIND_BY_FOLDER.items()}
    schemas["./schemas/vocabulary.schema.json"] = "data/vocabulary.yaml"
    settings = {"yaml.schemas": schemas, "files.exclude": {".ggznet-cache": True}}
    return json.dumps(settings, indent=2) + "\n"


def _vscode_extensions() -> str:
    return json.dumps({"recommendations": ["redhat.vscode-yaml"]}, indent=2) + "\n"


GITIGNORE = """\
# ggznet's parse cache and edit journal: rebuilt when needed, never committed
.ggznet-cache/
"""

PRE_COMMIT = """\
# pre-commit (https://pre-commit.com) checks the knowledge base before every commit:
#   pip install pre-commit && pre-commit install
repos:
  - repo: {url}
    rev: {ref}
    hooks:
      - id: ggznet-validate
"""

WORKFLOW = """\
# Checks the knowledge base on every pull request and on the main branch with ggznet's action.
# On a pull request only problems that the change brings fail the check; the job summary lists
# every problem, also those the ten annotations per step that GitHub shows leave out.
name: ggznet

on:
  pull_request:
  push:
    branches: [main]

permissions:
  contents: read

jobs:
  validate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0 # the check compares with the pull request's base branch
          persist-credentials: false
      - uses: {uses}
        with:
          strict: "false"
          max-age: "" # e.g. 365d: warn about records nobody verified for a year
"""

README = """\
# Kennisbank {name}

Deze repository is de kennisbank van de regionale samenwerking in de ggz in {name}: welke regio's,
organisaties en initiatieven er zijn, wie wat trekt, wat er op welke tafel is afgesproken en welke
acties openstaan. Alles staat als YAML in `data/` en wordt bijgehouden en gecontroleerd met
[ggznet]({url}).

## Wat waar staat

| map | inhoud |
| --- | --- |
| `data/regions/` | de regio, subregio's, gemeenten en wijken, met `part_of` naar de regio erboven |
| `data/actors/` | organisaties: zorgverzekeraar, ggz-aanbieders, huisartsenorganisaties, gemeenten, ROS, … |
| `data/initiatives/` | tafels, netwerken, programma's, projecten, werkwijzen en voorzieningen, met partijen en rollen |
| `data/meetings/` | bijeenkomsten met besluiten, sporen, acties en de volgende bijeenkomst |
| `data/vocabulary.yaml` | de thema's die initiatieven mogen gebruiken (dezelfde lijst als in andere regio's) |
| `schemas/` | JSON Schema's waarmee VS Code velden aanvult en controleert |

Eén record per bestand; de bestandsnaam is het id (`data/actors/menzis.yaml` heeft `id: menzis`).

## Aan de slag

```sh
python3 -m venv .venv && . .venv/bin/activate
pip install "git+{url}@{ref}"
ggznet new region --name "{name}" --type regio --source "Regiovisie {name}"
ggznet validate
```

`ggznet new actor`, `ggznet new initiative` en `ggznet new meeting` maken de andere soorten
records; zonder opties vraagt ggznet wat nodig is. `ggznet report <regio>` maakt het regio-overzicht.

In VS Code: open deze map en installeer de aanbevolen extensie *YAML* van Red Hat; dan vult de
editor velden aan en wijst fouten aan terwijl je typt. Na een nieuwe versie van ggznet:
`ggznet schema --out schemas`.

## Bijdragen via een pull request

Maak een tak, voeg records toe of werk ze bij, controleer met `ggznet validate` en open een pull
request. De controle (`.github/workflows/ggznet.yml`) draait dan vanzelf: alleen problemen die jouw
wijziging veroorzaakt laten hem falen, elke melding staat op de juiste regel in *Files changed* en de
samenvatting van de job somt alle problemen op. `ggznet explain <code>` legt een melding uit.

Met [pre-commit](https://pre-commit.com) controleert ggznet al bij elke commit:
`pip install pre-commit && pre-commit install`.

## Privacy

Deze kennisbank bevat nooit gegevens over cliënten. Namen, e-mailadressen en telefoonnummers van
professionals staan alleen onder `contacts` van een organisatie; ggznet weigert een BSN en waarschuwt
voor persoonsgegevens elders.
"""


def region_repository(*, action: Action, name: str | None = None) -> dict[str, str]:
    """Every file of a new knowledge-base repository, by path relative to its root."""
    region = name.strip() if name else "de regio"
    if not _NAME.fullmatch(region):
        raise UsageError(
            f"--name `{name}` is not a plain region name", "use letters, digits, spaces and - . , ' ( ) & /"
        )
    files = {
        "README.md": README.format(name=region, url=action.url, ref=action.ref),
        ".gitignore": GITIGNORE,
        ".pre-commit-config.yaml": PRE_COMMIT.format(url=action.url, ref=action.ref),
        ".github/workflows/ggznet.yml": WORKFLOW.format(uses=action.uses),
        ".vscode/settings.json": _vscode_settings(),
        ".vscode/extensions.json": _vscode_extensions(),
        "data/vocabulary.yaml": shipped_vocabulary(),
    }
    for folder in KIND_BY_FOLDER:
        files[f"data/{folder}/.gitkeep"] = ""  # git keeps no empty folders; ggznet skips dot files
    for file_name, schema in json_schemas().items():
        files[f"schemas/{file_name}"] = render(schema)
    return files
