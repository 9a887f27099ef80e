"""Shared fixtures: copies of the small valid data directory that tests can break."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from pathlib import Path

import pytest

from dashboard.contract.dataset import CLAIM_COLUMNS
from mapdata import keep_payloads

TESTS = Path(__file__).parent
DATA = TESTS / "data"
MINIMAL = DATA / "minimal"
REPO = TESTS.parent
# A valid claim on the minimal data: its first event, quoted by its first excerpt (x1 once
# ``DataDir.write_claims`` has given the excerpts ids).
CLAIM = {
    "event_id": "ev-one",
    "property": "occurred",
    "value": "A base",
    "claimant": "Test Publisher",
    "claimant_kind": "media",
    "stance": "asserts",
    "excerpt_id": "x1",
}


class DataDir:
    """A writable copy of ``tests/data/minimal`` with helpers to break it one way."""

    def __init__(self, root: Path):
        self.root = root

    def path(self, name: str) -> Path:
        return self.root / name

    def rows(self, name: str) -> list[dict]:
        with open(self.path(name), encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))

    def write_rows(self, name: str, rows: list[dict], fields: list[str] | None = None) -> None:
        fields = fields or list(rows[0])
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        self.path(name).write_text(buf.getvalue(), encoding="utf-8")

    def set_cell(self, name: str, row: int, column: str, value: str) -> None:
        """Set a cell; ``row`` is the spreadsheet row (the header is row 1)."""
        rows = self.rows(name)
        rows[row - 2][column] = value
        self.write_rows(name, rows)

    def append_row(self, name: str, **values: str) -> None:
        rows = self.rows(name)
        rows.append({k: values.get(k, "") for k in rows[0]})
        self.write_rows(name, rows)

    def delete_row(self, name: str, row: int) -> None:
        rows = self.rows(name)
        del rows[row - 2]
        self.write_rows(name, rows)

    def drop_column(self, name: str, column: str) -> None:
        rows = self.rows(name)
        fields = [f for f in rows[0] if f != column]
        self.write_rows(name, [{f: r[f] for f in fields} for r in rows], fields)

    def write_claims(self, *claims: dict) -> None:
        """Give the excerpts ids x1, x2... (the minimal data has none) and write ``claims``
        as claims.csv."""
        rows = self.rows("excerpts.csv")
        for i, r in enumerate(rows):
            r["excerpt_id"] = f"x{i + 1}"
        self.write_rows("excerpts.csv", rows)
        fields = list(CLAIM_COLUMNS)
        self.write_rows("claims.csv", [{f: c.get(f, "") for f in fields} for c in claims], fields)

    def sites(self) -> dict:
        return json.loads(self.path("geodata/sites.geojson").read_text(encoding="utf-8"))

    def write_sites(self, doc: dict) -> None:
        self.path("geodata/sites.geojson").write_text(json.dumps(doc), encoding="utf-8")

    def set_feature(self, index: int, geometry: dict | None = None, **props) -> None:
        """Change feature ``index`` (1-based): its geometry and/or properties."""
        doc = self.sites()
        feat = doc["features"][index - 1]
        if geometry is not None:
            feat["geometry"] = geometry
        feat["properties"].update(props)
        self.write_sites(doc)


@pytest.fixture(autouse=True, scope="session")
def _page_keeps_payloads():
    keep_payloads()


@pytest.fixture(autouse=True, scope="session")
def _user_cache(tmp_path_factory):
    """The snapshots the tests' loads write (``contract.snapshot``) go to a temporary
    cache folder, not the user's (servers the tests start inherit it)."""
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("user-cache"))


@pytest.fixture
def user_cache(tmp_path, monkeypatch) -> Path:
    """The user's cache folder, here the test's own (inherited by child processes): what
    one test's loads keep there is not another's."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    return tmp_path / "user-cache"


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    root = tmp_path / "data"
    shutil.copytree(MINIMAL, root)
    return DataDir(root)


@pytest.fixture(scope="module")
def synthetic_store(tmp_path_factory):
    """The store of the designed synthetic package (``tests/synthetic.py``)."""
    from dashboard.store.embedded import open_store
    from synthetic import write_package

    return open_store(write_package(tmp_path_factory.mktemp("synthetic")))


@pytest.fixture(scope="module")
def scene_data(synthetic_store):
    """Its marks, as every scene of its data version shares them."""
    from dashboard.scene.build import SceneData

    return SceneData.of(synthetic_store)


# The browser tests' (tests/test_browser*.py): one Chromium and one served app per module.
@pytest.fixture(scope="module")
def package(tmp_path_factory):
    """The designed synthetic package (``tests/synthetic.py``) in a folder of its own; a
    module that needs more in it overrides this with a fixture of the same name."""
    from synthetic import write_package

    return write_package(tmp_path_factory.mktemp("package"))


@pytest.fixture(scope="module")
def app_url(package):
    """The dashboard served on ``package`` (skips without a browser, as ``browser``)."""
    from devkit.browser import require_browser, running_app

    require_browser()
    with running_app(package) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    """Debian's headless Chromium (skips with a reason without it, unless
    REQUIRE_BROWSER=1)."""
    from devkit.browser import launch_browser, require_browser

    require_browser()
    with launch_browser() as b:
        yield b
