"""The site's cache: Django's Redis cache, with one redis-py client per connection pool.

Django makes a new `redis.Redis` client for every cache call; building one costs
about 0.17 ms (redis-py fills its table of reply callbacks each time), and a member's
page makes several calls (session, page fragments, tokens). A client holds no
connection of its own (its pool does, and resets them in a forked process), and is
safe to share between threads, so each pool gets one, made on first use.
"""

from __future__ import annotations

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class _SharedClientCache(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients: dict[int, object] = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._client(connection_pool=self._get_connection_pool(write))
            self._clients[index] = client
        return client


class Cache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = _SharedClientCache
