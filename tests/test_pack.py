"""The briefing pack (``export-pack``): a narrative as PDF and PPTX slides. A title page,
one page per step drawn by the briefing figure with the step's caption and link, the
sources every step cites; the links click, the notes quote, the files are reproducible.
Synthetic data (``tests/synthetic.py``) and a narrative made here."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from PIL import Image
from pptx import Presentation
from pypdf import PdfReader

from dashboard.cli import main
from dashboard.contract.narratives import CAPTION_CHARS, Narrative, Step
from dashboard.render.briefing.figure import Briefing, briefing_png
from dashboard.render.pack import PackError, pack_pdf, pack_pptx
from dashboard.render.pack.content import step_view
from dashboard.view.story import step_link

BASE = "http://analysts.example:8501/"
MADE = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
LONG = (
    "Funding of the post: one source gives an amount and another disputes it; the step "
    "shows both side by side, each with its own citation, and says that neither is "
    "confirmed by a third source. A caption of this length is what a briefer writes at "
    "most. Each word of it is on its slide."
)
assert len(LONG) == CAPTION_CHARS  # the longest caption a step may have
NARRATIVE = Narrative(
    "post-story",
    "How the invented post grew",
    "An invented walk from the base at the post to the disputed funding and the denied camp.",
    (
        Step(1, "The base at the post, as reported.", "from=2016&to=2016&zoom=8", ("ev-base--a",)),
        Step(
            2, LONG, "from=2021-01&to=2021-12&event=ev-funding", ("ev-funding--a", "ev-funding--b")
        ),
        Step(
            3,
            "Troops at the camp, denied.",
            "mode=asof&to=2021&event=ev-camp",
            ("ev-camp--b", "ev-base--a"),
        ),
    ),
)


def words(text: str) -> str:
    """Text without its spaces: a PDF's text comes back with spaces where lines broke
    and, at times, beside a curly quote."""
    return "".join(text.split())


def links_of(page) -> list[str]:
    return [a.get_object()["/A"]["/URI"] for a in page.get("/Annots", [])]


@pytest.fixture(scope="module")
def pdf(synthetic_store) -> bytes:
    return pack_pdf(synthetic_store, NARRATIVE, BASE, MADE)


@pytest.fixture(scope="module")
def pptx(synthetic_store) -> bytes:
    return pack_pptx(synthetic_store, NARRATIVE, BASE, MADE)


def test_pdf_has_a_title_page_a_page_per_step_and_the_sources(pdf, synthetic_store):
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) == 1 + len(NARRATIVE.steps) + 1
    title = words(pages[0].extract_text())
    assert words(NARRATIVE.title) in title and words(NARRATIVE.summary) in title
    assert words("3 steps") in title and words("Made 2026-11-22 12:00 UTC") in title
    assert words(synthetic_store.dataset.settings.attribution) in title
    for step, page in zip(NARRATIVE.steps, pages[1:-1], strict=True):
        text = words(page.extract_text())
        assert words(step.caption) in text, step.number
        assert words(f"Step {step.number} of 3") in text
        # The step's own link (its view, the story and the step) is what a click opens.
        assert set(links_of(page)) == {step_link(BASE, NARRATIVE, step)}
        assert (
            "story=post-story" in links_of(page)[0] and f"step={step.number}" in links_of(page)[0]
        )


def test_the_sources_page_lists_every_cited_excerpt_with_its_full_citation(pdf, synthetic_store):
    ds = synthetic_store.dataset
    text = words(PdfReader(io.BytesIO(pdf)).pages[-1].extract_text())
    cited = {"ev-base--a", "ev-funding--a", "ev-funding--b", "ev-camp--b"}
    excerpts = ds.excerpts.set_index("excerpt_id")
    for eid in cited:
        ex = excerpts.loc[eid]
        assert words(ex["quote"]) in text, eid
        assert words(ds.excerpt_citation(ex["source_id"], ex["locator"])) in text, eid
    assert words("4 excerpts") in text
    # An excerpt no step cites is not listed.
    assert "ev-drill" not in text
    assert words("Official denial · step 3") in text and words("Supports · steps 1, 3") in text


def test_pdf_on_a4_is_a4_landscape_and_slides_are_16_9(synthetic_store, pdf):
    a4 = PdfReader(io.BytesIO(pack_pdf(synthetic_store, NARRATIVE, BASE, MADE, "a4")))
    for reader, ratio in ((a4, 297 / 210), (PdfReader(io.BytesIO(pdf)), 16 / 9)):
        for page in reader.pages:
            assert float(page.mediabox.width) / float(page.mediabox.height) == pytest.approx(
                ratio, rel=0.01
            )
    assert len(a4.pages) == 5
    assert words(LONG) in words(a4.pages[2].extract_text())  # the longest caption, whole
    assert set(links_of(a4.pages[2])) == {step_link(BASE, NARRATIVE, NARRATIVE.steps[1])}


def test_pptx_step_slides_are_the_step_briefing_with_link_and_quotes_in_the_notes(
    pptx, synthetic_store
):
    ds = synthetic_store.dataset
    deck = Presentation(io.BytesIO(pptx))
    assert len(deck.slides) == 1 + 3 + 1
    assert deck.slide_width * 9 == deck.slide_height * 16
    excerpts = ds.excerpts.set_index("excerpt_id")
    for step, slide in zip(NARRATIVE.steps, list(deck.slides)[1:-1], strict=True):
        [picture] = slide.shapes
        assert (picture.left, picture.top) == (0, 0)
        assert (picture.width, picture.height) == (deck.slide_width, deck.slide_height)
        link = step_link(BASE, NARRATIVE, step)
        assert picture.click_action.hyperlink.address == link
        # The picture is the briefing figure of the step's view, caption and link.
        state = step_view(synthetic_store, NARRATIVE, step)
        heading = f"Step {step.number} of 3 · {NARRATIVE.title}"
        briefing = Briefing(state, "slide", link, MADE, step.caption, heading, link)
        assert picture.image.blob == briefing_png(synthetic_store, briefing)
        assert Image.open(io.BytesIO(picture.image.blob)).size == (1920, 1080)
        notes = slide.notes_slide.notes_text_frame.text
        assert link in notes and step.caption in notes
        for eid in step.excerpt_ids:
            ex = excerpts.loc[eid]
            assert f"“{ex['quote']}”" in notes
            assert ds.excerpt_citation(ex["source_id"], ex["locator"]) in notes
    sources = list(deck.slides)[-1].notes_slide.notes_text_frame.text
    assert "An invented denial." in sources and "An invented second amount." in sources


def test_the_same_made_at_gives_the_same_bytes(synthetic_store, pdf, pptx):
    assert pack_pdf(synthetic_store, NARRATIVE, BASE, MADE) == pdf
    assert pack_pptx(synthetic_store, NARRATIVE, BASE, MADE) == pptx
    later = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
    other = pack_pptx(synthetic_store, NARRATIVE, BASE, later)
    assert other != pptx
    assert Presentation(io.BytesIO(other)).core_properties.created == datetime(2026, 11, 23, 9, 30)


def test_a_step_the_page_cannot_show_is_named(synthetic_store):
    bad = Narrative(
        "bad",
        "Bad",
        "",
        (NARRATIVE.steps[0], Step(2, "Where?", "from=2021-02-30", ("ev-base--a",))),
    )
    with pytest.raises(PackError, match="step 2: the view is not valid"):
        pack_pdf(synthetic_store, bad, BASE, MADE)
    unknown = Narrative("u", "U", "", (Step(1, "x", "", ("no-such-excerpt",)),))
    with pytest.raises(PackError, match="step 1: excerpt_id 'no-such-excerpt'"):
        pack_pptx(synthetic_store, unknown, BASE, MADE)


def test_sources_run_over_pages_and_keep_every_quote_whole():
    import matplotlib.pyplot as plt

    from dashboard.render.pack.content import Cited
    from dashboard.render.pack.pages import sources_pages

    cited = [
        Cited(
            f"x{i}",
            "An invented quote that runs long, " * 12 + f"number {i}.",
            f"Publisher {i}: Author, “A title”, 2021 (p. {i})",
            "https://example.org/" if i % 2 else "",
            "disputes" if i % 3 else "supports",
            (1, i),
        )
        for i in range(2, 26)
    ]
    figures = list(sources_pages(cited, "slide"))
    assert len(figures) > 1
    shown = [t.get_text() for fig in figures for t in fig.texts]
    assert "Sources cited by the steps (continued)" in shown
    text = words(" ".join(shown))
    for c in cited:
        assert words(c.quoted) in text and words(c.citation) in text, c.excerpt_id
    for fig in figures:  # nothing runs off a page
        renderer = fig.canvas.get_renderer()
        for t in fig.texts:
            box = t.get_window_extent(renderer)
            assert box.y0 >= 0 and box.x1 <= fig.bbox.width, t.get_text()
        plt.close(fig)


@pytest.fixture
def with_narratives(monkeypatch):
    """``open_store`` as the CLI calls it, its data given ``narratives`` (the narrative
    files are read by the data contract; here the store is handed them directly)."""
    from dashboard.store import embedded

    opened = embedded.open_store
    given: list = []

    def open_store(data_dir):
        store = opened(data_dir)
        store.dataset.narratives = tuple(given)
        return store

    monkeypatch.setattr(embedded, "open_store", open_store)
    return given


def test_export_pack_writes_the_pack_and_says_what_is_wrong(
    with_narratives, synthetic_store, pdf, pptx, tmp_path, capsys
):
    data = ["--data-dir", str(synthetic_store.dataset.data_dir), "--base-url", BASE]
    made = ["--made-at", "2026-11-22T12:00"]
    out = tmp_path / "pack.pdf"
    assert main(["export-pack", "--out", str(out), *data]) == 2
    assert "has no narrative to export" in capsys.readouterr().err
    assert not out.exists()
    with_narratives += [Narrative("other", "Other", "", NARRATIVE.steps[:1]), NARRATIVE]
    assert main(["export-pack", "--out", str(out), *data, "--narrative", "nope"]) == 2
    assert "no narrative 'nope'; the data has: other, post-story" in capsys.readouterr().err
    for bad, said in (
        (["--out", str(tmp_path / "pack.docx")], "must end in .pdf or .pptx"),
        (["--out", str(tmp_path / "pack.pptx"), "--sheet", "a4"], "--sheet a4 is for a PDF"),
        (["--out", str(tmp_path / "no" / "pack.pdf")], "does not exist"),
    ):
        assert main(["export-pack", *bad, *data]) == 2, bad
        assert said in capsys.readouterr().err
    # The default is the data's first narrative; --narrative picks another.
    assert main(["export-pack", "--out", str(out), *data, *made]) == 0
    assert len(PdfReader(out).pages) == 1 + 1 + 1
    assert main(["export-pack", "--out", str(out), *data, *made, "--narrative", "post-story"]) == 0
    assert out.read_bytes() == pdf
    deck = tmp_path / "pack.pptx"
    assert main(["export-pack", "--out", str(deck), *data, *made, "--narrative", "post-story"]) == 0
    assert deck.read_bytes() == pptx
    assert "wrote" in capsys.readouterr().out


def test_the_page_offers_the_pack_of_the_linked_narrative_only_when_there_is_one(
    monkeypatch, tmp_path
):
    from streamlit.delta_generator import DeltaGenerator

    from dashboard.ui import data
    from pages import no_errors, run
    from synthetic import write_package

    package = write_package(tmp_path / "pkg")
    given: list = []
    opened = data.open_store

    def open_store(directory):
        store = opened(directory)
        store.dataset.narratives = tuple(given)
        return store

    handed: dict = {}
    button = DeltaGenerator.download_button

    def spy(self, label, data, *args, **kwargs):
        handed[label] = (data, kwargs.get("file_name"))
        return button(self, label, data, *args, **kwargs)

    monkeypatch.setattr(data, "open_store", open_store)
    monkeypatch.setattr(DeltaGenerator, "download_button", spy)
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(package))
    no_errors(run())
    assert "Events · CSV" in handed and not any(k.startswith("Briefing pack") for k in handed)
    given += [Narrative("other", "Other", "", NARRATIVE.steps[:1]), NARRATIVE]
    data.st.cache_resource.clear()
    handed.clear()
    no_errors(run({"story": "post-story", "step": "2"}))
    make, name = handed["Briefing pack · PDF"]
    assert name == "pack-post-story.pdf" and handed["Briefing pack · PPTX"][1].endswith(".pptx")
    pages = PdfReader(io.BytesIO(make())).pages
    assert len(pages) == 5
    [link] = links_of(pages[2])
    assert "story=post-story" in link and "step=2" in link
