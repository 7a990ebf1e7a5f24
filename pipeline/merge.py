"""Stage 3b: mentions of one entity within a document share an entity id."""

from __future__ import annotations

from collections.abc import Sequence

from .records import Entity


def fold(name: str) -> str:
    """The comparison key of a name: case, ё and spacing folded."""
    return " ".join(name.casefold().replace("ё", "е").split())


def entity_keys(types: Sequence[str], normals: Sequence[str]) -> list[tuple[str, str]]:
    """A key per mention; a lone name word joins the one fuller person name that contains it."""
    keys = [(kind, fold(normal)) for kind, normal in zip(types, normals, strict=True)]
    full_names = sorted({key for key in keys if key[0] == "PER" and " " in key[1]})
    merged = []
    for kind, name in keys:
        if kind == "PER" and " " not in name:
            holders = [full for full in full_names if name in full[1].split()]
            if len(holders) == 1:
                merged.append(holders[0])
                continue
        merged.append((kind, name))
    return merged


def group(types: Sequence[str], normals: Sequence[str]) -> tuple[list[int], list[Entity]]:
    """Entity id of each mention, and the entities, numbered by first mention."""
    keys = entity_keys(types, normals)
    ids: dict[tuple[str, str], int] = {}
    members: list[list[int]] = []
    for index, key in enumerate(keys):
        if key not in ids:
            ids[key] = len(members)
            members.append([])
        members[ids[key]].append(index)
    entities = []
    for entity_id, indices in enumerate(members):
        canonical = max((normals[i] for i in indices), key=lambda n: (len(n.split()), len(n)))
        entities.append(Entity(entity_id, types[indices[0]], canonical, None, tuple(indices)))
    return [ids[key] for key in keys], entities
