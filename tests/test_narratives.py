"""Narratives in the data contract: read, validated with located problems (the good steps
still load), checked against the data's links, and carried through every export."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date as date_

import pytest

from dashboard.contract.dataset import load_dataset
from dashboard.contract.narratives import CAPTION_CHARS
from dashboard.contract.report import validation_report
from dashboard.store.embedded import open_store
from dashboard.view.query import context_of
from dashboard.view.story import checked
from synthetic import STEPS, write_narratives, write_package


def _steps(**changes) -> list[dict]:
    """STEPS with ``changes``: step index (0-based) -> the cells to change."""
    rows = [dict(s) for s in STEPS]
    for at, cells in changes.items():
        rows[int(at.removeprefix("s"))].update(cells)
    return rows


def _loaded(root, steps=None):
    write_narratives(write_package(root), steps)
    store = open_store(root)
    return checked(store.dataset, context_of(store))


def _problem(ds, rule):
    found = [p for p in ds.problems if p.rule == rule]
    assert found, [str(p) for p in ds.problems]
    return found[0]


def test_a_package_without_narrative_files_has_no_narratives(tmp_path):
    ds = load_dataset(write_package(tmp_path))
    assert ds.narratives == () and ds.ok


def test_narratives_load_with_their_steps_in_order(tmp_path):
    ds = _loaded(tmp_path, list(reversed(STEPS)))  # the file's order is not the story's
    assert ds.ok, [str(p) for p in ds.problems]
    (walk,) = ds.narratives
    assert walk.title == "A test walk"
    assert [s.caption for s in walk.steps] == [s["caption"] for s in STEPS]
    assert walk.steps[1].excerpt_ids == ("ev-funding--a", "ev-funding--b")
    assert [s.number for s in walk.steps] == [1, 2, 3]


def test_an_unknown_excerpt_is_located_with_a_did_you_mean_and_the_other_steps_load(tmp_path):
    ds = _loaded(tmp_path, _steps(s1={"excerpt_ids": "ev-funding--a;ev-fundnig--b"}))
    p = _problem(ds, "foreign-key")
    assert (p.file, p.row, p.column, p.value) == (
        "narrative_steps.csv",
        3,
        "excerpt_ids",
        "ev-fundnig--b",
    )
    assert "did you mean 'ev-funding--b'" in p.message
    (walk,) = ds.narratives
    assert [s.caption for s in walk.steps] == [STEPS[0]["caption"], STEPS[2]["caption"]]
    assert [s.number for s in walk.steps] == [1, 2]


def test_an_unknown_narrative_is_located(tmp_path):
    ds = _loaded(tmp_path, _steps(s2={"narrative_id": "wakl"}))
    p = _problem(ds, "foreign-key")
    assert (p.row, p.column, p.value) == (4, "narrative_id", "wakl")
    assert "did you mean 'walk'" in p.message
    assert len(ds.narratives[0].steps) == 2


def test_a_duplicate_step_number_keeps_the_first(tmp_path):
    ds = _loaded(tmp_path, _steps(s2={"step": "2"}))
    p = _problem(ds, "unique")
    assert (p.file, p.row, p.column, p.value) == ("narrative_steps.csv", 4, "step", "2")
    assert "row 3 has it first and is kept" in p.message
    assert [s.caption for s in ds.narratives[0].steps] == [s["caption"] for s in STEPS[:2]]


def test_a_caption_longer_than_a_slide_takes_is_located(tmp_path):
    ds = _loaded(tmp_path, _steps(s0={"caption": "x" * (CAPTION_CHARS + 1)}))
    p = _problem(ds, "length")
    assert (p.row, p.column) == (2, "caption")
    assert f"at most {CAPTION_CHARS} characters" in p.message
    assert len(ds.narratives[0].steps) == 2


@pytest.mark.parametrize(
    ("view", "said"),
    [
        ("from=2021-13-01&to=2021-12-31", "Ignored from='2021-13-01'"),
        ("lat=52.0&lon=10.0&zoom=6", "outside the region's frame"),
        ("event=ev-nosuch", "Ignored event='ev-nosuch'"),
        ("form=2021-01-01", "unknown parameter 'form'"),
    ],
)
def test_a_view_the_page_would_not_show_as_written_is_located(tmp_path, view, said):
    ds = _loaded(tmp_path, _steps(s1={"view": view}))
    p = _problem(ds, "view")
    assert (p.file, p.row, p.column, p.value) == ("narrative_steps.csv", 3, "view", view)
    assert said in p.message
    assert [s.caption for s in ds.narratives[0].steps] == [
        STEPS[0]["caption"],
        STEPS[2]["caption"],
    ]


def test_validate_reports_the_bad_step_and_counts_the_steps(tmp_path):
    ds = _loaded(tmp_path, _steps(s1={"view": "from=2021-13-01"}))
    text = validation_report(ds)
    assert "narrative_steps.csv, row 3, column 'view'" in text
    assert "narratives.csv" in text and "2 rows loaded" in text


def test_a_narrative_whose_every_step_fails_is_a_warning(tmp_path):
    ds = _loaded(tmp_path, [dict(s, excerpt_ids="nope") for s in STEPS])
    assert ds.narratives == ()
    p = _problem(ds, "no-step")
    assert (p.file, p.row, p.severity) == ("narratives.csv", 2, "warning")


def test_steps_without_their_narratives_file_are_a_problem(tmp_path):
    write_narratives(write_package(tmp_path))
    (tmp_path / "narratives.csv").unlink()
    ds = load_dataset(tmp_path)
    assert any(p.file == "narratives.csv" and p.rule == "file-missing" for p in ds.problems)
    assert ds.narratives == ()


def _rows(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_geoparquet_carries_the_narratives_there_and_back(tmp_path):
    from dashboard.interchange.geoparquet import export_geoparquet, import_geoparquet
    from dashboard.interchange.package import write_package as write_out

    src = write_narratives(write_package(tmp_path / "src"))
    out = tmp_path / "events.parquet"
    written = export_geoparquet(src, out)
    assert (tmp_path / "events.narratives.parquet") in written.files
    assert (tmp_path / "events.narrative_steps.parquet") in written.files
    tables, sites, _ = import_geoparquet(out)
    back = tmp_path / "back"
    write_out(back, tables, sites)
    assert load_dataset(back).narratives == load_dataset(src).narratives
    assert _rows(back / "narrative_steps.csv")[1]["excerpt_ids"] == STEPS[1]["excerpt_ids"]


# --- In the page --------------------------------------------------------------------------


@pytest.fixture
def storied(tmp_path, monkeypatch):
    """The synthetic package with its narrative, as the page's data."""
    root = write_narratives(write_package(tmp_path / "storied"))
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(root))
    return root


