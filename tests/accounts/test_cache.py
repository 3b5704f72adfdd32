"""The site's cache (accounts.cache): Django's Redis cache with one client per pool."""

from django.core.cache import cache


def test_one_client_serves_every_call_and_values_round_trip():
    first = cache._cache.get_client("a", write=True)
    assert cache._cache.get_client("b", write=True) is first
    assert cache._cache.get_client("c") is first  # one server: reads share the pool
    cache.set("hypnic:test:key", {"posts": [1, 2]}, timeout=30)
    assert cache.get("hypnic:test:key") == {"posts": [1, 2]}
    assert cache.get_many(["hypnic:test:key", "hypnic:test:none"]) == {
        "hypnic:test:key": {"posts": [1, 2]}
    }
    cache.delete("hypnic:test:key")
    assert cache.get("hypnic:test:key") is None
