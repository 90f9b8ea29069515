"""Pictures of a region: the network of actors and initiatives, and a timeline, as deterministic SVG or PNG.

The API is small and stable (other outputs embed these pictures):

- `network_svg(index, region=…)`, `network_png(…)`: actors (circles, coloured by domain) and
  initiatives (squares, coloured by status) in two columns, ordered so that lines cross little;
  labels never overlap. Large regions are capped (the Mermaid diagram's selection) and the picture
  says what it leaves out.
- `timeline_svg(index, region=…, as_of=…)`, `timeline_png(…)`: initiatives as bars from start to
  end (or to the as-of date while running) and meetings as marks, one labelled row each.

Same data, same options: same bytes (fixed layout order, `svg.hashsalt`, no dates in metadata).
matplotlib is imported only when a picture is made.
"""

from __future__ import annotations

import datetime as dt
import io
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from ggznet.index import Index
from ggznet.query import records_in_region
from ggznet.render.i18n import word
from ggznet.render.mermaid import MAX_ACTORS, MAX_INITIATIVES, STATUS_COLOURS, capped_network
from ggznet.schema import Initiative, Meeting
from ggznet.schema.vocab import Domain, InitiativeStatus, MeetingStatus

if TYPE_CHECKING:
    from matplotlib.figure import Figure

MAX_TIMELINE_INITIATIVES = 30
MAX_TIMELINE_MEETINGS = 20
# Okabe–Ito and a few neighbours: distinguishable with the common colour-vision deficiencies.
DOMAIN_COLOURS = {
    "ggz": "#0072B2", "huisartsenzorg": "#009E73", "sociaal-domein": "#E69F00", "verslavingszorg": "#CC79A7",
    "welzijn": "#F0E442", "publieke-gezondheid": "#56B4E9", "zorgverzekering": "#D55E00", "wonen": "#8C564B",
    "werk-en-inkomen": "#7F7F7F", "informele-zorg": "#BCBD22", "ervaringsdeskundigheid": "#9467BD",
    "overig": "#FFFFFF",
}  # fmt: skip
EDGE_STYLE = {"trekker": ("#222222", 2.2), "initiatiefnemer": ("#444444", 1.3), "other": ("#9a9a9a", 0.8)}
EPOCH = dt.date(1970, 1, 1)  # the time axis counts days from here
TEXT = {
    "nl": {
        "actors": "Partijen (kleur = domein)", "initiatives": "Initiatieven (kleur = status)",
        "owner": "trekker", "initiator": "initiatiefnemer", "other_role": "andere rol", "part_of": "onderdeel van",
        "network_cut": "Toont {shown} van {total} initiatieven (de meest verbonden) "
                       "en {actors} van {all_actors} partijen.",
        "no_initiatives": "Geen initiatieven vastgelegd.", "as_of": "peildatum", "meetings": "Bijeenkomsten",
        "timeline_cut": "Toont {shown} van {total} initiatieven en {meetings} van {all_meetings} bijeenkomsten.",
        "undated": "{count} initiatieven zonder startdatum staan niet op de tijdlijn.",
        "undated_one": "{count} initiatief zonder startdatum staat niet op de tijdlijn.",
        "nothing_dated": "Geen gedateerde initiatieven of bijeenkomsten.", "meeting": "bijeenkomst",
        "held": "gehouden", "planned": "gepland",
    },
    "en": {
        "actors": "Parties (colour = domain)", "initiatives": "Initiatives (colour = status)",
        "owner": "owner", "initiator": "initiator", "other_role": "other role", "part_of": "part of",
        "network_cut": "Shows {shown} of {total} initiatives (the best connected) "
                       "and {actors} of {all_actors} parties.",
        "no_initiatives": "No initiatives recorded.", "as_of": "as of", "meetings": "Meetings",
        "timeline_cut": "Shows {shown} of {total} initiatives and {meetings} of {all_meetings} meetings.",
        "undated": "{count} initiatives without a start date are not on the timeline.",
        "undated_one": "{count} initiative without a start date is not on the timeline.",
        "nothing_dated": "No dated initiatives or meetings.", "meeting": "meeting",
        "held": "held", "planned": "planned",
    },
}  # fmt: skip
MONTHS = {
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
Kind = Literal["svg", "png"]


def number(value: int, lang: str) -> str:
    """A count with the thousands separator of the language (2.135 in Dutch, 2,135 in English)."""
    text = f"{value:,}"
    return text.replace(",", ".") if lang == "nl" else text


def _scope(index: Index, region: str | None, initiatives: Sequence[Initiative] | None) -> list[Initiative]:
    if initiatives is not None:
        return list(initiatives)
    if region is None:
        return sorted(index.initiatives.values(), key=lambda i: i.id)
    ids = records_in_region(index, index.lookup(region, ["region"]).id)["initiative"]
    return [index.initiatives[i] for i in sorted(ids)]


def _wrap_keeping(text: str, suffix: str, width: int, lines: int = 2) -> str:
    """Wrap `text + suffix` in at most `lines` lines; shorten the text (never the suffix) when it is too long."""
    full = " ".join(str(text).split())
    if len(textwrap.wrap(full + suffix, width)) <= lines:
        return "\n".join(textwrap.wrap(full + suffix, width))
    keep = len(full)
    while keep > 1:
        keep -= 1
        candidate = full[:keep].rstrip() + "…" + suffix
        if len(textwrap.wrap(candidate, width)) <= lines:
            return "\n".join(textwrap.wrap(candidate, width))
    return _wrap(full + suffix, width, lines)


def _wrap(text: str, width: int, lines: int = 2) -> str:
    parts = textwrap.wrap(" ".join(str(text).split()), width) or [""]
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] = parts[-1][: width - 1].rstrip() + "…"
    return "\n".join(parts)


