"""The detail panel: the selected place's events, each with what is claimed about it,
property by property (disputed values and denials side by side, each with its claimant,
verbatim quote and full citation)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import streamlit as st

from dashboard.contract.claims import PropertyClaims, amount_text, group_claims, roots_of
from dashboard.contract.dataset import Dataset
from dashboard.scene import style
from dashboard.scene.text import precision_text
from dashboard.store.query import ViewStore
from dashboard.ui.text import md_escape, safe_url

OTHERS_LISTED = 50  # other events at the selected event's place, listed by title
SITE_EVENTS_SHOWN = 20  # events of a selected site shown with their excerpts


def _excerpt(ds: Dataset, ex: pd.Series, src: pd.Series) -> None:
    """One excerpt in a bordered card; disputes and denials carry a coloured, labelled banner."""
    header = f"**{style.STANCE_LABELS[ex['stance']].upper()}** · {md_escape(src['publisher'])}"
    with st.container(border=True):
        if ex["stance"] == "disputes":
            st.warning(header, icon=":material/warning:")
        elif ex["stance"] == "denies":
            st.error(header, icon=":material/block:")
        else:
            st.markdown(header)
        st.text(f"“{ex['quote']}”")
        st.caption(md_escape(ds.excerpt_citation(ex["source_id"], ex["locator"])))
        url = safe_url(src["url"])
        if url:
            st.markdown(f"[Open the source]({url})")


CLAIM_STANCES = {"asserts": "Asserts", "denies": "Denies", "qualifies": "Qualifies"}


def _claim(ds: Dataset, claim: pd.Series, sources: pd.DataFrame, seen: set) -> None:
    """One claim in a bordered card: what, who (with the chain it came through), the quote
    that carries it and the citation (once per event: a quote that carries several claims
    is pointed back to). A denial is red."""
    value = claim["value"]
    if amount := amount_text(claim["amount"], claim["unit"]):
        value += f" ({amount})"
    header = f"**{CLAIM_STANCES[claim['stance']].upper()}** · {md_escape(claim['claimant'])}"
    with st.container(border=True):
        if claim["stance"] == "denies":
            st.error(header, icon=":material/block:")
        else:
            st.markdown(header)
        st.text(value)
        where = f" ({claim['locator']})" if claim["locator"] else ""
        if claim["excerpt_id"] in seen:
            st.caption(md_escape("Same quote as above" + where))
        elif isinstance(claim["quote"], str):
            seen.add(claim["excerpt_id"])
            quote = claim["quote"]
            st.text(quote if quote.startswith(("“", '"')) else f"“{quote}”")
            st.caption(md_escape(ds.excerpt_citation(claim["source_id"], claim["locator"])))
            url = safe_url(sources.at[claim["source_id"], "url"])
            if url:
                st.markdown(f"[Open the source]({url})")


def _property(ds: Dataset, group: PropertyClaims, sources: pd.DataFrame, seen: set) -> None:
    """The claims about one property: side by side when they disagree or deny."""
    flag = " — CONTESTED: the sources disagree" if group.disputed else ""
    flag = " — DENIED by a claimant" if group.denied else flag
    st.markdown(f"**{md_escape(group.label)}**{flag}")
    # One property of one event: a few claims, each drawn as its own block.
    rows = [r for _, r in group.claims.iterrows()]
    if group.disputed or group.denied:
        # The claims that disagree go side by side, two to a row (the panel is narrow);
        # what qualifies them (conversions, readings) follows at full width.
        facing = [r for r in rows if r["stance"] != "qualifies"]
        for start in range(0, len(facing), 2):
            pair = facing[start : start + 2]
            for col, claim in zip(st.columns(len(pair)), pair, strict=True):
                with col:
                    _claim(ds, claim, sources, seen)
        rows = [r for r in rows if r["stance"] == "qualifies"]
    for claim in rows:
        _claim(ds, claim, sources, seen)


def render_event(ds: Dataset, event: pd.Series, level: int = 3) -> None:
    """An event: title (a heading of ``level``), evidence and lifecycle, summary, place and
    date precision, then what is claimed about it, property by property; quotes no claim
    cites come last."""
    st.markdown(f"{'#' * level} {md_escape(event['title'])}")
    evidence = str(event["evidence"])
    flags = [
        event["when"],
        style.CATEGORY_LABELS[event["category"]],
        f"evidence: {evidence.upper() if evidence in ('denied', 'contested') else evidence}",
        f"lifecycle: {event['lifecycle']}",
    ]
    st.markdown(" · ".join(md_escape(f) for f in flags))
    if event["summary"]:
        st.text(event["summary"])
    place = (
        f"{ds.settings.no_place_detail}: listed and on the timeline, not drawn on the map"
        if event["placement"] == "none"
        else precision_text(event["geo_precision"], event["precision_m"])
    )
    if event["open_start"] or event["open_end"]:
        side = "start" if event["open_start"] else "end"
        known = f"the {side} is not given in the sources"
    else:
        known = f"date known to the {event['date_precision']}"
    st.caption(md_escape(f"{place} · {known}"))
    _evidence(ds, ds.claims_for(event["event_id"]), ds.excerpts_for(event["event_id"]))


def _evidence(ds: Dataset, claims: pd.DataFrame, excerpts: pd.DataFrame) -> None:
    """What ``claims`` say, property by property (disputes and denials side by side), then
    the ``excerpts`` no claim cites, what supports beside what disputes or denies."""
    sources = ds.sources.set_index("source_id")
    groups = group_claims(claims, roots_of(ds.sources))
    if groups:
        st.markdown("**What is claimed, and by whom**")
        seen: set[str] = set()
        for group in groups:
            _property(ds, group, sources, seen)
        excerpts = excerpts[~excerpts["excerpt_id"].isin(set(claims["excerpt_id"]))]
        if not len(excerpts):
            return
        st.markdown("**Also quoted**")
    supports = excerpts[excerpts["stance"] == "supports"]
    against = excerpts[excerpts["stance"] != "supports"].sort_values("stance")
    columns = [supports, against] if len(against) else [supports]
    if not groups:
        st.markdown("**What the sources say" + (" — side by side**" if len(against) else "**"))
    for col, group in zip(st.columns(len(columns)), columns, strict=True):
        with col:
            for _, ex in group.iterrows():  # one event's excerpts: a widget each
                _excerpt(ds, ex, sources.loc[ex["source_id"]])


def render_cited(ds: Dataset, excerpt_ids: tuple[str, ...]) -> None:
    """The quotes a narrative's step rests on, as the Details show them, event by event:
    what they claim (disputes and denials side by side), each with its full citation."""
    cited = ds.excerpts[ds.excerpts["excerpt_id"].isin(set(excerpt_ids))]
    events = list(dict.fromkeys(cited["event_id"]))  # a step's few events, in quote order
    titles = ds.events.set_index("event_id")["title"]
    for event_id in events:
        if len(events) > 1:
            st.markdown(f"**{md_escape(titles.get(event_id, event_id))}**")
        claims = ds.claims_for(event_id)
        claims = claims[claims["excerpt_id"].isin(set(excerpt_ids))]
        _evidence(ds, claims, cited[cited["event_id"] == event_id])


def _render_site(ds: Dataset, pos: np.ndarray, site_id: str, level: int) -> None:
    """A site: its name, place precision and note, then its events the view shows."""
    events = ds.events
    site = ds.sites.set_index("site_id").loc[site_id]
    st.markdown(f"{'#' * level} {md_escape(site['name'])}")
    st.caption(md_escape(precision_text(site["geo_precision"], site["precision_m"])))
    if site["note"]:
        st.text(site["note"])
    at_site = (events["site_id"] == site_id).to_numpy(dtype=bool)
    here_pos = pos[at_site[pos]]
    hidden = int(at_site.sum()) - len(here_pos)
    st.markdown(
        f"**{len(here_pos):,} event(s) here in the current view**"
        + (f" ({hidden:,} more outside the range, filters or layers)" if hidden else "")
    )
    for _, event in events.iloc[here_pos[:SITE_EVENTS_SHOWN]].iterrows():  # bounded
        with st.container(border=True):
            render_event(ds, event, level)
    if len(here_pos) > SITE_EVENTS_SHOWN:
        st.caption(
            f"Showing the first {SITE_EVENTS_SHOWN} (oldest first); select one in the "
            "event list to see any other."
        )


def render_detail(
    store: ViewStore,
    pos: np.ndarray,
    event_id: str | None,
    site_id: str | None,
    level: int = 3,
) -> None:
    """Detail of the selected event (and the other events at its place) or site, titled
    by headings of ``level``.

    ``pos`` are the events the view shows: the panel says when the selection is not
    among them.
    """
    ds = store.dataset
    events = ds.events
    at = store.position(event_id) if event_id else None
    if at is not None:
        event = events.iloc[at]
        if not np.any(pos == at):
            st.caption(
                "This event is not on the map in the current view (outside the range, "
                "filtered out, or its layer is off)."
            )
        render_event(ds, event, level)
        site = str(event["site_id"]) if event["placement"] == "site" else None
        if site:
            here = np.flatnonzero((events["site_id"] == site).to_numpy(dtype=bool))
            others = events.iloc[here[here != at]]
            if len(others):
                with st.expander(f"{len(others):,} other event(s) at {event['site_name']}"):
                    listed = others.sort_values("start").head(OTHERS_LISTED)
                    for _, other in listed.iterrows():  # at most OTHERS_LISTED lines
                        st.text(f"{other['when']} · {other['title']}")
                    if len(others) > len(listed):
                        st.caption(f"… and {len(others) - len(listed):,} more.")
        return
    if site_id and (ds.sites["site_id"] == site_id).any():
        _render_site(ds, pos, site_id, level)
        return
    st.info(
        "Click a marker or an area on the map, a bar on the timeline, or a row of the event "
        "list to see what each source says."
    )
