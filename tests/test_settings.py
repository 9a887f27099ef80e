"""Region settings (settings.toml): a package without its own takes the shipped ones, a
second example (bench/settings.toml, with devkit's synthetic data) makes another region,
and a bad file is a located warning per key, never a crash: read as data first, then
through the page (AppTest), the briefing and the CLI. (That the shipped settings are the
Pamir / Wakhan dashboard as it was is audited in test_shipped_data.py.)"""

from __future__ import annotations

import json
import re
import shutil
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

import matplotlib.pyplot as plt
import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from conftest import REPO, DataDir
from dashboard import config
from dashboard.cli import main
from dashboard.contract.dataset import load_dataset
from dashboard.contract.reference import ATTRIBUTION, credits_in, load_reference, world_reference
from dashboard.contract.settings import (
    KEYS,
    REFERENCE_LAYERS,
    SETTINGS_FILE,
    Settings,
    View,
    fit_zoom,
    key_lines,
    read_settings,
    resolve,
)
from dashboard.render.briefing.figure import Briefing, briefing_png, build_figure, figure_texts
from dashboard.render.map.payload import read_container
from dashboard.scene.style import LAND, LAND_FOCUS
from dashboard.store.embedded import data_stamp, open_store
from dashboard.view.query import context_of, default_view
from dashboard.view.url import parse_query, to_query
from mapdata import element, layer_ids, map_spec, payload
from pages import no_errors, run, texts
from synthetic import SETTINGS as TEST_SETTINGS

SECOND = REPO / "bench" / SETTINGS_FILE
EXTENT = (66.5, 35.5, 76.5, 40.5)  # the bundled reference layers' lon/lat box
COUNTRIES = {"AFG", "CHN", "KGZ", "PAK", "TJK", "TKM", "UZB"}
REGION_WORDS = re.compile(r"tajik|pamir|wakhan|gbao|tjk", re.IGNORECASE)
MADE = "2026-11-22T12:00"


def settings_of(text: str, tmp_path: Path) -> tuple[Settings, list]:
    """The settings a file with ``text`` gives on the bundled reference layers."""
    path = tmp_path / SETTINGS_FILE
    path.write_text(text, encoding="utf-8")
    return resolve(read_settings(path), EXTENT, COUNTRIES, ATTRIBUTION)


def problem(problems: list, key: str):
    [p] = [p for p in problems if p.column == key]
    return p


# --- The shipped settings are the default -------------------------------------------------


def test_a_data_directory_without_settings_takes_the_shipped_ones(data_dir: DataDir):
    ds = load_dataset(data_dir.root)
    assert ds.problems == []
    assert ds.settings.source == "shipped"
    assert ds.settings.title == read_settings(REPO / SETTINGS_FILE).values["title"]


def test_every_key_is_documented():
    """docs/data.md's settings section is generated from the declaration (make docs)."""
    doc = (REPO / "docs" / "data.md").read_text(encoding="utf-8")
    section = doc.split(f"## `{SETTINGS_FILE}`", 1)[1].split("\n## ", 1)[0]
    for k in KEYS:
        assert f"| `{k.name}` |" in section


# --- The second example: nothing is Tajikistan-bound ---------------------------------------


