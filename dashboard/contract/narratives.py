"""Narratives: titled, ordered walks through the evidence, part of the data package.

A step is any view the dashboard can show, written as the permalink's query string (the
URL's one declaration in ``dashboard/view/url.py`` reads it, so a step can say everything
a link can), with a caption and the excerpts it rests on. ``narratives.csv`` and
``narrative_steps.csv`` hold them (declared in ``datapackage.json``); ``narratives_of``
builds them from the rows that passed validation and ``narrative_tables`` writes them back.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

import pandas as pd

from dashboard.contract.schema import load_package

_STEPS = load_package().resource("narrative_steps")
# A caption is read aloud in one breath, as on a slide; the number is the schema's.
CAPTION_CHARS: int = int(_STEPS.field("caption").max_length or 0)
LIST_SEPARATOR = ";"  # between the excerpt ids of a step, as between an event's actors


@dataclass(frozen=True)
class Step:
    """One step of a narrative: a view, what it shows in a sentence, and its evidence."""

    number: int  # 1-based position in its narrative
    caption: str
    query: str  # the view as a permalink query string, e.g. "from=2016&to=2017&event=x"
    excerpt_ids: tuple[str, ...]
    row: int | None = None  # its row in narrative_steps.csv (header = 1), for problems


@dataclass(frozen=True)
class Narrative:
    """A titled, ordered list of steps."""

    narrative_id: str
    title: str
    summary: str
    steps: tuple[Step, ...]

    def step(self, number: int) -> Step:
        """The step numbered ``number`` (1-based), the nearest one when out of range."""
        return self.steps[min(max(number, 1), len(self.steps)) - 1]


def split_ids(text: str) -> tuple[str, ...]:
    """The ids of a ``;``-separated cell, in order, without blanks."""
    return tuple(i.strip() for i in str(text).split(LIST_SEPARATOR) if i.strip())


def narratives_of(
    narratives: pd.DataFrame, steps: pd.DataFrame, row_column: str = "_row"
) -> tuple[tuple[Narrative, ...], list[str]]:
    """The narratives of the validated rows (in file order), each with its steps in the
    order of ``step``, numbered by position; and the ids of the narratives left with no
    step (not returned: nothing to show). A package holds a few narratives of a few
    steps each: this walks rows, it is never on a path that grows with the events."""
    by_id: dict[str, list[Step]] = {}
    ordered = steps.assign(_n=pd.to_numeric(steps["step"])).sort_values(["_n"], kind="stable")
    rows = ordered[row_column] if row_column in ordered else [None] * len(ordered)
    for nid, caption, view, ids, row in zip(
        ordered["narrative_id"],
        ordered["caption"],
        ordered["view"],
        ordered["excerpt_ids"],
        rows,
        strict=True,
    ):
        mine = by_id.setdefault(nid, [])
        at = None if row is None else int(row)
        mine.append(Step(len(mine) + 1, caption, str(view).lstrip("?"), split_ids(ids), at))
    out, empty = [], []
    for nid, title, summary in zip(
        narratives["narrative_id"], narratives["title"], narratives["summary"], strict=True
    ):
        if by_id.get(nid):
            out.append(Narrative(nid, title, summary, tuple(by_id[nid])))
        else:
            empty.append(nid)
    return tuple(out), empty


def narrative_tables(narratives: tuple[Narrative, ...]) -> dict[str, pd.DataFrame]:
    """``narratives.csv`` and ``narrative_steps.csv`` of ``narratives`` as CSV cells, keyed
    by resource name (what an export or a download writes)."""
    heads = [(n.narrative_id, n.title, n.summary) for n in narratives]
    steps = [
        (n.narrative_id, str(s.number), s.caption, s.query, LIST_SEPARATOR.join(s.excerpt_ids))
        for n in narratives
        for s in n.steps
    ]
    names = load_package().resource("narratives").field_names
    return {
        "narratives": pd.DataFrame(heads, columns=names, dtype=object),
        "narrative_steps": pd.DataFrame(steps, columns=_STEPS.field_names, dtype=object),
    }


def narrative_csv(narratives: tuple[Narrative, ...]) -> dict[str, bytes]:
    """The two files of ``narratives`` as the package holds them (path -> UTF-8 CSV), to
    download and put into a data package."""
    out = {}
    for name, frame in narrative_tables(narratives).items():
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(frame.columns)
        writer.writerows(frame.itertuples(index=False))  # a few steps: no hot path
        out[load_package().resource(name).path] = buf.getvalue().encode("utf-8")
    return out
