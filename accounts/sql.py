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

from collections.abc import Hashable, Mapping, Sequence
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


# --------------------------------------------------- model instances from compiled rows


def columns(model, path: str = "") -> list[str]:
    """Lookups for every concrete field of `model` reached by `path` ("" for the
    queryset's own model, "author__" for a related one), for `values_list()`."""
    return [f"{path}{field.attname}" for field in model._meta.concrete_fields]


def instance(model, values: Sequence) -> Any:
    """A `model` instance from the values of `columns(model, ...)` in order, as the ORM
    would load it; None when its primary key is NULL (an outer join found no row)."""
    fields = model._meta.concrete_fields
    if values[fields.index(model._meta.pk)] is None:
        return None
    return model.from_db("default", [field.attname for field in fields], list(values))


def joined_columns(model, related: Mapping[str, Any]) -> list[str]:
    """`columns()` of `model`, then of each related model by its field name in
    `related` (name → model), as `joined()` reads them."""
    names = columns(model)
    for name, other in related.items():
        names += columns(other, f"{name}__")
    return names


def joined(model, related: Mapping[str, Any], values: Sequence) -> tuple[Any, Sequence]:
    """The `model` instance with its related objects cached on it, as
    `select_related(*related)` leaves them, from the values of `joined_columns()`;
    and the values after those (annotations)."""
    width = len(model._meta.concrete_fields)
    obj, start = instance(model, values[:width]), width
    for name, other in related.items():
        width = len(other._meta.concrete_fields)
        found = instance(other, values[start : start + width])
        start += width
        field = model._meta.get_field(name)
        field.set_cached_value(obj, found)  # type: ignore[union-attr]
        if found is not None and field.one_to_one:  # the other side is one object too
            field.remote_field.set_cached_value(found, obj)  # type: ignore[union-attr]
    return obj, values[start:]