def _page(params=None):
    from pages import no_errors, run

    at = run(params)
    no_errors(at)
    return at


def _said(at) -> str:
    from pages import texts

    return texts(at)


def test_a_link_opens_its_step_with_the_step_s_view_caption_and_quotes(storied):
    at = _page({"story": "walk", "step": "2"})
    text = _said(at)
    assert "A test walk · Step 2 of 3" in text
    assert STEPS[1]["caption"] in text
    # The step's view applies: its window, its map, its selection.
    q = at.query_params
    assert (q["from"], q["to"], q["event"], q["lat"]) == (
        "2021-01-01",
        "2021-12-31",
        "ev-funding",
        "37.6000",
    )
    assert (q["story"], q["step"]) == ("walk", "2")
    # Its quotes, with their citations; the two amounts side by side, marked contested.
    assert "An invented second amount." in text and "Other Gazette: " in text
    assert "CONTESTED" in text


def test_next_and_previous_step_and_the_url_follows(storied):
    at = _page({"story": "walk", "step": "2"})
    at.button(key="story-next").click().run()
    assert "Step 3 of 3" in _said(at) and STEPS[2]["caption"] in _said(at)
    assert (at.query_params["step"], at.query_params["event"]) == ("3", "ev-camp")
    assert at.button(key="story-next").disabled  # the last step
    at.button(key="story-prev").click().run()
    at.button(key="story-prev").click().run()
    assert "Step 1 of 3" in _said(at) and at.query_params["event"] == "ev-base"
    assert at.button(key="story-prev").disabled


def test_choosing_a_narrative_opens_its_first_step_and_none_closes_it(storied):
    at = _page()
    assert "story" not in at.query_params
    at.selectbox(key="story_choice").set_value("walk").run()
    assert at.query_params["step"] == "1" and STEPS[0]["caption"] in _said(at)
    at.selectbox(key="story_choice").set_value("").run()
    assert "story" not in at.query_params and STEPS[0]["caption"] not in _said(at)


def test_a_link_to_an_unknown_narrative_says_so(storied):
    at = _page({"story": "nosuch", "step": "2"})
    assert "Ignored story='nosuch': the data has no such narrative." in _said(at)
    assert "story" not in at.query_params


def test_in_presentation_mode_the_slide_carries_the_step_s_caption(storied):
    from mapdata import map_spec

    at = _page({"story": "walk", "step": "3", "present": "1"})
    slide = map_spec(at)["slide"]
    assert slide["caption"] == f"Step 3 of 3 · {STEPS[2]['caption']}"
    at.button(key="story-prev").click().run()  # ← under the slide
    assert map_spec(at)["slide"]["caption"].startswith("Step 2 of 3 · ")
    assert at.query_params["present"] == "1"


def test_a_bad_step_is_in_the_page_s_problems_and_the_good_steps_show(tmp_path, monkeypatch):
    root = write_narratives(write_package(tmp_path / "bad"), _steps(s1={"view": "from=2021-13-01"}))
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(root))
    at = _page({"story": "walk", "step": "2"})
    assert "Step 2 of 2" in _said(at) and STEPS[2]["caption"] in _said(at)
    [problems] = [e for e in at.expander if "in the data" in e.label]
    frame = problems.dataframe[0].value
    assert list(frame.loc[frame["Rule"] == "view", "Row"]) == [3]


# --- Authoring: a draft in the session, downloaded as the package's files ------------------