def test_the_second_example_is_another_region():
    found = read_settings(SECOND)
    assert found.problems == []
    s, problems = resolve(found, EXTENT, COUNTRIES, ATTRIBUTION, "data directory")
    assert problems == []
    assert s.title == s.page_title == "Synthetic benchmark region"
    assert s.focus_country == "AFG"
    assert s.bbox == (67.0, 35.5, 76.5, 40.0)
    assert s.view == View("All synthetic towns", 37.6, 72.0, 6.2)
    assert len(s.presets) == 3 and "districts" not in s.reference_layers
    assert not REGION_WORDS.search(SECOND.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def synth_dir(tmp_path_factory):
    from devkit.synth import generate

    return generate(200, tmp_path_factory.mktemp("synth") / "data", seed=5)


def test_synth_writes_the_second_example(synth_dir):
    assert (synth_dir / SETTINGS_FILE).read_bytes() == SECOND.read_bytes()
    assert main(["validate", "--data-dir", str(synth_dir)]) == 0


def test_the_app_shows_the_second_regions_title_presets_and_view(monkeypatch, synth_dir):
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(synth_dir))
    at = run()
    no_errors(at)
    assert [t.value for t in at.title] == ["Synthetic benchmark region"]
    area = at.sidebar.selectbox(key="w_view")
    assert area.options == [
        "Custom view",
        "All synthetic towns",
        "Western towns (1 and 7)",
        "Eastern towns (3 and 5)",
        "Southern towns (4 and 6)",
    ]
    assert area.value == "All synthetic towns"  # the opening view is the settings' one
    spec = map_spec(at)
    view = spec["view"]
    assert (view["latitude"], view["longitude"], view["zoom"]) == (37.6, 72.0, 6.2)
    assert spec["extent"] == [67.0, 35.5, 76.5, 40.0]
    assert (at.query_params["lat"], at.query_params["lon"]) == ("37.6000", "72.0000")
    # Its reference layers: no districts drawn, so no toggle for them.
    assert "ref-districts" not in layer_ids(at)
    assert "w_layer_districts" not in [c.key for c in at.sidebar.checkbox]
    assert at.sidebar.text_input(key="w_query").placeholder == "e.g. Synthetic town 3, Actor B"
    assert "Synthetic events made by devkit/synth.py" in texts(at)
    # Afghanistan is the country tinted, not Tajikistan.
    header, _ = read_container(payload(at, "map-reference"))
    fill = {
        f["properties"]["name_en"]: tuple(f["properties"]["fill"])
        for f in header["layers"]["countries"]["features"]
    }
    assert fill["Afghanistan"] == LAND_FOCUS and fill["Tajikistan"] == LAND
    # Nothing of the shipped region on the parts the settings make.
    shown = [at.title[0].value, *area.options, at.caption[-1].value]
    assert not any(REGION_WORDS.search(t) for t in shown)
    # A preset moves the map there.
    area.set_value("Eastern towns (3 and 5)").run()
    view = map_spec(at)["view"]
    assert (view["latitude"], view["longitude"], view["zoom"]) == (38.0, 74.6, 7.8)


def test_export_png_takes_the_settings_from_the_data_dir(synth_dir, tmp_path):
    """The CLI's image is the briefing of the settings' opening view, with their title."""
    store = open_store(synth_dir)
    fig = build_figure(store, Briefing(default_view(store), "slide", "", None))
    words = figure_texts(fig)
    plt.close(fig)
    assert "Synthetic benchmark region" in words
    assert not any("Pamir" in w for w in words)  # the shipped title, not even in part
    out = tmp_path / "brief.png"
    args = ["export-png", "--data-dir", str(synth_dir), "--out", str(out), "--made-at", MADE]
    assert main([*args, "--from", "2010", "--to", "2012"]) == 0
    state, notes = parse_query({"from": ["2010"], "to": ["2012"]}, context_of(store))
    assert not notes and (state.lat, state.lon, state.zoom) == (37.6, 72.0, 6.2)
    link = "http://localhost:8501/?" + urlencode(to_query(state), doseq=True)
    made = datetime.fromisoformat(MADE).replace(tzinfo=UTC)
    assert out.read_bytes() == briefing_png(store, Briefing(state, "slide", link, made))


def _second_region_with_an_unplaced_event(data_dir: DataDir) -> None:
    """The minimal data with the second example's settings and a fourth event, ev-four,
    that the sources give no place for."""
    data_dir.append_row(
        "events.csv",
        event_id="ev-four",
        date="2020",
        category="report",
        title="Test report with no place",
        summary="Invented for tests.",
        status="reported",
        actors="China",
    )
    data_dir.append_row("excerpts.csv", event_id="ev-four", source_id="src-a", quote="A quote.")
    shutil.copyfile(SECOND, data_dir.path(SETTINGS_FILE))


