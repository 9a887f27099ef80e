"""The pack's own pages, drawn with matplotlib on the briefing's sheets and fonts: the
title page and the sources pages. Step pages are the briefing figure itself."""

from __future__ import annotations

from collections.abc import Iterator

import matplotlib.pyplot as plt
from matplotlib.figure import Figure

from dashboard.contract.narratives import Narrative
from dashboard.render.briefing.figure import DPI, wrap_px
from dashboard.render.briefing.link import link_lines
from dashboard.render.pack.content import Cited, PackStep, title_lines
from dashboard.scene.sheet import SHEETS
from dashboard.scene.style import STANCE_LABELS
from dashboard.store.query import ViewStore

MARGIN = 0.04  # of the sheet's width, each side
SUMMARY_LINES = 8  # a summary longer than this is cut with … (the notes hold it whole)


class Sheet:
    """A page being written top down: its figure and a cursor in pixels from the top."""

    def __init__(self, size: str):
        s = SHEETS[size]
        self.w, self.h = s.width, s.height
        self.scale = min(s.width / 1920, s.height / 1080)
        self.fs = 10.5 * max(self.scale, 0.9)  # the briefing's base font size
        self.fig: Figure = plt.figure(figsize=(s.width / DPI, s.height / DPI), dpi=DPI)
        self.fig.set_facecolor("white")
        self.y = 0.06 * s.height
        self.renderer = self.fig.canvas.get_renderer()

    @property
    def text_px(self) -> float:
        return (1 - 2 * MARGIN) * self.w

    def lines(self, text: str, size: float, **kw) -> list[str]:
        """``text`` wrapped to the page's width at ``size`` times the base font size."""
        return wrap_px(self.fig, self.renderer, text, self.text_px, fontsize=self.fs * size, **kw)

    def line_px(self, size: float) -> float:
        return self.fs * size * 1.4 * DPI / 72

    def write(self, text: str, size: float, gid: str, url: str = "", **kw) -> None:
        """One line at the cursor; the cursor moves down a line."""
        t = self.fig.text(
            MARGIN, 1 - self.y / self.h, text, fontsize=self.fs * size, va="top", gid=gid, **kw
        )
        if url:
            t.set_url(url)
        self.y += self.line_px(size)

    def left(self) -> float:
        """Pixels left above the bottom margin."""
        return 0.94 * self.h - self.y


def title_page(
    store: ViewStore, narrative: Narrative, steps: list[PackStep], made_at, size: str
) -> Figure:
    """The title page: the narrative's title and summary, how many steps, the data's and
    the steps' windows, when it was made, the link to the first step, the attribution."""
    page = Sheet(size)
    page.write(f"Briefing pack · {store.dataset.settings.title}", 1.1, "pack-region", color="#555")
    page.y += page.line_px(1.0)
    for line in page.lines(narrative.title, 3.0, fontweight="bold")[:3]:
        page.write(line, 3.0, "pack-title", fontweight="bold")
    page.y += page.line_px(0.8)
    summary = page.lines(narrative.summary, 1.5) if narrative.summary else []
    if len(summary) > SUMMARY_LINES:
        summary = [*summary[: SUMMARY_LINES - 1], summary[SUMMARY_LINES - 1] + " …"]
    for line in summary:
        page.write(line, 1.5, "pack-summary", color="#222")
    page.y += page.line_px(1.0)
    for line in title_lines(store, narrative, steps, made_at):
        page.write(line, 1.15, "pack-fact", color="#333")
    page.y += page.line_px(1.0)
    link = steps[0].link
    per_line = int(page.text_px / (0.602 * page.fs * 0.8 * DPI / 72))  # DejaVu Sans Mono
    foot = [("Step 1 opens at:", 0.9, "pack-link-label", "", {"color": "#444"})]
    foot += [
        (line, 0.8, "pack-link", link, {"family": "monospace"})
        for line in link_lines(link, per_line)
    ]
    attribution = page.lines(store.dataset.settings.attribution, 0.8)
    foot += [(line, 0.8, "pack-attribution", "", {"color": "#444"}) for line in attribution]
    top = 0.94 * page.h - sum(page.line_px(size) for _, size, _, _, _ in foot)
    _agenda(page, steps, top - page.line_px(1.0))
    page.y = top
    for text, size, gid, url, style in foot:
        page.write(text, size, gid, url=url, **style)
    return page.fig


def _agenda(page: Sheet, steps: list[PackStep], bottom: float) -> None:
    """The steps, one line each (a caption cut with …: its page has it whole), as many as
    fit above ``bottom``."""
    for n, s in enumerate(steps):
        if page.y + 2 * page.line_px(1.0) > bottom and n < len(steps) - 1:
            page.write(f"… and {len(steps) - n} more steps", 1.0, "pack-agenda", color="#444")
            return
        lines = page.lines(f"{s.step.number}. {s.step.caption}", 1.0)
        page.write(lines[0] + (" …" if len(lines) > 1 else ""), 1.0, "pack-agenda")


def _entry_lines(page: Sheet, c: Cited) -> list[tuple[str, float, dict, str]]:
    """(text, size, text style, url) of each line of one cited excerpt."""
    steps = ", ".join(str(n) for n in c.steps)
    head = f"{STANCE_LABELS[c.stance]} · step{'s' if len(c.steps) > 1 else ''} {steps}"
    out = [(head, 0.85, {"fontweight": "bold", "color": "#444"}, "")]
    out += [(line, 1.0, {"color": "#111"}, "") for line in page.lines(c.quoted, 1.0)]
    out += [(line, 0.85, {"color": "#333"}, c.url) for line in page.lines(c.citation, 0.85)]
    if c.url:
        out.append((c.url, 0.8, {"color": "#1a4f8a", "family": "monospace"}, c.url))
    return out


def _sources_head(page: Sheet, count: int, continued: bool) -> None:
    more = " (continued)" if continued else ""
    page.write(f"Sources cited by the steps{more}", 1.9, "sources-title", fontweight="bold")
    page.write(
        f"{count} excerpt{'s' if count != 1 else ''}, each in the source's own words with "
        "its full citation",
        1.0,
        "sources-count",
        color="#444",
    )
    page.y += page.line_px(0.6)


def sources_pages(cited: list[Cited], size: str) -> Iterator[Figure]:
    """The sources pages: every cited excerpt, whole, as many pages as they take (an
    excerpt is kept on one page unless it is longer than a page)."""
    page = Sheet(size)
    _sources_head(page, len(cited), False)
    if not cited:
        page.write("The steps cite no excerpt.", 1.0, "sources-line")
    fresh = True
    for c in cited:
        lines = _entry_lines(page, c)
        height = sum(page.line_px(size) for _, size, _, _ in lines)
        if height > page.left() and not fresh:
            yield page.fig
            page = Sheet(size)
            _sources_head(page, len(cited), True)
        for text, size_, style, url in lines:
            if page.line_px(size_) > page.left():
                yield page.fig
                page = Sheet(size)
                _sources_head(page, len(cited), True)
            page.write(text, size_, "sources-line", url=url, **style)
        page.y += page.line_px(0.5)
        fresh = False
    yield page.fig
