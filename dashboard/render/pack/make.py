"""The pack's pages in order, and the two files made of them: a PDF (matplotlib's
PdfPages, every link clickable) and a PPTX (python-pptx: each page a picture filling its
slide, the speaker notes holding the step's link and the quotes behind it).

Both are reproducible: ``made_at`` is the only time written into them (the PDF's dates,
the PPTX's core properties and its zip entries' times), so the same data, narrative,
address and ``made_at`` give the same bytes.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

import matplotlib.pyplot as plt
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from dashboard.contract.narratives import Narrative
from dashboard.render.briefing.figure import DPI, Briefing, build_figure, drawing
from dashboard.render.pack.content import (
    PackStep,
    cited_excerpts,
    pack_steps,
    quote_line,
    step_notes,
    utc,
)
from dashboard.render.pack.pages import sources_pages, title_page
from dashboard.scene.build import SceneData
from dashboard.scene.sheet import SHEETS
from dashboard.store.query import ViewStore

PPTX_SIZE = (12192000, 6858000)  # EMU: PowerPoint's 16:9 (13.333 × 7.5 in)


@dataclass(frozen=True)
class Page:
    """A page of the pack: its figure (built when asked for) and its speaker notes."""

    figure: Figure
    notes: str
    link: str = ""  # where a click on the page goes (a step's link)


def pages(store: ViewStore, narrative: Narrative, base_url: str, made_at, size: str):
    """The pack's pages in order (built one at a time: a long narrative is not held in
    memory as figures). ``PackError`` before any page when a step cannot be drawn."""
    steps = pack_steps(store, narrative, base_url)
    cited = list(cited_excerpts(store.dataset, narrative).values())
    return _pages(store, narrative, steps, cited, utc(made_at), size)


def _pages(store, narrative, steps: list[PackStep], cited, made: datetime, size) -> Iterator:
    summary = f"{narrative.title}\n\n{narrative.summary}\n\nFirst step: {steps[0].link}"
    yield Page(title_page(store, narrative, steps, made, size), summary)
    data = SceneData.of(store)
    for s in steps:
        briefing = Briefing(
            s.state, size, s.link, made, caption=s.step.caption, heading=s.heading, link=s.link
        )
        yield Page(build_figure(store, briefing, data), step_notes(s), s.link)
    notes = "\n".join(quote_line(c) + (f" {c.url}" if c.url else "") for c in cited)
    for fig in sources_pages(cited, size):
        yield Page(fig, notes)


def pack_pdf(
    store: ViewStore, narrative: Narrative, base_url: str, made_at: datetime, sheet: str = "slide"
) -> bytes:
    """The pack as a PDF on ``sheet`` ("slide": 16:9; "a4": A4 landscape)."""
    if sheet not in SHEETS:
        raise ValueError(f"sheet was {sheet!r} but is expected to be in {tuple(SHEETS)}")
    made = utc(made_at)
    meta = {"Title": narrative.title, "CreationDate": made, "ModDate": made}
    buf = io.BytesIO()
    with drawing(), PdfPages(buf, metadata=meta) as pdf:
        for page in pages(store, narrative, base_url, made, sheet):
            pdf.savefig(page.figure, facecolor="white")
            plt.close(page.figure)
    return buf.getvalue()


def _png(fig: Figure) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, facecolor="white", metadata={"Software": None})
    plt.close(fig)
    return buf.getvalue()


def pack_pptx(store: ViewStore, narrative: Narrative, base_url: str, made_at: datetime) -> bytes:
    """The pack as a 16:9 PPTX: each page a 1920 × 1080 picture filling its slide (a step's
    picture opens its link when clicked in a show), its notes the step's link and quotes."""
    from pptx import Presentation  # only the pack needs python-pptx

    made = utc(made_at)
    deck = Presentation()
    deck.slide_width, deck.slide_height = PPTX_SIZE
    blank = deck.slide_layouts[6]
    with drawing():
        for page in pages(store, narrative, base_url, made, "slide"):
            slide = deck.slides.add_slide(blank)
            picture = slide.shapes.add_picture(io.BytesIO(_png(page.figure)), 0, 0, *PPTX_SIZE)
            if page.link:
                picture.click_action.hyperlink.address = page.link
            slide.notes_slide.notes_text_frame.text = page.notes
    props = deck.core_properties
    props.title, props.author, props.last_modified_by = narrative.title, "", ""
    props.created = props.modified = made.replace(tzinfo=None)
    props.revision = 1
    buf = io.BytesIO()
    deck.save(buf)
    return _fixed_times(buf.getvalue(), made)


def _fixed_times(pptx: bytes, made: datetime) -> bytes:
    """The same zip with every entry dated ``made`` (a zip records when each entry was
    written, which would make every PPTX differ)."""
    out = io.BytesIO()
    stamp = (max(made.year, 1980), made.month, made.day, made.hour, made.minute, made.second)
    with zipfile.ZipFile(io.BytesIO(pptx)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()
