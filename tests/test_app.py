"""The dashboard through Streamlit's AppTest, read as data: the deck's JSON spec, the
widgets, the detail panel's text and the URL."""

from __future__ import annotations

import base64
import io
import json
from datetime import date

import pytest
from PIL import Image

from conftest import DataDir
from dashboard.render.briefing.picture import PICTURE_SIZE
from dashboard.render.map.codegen import conforms
from dashboard.render.map.payload import read_container, read_events
from dashboard.render.map.protocol import MapSpec, PrepareSpec
from dashboard.scene.sheet import SHEETS
from mapdata import drawn, element, layer_ids, map_spec, payload, report_frame, trigger
from pages import listed, no_errors, run, texts
from synthetic import EXPECTED, PLACED, write_package


@pytest.fixture(autouse=True)
def synthetic_data(monkeypatch, tmp_path_factory):
    """Every page here reads the synthetic package unless a test points elsewhere."""
    global _PACKAGE
    if _PACKAGE is None:
        _PACKAGE = write_package(tmp_path_factory.mktemp("app"))
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(_PACKAGE))


_PACKAGE = None


def test_default_view_is_offline_and_complete():
    at = run()
    no_errors(at)
    spec = map_spec(at)
    # No basemap style or provider: nothing to fetch from the internet.
    assert "mapStyle" not in spec["deck"] and "mapProvider" not in spec["deck"]
    ids = layer_ids(at)
    assert {"ref-countries", "ref-borders", "ref-provinces", "place-labels"} <= ids
    assert {"events", "areas", "uncertainty", "event-letters"} <= ids
    # Events with a place are drawn; the two without are listed, counted, never drawn.
    assert set(drawn(at)) == set(PLACED) and set(listed(at)) == set(EXPECTED)
    assert "2 of the 9 events that match have no place in the sources" in texts(at)
    assert conforms(spec, MapSpec) == []
    # Every layer's data is a placeholder the component fills from the payloads.
    assert all(
        str(layer.get("data", "")).startswith("dashboard:") for layer in spec["deck"]["layers"]
    )
    # Tooltips are built by the component as text: the spec has no tooltip template.
    assert "getTooltip" not in json.dumps(spec) and "html" not in json.dumps(spec["deck"])
    # Names placed by the scene, in the frame the component reported (or a default).
    assert {lb["text"] for lb in spec["labels"]} >= {"TAJIKISTAN", "Khorugh"}


@pytest.mark.parametrize(
    ("mode", "window", "present", "absent"),
    [
        (
            "window",
            (date(2016, 1, 1), date(2016, 12, 31)),
            {"ev-base", "ev-camp"},
            {"ev-nowhere-1", "ev-funding", "ev-own"},
        ),
        (
            "window",
            (date(2021, 10, 1), date(2021, 10, 31)),
            {"ev-funding", "ev-base", "ev-camp"},
            {"ev-drill", "ev-meeting"},
        ),
        (
            "asof",
            (date(2021, 1, 1), date(2021, 12, 31)),
            {"ev-meeting", "ev-drill", "ev-funding"},
            {"ev-nowhere-2"},
        ),
    ],
)
def test_moving_the_range_changes_what_is_drawn(mode, window, present, absent):
    at = run()
    at.radio(key="w_mode").set_value(mode).run()
    at.slider(key="w_range").set_value(window).run()
    no_errors(at)
    shown = set(listed(at))
    assert present <= shown and not (absent & shown)
    assert set(drawn(at)) <= shown
    assert at.query_params["from"] == window[0].isoformat()
    assert at.query_params["mode"] == mode


def test_as_of_keeps_old_events_faded():
    at = run({"mode": "asof", "from": "2021-01-01", "to": "2021-12-31"})
    shown = drawn(at)
    assert shown["ev-meeting"] is True  # over before the range: faded
    assert shown["ev-base"] is False  # no end given: still there
    assert shown["ev-funding"] is False
    [faded] = [lyr for lyr in map_spec(at)["deck"]["layers"] if lyr["id"] == "events-faded"]
    assert faded["opacity"] < 0.5
    assert "events-faded" not in layer_ids(run({"mode": "window"}))


