"""Plain-text validation report (what ``python -m dashboard validate`` prints)."""

from __future__ import annotations

from dashboard.core.dataset import Dataset
from dashboard.core.problems import ERROR, WARNING, count


def validation_report(ds: Dataset) -> str:
    """A readable report: what loaded, what was set aside, and every problem located."""
    loaded = {
        "events.csv": len(ds.events),
        "sources.csv": len(ds.sources),
        "excerpts.csv": len(ds.excerpts),
        "claims.csv": len(ds.claims),
        "geodata/sites.geojson": len(ds.sites),
    }
    lines = [f"Data directory: {ds.data_dir}"]
    for name, n in loaded.items():
        aside = len(ds.rejected.get(name, ()))
        unit = "features" if name.endswith(".geojson") else "rows"
        lines.append(f"  {name:<24} {n:>4} {unit} loaded, {aside} set aside")
    if ds.ok:
        lines.append("No problems found.")
        return "\n".join(lines)
    errors, warnings = count(ds.problems, ERROR), count(ds.problems, WARNING)
    lines.append(f"{errors} error(s) (rows set aside) and {warnings} warning(s) (rows kept):")
    for p in sorted(ds.problems, key=lambda p: (p.file, p.row or 0, p.column or "")):
        lines.append(f"  {p}")
    return "\n".join(lines)
