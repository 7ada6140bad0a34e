"""The least-recently-used map behind the web app's caches of pages and their parts."""

from __future__ import annotations

import threading

from ilacs.web.cache import Lru


def test_drops_the_least_recently_used_beyond_its_count():
    lru = Lru(max_items=2, max_size=100)
    lru.put("a", "1")
    lru.put("b", "2")
    assert lru.get("a") == "1"  # now b is the least recently used
    lru.put("c", "3")
    assert (lru.get("a"), lru.get("b"), lru.get("c")) == ("1", None, "3")
    assert len(lru) == 2


def test_drops_until_its_size_fits():
    lru = Lru(max_items=10, max_size=10)
    lru.put("a", "x" * 4)
    lru.put("b", "y" * 4)
    lru.put("c", "z" * 4)
    assert lru.get("a") is None and lru.size == 8
    lru.put("b", "w" * 6)  # replacing a value counts its new size, not both
    assert lru.size == 10 and lru.get("b") == "w" * 6 and lru.get("c") == "z" * 4


def test_a_value_larger_than_the_bound_is_returned_not_kept():
    lru = Lru(max_items=10, max_size=10, size=len)
    assert lru.put("big", b"x" * 11) == b"x" * 11
    assert lru.get("big") is None and lru.size == 0


def test_sizes_stay_consistent_under_threads():
    lru = Lru(max_items=50, max_size=400)

    def work(k: int) -> None:
        for i in range(2000):
            lru.put((k, i % 97), "x" * (i % 13))
            lru.get((k, (i * 7) % 97))

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(lru) <= 50 and lru.size <= 400
    assert lru.size == sum(len(v) for v in lru._items.values())


def test_key_sizes_count_towards_the_bound_when_asked():
    lru = Lru(max_items=100, max_size=100, size=len, key_size=len)
    lru.put("k" * 60, "v" * 10)
    assert lru.size == 70
    lru.put("j" * 60, "w" * 10)  # 140 > 100: the first goes
    assert lru.get("k" * 60) is None and lru.size == 70
    assert lru.put("x" * 200, "") == "" and lru.get("x" * 200) is None  # a key too large alone
