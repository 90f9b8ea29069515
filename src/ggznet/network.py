"""The collaboration network as a graph: typed edges, exports, bridging actors and region comparison."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, cast

from ggznet.index import REGION_ROLE_OF_TYPE, Index
from ggznet.query import records_in_region
from ggznet.schema import Actor, Initiative, Meeting, Record, Region
from ggznet.schema.vocab import ActionStatus, Domain, MeetingStatus

if TYPE_CHECKING:
    import networkx as nx

NODE_KINDS = ("region", "actor", "initiative", "meeting")


def node_id(record: Record) -> str:
    return f"{record.kind}:{record.id}"


def _attrs(index: Index, record: Record) -> dict[str, Any]:
    attrs: dict[str, Any] = {"kind": record.kind, "id": record.id, "label": record.label}
    if isinstance(record, Actor):
        attrs.update(type=str(record.type), domains=";".join(str(d) for d in record.domains))
    elif isinstance(record, Initiative):
        attrs.update(
            type=str(record.type),
            status=str(record.status),
            domains=";".join(str(d) for d in record.domains),
            themes=";".join(record.themes),
        )
    elif isinstance(record, Meeting):
        attrs.update(type=str(record.type), status=str(record.status), date=str(record.date))
    elif isinstance(record, Region):
        attrs.update(type=str(record.type))
    return attrs


def edges_of(record: Record) -> list[tuple[str, str, str]]:
    """(source node, target node, edge type) for one record's relations, in a direction that reads well."""
    out: list[tuple[str, str, str]] = []
    me = node_id(record)
    if isinstance(record, Region):
        if record.part_of:
            out.append((me, f"region:{record.part_of}", "part_of"))
    elif isinstance(record, Actor):
        # an insurer's or ROS's link to its region is written once, on the actor
        out += [(me, f"region:{r}", REGION_ROLE_OF_TYPE.get(record.type, "works_in")) for r in record.regions]
    elif isinstance(record, Initiative):
        out += [(f"actor:{a.actor}", me, str(a.role)) for a in record.actors]
        out += [(me, f"region:{r}", "located_in") for r in record.regions]
        if record.part_of:
            out.append((me, f"initiative:{record.part_of}", "part_of"))
        out += [(me, f"initiative:{r.initiative}", str(r.relation)) for r in record.related]
        out += [(f"actor:{f.by}", me, "financier") for f in record.funding if f.by]
    elif isinstance(record, Meeting):
        out += [(f"actor:{a}", me, "organised") for a in record.organisers]
        out += [(f"actor:{a}", me, "facilitated") for a in record.facilitators]
        if record.participants:
            out += [(f"actor:{a}", me, "attended") for a in record.participants.actors]
        out += [(me, f"initiative:{i}", "presented") for i in record.presented]
        if record.forum:
            out.append((me, f"initiative:{record.forum}", "meeting_of"))
        out += [(me, f"region:{r}", "located_in") for r in record.regions]
        if record.follows:
            out.append((me, f"meeting:{record.follows}", "follows"))
    return out


@dataclass
class Network:
    """Nodes and typed edges, both as plain data (exports) and as a networkx graph (metrics)."""

    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    edges: list[tuple[str, str, str]] = field(default_factory=list)

    def graph(self) -> nx.MultiDiGraph[str]:
        import networkx as nx

        g: nx.MultiDiGraph[str] = nx.MultiDiGraph()
        for key, attrs in self.nodes.items():
            g.add_node(key, **attrs)
        for source, target, kind in self.edges:
            g.add_edge(source, target, key=kind, type=kind)
        return g


def build(index: Index, *, region: str | None = None, kinds: tuple[str, ...] = NODE_KINDS) -> Network:
    """The network of the whole knowledge base, or of one region (with the regions below it)."""
    if region:
        scope = records_in_region(index, index.lookup(region, ["region"]).id)
        records = [index.records[k][i] for k in NODE_KINDS for i in sorted(scope[k])]
    else:
        records = list(index.all_records())
    net = Network()
    for record in records:
        if record.kind in kinds:
            net.nodes[node_id(record)] = _attrs(index, record)
    for record in records:
        if record.kind not in kinds:
            continue
        for source, target, kind in edges_of(record):
            if source in net.nodes and target in net.nodes:
                net.edges.append((source, target, kind))
    return net


# -- exports -------------------------------------------------------------------------------------------


