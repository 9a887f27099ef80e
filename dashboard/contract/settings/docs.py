"""The settings in words: their section of docs/data.md (from ``KEYS``) and which file is
in force (for the validation report)."""

from __future__ import annotations

import json
from collections.abc import Iterable

from dashboard.contract.settings.keys import KEYS, Key
from dashboard.contract.settings.model import SETTINGS_FILE, Settings


def _default_text(k: Key) -> str:
    if k.default is None:
        return k.derived
    if k.default == ():
        return "none"
    if isinstance(k.default, tuple):
        return "all: " + ", ".join(f"`{x}`" for x in k.default)
    return f"`{json.dumps(k.default, ensure_ascii=False)}`"


def settings_markdown(keys: Iterable[Key] = KEYS) -> list[str]:
    """The settings file's section of docs/data.md, as lines (from ``KEYS``)."""
    out = [
        f"## `{SETTINGS_FILE}`",
        "",
        "What makes the dashboard about one region (optional): its title, attribution, box",
        "and opening view, the sidebar's *Area* presets, the reference layers drawn, the",
        "country tinted warmer and the words for events with no place. The dashboard reads",
        f"`{SETTINGS_FILE}` from the data directory, else the one shipped at the repository",
        "root (the Pamir / Wakhan settings; `bench/settings.toml` is a second example).",
        "Every key is optional: one left out takes its default, and a default that depends",
        "on the region is derived from it (the box from the reference layers, the opening",
        "view from the box). A bad value is a warning naming the file, line, key, value and",
        "rule, and that key (or that one preset or layer) falls back; an unknown key is",
        'warned with a "did you mean"; a file that is not valid TOML gives the defaults. The',
        "app lists these warnings with the data's problems, and `validate` prints them.",
        "",
        "| key | type | rules | default | meaning |",
        "|---|---|---|---|---|",
    ]
    for k in keys:
        out.append(f"| `{k.name}` | {k.type} | {k.rule} | {_default_text(k)} | {k.meaning} |")
    out.append("")
    return out


def describe_source(settings: Settings) -> str:
    """Which settings file is in force, in words (for the validation report)."""
    return {
        "data directory": f"{SETTINGS_FILE} of the data directory",
        "shipped": f"none in the data directory: the shipped {SETTINGS_FILE} (repository root)",
    }.get(settings.source, f"no {SETTINGS_FILE} found: the defaults")