def test_the_briefing_uses_the_regions_title_wording_and_credits(data_dir: DataDir):
    _second_region_with_an_unplaced_event(data_dir)
    store = open_store(data_dir.root)
    assert store.dataset.problems == []
    fig = build_figure(store, Briefing(default_view(store), "slide", "", None))
    words = "\n".join(figure_texts(fig))
    plt.close(fig)
    assert "Synthetic benchmark region" in words
    assert "1 with location withheld" in words and "Not drawn: 1 with location withheld" in words
    assert "Synthetic events made by devkit/synth.py" in words


def test_the_page_uses_the_regions_wording_for_events_with_no_place(monkeypatch, data_dir: DataDir):
    _second_region_with_an_unplaced_event(data_dir)
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(data_dir.root))
    at = run({"event": "ev-four"})
    no_errors(at)
    page = texts(at)
    assert "3 on the map · 1 with location withheld" in page
    assert "1 of the 4 events that match have their location withheld: they are in" in page
    assert "Location withheld: listed and on the timeline, not drawn on the map" in page
    [table] = at.dataframe
    assert "location withheld" in list(table.value["Place"])


# --- Bad files: a located warning per key, the rest kept, never a crash -------------------


@pytest.mark.parametrize(
    ("text", "key", "line", "rule", "says"),
    [
        ('title = ""', "title", 1, "settings-value", "must not be empty"),
        ("title = 5", "title", 1, "settings-value", "must be text"),
        ('title = "A\\nB"', "title", 1, "settings-value", "one line"),
        ('title = "' + "x" * 101 + '"', "title", 1, "settings-value", "at most 100"),
        ('focus_country = "Tajikistan"', "focus_country", 1, "settings-value", "alpha-3"),
        ("[region]\nbbox = [76.5, 35.5, 66.5, 40.5]", "region.bbox", 2, "settings-value", "west"),
        ("[region]\nbbox = [66.5, 35.5, 76.5, 95]", "region.bbox", 2, "settings-value", "lati"),
        ("[region]\nbbox = [1, 2, 3]", "region.bbox", 2, "settings-value", "four numbers"),
        ("[view]\nzoom = 40", "view.zoom", 2, "settings-value", "from 2 to 14"),
        ("[view]\nzoom = true", "view.zoom", 2, "settings-value", "a number"),
        ("[view]\nlat = nan", "view.lat", 2, "settings-value", "a number"),
        ("[view]\nlat = 10.0", "view.lat", 2, "settings-region", "outside region.bbox"),
        ('[reference]\nlayers = "borders"', "reference.layers", 2, "settings-value", "a list"),
        ('[no_place]\nlabel = ""', "no_place.label", 2, "settings-value", "must not be empty"),
        ("view = 3", "view", 1, "settings-value", "must be a table"),
    ],
)
def test_a_bad_value_is_located_and_its_key_falls_back(tmp_path, text, key, line, rule, says):
    s, problems = settings_of(text, tmp_path)
    p = problem(problems, key)
    assert (p.file, p.row, p.unit, p.rule, p.severity) == (
        SETTINGS_FILE,
        line,
        "line",
        rule,
        "warning",
    )
    assert says in p.message and "using" in p.message.lower()
    assert p.location == f"{SETTINGS_FILE}, line {line}, key {key!r}"
    # The key fell back: the same settings as with no file at all.
    assert s == resolve(read_settings(None), EXTENT, COUNTRIES, ATTRIBUTION)[0]


def test_the_fallback_is_per_key(tmp_path):
    text = TEST_SETTINGS.replace("zoom = 5.9", "zoom = 99")
    s, problems = settings_of(text, tmp_path)
    p = problem(problems, "view.zoom")
    assert p.row == key_lines(text)["view.zoom"] and p.value == "99"
    assert s.view.zoom == fit_zoom(EXTENT)  # only this key: the rest as written
    assert s.title == "Test dashboard" and (s.view.lat, s.view.lon) == (37.8, 72.3)
    assert len(s.presets) == 2 and s.focus_country == "TJK"


