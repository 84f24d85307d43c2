"""What a service changed, so each screen reloads only when its data changed (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field

AREAS = ("unit", "settings", "members", "volunteer", "cycle", "documents", "sync", "users", "commune")


@dataclass(frozen=True)
class Changes:
    areas: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *areas: str) -> "Changes":
        return cls(frozenset(areas))

    def touches(self, *areas: str) -> bool:
        return bool(self.areas.intersection(areas))

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(self.areas | other.areas)

    def __bool__(self) -> bool:
        return bool(self.areas)
