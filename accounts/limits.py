"""Rate limits counted atomically in Redis, shared by every web process.

Count first, then compare. Each attempt increments the counter and learns its own
number in the same atomic step, so twelve concurrent attempts get the numbers 1
to 12 and only those within the limit go on. (Reading the counter, checking it and
incrementing it afterwards lets a burst of concurrent attempts all read the same
"nothing used yet".) The window starts with the first attempt and its expiry is
set in the same transaction as the increment, so a counter can never lose its
expiry and lock someone out for good.

Counters live in the cache's Redis database under the cache's key prefix, so
clearing the cache clears them too.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache as memoize

import redis
from django.conf import settings
from django.core.cache import cache


@dataclass(frozen=True)
class Limit:
    """At most `count` uses per window of `seconds`."""

    count: int
    seconds: int


@memoize
def _client() -> redis.Redis:
    return redis.Redis.from_url(settings.CACHES["default"]["LOCATION"])


def limit_consume(key: str, limit: Limit) -> bool:
    """Count one use of `key`; True if it is within `limit`, False if it must be refused."""
    name = cache.make_key(f"limit:{key}")
    pipe = _client().pipeline(transaction=True)
    pipe.set(name, 0, ex=limit.seconds, nx=True)
    pipe.incr(name)
    _, used = pipe.execute()
    return used <= limit.count


# Decrement only a live counter: one whose window ended meanwhile is not recreated
# (without an expiry) by the refund.
_REFUND = "if redis.call('exists', KEYS[1]) == 1 then return redis.call('decr', KEYS[1]) end"


def limit_refund(key: str) -> None:
    """Give back one use (an attempt that turned out to be legitimate)."""
    _client().eval(_REFUND, 1, cache.make_key(f"limit:{key}"))