def test_toggling_a_layer_removes_it():
    at = run()
    at.checkbox(key="w_layer_bases").uncheck().run()
    shown = set(drawn(at))
    assert not {"ev-base", "ev-camp"} & shown and "ev-meeting" in shown
    assert "bases" not in at.query_params["layers"].split(",")
    # The caption counts what is shown: drawn, or listed for want of a place.
    assert f"{len(listed(at))} of 9 events match this view" in texts(at)
    assert "layers off: Bases, facilities & deployments" in texts(at)
    at.checkbox(key="w_layer_places").uncheck().run()
    assert not [lb for lb in map_spec(at)["labels"] if lb["kind"] == "place"]
    at.checkbox(key="w_layer_uncertainty").uncheck().run()
    assert "uncertainty" not in layer_ids(at)


def test_selected_event_shows_quotes_and_citations():
    at = run({"event": "ev-camp", "site": "camp"})
    no_errors(at)
    page = texts(at)
    assert "An invented quote about ev-camp." in page and "An invented denial." in page
    assert "DENIES · Testland government" in page and "evidence: DENIED" in page
    assert "Test Wire" in page and "Other Gazette" in page
    assert at.query_params["event"] == "ev-camp"
    # The map draws the selected mark on top and rings it: the spec names its draw index.
    assert map_spec(at)["selection"] is not None


def test_a_disputed_amount_is_shown_side_by_side_with_who_says_what():
    at = run({"event": "ev-funding"})
    no_errors(at)
    page = texts(at)
    assert "Amount — CONTESTED: the sources disagree" in page
    assert "USD 10 million (USD 10 million)" in page and "CNY 55 million (CNY 55 million)" in page
    assert "ASSERTS · Test Wire" in page and "ASSERTS · Other Gazette" in page
    assert "evidence: CONTESTED" in page


def test_an_unplaced_event_says_so():
    at = run({"event": "ev-nowhere-1"})
    no_errors(at)
    assert "No place given in the sources: listed and on the timeline, not drawn" in texts(at)
    # Selected, but with no place: nothing to draw or centre the map on.
    assert map_spec(at)["selection"] is None
    assert not [b for b in at.button if b.key == "w_centre"]


def test_selecting_an_area_lists_the_events_there():
    at = run({"site": "post"})
    page = texts(at)
    assert "Test funding of the post" in page and "Test base at the post" in page
    assert "USD 10 million" in page and "CNY 55 million" in page  # contested amounts
    assert at.query_params["site"] == "post"
    assert map_spec(at)["selected_site"] is not None


def test_selected_event_outside_the_view_says_so():
    at = run({"event": "ev-nowhere-1", "from": "2021-01-01", "to": "2021-12-31"})
    assert "not on the map in the current view" in texts(at)
    assert "An invented quote about ev-nowhere-1." in texts(at)  # still shown in full


def test_the_list_shows_the_selection_and_lists_what_the_map_draws():
    at = run({"event": "ev-report"})
    [table] = at.dataframe
    frame = table.value
    placed = frame[frame["Place"] != "no place given"]
    assert set(placed["event_id"]) == set(drawn(at))
    assert len(placed) < len(frame)  # the unplaced ones are listed too
    # The event the link selected is listed first, its row selected (marked); the rest
    # oldest first, each start as the sources give it (a year, a month or a day).
    assert frame["event_id"].iloc[0] == "ev-report"
    assert json.loads(table.proto.selection_default)["selection"]["rows"] == [0]
    assert "The selected event is listed first" in texts(at)
    rest = frame.iloc[1:]
    dated = [d for d in rest["Start"] if d != "not given"]
    assert dated == sorted(dated) and {"2016", "2021-10", "2018-03-14"} <= set(dated)
    # An event whose start no source gives says so.
    assert frame.set_index("event_id").at["ev-camp", "Start"] == "not given"