# -- network ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NetworkLayout:
    """Which nodes the network picture shows, in which order, and what it leaves out."""

    actors: list[str]
    initiatives: list[Initiative]
    total_initiatives: int
    total_actors: int
    note: str | None


def _plain_text() -> None:
    """Names are drawn as written: `$…$` in a record's name is text, never matplotlib's mathtext, which
    would fail on `$\\foo$` (an internal error) or typeset whatever a stranger wrote."""
    import matplotlib

    matplotlib.rcParams["text.parse_math"] = False


def network_layout(
    index: Index,
    initiatives: Sequence[Initiative],
    *,
    lang: str = "nl",
    max_initiatives: int = MAX_INITIATIVES,
    max_actors: int = MAX_ACTORS,
) -> NetworkLayout:
    """The capped selection, ordered by a few barycentre sweeps so that lines between the columns cross little."""
    shown, actor_ids = capped_network(index, list(initiatives), max_initiatives=max_initiatives, max_actors=max_actors)
    involved = {a.actor for i in initiatives for a in i.actors if a.actor in index.actors}
    domain_rank = {d: n for n, d in enumerate([*(d.value for d in Domain), "overig"])}
    status_rank = {s.value: n for n, s in enumerate(InitiativeStatus)}
    from ggznet.render.report import actor_domains

    actors = sorted(
        actor_ids, key=lambda a: (domain_rank[actor_domains(index.actors[a])[0]], index.actors[a].name.lower(), a)
    )
    inis = sorted(shown, key=lambda i: (status_rank[str(i.status)], i.name.lower(), i.id))
    links = {i.id: [a.actor for a in i.actors if a.actor in actor_ids] for i in inis}
    for _ in range(4):
        a_pos = {a: n for n, a in enumerate(actors)}
        inis.sort(key=lambda i: (_mean([a_pos[a] for a in links[i.id]], default=len(actors)), i.id))
        i_pos = {i.id: n for n, i in enumerate(inis)}
        mean_of = {a: _mean([i_pos[i.id] for i in inis if a in links[i.id]], default=0.0) for a in actors}
        actors.sort(key=lambda a: (mean_of[a], a_pos[a]))
    note = None
    if len(shown) < len(initiatives) or len(actor_ids) < len(involved):
        note = TEXT[lang]["network_cut"].format(
            shown=number(len(shown), lang),
            total=number(len(initiatives), lang),
            actors=number(len(actor_ids), lang),
            all_actors=number(len(involved), lang),
        )
    return NetworkLayout(actors, inis, len(initiatives), len(involved), note)


