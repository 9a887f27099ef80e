"""The dashboard through Streamlit's AppTest, read as data: the deck's JSON spec, the
widgets, the detail panel's text and the URL."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from streamlit.testing.v1 import AppTest

from conftest import REPO, DataDir

APP = str(REPO / "dashboard" / "app.py")


def run(params: dict | None = None, **session) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for k, v in (params or {}).items():
        at.query_params[k] = v
    for k, v in session.items():
        at.session_state[k] = v
    return at.run()


def spec(at: AppTest) -> dict:
    [chart] = at.get("deck_gl_json_chart")
    return json.loads(chart.proto.json)


def layer_ids(at: AppTest) -> set[str]:
    return {layer["id"] for layer in spec(at)["layers"]}


def marker_events(at: AppTest, layer: str | None = None) -> dict[str, dict]:
    """event_id -> marker record, across the marker layers (or one of them)."""
    out = {}
    for lyr in spec(at)["layers"]:
        if lyr["id"].endswith("-markers") and (layer is None or lyr["id"] == f"{layer}-markers"):
            out.update({rec["event_id"]: rec for rec in lyr["data"]})
    return out


def texts(at: AppTest) -> str:
    """All plain text, markdown and captions on the page, Markdown escapes removed."""
    parts = (
        [t.value for t in at.text] + [m.value for m in at.markdown] + [c.value for c in at.caption]
    )
    parts += [w.value for w in at.warning] + [e.value for e in at.error]
    return re.sub(r"\\(.)", r"\1", "\n".join(parts))


def no_errors(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


def test_default_view_is_offline_and_complete():
    at = run()
    no_errors(at)
    s = spec(at)
    # No basemap style: nothing to fetch from the internet.
    assert not str(s.get("mapStyle") or "").startswith("http")
    ids = layer_ids(at)
    assert {"ref-countries", "ref-borders", "ref-provinces", "ref-place-labels"} <= ids
    assert {"bases-markers", "exercises-markers", "agreements-markers", "reports-markers"} <= ids
    assert "uncertainty-radius" in ids
    assert len(marker_events(at)) == 19
    tooltip = json.loads(at.get("deck_gl_json_chart")[0].proto.tooltip)
    assert "text" in tooltip and "html" not in tooltip


@pytest.mark.parametrize(
    ("mode", "window", "present", "absent"),
    [
        (
            "window",
            (date(2016, 1, 1), date(2016, 12, 31)),
            {
                "2016-pap-troops-murghab",
                "2016-shaymak-facility",
                "2016-quadrilateral-mechanism",
                "2015-special-unit-exercises",
            },
            {"2019-joint-drills", "2005-sco-afghanistan-contact-group", "2021-10-wakhan-mvd-base"},
        ),
        (
            "window",
            (date(2021, 10, 1), date(2021, 10, 31)),
            {"2021-10-wakhan-mvd-base", "2021-10-parliament-approves-wakhan-base"},
            {"2016-shaymak-facility", "2021-08-counterterrorism-collaboration"},
        ),
        (
            "asof",
            (date(2021, 1, 1), date(2021, 12, 31)),
            {
                "2016-shaymak-facility",
                "2005-sco-afghanistan-contact-group",
                "2021-10-wakhan-mvd-base",
            },
            {"2022-biennial-counterterrorism-exercise-agreement", "2022-11-21-asia-plus-report"},
        ),
    ],
)
def test_moving_the_range_changes_what_is_drawn(mode, window, present, absent):
    at = run()
    at.radio(key="w_mode").set_value(mode).run()
    at.slider(key="w_range").set_value(window).run()
    no_errors(at)
    shown = set(marker_events(at))
    assert present <= shown
    assert not (absent & shown)
    assert at.query_params["from"] == window[0].isoformat()
    assert at.query_params["mode"] == mode


def test_as_of_keeps_old_events_faded():
    at = run({"mode": "asof", "from": "2021-01-01", "to": "2021-12-31"})
    markers = marker_events(at)
    old, new = markers["2016-shaymak-facility"], markers["2021-10-parliament-approves-wakhan-base"]
    assert old["layer"] == "bases"
    assert old["fill"][3] < new["fill"][3] * 0.5  # faded
    assert old["line"][3] < 255


def test_toggling_a_layer_removes_it():
    at = run()
    at.checkbox(key="w_layer_bases").uncheck().run()
    ids = layer_ids(at)
    assert "bases-markers" not in ids and "bases-areas" not in ids
    assert "exercises-markers" in ids
    assert "bases" not in at.query_params["layers"].split(",")
    at.checkbox(key="w_layer_places").uncheck().run()
    assert "ref-place-labels" not in layer_ids(at)


def test_map_selection_shows_quotes_and_citations():
    selection = {
        "selection": {
            "indices": {"bases-markers": [0]},
            "objects": {
                "bases-markers": [
                    {"event_id": "2016-shaymak-facility", "site_id": "shaymak-facility"}
                ]
            },
        }
    }
    at = run(map=selection)
    no_errors(at)
    page = texts(at)
    assert "RFE/RL published testimonies of locals who had visited the Shaymak facility" in page
    assert "China and Tajikistan have both denied claims" in page  # the denial, side by side
    assert "OFFICIAL DENIAL" in page
    assert "Caspian Policy Center" in page and "Dante Schulz" in page
    assert at.query_params["event"] == "2016-shaymak-facility"
    assert "selection" in layer_ids(at)


def test_selecting_an_area_lists_the_events_there():
    selection = {
        "selection": {
            "indices": {"bases-areas": [0]},
            "objects": {"bases-areas": [{"site_id": "wakhan-mvd-base"}]},
        }
    }
    at = run(map=selection)
    page = texts(at)
    assert "Planned MoI rapid-reaction base" in page
    assert "$10 million" in page and "55 million Chinese yuan" in page  # contested amounts
    assert at.query_params["site"] == "wakhan-mvd-base"


def test_timeline_selection_selects_everywhere():
    at = run(timeline={"selection": {"pick": [{"event_id": "2019-joint-drills"}]}})
    assert (
        "In 2019, China and Tajikistan held air, ground, and air-defense anti-terrorist drills."
        in texts(at)
    )
    assert at.query_params["event"] == "2019-joint-drills"
    assert "selection" in layer_ids(at)


def test_table_selection_selects_everywhere():
    at = run()
    key = at.session_state["table_key"]
    ids = at.session_state["table_ids"]
    at.session_state[key] = {
        "selection": {"rows": [ids.index("2019-washington-post-report")], "columns": []}
    }
    at.run()
    assert at.query_params["event"] == "2019-washington-post-report"
    assert "only came out after a Western journalist had traveled to the remote region" in texts(at)


@pytest.mark.parametrize(
    ("widget", "value", "expected"),
    [
        (
            "w_categories",
            ["funding"],
            {"2021-wakhan-base-funding-usd10m", "2021-wakhan-base-funding-cny55m"},
        ),
        ("w_statuses", ["denied"], {"2016-pap-troops-murghab", "2016-shaymak-facility"}),
        ("w_query", "YUAN", {"2021-wakhan-base-funding-usd10m", "2021-wakhan-base-funding-cny55m"}),
        ("w_query", "Shaymak", {"2016-shaymak-facility"}),
        (
            "w_actors",
            ["Wang Yi"],
            {"2021-07-sco-contact-group-ministers", "2021-wang-yi-visits-tajikistan"},
        ),
        (
            "w_precision",
            2,
            {
                "2016-shaymak-facility",
                "2021-10-wakhan-mvd-base",
                "2021-10-parliament-approves-wakhan-base",
                "2021-wakhan-base-funding-usd10m",
                "2021-wakhan-base-funding-cny55m",
            },
        ),
        ("w_precision", 1, set()),
    ],
)
def test_filters(widget, value, expected):
    at = run()
    w = {
        "w_categories": at.multiselect,
        "w_statuses": at.multiselect,
        "w_actors": at.multiselect,
        "w_query": at.text_input,
        "w_precision": at.radio,
    }[widget](key=widget)
    w.set_value(value).run()
    no_errors(at)
    assert set(marker_events(at)) == expected


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
        "event": "2021-10-wakhan-mvd-base",
        "q": "base",
    }
    at = run(params)
    no_errors(at)
    assert at.slider(key="w_range").value == (date(2021, 1, 1), date(2021, 12, 31))
    assert at.radio(key="w_mode").value == "asof"
    assert at.checkbox(key="w_layer_exercises").value is False
    assert at.text_input(key="w_query").value == "base"
    view = spec(at)["initialViewState"]
    assert (view["latitude"], view["longitude"], view["zoom"]) == (37.2, 73.1, 7.5)
    assert {lid.split("-")[0] for lid in layer_ids(at) if lid.endswith("-markers")} <= {
        "bases",
        "agreements",
    }
    assert "The base is slated to open in the Gorno-Badakhshan Autonomous Province" in texts(at)
    # And the state goes back into the URL unchanged.
    assert {k: at.query_params[k] for k in at.query_params} == params


def test_state_goes_into_the_url():
    at = run()
    at.slider(key="w_zoom").set_value(8.0).run()
    at.text_input(key="w_query").set_value("Murghab").run()
    assert at.query_params["zoom"] == "8.00"
    assert at.query_params["q"] == "Murghab"


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
    assert len(marker_events(at)) >= 1


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
    assert set(marker_events(at)) == {"ev-one", "ev-three"}


def test_data_with_everything_set_aside_still_renders(monkeypatch, data_dir: DataDir):
    data_dir.set_cell("sources.csv", 2, "url", "javascript:alert(1)")  # every excerpt cites it
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(data_dir.root))
    at = run()
    no_errors(at)
    assert marker_events(at) == {}
    assert any("set aside" in e.label for e in at.expander)


def test_presentation_mode_hides_controls():
    at = run({"present": "1"})
    no_errors(at)
    assert len(at.sidebar.radio) == 0 and len(at.sidebar.slider) == 0
    assert len(at.get("deck_gl_json_chart")) == 1
    assert any("Exit presentation" in b.label for b in at.button)


def test_play_steps_the_range():
    at = run({"from": "2005-01-01", "to": "2006-12-31"})
    at.button(key="w_play").click().run()
    assert at.session_state["playing"] is True
    assert at.query_params["from"] == "2005-01-01"


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
    markers = marker_events(at)
    assert markers["ev-one"]["tip_title"] == hostile  # tooltip template is text-only (innerText)
