"""The view of one record for `ggznet show`: fields with reference names, and backlinks."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import Any

from ggznet.index import Index, iter_references
from ggznet.problems import dotted
from ggznet.render.i18n import kind_word, word
from ggznet.render.markdown import escape_inline
from ggznet.schema import Initiative, Record
from ggznet.schema.ownership import ownership


@dataclass
class RecordView:
    kind: str
    id: str
    label: str
    path: str
    record: dict[str, Any]
    references: list[dict[str, Any]] = field(default_factory=list)
    backlinks: list[dict[str, Any]] = field(default_factory=list)
    annotated: dict[str, Any] = field(default_factory=dict)
    ownership: dict[str, Any] | None = None  # initiatives: owner (trekker, else initiatiefnemers) and involved

    def as_dict(self) -> dict[str, Any]:
        data = {
            "kind": self.kind,
            "id": self.id,
            "name": self.label,
            "path": self.path,
            "record": self.record,
            "references": self.references,
            "backlinks": self.backlinks,
        }
        if self.ownership is not None:
            data.update(self.ownership)
        return data


def _set(data: Any, loc: tuple[str | int, ...], value: Any) -> None:
    node = data
    for part in loc[:-1]:
        node = node[part]
    node[loc[-1]] = value


COMMON_LAST = ("description", "tags", "internal", "sources", "verified_on")


def _common_last(data: dict[str, Any]) -> dict[str, Any]:
    """Kind-specific fields first, then the fields every record has."""
    head = {k: v for k, v in data.items() if k not in COMMON_LAST}
    return head | {k: data[k] for k in COMMON_LAST if k in data}


def record_view(index: Index, record: Record) -> RecordView:
    dumped = _common_last(record.model_dump(mode="json", exclude_defaults=True))
    annotated = _common_last(record.model_dump(mode="json", exclude_defaults=True))
    references = []
    for ref in iter_references(record):
        target = index.get(ref.kind, ref.target)
        name = target.label if target else None
        references.append(
            {
                "field": dotted(ref.loc),
                "kind": ref.kind,
                "id": ref.target,
                "name": name,
                "relation": ref.relation,
                "exists": target is not None,
            }
        )
        shown = f"{name} ({ref.target})" if name and name != ref.target else ref.target
        if target is None:
            shown += " (unknown)"
        with contextlib.suppress(KeyError, IndexError, TypeError):
            _set(annotated, ref.loc, shown)
    for key in ("themes",):
        if key in annotated:
            labels = index.theme_labels
            annotated[key] = [f"{labels[t][0]} ({t})" if t in labels else t for t in annotated[key]]
    backlinks = sorted(
        (
            {
                "kind": link.source.kind,
                "id": link.source.id,
                "name": link.source.label,
                "relation": link.relation,
                "field": dotted(link.loc),
            }
            for link in index.backlinks(record)
        ),
        key=lambda b: (b["kind"], b["id"], b["field"]),
    )
    return RecordView(
        record.kind,
        record.id,
        record.label,
        index.path_of(record),
        dumped,
        references,
        backlinks,
        annotated,
        _ownership(index, record) if isinstance(record, Initiative) else None,
    )


def _ownership(index: Index, initiative: Initiative) -> dict[str, Any]:
    own = ownership(initiative)
    return {
        "owner": [{"id": a, "name": index.label("actor", a)} for a in own.owners],
        "owner_role": str(own.basis) if own.basis else None,
        "involved": [
            {"id": a, "name": index.label("actor", a), "roles": [str(r) for r in roles]} for a, roles in own.involved
        ],
    }


def _owner_text(view: RecordView, lang: str = "nl") -> tuple[str, str]:
    """`eigenaar` and `betrokken` in words: "Mediant, Menzis (als initiatiefnemers)"."""
    assert view.ownership is not None
    owners = view.ownership["owner"]
    if not owners:
        owner = _word("no_owner", lang)
    else:
        owner = ", ".join(o["name"] for o in owners)
        if view.ownership["owner_role"] == "initiatiefnemer":
            owner += _word("as_initiators" if len(owners) > 1 else "as_initiator", lang)
    involved = ", ".join(
        f"{i['name']} ({', '.join(word(str(r), lang) for r in i['roles'])})" for i in view.ownership["involved"]
    )
    return owner, involved or "–"


def _lines(value: Any, indent: int, *, md: bool) -> list[str]:
    pad = "  " * indent
    esc = escape_inline if md else str
    out: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, dict | list):
                out.append(f"{pad}{'- ' if md else ''}{esc(str(key))}:")
                out.extend(_lines(item, indent + 1, md=md))
            else:
                out.append(f"{pad}{'- ' if md else ''}{esc(str(key))}: {esc(_scalar(item))}")
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict):
                sub = _lines(item, indent + 1, md=md)
                first = sub[0].strip()
                if md:
                    first = first.removeprefix("- ")
                out.append(f"{pad}- {first}")
                out.extend(sub[1:])
            else:
                out.append(f"{pad}- {esc(_scalar(item))}")
    else:
        out.append(f"{pad}{esc(_scalar(value))}")
    return out


def _scalar(value: Any) -> str:
    """A value as the file writes it: `true` and `false`, not Python's `True` and `False`."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