def to_graphml(net: Network) -> str:
    import io

    import networkx as nx

    g: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for key, attrs in net.nodes.items():
        g.add_node(key, **{k: v for k, v in attrs.items() if v is not None})
    for n, (source, target, kind) in enumerate(net.edges):
        g.add_edge(source, target, key=f"e{n}", type=kind)
    buffer = io.BytesIO()
    nx.write_graphml(g, buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue().decode("utf-8")


def _dot_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


SHAPES = {"region": "folder", "actor": "ellipse", "initiative": "box", "meeting": "note"}


def to_dot(net: Network) -> str:
    lines = ["digraph ggznet {", "  rankdir=LR;", "  node [fontname=Helvetica];"]
    for key, a in net.nodes.items():
        lines.append(f"  {_dot_quote(key)} [label={_dot_quote(a['label'])}, shape={SHAPES[a['kind']]}];")
    for s, t, k in net.edges:
        lines.append(f"  {_dot_quote(s)} -> {_dot_quote(t)} [label={_dot_quote(k)}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def to_mermaid(net: Network) -> str:
    from ggznet.render.mermaid import mermaid_label as _label

    ids = {key: f"n{i}" for i, key in enumerate(net.nodes)}
    shapes = {"region": ('[/"', '"/]'), "actor": ('(["', '"])'), "initiative": ('["', '"]'), "meeting": ('{{"', '"}}')}
    lines = ["flowchart LR"]
    for key, a in net.nodes.items():
        open_, close = shapes[a["kind"]]
        lines.append(f"  {ids[key]}{open_}{_label(a['label'])}{close}")
    for s, t, k in net.edges:
        lines.append(f'  {ids[s]} -->|"{_label(k)}"| {ids[t]}')
    return "\n".join(lines) + "\n"


# -- metrics -------------------------------------------------------------------------------------------

BRIDGE_BETWEENNESS = 0.05
EXACT_BETWEENNESS_UP_TO = 1500  # nodes; above this, betweenness is estimated from sampled sources
SAMPLED_SOURCES = 100


def _betweenness(g: nx.Graph[str]) -> dict[str, float]:
    """Betweenness centrality: exact for regional networks, sampled (fixed seed, so reproducible) for
    national ones, where the exact algorithm's cost grows with nodes × edges."""
    import networkx as nx

    n = g.number_of_nodes()
    if n <= 2:
        return {}
    if n <= EXACT_BETWEENNESS_UP_TO:
        return nx.betweenness_centrality(g, normalized=True)
    return _sampled_betweenness(g, SAMPLED_SOURCES, seed=20261123)


def _sampled_betweenness(g: nx.Graph[str], k: int, *, seed: int) -> dict[str, float]:
    """Brandes' algorithm from `k` sampled sources, normalised: the same sources, sums and scaling as
    `nx.betweenness_centrality(g, k=k, normalized=True, seed=seed)` (a test checks that they are equal),
    on lists of integers, so that the search from each source costs its component, not the whole graph."""
    import random

    nodes = list(g)
    position = {v: i for i, v in enumerate(nodes)}
    neighbours = [[position[w] for w in g[v]] for v in nodes]
    n = len(nodes)
    sources = random.Random(seed).sample(nodes, k)
    total = [0.0] * n
    for source in sources:
        s = position[source]
        sigma = [0.0] * n  # number of shortest paths from s
        dist = [-1] * n
        sigma[s], dist[s] = 1.0, 0
        order = [s]  # breadth first; grows while it is read
        for v in order:
            step, paths = dist[v] + 1, sigma[v]
            for w in neighbours[v]:
                if dist[w] < 0:
                    order.append(w)
                    dist[w] = step
                if dist[w] == step:
                    sigma[w] += paths
        delta = [0.0] * n
        for w in reversed(order):
            share, before = (1 + delta[w]) / sigma[w], dist[w] - 1
            for v in neighbours[w]:
                if dist[v] == before:
                    delta[v] += sigma[v] * share
            if w != s:
                total[w] += delta[w]
    others = n - 2  # endpoints left out: n - 1 targets per source, n - 2 nodes that can lie between
    scale_source, scale_other = 1 / ((k - 1) * others), 1 / (k * others)
    sampled = {position[v] for v in sources}
    return {v: total[i] * (scale_source if i in sampled else scale_other) for i, v in enumerate(nodes)}


@dataclass
class ActorMetrics:
    id: str
    name: str
    type: str
    degree: int
    betweenness: float
    domains: list[str]
    flags: list[str]


@dataclass
class NetworkReport:
    actors: list[ActorMetrics]
    single_actor_initiatives: list[dict[str, str]]
    domains_without_ggz_link: list[str]

    def as_dict(self) -> dict[str, Any]:
        return {
            "actors": [vars(a) for a in self.actors],
            "single_actor_initiatives": self.single_actor_initiatives,
            "domains_without_ggz_link": self.domains_without_ggz_link,
        }

    @classmethod
    def from_dict(cls, data: object) -> NetworkReport | None:
        """The report `as_dict` gave, checked for shape (it comes back from the store); None if it is not one."""

        def strs(value: object) -> bool:
            return isinstance(value, list) and all(isinstance(v, str) for v in value)

        if not isinstance(data, dict) or set(data) != {
            "actors",
            "single_actor_initiatives",
            "domains_without_ggz_link",
        }:
            return None
        actors = []
        for item in data["actors"] if isinstance(data["actors"], list) else [None]:
            if not isinstance(item, dict) or set(item) != {f.name for f in fields(ActorMetrics)}:
                return None
            if not all(isinstance(item[k], str) for k in ("id", "name", "type")):
                return None
            degree, betweenness = item["degree"], item["betweenness"]
            if not isinstance(degree, int) or isinstance(degree, bool) or not isinstance(betweenness, int | float):
                return None
            if not (strs(item["domains"]) and strs(item["flags"])):
                return None
            actors.append(ActorMetrics(**item))
        single = data["single_actor_initiatives"]
        if not isinstance(single, list) or not all(
            isinstance(i, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in i.items()) for i in single
        ):
            return None
        if not strs(data["domains_without_ggz_link"]):
            return None
        return cls(actors, single, list(data["domains_without_ggz_link"]))


def analyse(
    index: Index,
    region: str,
    *,
    scope: dict[str, set[str]] | None = None,
    parties: set[str] | None = None,
    keep: bool = True,
) -> NetworkReport:
    """Per actor in the region: degree, betweenness, the domains it connects and flags. `scope`: what
    `records_in_region` gives for this region, when the caller has it already; `parties`: the actors its
    initiatives name (else read from them); without `keep`, the records read are built a batch at a time and
    let go after (see `Index.each_of`)."""
    region_id = index.lookup(region, ["region"]).id
    if scope is None:
        scope = records_in_region(index, region_id, keep=keep)
    key = None
    if index.memo is not None:  # kept by a digest of every record the metrics read: the region's and its parties'
        inputs = {(kind, ident) for kind in NODE_KINDS for ident in scope[kind]}
        if parties is None:
            parties = {
                a.actor
                for i in index.each_of("initiative", sorted(scope["initiative"]), keep=keep)
                for a in cast(Initiative, i).actors
            }
        inputs |= {("actor", a) for a in parties}
        key = index.memo.key(f"network-metrics:{region_id}", inputs)
        found = NetworkReport.from_dict(index.memo.recall(key)) if key is not None else None
        if found is not None:
            return found
    report = _analyse(index, region_id, scope, keep=keep)
    if key is not None and index.memo is not None:
        index.memo.remember(key, report.as_dict())
    return report


def _analyse(index: Index, region_id: str, scope: dict[str, set[str]], *, keep: bool = True) -> NetworkReport:
    import networkx as nx

    g: nx.Graph[str] = nx.Graph()
    for a in sorted(scope["actor"]):  # in a fixed order: the sampled betweenness draws its sources from it
        g.add_node(f"actor:{a}")
    domains: dict[str, set[str]] = {}  # per node: the domains of its record (see `domains_of_node`)
    single = []
    for kind in ("initiative", "meeting"):
        for record in index.each_of(kind, sorted(scope[kind]), keep=keep):
            me = node_id(record)
            g.add_node(me)
            for source, _target, _kind in edges_of(record):
                if source.startswith("actor:") and source[6:] in scope["actor"]:
                    g.add_edge(source, me)
            if isinstance(record, Initiative):
                domains[me] = {str(d) for d in record.domains}
                parties = {x.actor for x in record.actors}
                if len(parties) == 1:
                    (only,) = parties
                    single.append(
                        {
                            "initiative": record.id,
                            "name": record.name,
                            "actor": only,
                            "actor_name": index.label("actor", only),
                        }
                    )
            elif isinstance(record, Meeting):
                domains[me] = {str(d) for d in record.participants.domains} if record.participants else set()
    named: dict[str, tuple[str, str]] = {}  # per actor: its name and type (not the record: it may be let go)
    for actor in cast(Iterator[Actor], index.each_of("actor", sorted(scope["actor"]), keep=keep)):
        domains[f"actor:{actor.id}"] = {str(d) for d in actor.domains}
        named[actor.id] = (actor.name, str(actor.type))
    betweenness = _betweenness(g)
    cut_points = set(nx.articulation_points(g)) if g.number_of_nodes() > 2 else set()

    def domains_of_node(node: str) -> set[str]:
        return domains.get(node, set())

    metrics = []
    for a in sorted(scope["actor"]):
        name, actor_type = named[a]
        node = f"actor:{a}"
        neighbours = list(g.neighbors(node))
        connected = set(domains[node])
        for n in neighbours:  # its initiatives and meetings, and the parties it meets there
            connected |= domains_of_node(n)
            for other in g.neighbors(n):
                connected |= domains_of_node(other)
        flags = []
        if not neighbours:
            flags.append("isolated")
        score = round(betweenness.get(node, 0.0), 4)
        if neighbours and (score >= BRIDGE_BETWEENNESS or node in cut_points) and len(connected) >= 2:
            flags.append("verbinder")
        metrics.append(
            ActorMetrics(
                a,
                name,
                actor_type,
                len(neighbours),
                score,
                [d.value for d in Domain if d.value in connected],
                flags,
            )
        )
    metrics.sort(key=lambda m: (-m.betweenness, -m.degree, m.id))

    ggz_nodes = {n for n in g.nodes if "ggz" in domains_of_node(n)}
    reach: set[str] = set()
    for component in nx.connected_components(g):
        if component & ggz_nodes:
            reach |= component
    present: set[str] = set()
    linked: set[str] = set()
    for n in g.nodes:
        ds = domains_of_node(n)
        present |= ds
        if n in reach:
            linked |= ds
    unlinked: list[str] = [str(d.value) for d in Domain if d.value in present - linked and d.value != "ggz"]
    return NetworkReport(metrics, single, unlinked)


# -- comparison ------------------------------------------------------------------------------------------


def profile(index: Index, region: str, as_of: Any) -> dict[str, Any]:
    region_id = index.lookup(region, ["region"]).id
    scope = records_in_region(index, region_id)
    initiatives = [index.initiatives[i] for i in sorted(scope["initiative"])]
    meetings = [index.meetings[m] for m in sorted(scope["meeting"])]
    held = sorted(m.date.first_day for m in meetings if m.status == MeetingStatus.GEHOUDEN)
    years = max(1.0, (held[-1] - held[0]).days / 365.25) if len(held) > 1 else 1.0

    def group(values_of: Any) -> dict[str, list[str]]:
        """value → ids of the initiatives that have it."""
        out: dict[str, list[str]] = {}
        for ini in initiatives:
            for value in values_of(ini):
                out.setdefault(value, []).append(ini.id)
        return out

    open_actions = sum(1 for m in meetings for a in m.actions if a.status == ActionStatus.OPEN)
    return {
        "region": region_id,
        "name": index.regions[region_id].name,
        "themes": group(lambda i: i.themes),
        "domains": group(lambda i: [str(d) for d in i.domains]),
        "types": group(lambda i: [str(i.type)]),
        "statuses": group(lambda i: [str(i.status)]),
        "roles": group(lambda i: sorted({str(a.role) for a in i.actors})),
        "meetings_held": len(held),
        "meetings_planned": sum(1 for m in meetings if m.status == MeetingStatus.GEPLAND),
        "meetings_per_year": round(len(held) / years, 1) if held else 0.0,
        "last_meeting": held[-1].isoformat() if held else None,
        "open_actions": open_actions,
        "initiatives": len(initiatives),
    }


def compare(index: Index, a: str, b: str, as_of: Any) -> dict[str, Any]:
    """Two regions side by side, and per aspect what each has that the other lacks (with examples)."""
    left, right = profile(index, a, as_of), profile(index, b, as_of)
    aspects = {}
    for aspect in ("themes", "domains", "types", "statuses", "roles"):
        only_left = {k: v for k, v in left[aspect].items() if k not in right[aspect]}
        only_right = {k: v for k, v in right[aspect].items() if k not in left[aspect]}
        aspects[aspect] = {
            "left": {k: len(v) for k, v in sorted(left[aspect].items())},
            "right": {k: len(v) for k, v in sorted(right[aspect].items())},
            "only_left": {k: sorted(v)[:3] for k, v in sorted(only_left.items())},
            "only_right": {k: sorted(v)[:3] for k, v in sorted(only_right.items())},
        }
    rhythm = {
        k: (left[k], right[k])
        for k in (
            "initiatives",
            "meetings_held",
            "meetings_planned",
            "meetings_per_year",
            "last_meeting",
            "open_actions",
        )
    }
    return {
        "left": {"id": left["region"], "name": left["name"]},
        "right": {"id": right["region"], "name": right["name"]},
        "aspects": aspects,
        "rhythm": rhythm,
    }
