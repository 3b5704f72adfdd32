"""ORM queries compiled once per process and run many times with other values.

On the busiest read paths (a member's category page, search) Django took longer to
compile a query with annotations, subqueries and full-text functions than PostgreSQL
took to run it. `CompiledQuery.of()` compiles a queryset built with *stand-in* values
(ids no row can have, marker strings no one types); `rows()` runs that SQL with the
real values put where the stand-ins were. The SQL is the ORM's own, so the rules in
the queryset (who may see what) still live in one place.

A stand-in must reach the SQL as a parameter of its own (a filter value, a
`Value()`), never be folded into the SQL text, and must not equal any other parameter
of the query. Build the queryset in a function cached per shape (page length, which
filters apply), since the SQL differs by shape.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import Any

from django.db import connection


@dataclass(frozen=True)
class CompiledQuery:
    sql: str
    params: tuple

    @classmethod
    def of(cls, queryset, stand_ins: Mapping[Any, Any] | None = None) -> CompiledQuery:
        """The SQL of `queryset` and its parameters. With `stand_ins` (name → the
        stand-in value used in the queryset) the parameters hold the names instead,
        and a name missing from the parameters is an error: a value the SQL would
        silently ignore."""
        sql, params = queryset.query.sql_with_params()
        params = tuple(params)
        if stand_ins:
            # Keyed by type too: True == 1, and a flag must not take a stand-in's place.
            names = {(type(value), value): name for name, value in stand_ins.items()}
            params = tuple(_slot(p, names) for p in params)
            found = {p.name for p in params if isinstance(p, _Slot)}
            if found != set(stand_ins):
                raise ValueError(f"stand-ins not in the query: {set(stand_ins) - found}")
        return cls(sql, params)

    def rows(self, values: Mapping[Any, Any]) -> list[tuple]:
        """Every row, with each stand-in replaced by `values[name]`."""
        params = [values[p.name] if isinstance(p, _Slot) else p for p in self.params]
        with connection.cursor() as cursor:
            cursor.execute(self.sql, params)
            return cursor.fetchall()


@dataclass(frozen=True)
class _Slot:
    name: Hashable


def _slot(param, names: dict):
    if isinstance(param, Hashable) and (type(param), param) in names:
        return _Slot(names[(type(param), param)])
    return param
