"""Analysts' corrections to the knowledge base, kept apart from imports so they survive them.

An edit either adds a whole entity or changes one: set fields, add or remove aliases, add
roles or end them. Re-importing the KB replaces every imported entity and then replays the
edits in order, so a correction made once holds through every later import.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Literal

from kronika.errors import InputError
from kronika.types import Entity, EntityType, Role

SETTABLE = ("qid", "name_en", "name_hu", "type", "country", "sector", "latitude", "longitude")

Action = Literal["add", "edit"]


@dataclass(frozen=True, slots=True)
class KbEdit:
    """One correction: ``add`` carries ``{"entity": {...}}``; ``edit`` carries any of
    ``set`` (field → value), ``add_aliases``, ``remove_aliases``, ``add_roles`` (role JSON)
    and ``remove_roles`` (office names)."""

    entity_id: str
    action: Action
    changes: Mapping[str, Any]
    note: str | None = None


def apply_edit(entity: Entity | None, edit: KbEdit) -> Entity:
    """The entity after ``edit``; raises InputError when the edit cannot apply."""
    if edit.action == "add":
        record = dict(edit.changes.get("entity") or {})
        record["id"] = edit.entity_id
        try:
            return Entity.from_json(record)
        except (KeyError, ValueError) as exc:
            raise InputError(f"cannot add {edit.entity_id}: {exc}") from exc
    if entity is None:
        raise InputError(f"no KB entity {edit.entity_id!r} to edit; add it first")
    unknown = set(edit.changes.get("set", {})) - set(SETTABLE)
    if unknown:
        raise InputError(
            f"cannot set {', '.join(sorted(unknown))}; settable: {', '.join(SETTABLE)}"
        )
    values: dict[str, Any] = dict(edit.changes.get("set", {}))
    if "type" in values:
        values["type"] = EntityType(values["type"])
    removed = set(edit.changes.get("remove_aliases", ()))
    aliases = [a for a in entity.aliases if a not in removed]
    aliases += [a for a in edit.changes.get("add_aliases", ()) if a not in aliases]
    gone = set(edit.changes.get("remove_roles", ()))
    roles = [r for r in entity.roles if r.office not in gone]
    roles += [Role.from_json(r) for r in edit.changes.get("add_roles", ())]
    try:
        return replace(entity, **values, aliases=tuple(aliases), roles=tuple(roles))
    except (TypeError, ValueError) as exc:
        raise InputError(f"cannot edit {edit.entity_id}: {exc}") from exc


def apply_edits(entities: Iterable[Entity], edits: Iterable[KbEdit]) -> list[Entity]:
    """Imported ``entities`` with every edit replayed in order; an edit that no longer
    applies (its entity vanished from the import) is skipped, not fatal."""
    by_id = {entity.id: entity for entity in entities}
    for edit in edits:
        try:
            by_id[edit.entity_id] = apply_edit(by_id.get(edit.entity_id), edit)
        except InputError:
            continue
    return [by_id[key] for key in sorted(by_id)]