@pytest.mark.parametrize(
    ("widget", "value", "expected"),
    [
        ("w_categories", ["funding"], {"ev-funding"}),
        ("w_statuses", ["denied"], {"ev-camp"}),
        ("w_query", "SECOND AMOUNT", {"ev-funding"}),
        ("w_query", "valley", {"ev-drill"}),
        ("w_actors", ["Envoy Test"], {"ev-meeting", "ev-own"}),
        ("w_precision", 2, {"ev-base", "ev-funding", "ev-report", "ev-camp", "ev-drill", "ev-own"}),
        ("w_precision", 1, {"ev-base", "ev-funding", "ev-report", "ev-own"}),
        ("w_evidence", ["contested"], {"ev-funding"}),
        ("w_evidence", ["denied"], {"ev-camp"}),
    ],
)
def test_filters(widget, value, expected):
    at = run()
    w = {
        "w_categories": at.multiselect,
        "w_statuses": at.multiselect,
        "w_evidence": at.multiselect,
        "w_actors": at.multiselect,
        "w_query": at.text_input,
        "w_precision": at.radio,
    }[widget](key=widget)
    w.set_value(value).run()
    no_errors(at)
    assert set(listed(at)) == expected
    if widget == "w_evidence":  # in the link, and restored from it
        assert at.query_params["evidence"] == ",".join(value)
        assert set(listed(run({"evidence": ",".join(value)}))) == expected


def test_query_params_restore_the_state():
    params = {
        "from": "2021-01-01",
        "to": "2021-12-31",
        "mode": "asof",
        "layers": "bases,agreements,places",
        "cat": "base,agreement,funding,deployment",
        "status": "official,reported,denied,planned",
        "prec": "3",
        "lat": "37.2000",
        "lon": "73.1000",
        "zoom": "7.50",
        "event": "ev-funding",
        "q": "post",
    }
    at = run(params)
    no_errors(at)
    assert at.slider(key="w_range").value == (date(2021, 1, 1), date(2021, 12, 31))
    assert at.radio(key="w_mode").value == "asof"
    assert at.checkbox(key="w_layer_exercises").value is False
    assert at.text_input(key="w_query").value == "post"
    view = map_spec(at)["view"]
    assert (view["latitude"], view["longitude"], view["zoom"]) == (37.2, 73.1, 7.5)
    assert set(drawn(at)) == {"ev-base", "ev-funding"}
    assert "An invented quote about ev-funding." in texts(at)
    # And the state goes back into the URL unchanged.
    assert {k: at.query_params[k] for k in at.query_params} == params


def test_state_goes_into_the_url():
    at = run()
    seq = map_spec(at)["view"]["seq"]
    at.selectbox(key="w_view").set_value("Around the post").run()
    assert (at.query_params["lat"], at.query_params["zoom"]) == ("37.6000", "8.00")
    assert map_spec(at)["view"]["seq"] > seq  # the map is told to move
    at.text_input(key="w_query").set_value("valley").run()
    assert at.query_params["q"] == "valley"


@pytest.mark.parametrize(
    ("params", "note"),
    [
        ({"mode": "fast"}, "mode='fast'"),
        ({"from": "2021-02-30"}, "from='2021-02-30'"),
        ({"zoom": "abc"}, "zoom='abc'"),
        ({"layers": "bases,nope"}, "'nope'"),
        ({"event": "<script>alert(1)</script>"}, "event="),
        ({"prec": "9"}, "prec='9'"),
        ({"sneaky": "1"}, "unknown parameter 'sneaky'"),
    ],
)
def test_malformed_params_fall_back_with_a_note(params, note):
    at = run(params)
    no_errors(at)
    warning = " ".join(w.value for w in at.warning)
    assert "fell back to defaults" in warning
    assert note.replace("'", "") in warning.replace("\\", "").replace("'", "")
    assert len(drawn(at)) >= 1