WORDS = {
    "file": ("bestand", "file"),
    "points_here": ("wat verwijst hiernaar:", "what points here:"),
    "nothing_points_here": ("niets verwijst hiernaar", "nothing points here"),
    "references": ("Verwijzingen naar dit record", "What points to this record"),
    "none": ("Geen.", "None."),
    "owner": ("eigenaar", "owner"),
    "involved": ("betrokken", "involved"),
    "no_owner": ("geen eigenaar vastgelegd", "no owner recorded"),
    "as_initiator": (" (als initiatiefnemer)", " (as initiator)"),
    "as_initiators": (" (als initiatiefnemers)", " (as initiators)"),
}


def _word(key: str, lang: str) -> str:
    return WORDS[key][0 if lang == "nl" else 1]


def view_to_text(view: RecordView, lang: str = "nl") -> str:
    """The record as plain text; field keys stay as they are written in the file."""
    lines = [f"{kind_word(view.kind, lang)} {view.id} — {view.label}", f"{_word('file', lang)}: {view.path}", ""]
    body = {k: v for k, v in view.annotated.items() if k != "id"}
    lines.extend(_lines(body, 0, md=False))
    if view.ownership is not None:
        owner, involved = _owner_text(view, lang)
        lines += ["", f"{_word('owner', lang)}: {owner}", f"{_word('involved', lang)}: {involved}"]
    lines.append("")
    lines.append(_word("points_here", lang) if view.backlinks else _word("nothing_points_here", lang))
    for b in view.backlinks:
        lines.append(f"  - {kind_word(b['kind'], lang)} {b['name']} ({b['id']}) — {b['relation']}")
    return "\n".join(lines) + "\n"


def view_to_markdown(view: RecordView, lang: str = "nl") -> str:
    kind = kind_word(view.kind, lang)
    lines = [f"# {escape_inline(view.label)}", "", f"*{kind}* `{view.id}` — `{view.path}`", ""]
    if view.ownership is not None:
        owner, involved = _owner_text(view, lang)
        owner_word, involved_word = _word("owner", lang).capitalize(), _word("involved", lang).capitalize()
        lines += [
            f"**{owner_word}:** {escape_inline(owner)}",
            "",
            f"**{involved_word}:** {escape_inline(involved)}",
            "",
        ]
    body = {k: v for k, v in view.annotated.items() if k not in ("id", "name", "title")}
    lines.extend(_lines(body, 0, md=True))
    lines += ["", f"## {_word('references', lang)}", ""]
    if not view.backlinks:
        lines.append(_word("none", lang))
    for b in view.backlinks:
        who = f"{kind_word(b['kind'], lang)} {escape_inline(b['name'])}"
        lines.append(f"- {who} (`{b['id']}`): {escape_inline(b['relation'])}")
    return "\n".join(lines) + "\n"
