"""Reports that share one Markdown file: each bench replaces its own ``## `` sections and
keeps the others' (``bench.run`` writes the top of docs/benchmarks.md and three sections,
``bench.speed`` the issue's summary, and people add measured notes beside them)."""

from __future__ import annotations

from pathlib import Path


def split(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The text before the first ``## `` heading, and each section as (heading, text),
    the text starting with its heading line."""
    preamble: list[str] = []
    sections: list[tuple[str, list[str]]] = []
    for line in text.splitlines(keepends=True):
        if line.startswith("## "):
            sections.append((line.strip(), [line]))
        elif sections:
            sections[-1][1].append(line)
        else:
            preamble.append(line)
    return "".join(preamble), [(h, "".join(lines)) for h, lines in sections]


def merge(old: str, new: str, first: bool = False) -> str:
    """``old`` with the sections of ``new`` in place of those of the same heading (new
    ones at the end, or right after the preamble if ``first``), and ``new``'s preamble
    when it has one."""
    old_pre, old_sections = split(old)
    new_pre, new_sections = split(new)
    replacing = dict(new_sections)
    kept = [replacing.pop(heading, text) for heading, text in old_sections]
    added = [text for heading, text in new_sections if heading in replacing]
    out = [new_pre if new_pre.strip() else old_pre, *(added + kept if first else kept + added)]
    return "".join(_ending(part) for part in out if part)


def _ending(text: str) -> str:
    """A section ends with one blank line before the next heading."""
    return text.rstrip("\n") + "\n\n"


def update(path: Path, new: str, first: bool = False) -> None:
    """Write ``new``'s sections (and preamble, if any) into the Markdown file at ``path``
    (see ``merge``)."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    path.write_text(merge(old, new, first).rstrip("\n") + "\n", encoding="utf-8")