def test_data_with_problems_still_renders(monkeypatch, data_dir: DataDir):
    data_dir.set_cell("events.csv", 3, "date", "2021-02-30")
    data_dir.set_cell("sources.csv", 3, "url", "javascript:alert(1)")
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(data_dir.root))
    at = run()
    no_errors(at)
    [panel] = [e for e in at.expander if "set aside" in e.label]
    frame = panel.dataframe[0].value
    assert {"date", "url"} <= set(frame["Rule"])
    assert {"events.csv", "sources.csv"} <= set(frame["File"])
    row = frame[frame["Rule"] == "date"].iloc[0]
    assert (row["Row"], row["Column"], row["Value"]) == (3, "date", "2021-02-30")
    # The valid rows are still on the map.
    assert set(drawn(at)) == {"ev-one", "ev-three"}


def test_data_with_everything_set_aside_still_renders(monkeypatch, data_dir: DataDir):
    data_dir.set_cell("sources.csv", 2, "source_id", "Not A Slug!")  # every excerpt cites it
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(data_dir.root))
    at = run()
    no_errors(at)
    assert drawn(at) == {}
    assert any("set aside" in e.label for e in at.expander)


def test_presentation_mode_is_one_slide_without_controls():
    at = run(
        {
            "present": "1",
            "layers": "bases,exercises,agreements,located,places",
            "event": "ev-funding",
        }
    )
    no_errors(at)
    assert len(at.sidebar.radio) == 0 and len(at.sidebar.slider) == 0
    spec = map_spec(at)
    slide = spec["slide"]
    assert slide["title"] == "Test dashboard"
    assert "events match this view" in slide["counts"]
    assert "layers off: Reports & revelations" in slide["filters"]
    assert slide["sources"].startswith("Sources of what is shown: ")
    assert slide["selected"].startswith("Selected: [F] Funding — Test funding of the post")
    assert "OpenStreetMap" in slide["attribution"]
    assert {f["kind"] for f in slide["furniture"]} == {"north-arrow", "scale-bar"}
    # The slide draws the 16:9 sheet's frame, the same scene as the briefing image.
    frame = SHEETS["slide"].map_frame(72.3, 37.8, 5.9)
    assert (spec["frame"]["width"], spec["frame"]["height"]) == (frame.width, frame.height)
    # The legend never shows a layer that is off: uncertainty is off here.
    items = [i["label"] for g in spec["legend"] for i in g["items"]]
    assert "Funding" in items and "Report / revelation" not in items
    assert not any("uncertainty" in i for i in items)


def test_legend_shows_uncertainty_only_with_its_layer():
    def labels(at):
        return [i["label"] for g in map_spec(at)["legend"] for i in g["items"]]

    assert "Radius of place uncertainty" in labels(run({}))
    at = run({"layers": "bases,exercises,agreements,reports,located,places"})
    assert "Radius of place uncertainty" not in labels(at)


def test_play_steps_the_range():
    at = run({"from": "2015-01-01", "to": "2016-12-31"})
    at.button(key="w_play").click().run()
    assert at.session_state["playing"] is True
    assert at.query_params["from"] == "2015-01-01"


def test_hostile_text_is_shown_as_text(monkeypatch, data_dir: DataDir):
    """Markdown, HTML, LaTeX and Streamlit directives in the data are displayed literally."""
    hostile = "<img src=x onerror=alert(1)> **bold** [click](javascript:alert(1)) $x^2$ :red[red]"
    data_dir.set_cell("events.csv", 2, "title", hostile)
    data_dir.set_cell("excerpts.csv", 2, "quote", hostile)
    data_dir.set_cell("sources.csv", 2, "publisher", hostile)
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(data_dir.root))
    at = run({"event": "ev-one"})
    no_errors(at)
    heading = next(m.value for m in at.markdown if "onerror" in m.value)
    # Every markup character is escaped, so Markdown renders it literally and no link exists.
    assert "\\*\\*bold\\*\\*" in heading and "\\[click\\]\\(javascript" in heading
    assert "\\$x\\^2\\$" in heading and "\\:red\\[red\\]" in heading
    assert "](javascript" not in heading and "\\<img" in heading
    assert hostile in [t.value.strip("“”") for t in at.text]  # the quote, verbatim as plain text
    # The title reaches the map as data in the Arrow payload, never inside the spec.
    _header, table = read_events(payload(at, "map-events"))
    assert hostile in table["title"].to_pylist()
    assert "onerror" not in element(at, "map").proto.json


