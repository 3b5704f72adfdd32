"""accounts.limits: atomic counters with an expiry that is always set (real Redis)."""

from django.core.cache import cache

from accounts.limits import Limit, _client, limit_consume, limit_refund


def _ttl(key: str) -> int:
    return _client().ttl(cache.make_key(f"limit:{key}"))


def test_counts_first_then_refuses_past_the_limit():
    limit = Limit(2, 60)
    assert [limit_consume("t:a", limit) for _ in range(4)] == [True, True, False, False]
    assert 0 < _ttl("t:a") <= 60  # the window's expiry was set with the first use


def test_refund_gives_one_back():
    limit = Limit(1, 60)
    assert limit_consume("t:b", limit)
    limit_refund("t:b")
    assert limit_consume("t:b", limit)
    assert not limit_consume("t:b", limit)


def test_refund_never_recreates_an_ended_window():
    limit_refund("t:gone")
    assert _ttl("t:gone") == -2  # no such key: nothing without an expiry was left behind


def test_clearing_the_cache_clears_the_counters():
    limit = Limit(1, 60)
    assert limit_consume("t:c", limit)
    cache.clear()
    assert limit_consume("t:c", limit)
