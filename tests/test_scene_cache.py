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


def _two_callers(cache: BudgetCache, first_build, second_build):
    """``cache.get("k", …)`` from two threads, the second asking while the first builds;
    what each got."""
    import threading

    started, results = threading.Event(), {}

    def first():
        try:
            results["first"] = cache.get("k", lambda: (started.set(), first_build())[1])
        except RuntimeError as exc:
            results["first"] = exc

    t = threading.Thread(target=first)
    t.start()
    assert started.wait(5)
    results["second"] = cache.get("k", second_build)
    t.join(5)
    return results


def test_a_value_being_built_is_built_once_for_two_callers():
    """A visitor who asks for the scene the server's warm-up is building waits for it
    rather than building it again (seconds of CPU at a million events)."""
    import time

    cache, builds = BudgetCache(10_000, 4), []

    def slow():
        time.sleep(0.3)  # long enough for the second caller to ask meanwhile
        builds.append("first")
        return np.zeros(10)

    results = _two_callers(cache, slow, lambda: builds.append("second") or np.ones(10))
    assert builds == ["first"]
    assert results["first"] is results["second"]


def test_a_failed_build_leaves_the_waiting_caller_to_build_it():
    import time

    cache = BudgetCache(10_000, 4)

    def failing():
        time.sleep(0.3)
        raise RuntimeError("the first build fails")

    value = np.ones(3)
    results = _two_callers(cache, failing, lambda: value)
    assert isinstance(results["first"], RuntimeError)
    assert results["second"] is value
    assert cache.get("k", lambda: np.zeros(1)) is value  # kept
