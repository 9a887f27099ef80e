"""Reading ``settings.toml``: its valid values by key name, and a located warning (file,
line, key, value, rule) for everything set aside: a file that cannot be read, an unknown
key (with a "did you mean"), a value that breaks its key's check. Never raises.

Why TOML: it is read by the standard library (``tomllib``), it takes comments (the shipped
file explains itself and is the example to copy), it has no trailing-comma or quoting
traps for people editing it by hand, repeated keys are an error rather than a silent
overwrite (as in JSON), and its parser says on which line a syntax error is.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dashboard.contract.problems import WARNING, Problem
from dashboard.contract.settings.checks import INVALID
from dashboard.contract.settings.keys import BY_NAME, KEYS, TABLES
from dashboard.contract.settings.model import SETTINGS_FILE
from dashboard.contract.validate import Closest, did_you_mean

MAX_BYTES = 64_000  # a settings file is a page of text; anything bigger is something else
SHOWN_CHARS = 200  # a value quoted in a problem is cut to this many characters

_KEY_PART = r"(?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*')"
_KEY_LINE = re.compile(rf"^\s*({_KEY_PART}(?:\s*\.\s*{_KEY_PART})*)\s*=")
_HEADER = re.compile(rf"^\s*(\[\[?)\s*({_KEY_PART}(?:\s*\.\s*{_KEY_PART})*)\s*\]\]?")


def _shown(v: Any) -> str:
    text = v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, default=str)
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


def _dotted(text: str) -> str:
    return ".".join(p.strip().strip("\"'") for p in re.findall(_KEY_PART, text))


def key_lines(text: str) -> dict[str, int]:
    """The line (1-based) where each key and table starts: ``view.zoom``, ``presets[2]``,
    ``presets[2].zoom``. tomllib gives no positions, so a problem about a value is
    located by this scan (good enough for the hand-written files settings are)."""
    lines: dict[str, int] = {}
    table = ""
    arrays: dict[str, int] = {}
    in_string = False
    for n, line in enumerate(text.splitlines(), start=1):
        quotes = line.count('"""') + line.count("'''")
        if in_string:
            in_string = quotes % 2 == 0
            continue
        if m := _HEADER.match(line):
            name = _dotted(m[2])
            if m[1] == "[[":
                arrays[name] = arrays.get(name, 0) + 1
                name = f"{name}[{arrays[name]}]"
            table = name
            lines.setdefault(name, n)
        elif m := _KEY_LINE.match(line):
            lines.setdefault(f"{table}.{_dotted(m[1])}" if table else _dotted(m[1]), n)
        in_string = quotes % 2 == 1
    return lines


@dataclass
class Found:
    """What reading a settings file gave: the valid values by key name, the problems,
    and the line of each key (to locate the problems found later, in ``resolve``)."""

    values: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict)
    label: str = SETTINGS_FILE

    def warn(self, rule: str, key: str | None, message: str, value: Any = None) -> None:
        """A warning about ``key`` (None: the whole file), located at its line."""
        line = None
        if key is not None:
            # The key's own line, else its table's (a missing key of a preset).
            probe = key
            while probe and (line := self.lines.get(probe)) is None and "." in probe:
                probe = probe.rsplit(".", 1)[0]
            line = self.lines.get(probe)
        self.add(rule, message, line, key, value)

    def add(
        self,
        rule: str,
        message: str,
        line: int | None = None,
        key: str | None = None,
        value: Any = None,
    ) -> None:
        """A warning about this file at ``line`` (None: the whole file)."""
        shown = None if value is None else _shown(value)
        self.problems.append(
            Problem(self.label, rule, message, line, key, shown, severity=WARNING, unit="line")
        )


def _flatten(doc: dict, found: Found) -> dict[str, Any]:
    """``{"view": {"zoom": 6}}`` → ``{"view.zoom": 6}`` for the declared tables; any other
    key is kept as it is (and reported unknown)."""
    flat: dict[str, Any] = {}
    for k, v in doc.items():
        if k in TABLES:
            if not isinstance(v, dict):
                found.warn(
                    "settings-value", k, f"must be a table ([{k}]); using its keys' defaults", v
                )
                continue
            for kk, vv in v.items():
                flat[f"{k}.{kk}"] = vv
        else:
            flat[k] = v
    return flat


def _unknown(name: str, value: Any, found: Found) -> None:
    """Warn that ``name`` is no key, naming the key it most looks like."""
    meant = Closest([k.name for k in KEYS] + list(TABLES))(name)
    if meant is None:
        # A key put outside its table ("zoom" for "view.zoom"), or in the wrong one.
        leaf = name.rsplit(".", 1)[-1]
        at = [k.name for k in KEYS if k.name.rsplit(".", 1)[-1] == leaf]
        meant = at[0] if len(at) == 1 else None
    what = "table" if isinstance(value, dict) else "key"
    found.warn(
        "settings-unknown-key", name, f"unknown {what}, ignored" + did_you_mean(meant), value
    )


def read_settings(path: Path | None, label: str = SETTINGS_FILE) -> Found:
    """The valid values of the settings file at ``path`` (None: no file), by key name,
    with a located problem for everything set aside. Never raises on a bad file."""
    found = Found(label=label)
    text = None if path is None else _read_text(path, found)
    doc = None if text is None else _parse_toml(text, found)
    if doc is None:
        return found
    found.lines = key_lines(text)
    for name, value in _flatten(doc, found).items():
        _read_value(name, value, found)
    return found


def _read_text(path: Path, found: Found) -> str | None:
    """The text of the file, or None (with a warning) when it cannot be read, is too large
    or is not UTF-8."""
    try:
        with path.open("rb") as f:
            raw = f.read(MAX_BYTES + 1)  # no more: a huge file is not read whole
    except OSError as exc:
        found.add("settings-file", f"cannot be read ({exc.strerror or exc}); using the defaults")
        return None
    if len(raw) > MAX_BYTES:
        found.add("settings-file", f"is larger than {MAX_BYTES:,} bytes; using the defaults")
        return None
    try:
        return raw.decode("utf-8").removeprefix("\ufeff")  # a BOM is fine, as in the data
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        found.add("settings-file", "is not UTF-8; using the defaults", line)
        return None


def _parse_toml(text: str, found: Found) -> dict | None:
    """The TOML document, or None with a warning at the line of its syntax error."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        where = f" (column {m[2]})" if m else ""
        found.add(
            "settings-syntax",
            f"is not valid TOML: {message}{where}; using the defaults",
            int(m[1]) if m else None,
        )
        return None


def _read_value(name: str, value: Any, found: Found) -> None:
    """Keep ``value`` of key ``name`` if its check passes; warn of each issue, saying what
    the key falls back to when nothing of the value is usable."""
    key = BY_NAME.get(name)
    if key is None:
        _unknown(name, value, found)
        return
    clean, issues = key.check(name, value)
    for where, v, message in issues:
        if clean is INVALID:
            # After a "did you mean …?" a new sentence, else one more clause.
            using = f"using {key.fallback()}"
            message += f" {using[0].upper()}{using[1:]}." if message.endswith("?") else f"; {using}"
        found.warn("settings-value", where, message, v)
    if clean is not INVALID:
        found.values[name] = clean