@pytest.fixture(scope="module")
def synth_dir(tmp_path_factory):
    from devkit.synth import generate

    return generate(1_500, tmp_path_factory.mktemp("synth") / "data", seed=3)


def test_many_events_a_histogram_and_a_list_that_grows(monkeypatch, synth_dir):
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(synth_dir))
    at = run()
    no_errors(at)
    assert "1,500 of 1,500 events match this view" in texts(at)
    # The timeline gets bins, not rows.
    [chart] = at.get("vega_lite_chart")
    spec = json.loads(chart.proto.spec)
    assert "events by the month they start in" in texts(at)
    assert "bar" in json.dumps(spec)
    # The list shows 200 at a time, says so, and lists more on request.
    assert len(at.dataframe[0].value) == 200
    assert "Listing 200 of 1,500" in texts(at)
    at.button(key="w_list_more").click().run()
    assert len(at.dataframe[0].value) == 400
    # The map draws all of them; once the page has drawn its map (no picture needed),
    # the spec stays small whatever the number of events: its layers and the names placed
    # with their boxes (about 20 kB), nothing per event (1,500 would add tens of kB).
    assert len(drawn(at)) == 1_500
    report_frame(at)
    assert map_spec(at)["picture"] is None
    assert len(element(at, "map").proto.json) < 22_000


def test_a_page_gets_a_picture_of_its_map_until_it_has_drawn_it():
    """A page's first spec carries a picture of the view's map that the page shows until
    WebGL has drawn; later ones do not; each new page gets one."""
    at = run()
    no_errors(at)
    first = map_spec(at)
    kind, data = first["picture"].split(",", 1)
    assert kind.startswith("data:image/") and kind.endswith(";base64")
    assert Image.open(io.BytesIO(base64.b64decode(data))).size == PICTURE_SIZE
    at.run()  # the page shows its first picture only: none again
    assert map_spec(at)["picture"] is None
    assert map_spec(at)["picture_of"] == first["picture_of"]  # the same view: it stays
    report_frame(at)
    assert map_spec(at)["picture"] is None
    assert map_spec(run())["picture"] == first["picture"]  # a second visitor, the same view
    at.slider(key="w_range").set_value((date(2016, 1, 1), date(2016, 12, 31))).run()
    assert map_spec(at)["picture_of"] != first["picture_of"]  # another view: it goes


def test_the_map_is_prepared_first_in_every_run_before_the_data(monkeypatch):
    """The page's first element is the map's preparation (its code loads in the browser
    while the server loads the data), in every run, also where the data fail to load."""

    def first_mount(at) -> tuple[str, dict]:
        mount = at.get("bidi_component")[0]
        return mount.key, json.loads(mount.proto.json)

    at = run()
    no_errors(at)
    assert first_mount(at) == ("map-prepare", {"prepare": True})
    assert conforms(first_mount(at)[1], PrepareSpec) == []
    assert {"map", "map-events"} <= {m.key for m in at.get("bidi_component")[1:]}
    at.run()
    assert first_mount(at) == ("map-prepare", {"prepare": True})
    monkeypatch.setattr("dashboard.ui.page.current_store", _failing_store)
    assert first_mount(run()) == ("map-prepare", {"prepare": True})


