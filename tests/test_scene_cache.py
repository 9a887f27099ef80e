"""The scene cache counts bytes: many small scenes, few large ones."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from dashboard.scene.cache import BudgetCache, array_bytes


@dataclass(frozen=True)
class Part:
    a: np.ndarray
    b: np.ndarray


@dataclass(frozen=True)
class Whole:
    part: Part
    parts: tuple
    same: np.ndarray
    label: str = "x"


def built(cache: BudgetCache, key, nbytes: int, log: list) -> np.ndarray:
    def build():
        log.append(key)
        return np.zeros(nbytes, dtype=np.uint8)

    return cache.get(key, build)


def test_array_bytes_counts_each_array_once_through_dataclasses_and_tuples():
    shared = np.zeros(100, dtype=np.uint8)
    whole = Whole(Part(shared, np.zeros(10, dtype=np.int64)), (np.zeros(5),), shared)
    assert array_bytes(whole) == 100 + 80 + 40


def test_large_values_are_dropped_oldest_first_to_stay_within_the_budget():
    cache, log = BudgetCache(budget=250, most=10), []
    for key in "abc":
        built(cache, key, 100, log)
    assert log == ["a", "b", "c"]
    built(cache, "b", 100, log)  # kept: no rebuild, and now the most recently used
    built(cache, "c", 100, log)
    built(cache, "a", 100, log)  # was dropped for c: built again, drops b
    assert log == ["a", "b", "c", "a"]
    built(cache, "b", 100, log)
    assert log == ["a", "b", "c", "a", "b"]


def test_small_values_are_kept_up_to_the_count_and_the_newest_whatever_its_size():
    cache, log = BudgetCache(budget=1_000, most=3), []
    for key in "abcd":
        built(cache, key, 1, log)
    built(cache, "b", 1, log)  # b, c and d kept
    built(cache, "a", 1, log)  # a dropped by d
    assert log == ["a", "b", "c", "d", "a"]
    big = built(cache, "huge", 5_000, log)
    assert cache.get("huge", lambda: None) is big  # over the budget, still kept alone