def test_the_bundled_districts_keep_their_openstreetmap_credit(tmp_path):
    """A team's own credits replace the bundled ones, but never drop the ODbL credit the
    bundled district boundaries need wherever they are drawn."""
    s, problems = settings_of('attribution = "Our own team data"', tmp_path)
    assert s.attribution.startswith("Our own team data") and "OpenStreetMap" in s.attribution
    assert "ODbL" in problem(problems, "attribution").message
    text = 'attribution = "Our data"\n[reference]\nlayers = ["countries", "borders"]'
    s, problems = settings_of(text, tmp_path)  # no districts drawn: no credit needed
    assert s.attribution == "Our data" and not problems
    s, problems = settings_of('attribution = "Ours; © OpenStreetMap contributors"', tmp_path)
    assert s.attribution == "Ours; © OpenStreetMap contributors" and not problems


def test_a_bad_preset_is_left_out_and_the_others_kept(tmp_path):
    text = """
[[presets]]
name = "Good"
lat = 37.0
lon = 72.0
zoom = 7

[[presets]]
name = "No zoom"
lat = 37.0
lon = 72.0

[[presets]]
name = "Far away"
lat = 10.0
lon = 10.0
zoom = 7

[[presets]]
name = "Good"
lat = 38.0
lon = 73.0
zoom = 7
"""
    s, problems = settings_of(text, tmp_path)
    assert [p.name for p in s.presets] == ["Good"]
    lines = key_lines(text)
    assert problem(problems, "presets[2].zoom").row == lines["presets[2]"]
    assert "is missing" in problem(problems, "presets[2].zoom").message
    assert "outside region.bbox" in problem(problems, "presets[3]").message
    assert "already a preset's name" in problem(problems, "presets[4].name").message


@pytest.mark.parametrize(
    ("text", "key", "meant"),
    [
        ('titel = "x"', "titel", "title"),
        ("zoom = 6", "zoom", "view.zoom"),
        ("[view]\nzom = 6", "view.zom", "view.zoom"),
        ("[veiw]\nzoom = 6", "veiw", "view"),
        (
            '[[presets]]\nname = "A"\nlat = 37\nlon = 72\nzom = 7\nzoom = 7',
            "presets[1].zom",
            "zoom",
        ),
        ('[reference]\nlayers = ["countries", "boarders"]', "reference.layers", "borders"),
        ('focus_country = "TKJ"', "focus_country", "TJK"),
    ],
)
def test_unknown_keys_and_names_get_a_did_you_mean(tmp_path, text, key, meant):
    _, problems = settings_of(text, tmp_path)
    p = problem(problems, key)
    assert f"did you mean {meant!r}?" in p.message and p.severity == "warning"
    assert p.row is not None


def test_what_is_still_good_is_kept_beside_slips(tmp_path):
    s, _ = settings_of(
        '[reference]\nlayers = ["countries", "boarders"]\n[[presets]]\nname = "A"\nlat = 37\n'
        "lon = 72\nzom = 7\nzoom = 7",
        tmp_path,
    )
    assert s.reference_layers == ("countries",)  # the known layer kept, the slip not drawn
    assert [p.name for p in s.presets] == ["A"]  # an unknown key does not cost the preset
    t, problems = settings_of('focus_country = "TKJ"', tmp_path)
    assert t.focus_country == ""  # an unknown country: nothing tinted
    u, problems = settings_of('focus_country = "afg"', tmp_path)
    assert u.focus_country == "AFG" and problems == []


@pytest.mark.parametrize(
    ("content", "line", "says"),
    [
        (b'title = "x\n[view', 1, "not valid TOML"),
        (b'title = "x"\ntitle = "y"\n', 2, "not valid TOML"),  # a repeated key
        (b'title = "ok"\nattribution = "caf\xe9"\n', 2, "not UTF-8"),
        (b"x" * 70_000, None, "larger than"),
    ],
)
def test_a_file_that_cannot_be_read_gives_the_defaults(tmp_path, content, line, says):
    path = tmp_path / SETTINGS_FILE
    path.write_bytes(content)
    found = read_settings(path)
    [p] = found.problems
    assert says in p.message and p.row == line and found.values == {}
    assert resolve(found, EXTENT)[0].title == "Events map"


