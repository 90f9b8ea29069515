"""Write a valid synthetic knowledge base at a given scale by varying the shipped records.

    python benchmarks/generate.py OUT [--regions 30] [--actors 3000] [--initiatives 10000] [--meetings 10000]

Records are copies of the shipped ones with new ids and names; references point to generated records
of the right kind, chosen with a fixed seed, so the result is deterministic and `ggznet validate`
finds no errors in it.
"""

from __future__ import annotations

import argparse
import copy
import random
import shutil
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
FOLDERS = {"region": "regions", "actor": "actors", "initiative": "initiatives", "meeting": "meetings"}


def _load(kind: str) -> list[dict[str, Any]]:
    folder = REPO / "data" / FOLDERS[kind]
    return [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.yaml"))]


def generate(
    out: Path,
    *,
    regions: int = 30,
    actors: int = 3000,
    initiatives: int = 10000,
    meetings: int = 10000,
    seed: int = 20261123,
) -> dict[str, int]:
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    for folder in FOLDERS.values():
        (out / "data" / folder).mkdir(parents=True)
    shutil.copy(REPO / "data" / "vocabulary.yaml", out / "data" / "vocabulary.yaml")

    # Regions: the shipped hierarchy, then copies hung under the shipped provinces.
    shipped_regions = _load("region")
    region_ids = [r["id"] for r in shipped_regions]
    provinces = [r["id"] for r in shipped_regions if r["type"] in ("provincie",)]
    written_regions = list(shipped_regions[:regions])
    n = 0
    while len(written_regions) < regions:
        template = copy.deepcopy(shipped_regions[n % len(shipped_regions)])
        template.update(id=f"regio-{n}", name=f"Regio {n}", type="regio", part_of=rng.choice(provinces))
        for key in ("insurers", "support_organisations", "municipalities"):
            template.pop(key, None)
        written_regions.append(template)
        n += 1
    region_ids = [r["id"] for r in written_regions]
    kept = set(region_ids)
    for r in written_regions:
        if r.get("part_of") not in kept:
            r.pop("part_of", None)
        r.pop("insurers", None)
        r.pop("support_organisations", None)

    def pick_regions(k: int = 1) -> list[str]:
        return sorted(set(rng.sample(region_ids, k)))

    actor_templates = _load("actor")
    actor_ids = [f"{t['id']}-{i}" for i, t in ((i, actor_templates[i % len(actor_templates)]) for i in range(actors))]
    ini_templates = _load("initiative")
    ini_ids = [f"{ini_templates[i % len(ini_templates)]['id']}-{i}" for i in range(initiatives)]
    meeting_templates = _load("meeting")

    def write(kind: str, record: dict[str, Any]) -> None:
        path = out / "data" / FOLDERS[kind] / f"{record['id']}.yaml"
        text = f"# yaml-language-server: $schema=../../schemas/{kind}.schema.json\n"
        text += yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=100)
        path.write_text(text, encoding="utf-8")

    for r in written_regions:
        write("region", r)
    for i, ident in enumerate(actor_ids):
        a = copy.deepcopy(actor_templates[i % len(actor_templates)])
        a.update(id=ident, name=f"{a['name']} {i}", regions=pick_regions(rng.randint(1, 2)))
        write("actor", a)
    for i, ident in enumerate(ini_ids):
        t = copy.deepcopy(ini_templates[i % len(ini_templates)])
        t.update(id=ident, name=f"{t['name']} {i}", regions=pick_regions(rng.randint(1, 3)))
        t["actors"] = [{"actor": rng.choice(actor_ids), "role": a["role"]} for a in t.get("actors", [])]
        if i and rng.random() < 0.3:
            t["part_of"] = ini_ids[rng.randrange(i)]  # only earlier ones: no cycles
        else:
            t.pop("part_of", None)
        t["related"] = (
            [{"initiative": ini_ids[rng.randrange(i)], "relation": r["relation"]} for r in t.get("related", [])]
            if i
            else []
        )
        if not t["related"]:
            t.pop("related")
        for f in t.get("funding", []):
            if "by" in f:
                f["by"] = rng.choice(actor_ids)
        write("initiative", t)
    for i in range(meetings):
        m = copy.deepcopy(meeting_templates[i % len(meeting_templates)])
        date = str(m["date"])
        m["id"] = f"{date}-bijeenkomst-{i}"
        m["title"] = f"{m['title']} {i}"
        m["regions"] = pick_regions()
        if "forum" in m:
            m["forum"] = rng.choice(ini_ids)
        for key in ("organisers", "facilitators"):
            if key in m:
                m[key] = sorted({rng.choice(actor_ids) for _ in m[key]})
        if "participants" in m and "actors" in m["participants"]:
            m["participants"]["actors"] = sorted({rng.choice(actor_ids) for _ in m["participants"]["actors"]})
        m["presented"] = sorted({rng.choice(ini_ids) for _ in m.get("presented", [])})
        if not m["presented"]:
            m.pop("presented")
        for key in ("follows",):
            m.pop(key, None)
        if "next_meeting" in m:
            m["next_meeting"].pop("meeting", None)
        outcomes = m.get("outcomes") or {}
        for track in outcomes.get("tracks", []):
            if "initiative" in track:
                track["initiative"] = rng.choice(ini_ids)
            if "owner" in track:
                track["owner"] = rng.choice(actor_ids)
        for action in outcomes.get("actions", []):
            action["owner"] = rng.choice(actor_ids)
        write("meeting", m)
    return {"regions": len(written_regions), "actors": actors, "initiatives": initiatives, "meetings": meetings}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--regions", type=int, default=30)
    parser.add_argument("--actors", type=int, default=3000)
    parser.add_argument("--initiatives", type=int, default=10000)
    parser.add_argument("--meetings", type=int, default=10000)
    args = parser.parse_args()
    counts = generate(
        args.out, regions=args.regions, actors=args.actors, initiatives=args.initiatives, meetings=args.meetings
    )
    print(f"wrote {sum(counts.values())} records to {args.out}: {counts}")


if __name__ == "__main__":
    main()