def test_a_restart_reads_the_map_s_arrays_back(monkeypatch):
    """After a restart over the same data (every cache of the process empty), a first
    page reads the map's marks and its events' bytes back from beside the snapshot: it
    makes neither, and sends the same bytes."""
    import streamlit as st

    from dashboard.scene.build import SceneData
    from dashboard.store import kept

    at = run()
    no_errors(at)
    kept.written()
    st.cache_resource.clear()
    made: list[str] = []
    monkeypatch.setattr(SceneData, "of", classmethod(lambda cls, store: made.append("marks")))
    monkeypatch.setattr("dashboard.ui.map_panel.events_payload", lambda *a: made.append("events"))
    again = run()
    no_errors(again)
    assert made == []
    assert element(again, "map-events").proto.bytes == element(at, "map-events").proto.bytes


def _failing_store():
    raise RuntimeError("the data could not be loaded")


def test_a_picture_that_fails_costs_the_page_nothing_but_the_picture(monkeypatch):
    import dashboard.render.briefing.picture as picture
    import dashboard.ui.map_panel as map_panel

    def broken(*args, **kwargs):
        raise OSError("no WebP encoder")

    monkeypatch.setattr(picture, "map_picture", broken)
    map_panel._picture.clear()
    at = run()
    no_errors(at)
    assert map_spec(at)["picture"] is None
    assert len(drawn(at)) > 0  # the map and its data are there
    map_panel._picture.clear()


def test_the_events_go_to_a_page_once_and_again_when_it_lost_them(monkeypatch, synth_dir):
    """The events' bytes (33 MB at a million) go to a page once per data version: a
    rerun's mount names the version the page keeps; a second visitor is sent them; a
    page that says it lost them is sent them again."""
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(synth_dir))
    at = run()
    version = map_spec(at)["events"]
    assert read_container(element(at, "map-events").proto.bytes)[0]["version"] == version
    at.run()
    for key, kind in [("map-events", "events"), ("map-reference", "reference")]:
        assert not element(at, key).proto.bytes
        assert json.loads(element(at, key).proto.json)["kind"] == kind
    assert json.loads(element(at, "map-events").proto.json)["held"] == version
    assert len(drawn(at)) == 1_500  # what the page keeps draws the same map
    assert element(run(), "map-events").proto.bytes  # another page
    trigger(at, "map-events", "missing", version)
    no_errors(at)
    assert read_container(element(at, "map-events").proto.bytes)[0]["version"] == version
    assert not element(at, "map-reference").proto.bytes  # only what it lost
    # Each run's HeldSpec differs, so the page checks what it keeps on every rerun (bytes
    # lost in a run cut short are asked for even if the data does not change).
    first = json.loads(element(at.run(), "map-reference").proto.json)
    second = json.loads(element(at.run(), "map-reference").proto.json)
    assert first["held"] == second["held"] and first["run"] != second["run"]


def test_bytes_a_run_did_not_get_to_mount_are_sent_by_the_next(monkeypatch, synth_dir):
    """A run cut short where it mounts the events (a newer rerun, an error) has not sent
    them: the next run does, rather than naming a version the page never got."""
    import dashboard.ui.map_panel as map_panel

    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(synth_dir))
    real, cut = map_panel._component, []

    def mount(*args, **kwargs):
        if kwargs.get("key") == "map-events" and not cut:
            cut.append(True)
            raise RuntimeError("run cut short")
        return real(*args, **kwargs)

    monkeypatch.setattr(map_panel, "_component", mount)
    at = run()
    assert cut and at.exception
    at.run()
    no_errors(at)
    assert read_container(element(at, "map-events").proto.bytes)[0]["version"]