def test_a_bom_and_crlf_are_fine(tmp_path):
    s, problems = settings_of("\ufefftitle = 'Mine'\r\n[view]\r\nzoom = 7\r\n", tmp_path)
    assert problems == [] and s.title == "Mine" and s.view.zoom == 7


def test_defaults_are_derived_from_the_region(tmp_path):
    s, problems = settings_of("[region]\nbbox = [60, 30, 70, 36]", tmp_path)
    assert problems == []
    assert (s.view.lat, s.view.lon, s.view.zoom) == (33.0, 65.0, fit_zoom((60, 30, 70, 36)))
    assert s.title == s.page_title == "Events map" and s.focus_country == "" and s.presets == ()
    assert s.attribution == ATTRIBUTION  # the bundled layers are used: their credits
    bare, _ = resolve(read_settings(None), EXTENT)  # own reference layers: no credits assumed
    assert bare.bbox == EXTENT and bare.attribution == ""
    # The derived zoom shows the box's width: wider boxes get smaller zooms.
    assert fit_zoom((0, 0, 40, 10)) < fit_zoom((0, 0, 10, 10)) < fit_zoom((0, 0, 1, 1))


def test_presets_are_kept_to_the_permalinks_precision(tmp_path):
    s, _ = settings_of(
        '[[presets]]\nname = "P"\nlat = 37.123456\nlon = 72.987654\nzoom = 7.4567', tmp_path
    )
    assert s.presets[0].triple == (37.1235, 72.9877, 7.46)


@hsettings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=300))
def test_any_text_gives_settings_never_an_exception(tmp_path, text):
    path = tmp_path / SETTINGS_FILE
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    s, problems = resolve(read_settings(path), EXTENT, COUNTRIES, ATTRIBUTION)
    assert isinstance(s, Settings) and all(p.severity == "warning" for p in problems)


@hsettings(max_examples=150, deadline=None)
@given(
    doc=st.dictionaries(
        st.sampled_from([k.name.split(".")[0] for k in KEYS] + ["x"]),
        st.recursive(
            st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=20),
            lambda inner: (
                st.lists(inner, max_size=4)
                | st.dictionaries(st.text(max_size=5), inner, max_size=4)
            ),
            max_leaves=10,
        ),
    )
)
def test_any_toml_values_give_settings_never_an_exception(doc):
    """Values of every type under every key, straight into the checks (as tomllib would
    hand them over; None stands for anything TOML has that Python's JSON lacks)."""
    from dashboard.contract.settings.read import Found, _flatten

    found = Found()
    for name, value in _flatten(doc, found).items():
        key = next((k for k in KEYS if k.name == name), None)
        if key is not None:
            key.check(name, value)
    s, _ = resolve(found, EXTENT, COUNTRIES)
    assert isinstance(s, Settings)


# --- Through the app and the CLI -------------------------------------------------------


def test_a_bad_settings_file_is_listed_with_the_data_problems(monkeypatch, data_dir: DataDir):
    text = SECOND.read_text(encoding="utf-8").replace(
        'title = "Synthetic benchmark region"', "title = 3"
    )
    text = text.replace("zoom = 6.2", "zoom = 60")
    text = "mystery = 1\n" + text
    data_dir.path(SETTINGS_FILE).write_text(text, encoding="utf-8")
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(data_dir.root))
    at = run()
    no_errors(at)
    assert [t.value for t in at.title] == ["Events map"]  # the bad key: its default
    area = at.sidebar.selectbox(key="w_view")
    assert "Western towns (1 and 7)" in area.options  # the good keys: as written
    [panel] = [e for e in at.expander if "warning" in e.label]
    frame = panel.dataframe[0].value
    mine = frame[frame["File"] == SETTINGS_FILE]
    assert list(mine["Column"]) == ["mystery", "title", "view.zoom"]
    lines = key_lines(text)
    assert list(mine["Unit"]) == ["line"] * 3
    assert list(mine["Row"]) == [1, lines["title"], lines["view.zoom"]]
    assert list(mine["Value"]) == ["1", "3", "60"]


