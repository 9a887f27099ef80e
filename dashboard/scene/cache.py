"""The last scenes built, kept within a memory budget and shared by every session.

A scene of a million events holds ~70 MB of arrays (what is shown and drawn, in draw
order, with pixels); one of the shipped data a few kB. A cache counted in entries either
keeps few small scenes or holds hundreds of MB at a million, so this one counts bytes.
"""

from __future__ import annotations

import dataclasses
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from concurrent.futures import Future
from typing import Any

import numpy as np


def array_bytes(obj: Any, seen: set[int] | None = None) -> int:
    """The bytes of the numpy arrays reachable from ``obj`` through dataclass fields,
    lists and tuples (an array shared by two fields counted once)."""
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return 0
    seen.add(id(obj))
    if isinstance(obj, np.ndarray):
        return obj.nbytes
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return sum(array_bytes(getattr(obj, f.name), seen) for f in dataclasses.fields(obj))
    if isinstance(obj, list | tuple):
        return sum(array_bytes(x, seen) for x in obj)
    return 0


class BudgetCache:
    """Least recently used values within ``budget`` bytes (``array_bytes``) and ``most``
    entries; the newest value is always kept, however large. Thread-safe; a value is
    built once: a second caller of a key being built waits for it (a first visitor who
    comes while the server's warm-up builds the same scene), and builds it itself only
    if that build failed."""

    def __init__(self, budget: int, most: int):
        self.budget, self.most = budget, most
        self._items: OrderedDict[Hashable, tuple[Any, int]] = OrderedDict()
        self._building: dict[Hashable, Future] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable, build: Callable[[], Any]) -> Any:
        """The value kept for ``key``, else ``build()`` kept and returned."""
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key][0]
            pending = self._building.get(key)
            mine = pending is None
            if mine:
                pending = self._building[key] = Future()
        if not mine:
            try:
                return pending.result()
            except BaseException:  # the builder's failure (or its run stopped), not ours
                return self.get(key, build)
        try:
            value = build()
        except BaseException as exc:
            with self._lock:
                del self._building[key]
            pending.set_exception(exc)
            raise
        self._keep(key, value)
        pending.set_result(value)
        return value

    def _keep(self, key: Hashable, value: Any) -> None:
        size = array_bytes(value)
        with self._lock:
            self._building.pop(key, None)
            self._items[key] = (value, size)
            self._items.move_to_end(key)
            total = sum(s for _, s in self._items.values())
            while len(self._items) > 1 and (total > self.budget or len(self._items) > self.most):
                _, (_, dropped) = self._items.popitem(last=False)
                total -= dropped

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