def test_draft_steps_move_and_go_and_keep_their_numbers():
    from datetime import date

    from dashboard.view.state import ViewState
    from dashboard.view.story import add_step, move_step, remove_step

    steps = ()
    for n in range(3):
        steps = add_step(steps, ViewState(date(2016 + n, 1, 1), date(2020, 1, 1)), f"c{n}", ())
    assert [s.caption for s in move_step(steps, 2, -1)] == ["c0", "c2", "c1"]
    assert [s.caption for s in move_step(steps, 0, -1)] == ["c0", "c1", "c2"]
    assert [s.number for s in remove_step(steps, 0)] == [1, 2]
    assert "from=2017-01-01" in steps[1].query and "present" not in steps[1].query


def _written(zipped: bytes, into):
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(zipped)) as z:
        z.extractall(into)
    return sorted(z.namelist())


def test_add_this_view_as_a_step_reorder_remove_and_download(storied, tmp_path):
    at = _page({"event": "ev-drill", "from": "2020-01-01", "to": "2020-12-31"})
    assert "Caption of this view" not in [t.label for t in at.text_area]  # off by default
    at.toggle(key="draft_open").set_value(True).run()
    at.text_input(key="draft_title").set_value("My walk")
    at.text_area(key="draft_caption").set_value("The drill in the valley.")
    at.multiselect(key="draft_excerpts").set_value(["ev-drill--a"])
    at.button(key="draft-add").click().run()
    assert "1. The drill in the valley. (1 quote(s))" in _said(at)
    assert at.text_area(key="draft_caption").value == ""  # ready for the next step
    at.button(key="draft-add").click().run()  # no caption: nothing added, and why
    assert "Write a caption first" in _said(at)
    at.text_area(key="draft_caption").set_value("The camp, reported and denied.")
    at.multiselect(key="draft_excerpts").set_value(["ev-camp--a", "ev-camp--b"])
    at.button(key="draft-add").click().run()
    at.button(key="draft-up-1").click().run()
    assert "1. The camp, reported and denied." in _said(at)
    labels = [b.proto.label for b in at.get("download_button")]
    assert "Download narratives.csv and narrative_steps.csv (zip)" in labels
    steps = at.session_state["draft_steps"]
    assert [s.excerpt_ids for s in steps] == [("ev-camp--a", "ev-camp--b"), ("ev-drill--a",)]
    assert "event=ev-drill" in steps[1].query and "from=2020-01-01" in steps[1].query
    at.button(key="draft-remove-0").click().run()
    assert "1. The drill in the valley." in _said(at)
    assert "The camp, reported and denied. (" not in _said(at)
    # Nothing is written on the server: the package's files are as they were.
    assert (storied / "narrative_steps.csv").read_text(encoding="utf-8").count("walk") == 3


def test_quotes_chosen_for_a_step_stay_chosen_when_the_selection_moves_on(storied):
    """A step can rest on quotes of two events: choose one, select the other, choose more."""
    at = _page({"event": "ev-drill", "from": "2020-01-01", "to": "2020-12-31"})
    at.toggle(key="draft_open").set_value(True).run()
    at.multiselect(key="draft_excerpts").set_value(["ev-drill--a"]).run()
    # The window moves past the drill and the map selects the camp (as ``state.select``
    # does): the drill's quote is no longer among the view's, but it stays chosen.
    at.session_state["view"] = replace(
        at.session_state["view"],
        start=date_(2021, 1, 1),
        end=date_(2021, 12, 31),
        event="ev-camp",
        site="camp",
    )
    at.run()
    picker = at.multiselect(key="draft_excerpts")
    assert picker.value == ["ev-drill--a"]
    assert "Test Wire: “An invented quote about ev-camp.…”" in picker.options


def test_the_downloaded_files_validate_clean_in_the_package(storied, tmp_path):
    from dashboard.contract.narratives import Narrative, narrative_csv
    from dashboard.interchange.package import narratives_zip
    from dashboard.view.state import ViewState
    from dashboard.view.story import add_step

    store = open_store(storied)
    ctx = context_of(store)
    v = ViewState(date_(2020, 1, 1), date_(2020, 12, 31), event="ev-drill", lat=37.0, lon=71.9)
    draft = Narrative("mine", "Mine", "", add_step((), v, "The drill.", ("ev-drill--a",)))
    names = _written(narratives_zip(narrative_csv((*store.dataset.narratives, draft))), storied)
    assert names == ["narrative_steps.csv", "narratives.csv"]
    ds = checked(load_dataset(storied), ctx)
    assert ds.ok, [str(p) for p in ds.problems]
    assert [n.narrative_id for n in ds.narratives] == ["walk", "mine"]
    assert ds.narratives[1].steps[0].excerpt_ids == ("ev-drill--a",)


def test_the_validate_command_locates_a_bad_step_s_view(tmp_path, capsys):
    from dashboard.cli import main

    root = write_narratives(write_package(tmp_path), _steps(s1={"view": "lat=52&lon=10"}))
    assert main(["validate", "--data-dir", str(root)]) == 1
    out = capsys.readouterr().out
    assert "narrative_steps.csv, row 3, column 'view'" in out
    assert "outside the region's frame" in out and "[view]" in out