def test_validate_reports_the_settings_first(tmp_path, capsys, data_dir: DataDir):
    data_dir.set_cell("events.csv", 2, "date", "2019-02-30")
    data_dir.path(SETTINGS_FILE).write_text('[view]\nzoom = "far"\n', encoding="utf-8")
    assert main(["validate", "--data-dir", str(data_dir.root)]) == 1
    out = capsys.readouterr().out
    assert "Settings: settings.toml of the data directory" in out
    first, second = [
        line.strip()
        for line in out.splitlines()
        if line.startswith("  WARNING") or line.startswith("  ERROR")
    ][:2]
    assert first.startswith("WARNING settings.toml, line 2, key 'view.zoom': must be a number")
    assert second.startswith("ERROR events.csv, row 2, column 'date'")


def test_export_png_with_a_bad_settings_file_still_writes_the_image(tmp_path, data_dir: DataDir):
    data_dir.path(SETTINGS_FILE).write_bytes(b"\x00\xff not toml")
    out = tmp_path / "b.png"
    args = ["export-png", "--data-dir", str(data_dir.root), "--out", str(out), "--made-at", MADE]
    assert main(args) == 1 and out.exists()


def test_an_edited_settings_file_reloads_an_open_page(monkeypatch, data_dir: DataDir):
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(data_dir.root))
    before = data_stamp(data_dir.root)
    at = run()
    no_errors(at)
    # None of its own: the shipped ones.
    assert at.title[0].value == read_settings(REPO / SETTINGS_FILE).values["title"]
    data_dir.path(SETTINGS_FILE).write_text('title = "Edited region"\n', encoding="utf-8")
    assert data_stamp(data_dir.root) != before
    at.run()
    no_errors(at)
    assert [t.value for t in at.title] == ["Edited region"]
    # No presets of its own and no box: the opening view is derived from the reference.
    assert at.sidebar.selectbox(key="w_view").options == ["Custom view", "Whole region"]
    assert json.loads(element(at, "map").proto.json)["extent"] == list(EXTENT)


def test_a_long_title_keeps_clear_of_the_time_stamp(data_dir: DataDir):
    data_dir.path(SETTINGS_FILE).write_text(f'title = "{"W" * 100}"\n', encoding="utf-8")
    store = open_store(data_dir.root)
    fig = build_figure(store, Briefing(default_view(store), "slide", "", datetime.now(UTC)))
    renderer = fig.canvas.get_renderer()
    [title] = [t for t in fig.texts if t.get_gid() == "title"]
    [made] = [t for t in fig.texts if t.get_gid() == "made"]
    box, stamp = title.get_window_extent(renderer), made.get_window_extent(renderer)
    plt.close(fig)
    assert box.x1 < stamp.x0 and title.get_text().endswith("…")


def test_the_default_credits_are_those_of_the_layers_drawn_in_the_region():
    reference = load_reference(config.REPO_ROOT / config.REFERENCE_SUBDIR)
    everything = reference.bounds
    assert credits_in((reference,), everything, REFERENCE_LAYERS) == ATTRIBUTION
    # East of the bundled districts (Xinjiang): Natural Earth, but no ODbL district credit.
    east = (float(reference.districts.total_bounds[2]) + 0.1, 36.0, everything[2], 38.0)
    credits = credits_in((reference,), east, REFERENCE_LAYERS)
    assert "Natural Earth" in credits and "OpenStreetMap" not in credits
    # The districts not drawn: not credited either.
    no_districts = tuple(name for name in REFERENCE_LAYERS if name != "districts")
    assert "OpenStreetMap" not in credits_in((reference,), everything, no_districts)
    # Another continent: none of the bundled layers is there, none is credited.
    sahel = (-5.0, 11.0, 6.0, 17.0)
    assert credits_in((reference,), sahel, REFERENCE_LAYERS) == ""
    # There the world layers are drawn: Natural Earth is credited, and only it.
    credits = credits_in((reference, world_reference()), sahel, REFERENCE_LAYERS)
    assert credits == "Map data: Made with Natural Earth (public domain)."
