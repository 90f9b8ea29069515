"""Who owns an initiative, defined once: its trekker, else its initiatiefnemers; and who is involved."""

from __future__ import annotations

from dataclasses import dataclass

from ggznet.schema import Initiative
from ggznet.schema.vocab import Role


@dataclass(frozen=True, slots=True)
class Ownership:
    """An initiative's owners (actor ids), the role they own it by, and every actor with its roles."""

    owners: tuple[str, ...]
    basis: Role | None  # Role.TREKKER, Role.INITIATIEFNEMER, or None when nobody owns it
    involved: tuple[tuple[str, tuple[Role, ...]], ...]  # (actor id, its roles), in the order written


def ownership(initiative: Initiative) -> Ownership:
    """The owner is the trekker; an initiative without one is owned by its initiatiefnemers.

    Funders named under `funding` count as involved (as financier) even when `actors` leaves them out.
    """
    roles: dict[str, list[Role]] = {}
    for entry in initiative.actors:
        held = roles.setdefault(entry.actor, [])
        if entry.role not in held:
            held.append(entry.role)
    for funding in initiative.funding:
        if funding.by:
            held = roles.setdefault(funding.by, [])
            if Role.FINANCIER not in held:
                held.append(Role.FINANCIER)
    involved = tuple((actor, tuple(held)) for actor, held in roles.items())
    for basis in (Role.TREKKER, Role.INITIATIEFNEMER):
        owners = tuple(actor for actor, held in involved if basis in held)
        if owners:
            return Ownership(owners, basis, involved)
    return Ownership((), None, involved)


def owners(initiative: Initiative) -> list[str]:
    """The actor ids that own the initiative (see `ownership`)."""
    return list(ownership(initiative).owners)
