"""The code is laid out by role, and the layout is kept: each package imports only the
packages before it in the flow data -> store -> view -> scene -> renderers -> UI, only
the UI talks to Streamlit, only the briefing and its pack draw with matplotlib, every
package says what it holds, no function grows past 60 lines, and neither the product
nor its tests import the benchmarks."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import REPO

PACKAGE = REPO / "dashboard"
# The flow, in order: a module may import from its own package and those before it.
FLOW = [
    "config",
    "contract",
    "store",
    "view",
    "scene",
    "render",
    "interchange",
    "ui",
    "cli",
    "app",
    "asgi",
]
MAX_LINES = 60


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def role(path_or_module: str) -> int | None:
    parts = path_or_module.split(".")
    if parts[0] != "dashboard" or len(parts) < 2:
        return None
    return FLOW.index(parts[1]) if parts[1] in FLOW else None


def imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.append(node.module)
        elif isinstance(node, ast.Import):
            out += [alias.name for alias in node.names]
    return out


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(REPO).with_suffix("").parts)


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(REPO)))
def test_each_module_imports_only_what_comes_before_it(path):
    mine = role(module_name(path))
    later = [
        m for m in imports(path) if (r := role(m)) is not None and mine is not None and r > mine
    ]
    assert not later, f"{module_name(path)} imports from later in the flow: {later}"


def test_only_the_ui_talks_to_streamlit_and_only_the_sheets_to_matplotlib():
    for path in modules():
        name = module_name(path)
        found = {m.split(".")[0] for m in imports(path)}
        if "streamlit" in found:
            assert name.startswith(("dashboard.ui", "dashboard.app", "dashboard.asgi")), name
        if "matplotlib" in found:
            assert name.startswith(("dashboard.render.briefing", "dashboard.render.pack")), name


def test_tests_and_the_product_never_import_the_benchmarks():
    """What tests and benchmarks share lives in devkit/: a test that imports bench/ runs
    measuring code, and a change there would silently change what the test checks."""
    for path in [*modules(), *sorted((REPO / "tests").glob("*.py"))]:
        found = {m.split(".")[0] for m in imports(path)}
        assert "bench" not in found, f"{path.relative_to(REPO)} imports bench"


def test_every_package_says_what_it_holds():
    for init in PACKAGE.rglob("__init__.py"):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and len(doc) > 40, f"{init.relative_to(REPO)} has no docstring"


def test_no_function_is_longer_than_60_lines():
    long = []
    for path in modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = node.end_lineno - node.lineno + 1
                if length > MAX_LINES:
                    long.append(f"{module_name(path)}.{node.name}: {length} lines")
    assert not long, "\n".join(long)
