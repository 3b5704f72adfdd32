"""Demo content for `make run`: each app registers a seeder (local only)."""

from collections.abc import Callable

Seeder = Callable[[Callable[[str], None]], None]
_seeders: list[tuple[int, str, Seeder]] = []


def register_seeder(name: str, seeder: Seeder, *, order: int = 50) -> None:
    if all(existing != name for _, existing, _ in _seeders):
        _seeders.append((order, name, seeder))


def seeders() -> list[tuple[str, Seeder]]:
    return [(name, seeder) for _, name, seeder in sorted(_seeders)]
