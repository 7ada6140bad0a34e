"""A thread-safe least-recently-used map bounded by entries and by the total size of its
values (and of its keys, when they can be large).

The app keeps two: rendered responses (sized by their bytes, keyed by their address, whose
length counts too) and rendered parts of pages (sized by their characters). When the database changes the app starts new ones, so a render
still running against the old data can only fill a map that is no longer read.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

V = TypeVar("V")


class Lru(Generic[V]):
    def __init__(
        self,
        max_items: int,
        max_size: int,
        size: Callable[[Any], int] = len,
        key_size: Callable[[Any], int] | None = None,
    ):
        self.max_items = max_items
        self.max_size = max_size
        self._size_of = size
        self._key_size = key_size
        self._items: OrderedDict[Hashable, V] = OrderedDict()
        self.size = 0
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: Hashable) -> V | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: Hashable, value: V) -> V:
        """Keep `value` under `key` (dropping the least recently used beyond the bounds) and
        return it. A value larger than the whole bound is returned but not kept."""
        n = self._cost(key, value)
        if n > self.max_size:
            return value
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self.size -= self._cost(key, old)
            self._items[key] = value
            self.size += n
            while len(self._items) > self.max_items or self.size > self.max_size:
                self.size -= self._cost(*self._items.popitem(last=False))
        return value

    def _cost(self, key: Hashable, value: V) -> int:
        return self._size_of(value) + (self._key_size(key) if self._key_size else 0)
