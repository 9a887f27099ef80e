"""Claims grouped the way an analyst reads them: by property, disputed values side by side."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.contract.schema import EXCLUSIVE_PROPERTIES, PROPERTIES

# How a property is named in the detail panel and on the slide.
PROPERTY_LABELS = {
    "occurred": "Occurred",
    "date": "Date",
    "place": "Place",
    "actors": "Actors",
    "amount": "Amount",
    "purpose": "Purpose",
    "control": "Control",
    "name": "Name used",
    "progress": "Progress",
    "secrecy": "Secrecy",
    "publication": "Publication",
}


@dataclass(frozen=True)
class PropertyClaims:
    """The claims about one property of one event."""

    property: str
    claims: pd.DataFrame  # rows of Dataset.claims_for, in file order
    disputed: bool  # different values asserted by different sources (exclusive property)
    denied: bool  # someone denies it

    @property
    def label(self) -> str:
        return PROPERTY_LABELS.get(self.property, self.property)


def amount_text(amount: str, unit: str) -> str:
    """'USD 10 million', 'CNY 55 million', 'TJS 100 million', 'USD 8,500'."""
    if not amount:
        return ""
    number = float(amount)
    if number >= 1e6 and (number / 1e6) == round(number / 1e6, 1):
        return f"{unit} {number / 1e6:g} million".strip()
    return f"{unit} {number:,.0f}".strip()


def group_claims(claims: pd.DataFrame, roots: dict[str, str] | None = None) -> list[PropertyClaims]:
    """The claims of one event grouped by property: disputed or denied ones first, then
    the schema's property order.

    ``roots`` maps a source to the independent source it is known through; two claims
    from the same root are one voice and do not make a dispute.
    """
    if not len(claims):
        return []
    roots = roots or {}
    out = []
    for prop in PROPERTIES:
        rows = claims[claims["property"] == prop]
        if not len(rows):
            continue
        asserted = rows[rows["stance"] == "asserts"]
        number = pd.to_numeric(asserted["amount"], errors="coerce").map("{:.6g}".format).astype(str)
        values = number.where(asserted["amount"] != "", asserted["value"].str.casefold())
        values = values + " " + asserted["unit"].str.upper()
        voices = asserted["source_id"].map(lambda s: roots.get(s, s))
        disputed = prop in EXCLUSIVE_PROPERTIES and values.nunique() >= 2 and voices.nunique() >= 2
        out.append(PropertyClaims(prop, rows, disputed, bool((rows["stance"] == "denies").any())))
    # What the sources disagree on comes first: it is the first thing an analyst asks.
    return sorted(out, key=lambda g: not (g.disputed or g.denied))


def via_loops(sources: pd.DataFrame) -> list[list[str]]:
    """The ``via`` chains that come back on themselves, each as its sources in order
    (a source that names itself is a loop of one)."""
    via = {s: v for s, v in zip(sources["source_id"], sources["via"], strict=True) if v}
    loops, done = [], set()
    for start in via:
        path, at = [], start
        while at in via and at not in path and at not in done:
            path.append(at)
            at = via[at]
        if at in path:
            loops.append(path[path.index(at) :])
        done.update(path)
    return loops


def roots_of(sources: pd.DataFrame) -> dict[str, str]:
    """source_id -> the source it first reached us through, following ``via`` to the end
    (the Ministry of Justice portal via Asia-Plus via FMSO is FMSO); itself when direct.
    The sources of a ``via`` loop have no known first source: they share one root (the
    loop's first id), so they never count as independent of each other."""
    via = {s: v for s, v in zip(sources["source_id"], sources["via"], strict=True) if v}
    in_loop = {s: min(loop) for loop in via_loops(sources) for s in loop}
    out = {}
    for s in sources["source_id"]:
        seen, root = {s}, s
        while root in via and via[root] not in seen:
            root = via[root]
            seen.add(root)
        out[s] = in_loop.get(root, root)
    return out


def dispute_note(groups: list[PropertyClaims]) -> str:
    """'contested: amount' / 'denied' / '' for a one-line mark beside an event."""
    marks = [f"contested: {g.label.lower()}" for g in groups if g.disputed]
    if any(g.denied and g.property == "occurred" for g in groups):  # as evidence reads it
        marks.insert(0, "denied")
    return "; ".join(marks)