def _mean(values: list[int], *, default: float) -> float:
    return sum(values) / len(values) if values else default


def network_figure(
    index: Index,
    *,
    region: str | None = None,
    initiatives: Sequence[Initiative] | None = None,
    lang: str = "nl",
) -> Figure:
    """The network picture as a matplotlib Figure (for callers that want another output than SVG or PNG)."""
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    from ggznet.render.report import actor_domains

    _plain_text()
    t = TEXT[lang]
    layout = network_layout(index, _scope(index, region, initiatives), lang=lang)
    by_id = {i.id: i for i in layout.initiatives}
    handles: list[Any] = []
    domain_order = [*(x.value for x in Domain), "overig"]
    for d in sorted({actor_domains(index.actors[a])[0] for a in layout.actors}, key=domain_order.index):
        handles.append(Line2D([], [], marker="o", linestyle="", markersize=8, markerfacecolor=DOMAIN_COLOURS[d],
                              markeredgecolor="#333333", label=word(d, lang)))  # fmt: skip
    for s in [s.value for s in InitiativeStatus if any(i.status == s for i in layout.initiatives)]:
        handles.append(Line2D([], [], marker="s", linestyle="", markersize=8, markerfacecolor=STATUS_COLOURS[s],
                              markeredgecolor="#333333", label=word(s, lang)))  # fmt: skip
    for role, key in (("trekker", "owner"), ("initiatiefnemer", "initiator"), ("other", "other_role")):
        colour, width = EDGE_STYLE[role]
        handles.append(Line2D([], [], color=colour, lw=width, label=t[key]))
    if any(i.part_of in by_id for i in layout.initiatives):
        handles.append(Line2D([], [], color="#666666", lw=1, linestyle="--", label=t["part_of"]))
    # heights in inches: the two columns, the column titles, the legend and the note below
    body = 0.3 * max(len(layout.actors), len(layout.initiatives), 1)
    below = 0.12 + 0.19 * -(-len(handles) // 4) + (0.25 if layout.note else 0.0)
    height = body + 0.45 + below
    fig = Figure(figsize=(7.2, height))
    ax = fig.add_axes((0.3, below / height, 0.4, body / height))
    ax.set_axis_off()
    if not layout.initiatives:
        ax.text(0.5, 0.5, t["no_initiatives"], ha="center", va="center", fontsize=11, transform=ax.transAxes)
        return fig
    pos: dict[str, tuple[float, float]] = {}
    for column, keys in ((-1.0, [f"a:{a}" for a in layout.actors]), (1.0, [f"i:{i.id}" for i in layout.initiatives])):
        for n, key in enumerate(keys):  # each column spread evenly, top to bottom in layout order
            pos[key] = (column, 1.0 - 2.0 * (n + 0.5) / len(keys))
    shown = set(layout.actors)
    for ini in layout.initiatives:
        for ar in ini.actors:
            if ar.actor not in shown:
                continue
            (x0, y0), (x1, y1) = pos[f"a:{ar.actor}"], pos[f"i:{ini.id}"]
            colour, width = EDGE_STYLE.get(str(ar.role), EDGE_STYLE["other"])
            ax.plot([x0, x1], [y0, y1], color=colour, linewidth=width, zorder=1, solid_capstyle="round")
    for ini in layout.initiatives:
        if ini.part_of in by_id:
            (x0, y0), (x1, y1) = pos[f"i:{ini.id}"], pos[f"i:{ini.part_of}"]
            bend = -0.5 if y1 > y0 else 0.5  # always bulge to the left, between the columns, away from the labels
            ax.annotate(
                "",
                xy=(x1, y1),
                xytext=(x0, y0),
                arrowprops={
                    "arrowstyle": "-|>",
                    "linestyle": "--",
                    "color": "#666666",
                    "connectionstyle": f"arc3,rad={bend}",
                },
                zorder=1,
            )
    for a in layout.actors:
        x, y = pos[f"a:{a}"]
        domain = actor_domains(index.actors[a])[0]
        ax.scatter(
            [x], [y], s=150, marker="o", color=DOMAIN_COLOURS.get(domain, "#FFFFFF"), edgecolors="#333333", zorder=3
        )
        ax.annotate(
            _wrap(index.actors[a].name, 28), (x, y), xytext=(-10, 0), textcoords="offset points",
            ha="right", va="center", fontsize=8, annotation_clip=False,
        )  # fmt: skip
    for ini in layout.initiatives:
        x, y = pos[f"i:{ini.id}"]
        colour = STATUS_COLOURS.get(str(ini.status), "#FFFFFF")
        ax.scatter([x], [y], s=170, marker="s", color=colour, edgecolors="#333333", zorder=3)
        label = _wrap_keeping(ini.name, f" · {word(str(ini.status), lang)}", 32)
        ax.annotate(
            label, (x, y), xytext=(10, 0), textcoords="offset points",
            ha="left", va="center", fontsize=8, annotation_clip=False,
        )  # fmt: skip
    ax.set_xlim(-1.15, 1.15)
    ax.set_ylim(-1.0, 1.0)
    for x, key, side in ((-1.0, "actors", "right"), (1.0, "initiatives", "left")):
        ax.annotate(
            t[key], (x, 1.0), xytext=(0, 14), textcoords="offset points", ha=side, va="bottom",
            fontsize=9, fontweight="bold", annotation_clip=False,
        )  # fmt: skip
    note_room = 0.25 if layout.note else 0.02
    fig.legend(handles=handles, loc="lower center", ncol=min(4, len(handles)), fontsize=7.5, frameon=False,
               bbox_to_anchor=(0.5, note_room / height))  # fmt: skip
    if layout.note:
        fig.text(0.5, 0.03 / height, layout.note, ha="center", va="bottom", fontsize=8, style="italic")
    return fig


def network_svg(
    index: Index, *, region: str | None = None, initiatives: Sequence[Initiative] | None = None, lang: str = "nl"
) -> bytes:
    """The network of a region (or of the given initiatives, or of the whole knowledge base) as SVG."""
    return figure_bytes(network_figure(index, region=region, initiatives=initiatives, lang=lang), "svg")


def network_png(
    index: Index,
    *,
    region: str | None = None,
    initiatives: Sequence[Initiative] | None = None,
    lang: str = "nl",
    dpi: int = 150,
) -> bytes:
    """The network picture as PNG (for Word, which shows SVG only in recent versions)."""
    return figure_bytes(network_figure(index, region=region, initiatives=initiatives, lang=lang), "png", dpi=dpi)


# -- timeline --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineRow:
    label: str
    start: dt.date
    end: dt.date
    colour: str
    kind: Literal["initiative", "meeting"]
    open_end: bool  # still running on the as-of date


def timeline_rows(
    initiatives: Sequence[Initiative], meetings: Sequence[Meeting], *, as_of: dt.date, lang: str = "nl"
) -> tuple[list[TimelineRow], list[str]]:
    """Rows of the timeline (capped) and notes on what was left out.

    A date known only to the year or month is drawn as that whole year or month, never as an invented day.
    """
    t = TEXT[lang]
    dated = [i for i in initiatives if i.started is not None]
    undated = len(initiatives) - len(dated)
    active = {InitiativeStatus.VERKENNING, InitiativeStatus.PILOT, InitiativeStatus.LOPEND, InitiativeStatus.GEBORGD}
    # the most recent starts are kept when capping: a timeline is read for what is going on now
    kept = sorted(dated, key=lambda i: (i.started.first_day if i.started else dt.date.min, i.id), reverse=True)
    kept = sorted(
        kept[:MAX_TIMELINE_INITIATIVES], key=lambda i: (i.started.first_day if i.started else dt.date.min, i.id)
    )
    rows: list[TimelineRow] = []
    for ini in kept:
        assert ini.started is not None
        start = ini.started.first_day
        if ini.ended is not None:
            end, open_end = ini.ended.last_day, False
        elif ini.status in active:
            end, open_end = max(as_of, ini.started.last_day), True
        else:
            end, open_end = ini.started.last_day, False
        period = f"{ini.started}–{ini.ended or ''}"
        rows.append(
            TimelineRow(
                _wrap_keeping(ini.name, f" ({period})", 40),
                start,
                max(end, start),
                STATUS_COLOURS.get(str(ini.status), "#FFFFFF"),
                "initiative",
                open_end,
            )
        )
    chosen = sorted(meetings, key=lambda m: (m.date.first_day, m.id), reverse=True)[:MAX_TIMELINE_MEETINGS]
    for m in sorted(chosen, key=lambda m: (m.date.first_day, m.id)):
        status = word(str(m.status), lang)
        rows.append(
            TimelineRow(
                _wrap_keeping(m.title, f" ({m.date}, {status})", 40),
                m.date.first_day,
                m.date.last_day,
                "#333333" if m.status == MeetingStatus.GEHOUDEN else "#FFFFFF",
                "meeting",
                False,
            )
        )
    notes = []
    if len(kept) < len(dated) or len(chosen) < len(meetings):
        notes.append(
            t["timeline_cut"].format(
                shown=number(len(kept), lang),
                total=number(len(dated), lang),
                meetings=number(len(chosen), lang),
                all_meetings=number(len(meetings), lang),
            )
        )
    if undated:
        notes.append(t["undated_one" if undated == 1 else "undated"].format(count=number(undated, lang)))
    return rows, notes


def _region_meetings(index: Index, region: str | None, initiatives: Sequence[Initiative] | None) -> list[Meeting]:
    if region is not None:
        ids = records_in_region(index, index.lookup(region, ["region"]).id)["meeting"]
        return [index.meetings[m] for m in sorted(ids)]
    if initiatives is not None:
        forums = {i.id for i in initiatives}
        return sorted((m for m in index.meetings.values() if m.forum in forums), key=lambda m: m.id)
    return sorted(index.meetings.values(), key=lambda m: m.id)


def timeline_figure(
    index: Index,
    *,
    region: str | None = None,
    initiatives: Sequence[Initiative] | None = None,
    meetings: Sequence[Meeting] | None = None,
    as_of: dt.date | None = None,
    lang: str = "nl",
) -> Figure:
    """The timeline as a matplotlib Figure. `as_of` (default today) ends the bars of running initiatives."""
    from matplotlib.figure import Figure

    _plain_text()
    t = TEXT[lang]
    day = as_of or dt.date.today()
    chosen_meetings = list(meetings) if meetings is not None else _region_meetings(index, region, initiatives)
    rows, notes = timeline_rows(_scope(index, region, initiatives), chosen_meetings, as_of=day, lang=lang)
    fig = Figure(figsize=(7.2, 1.3 + 0.32 * max(len(rows), 2) + 0.2 * len(notes)))
    bottom = (0.55 + 0.2 * len(notes)) / (fig.get_figheight())
    ax = fig.add_axes((0.4, bottom, 0.57, 0.97 - bottom - 0.25 / fig.get_figheight()))
    if not rows:
        ax.set_axis_off()
        ax.text(0.5, 0.5, t["nothing_dated"], ha="center", va="center", fontsize=11, transform=ax.transAxes)
        return fig
    for n, row in enumerate(rows):
        y = len(rows) - 1 - n
        start, end = _days(row.start), _days(row.end + dt.timedelta(days=1))
        if row.kind == "initiative":
            ax.barh(y, end - start, left=start, height=0.6, color=row.colour, edgecolor="#333333", linewidth=0.7)
            if row.open_end:
                ax.plot([end], [y], marker=">", color="#333333", markersize=5)
        elif end - start > 1.5:  # a meeting known only to the month or year: the whole span, hatched
            ax.barh(
                y, end - start, left=start, height=0.35, color="none", edgecolor="#333333", hatch="///", linewidth=0.7
            )
        else:
            ax.plot([start + 0.5], [y], marker="D", markersize=7, color=row.colour, markeredgecolor="#333333")
    ax.axvline(_days(day), color="#C0392B", linewidth=1, linestyle=":")
    ax.text(_days(day), len(rows) - 0.45, f"{t['as_of']} {day.isoformat()} ", color="#C0392B", fontsize=8,
            va="bottom", ha="right")  # fmt: skip
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels([r.label for r in reversed(rows)], fontsize=7.5)
    ax.set_ylim(-0.7, len(rows) - 0.3)
    first = min(r.start for r in rows)
    last = max(max(r.end for r in rows), day)
    span = (last - first).days
    pad = max(15, span // 30)
    ax.set_xlim(_days(first - dt.timedelta(days=pad)), _days(last + dt.timedelta(days=pad)))
    ticks = _ticks(first - dt.timedelta(days=pad), last + dt.timedelta(days=pad), span)
    ax.set_xticks([_days(d) for d in ticks], [_date_tick(d, span, lang) for d in ticks])
    ax.tick_params(axis="x", labelsize=7)
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    if notes:
        fig.text(0.5, 0.01, "\n".join(notes), ha="center", va="bottom", fontsize=8.5, style="italic")
    return fig


def _days(day: dt.date) -> float:
    return float((day - EPOCH).days)


def _ticks(first: dt.date, last: dt.date, span_days: int) -> list[dt.date]:
    """First days of years (long spans), of January and July (a few years) or of every other month."""
    months = 12 if span_days > 4 * 365 else 6 if span_days > 365 else 2
    found = []
    year, month = first.year, 1
    while dt.date(year, month, 1) <= last:
        if dt.date(year, month, 1) >= first:
            found.append(dt.date(year, month, 1))
        month += months
        if month > 12:
            year, month = year + 1, month - 12
    return found


def _date_tick(day: dt.date, span_days: int, lang: str) -> str:
    if span_days > 4 * 365:
        return str(day.year)
    return f"{MONTHS[lang][day.month - 1]} {day.year}"


def timeline_svg(
    index: Index,
    *,
    region: str | None = None,
    initiatives: Sequence[Initiative] | None = None,
    meetings: Sequence[Meeting] | None = None,
    as_of: dt.date | None = None,
    lang: str = "nl",
) -> bytes:
    """Initiatives and meetings of a region (or the given ones) on a time axis, as SVG."""
    fig = timeline_figure(index, region=region, initiatives=initiatives, meetings=meetings, as_of=as_of, lang=lang)
    return figure_bytes(fig, "svg")


def timeline_png(
    index: Index,
    *,
    region: str | None = None,
    initiatives: Sequence[Initiative] | None = None,
    meetings: Sequence[Meeting] | None = None,
    as_of: dt.date | None = None,
    lang: str = "nl",
    dpi: int = 150,
) -> bytes:
    """The timeline as PNG."""
    fig = timeline_figure(index, region=region, initiatives=initiatives, meetings=meetings, as_of=as_of, lang=lang)
    return figure_bytes(fig, "png", dpi=dpi)


# -- output ----------------------------------------------------------------------------------------------


def figure_bytes(fig: Figure, kind: Kind, *, dpi: int = 150) -> bytes:
    """A figure as SVG (text as paths, fixed ids, no date) or PNG (no software tag): the same bytes every time."""
    import matplotlib

    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.hashsalt": "ggznet", "svg.fonttype": "path"}):
        if kind == "svg":
            fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": "ggznet"}, bbox_inches="tight")
        else:
            fig.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None}, bbox_inches="tight")
    return buffer.getvalue()