def test_a_data_edit_while_the_page_is_open_is_checked_not_a_crash(monkeypatch, data_dir: DataDir):
    """The data changes under an open session (a selected event vanishes, the span
    shrinks): the next run shows the new data, the view falls back with a note."""
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(data_dir.root))
    at = run({"event": "ev-three", "from": "2019-01-01", "to": "2022-12-31"})
    no_errors(at)
    assert at.query_params["event"] == "ev-three"
    rows = [r for r in data_dir.rows("events.csv") if r["event_id"] != "ev-three"]
    data_dir.write_rows("events.csv", rows)
    excerpts = [r for r in data_dir.rows("excerpts.csv") if r["event_id"] != "ev-three"]
    data_dir.write_rows("excerpts.csv", excerpts)
    at.run()
    no_errors(at)
    notes = " ".join(w.value for w in at.warning)
    assert "The data changed" in notes and "ev" in notes
    assert "event" not in at.query_params
    # The span now ends with ev-two (2021-09); the range moved inside it.
    slider = at.sidebar.slider(key="w_range")
    assert tuple(slider.value) == (date(2019, 1, 1), date(2021, 9, 30))
    assert f"of {len(rows)} events match" in texts(at)


def test_a_data_file_caught_mid_write_keeps_the_data_the_page_had(monkeypatch, data_dir: DataDir):
    """events.csv is being rewritten (here: cut inside its header): the page says so and
    keeps showing the events it had; once the file is whole again, it loads."""
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(data_dir.root))
    at = run()
    no_errors(at)
    before = listed(at)
    whole = data_dir.path("events.csv").read_bytes()
    data_dir.path("events.csv").write_bytes(whole[:10])
    at.run()
    no_errors(at)
    assert listed(at) == before
    notes = " ".join(w.value for w in at.warning).replace("\\", "")
    assert "no event can be read" in notes and "events.csv" in notes
    data_dir.path("events.csv").write_bytes(whole.replace(b"Test base", b"Test BASE"))
    at.run()
    no_errors(at)
    assert not any("no event can be read" in w.value for w in at.warning)
    assert "Test BASE near Shaymak" in list(at.dataframe[0].value["Event"])


def _snapshot(root) -> dict:
    return {
        str(p.relative_to(root)): (p.stat().st_mtime_ns, p.read_bytes())
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_nothing_is_written_into_the_data_directory(monkeypatch, data_dir: DataDir, tmp_path):
    """Running the page, selecting, filtering, the problems panel and the downloads leave
    the data directory as it was (no cache, no temp file, no edit); no server path shows."""
    from dashboard.render.tables import events_csv

    data_dir.set_cell("events.csv", 3, "category", "training")  # a problem to report
    before = _snapshot(data_dir.root)
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(data_dir.root))
    at = run({"event": "ev-one"})
    no_errors(at)
    at.sidebar.multiselect(key="w_categories").unselect("base").run()
    no_errors(at)
    assert str(data_dir.root) not in texts(at) and str(tmp_path) not in texts(at)
    from dashboard.store.embedded import open_store

    store = open_store(data_dir.root)
    events_csv(store.dataset, store.dataset.events)
    from dashboard.cli import main

    assert (
        main(["export-png", "--data-dir", str(data_dir.root), "--out", str(tmp_path / "b.png")])
        == 1
    )
    assert _snapshot(data_dir.root) == before


def test_a_rerun_that_changes_nothing_builds_no_scene(monkeypatch):
    """A rerun with the same data, view and frame (another widget, a second visitor of
    the same link) reuses the scene: at a million events building it walks them all."""
    run()  # the page's modules imported: the map's component is declared in a runtime
    import dashboard.ui.map_panel as map_panel

    built = []
    real = map_panel.build_scene

    def counting(*args, **kwargs):
        built.append(args[2])
        return real(*args, **kwargs)

    monkeypatch.setattr(map_panel, "build_scene", counting)
    map_panel._scenes().clear()
    map_panel._picture.clear()
    at = run()
    no_errors(at)
    assert len(built) == 2  # the page's scene, and its picture's (its map has not drawn)
    report_frame(at)  # the page's map has drawn, in the frame it was sent
    at.run()
    no_errors(at)
    run()  # another visitor, the same view: the same scene and picture
    assert len(built) == 2
    at.slider(key="w_range").set_value((date(2016, 1, 1), date(2016, 12, 31))).run()
    no_errors(at)
    assert len(built) == 3  # a changed view is drawn anew (no picture: the map has drawn)
