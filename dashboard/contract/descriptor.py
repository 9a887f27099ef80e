"""A package's own ``datapackage.json``: the Frictionless descriptor of the files one data
package holds, generated from the one declaration of the schema
(``dashboard/contract/datapackage.json``), never written by hand.

The declaration describes every file a package may have; a package's descriptor lists
only the files it has, with the declaration's schemas, so that any Frictionless tool
(``frictionless validate datapackage.json``) reads and checks the tables without this
project's code. Two things differ from the declaration, both because a Frictionless
table reader cannot follow them, not because the rules are weaker (``validate`` still
checks them):

- ``geodata/sites.geojson`` is a GeoJSON file, not a table: it is listed as a plain
  data resource (its properties' schema kept under ``x-properties-schema``), the
  package is a ``data-package`` whose tables are each a ``tabular-data-resource``, and
  the events' foreign key to the sites is kept as ``x-foreign-keys``, as is a key on a
  list column (a step's ``;``-joined excerpt ids);
- the project's rules that Table Schema cannot express stay in their ``x-`` properties,
  which Frictionless ignores.

And each table's schema says what the contract already does: columns are matched by
name (``fieldsMatch``, see ``FIELDS_MATCH``).

The text is deterministic (sorted nowhere, keys in the declaration's order, two-space
indent, a final newline): the same package gives the same bytes, so the descriptor
committed at the repository's root can be checked against the generated one.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

from dashboard.contract.schema import DATAPACKAGE_PATH
from dashboard.contract.settings import SETTINGS_FILE, read_settings

DESCRIPTOR_FILE = "datapackage.json"
# The contract reads columns by name, in any order, and an optional one may be left out
# (Table Schema's "superset": only the schema's fields, maybe fewer); Table Schema's
# default would ask for every field in the declaration's order.
FIELDS_MATCH = "superset"
# Used when the package has no settings.toml of its own that names it.
UNTITLED = "Events data package"


def _declaration() -> dict:
    return json.loads(Path(DATAPACKAGE_PATH).read_text(encoding="utf-8"))


def _name(title: str) -> str:
    """A Frictionless package name from a title: lower-case ASCII letters, digits and
    '-' ("Political violence in Mali, 2021" -> "political-violence-in-mali-2021")."""
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return slug[:100].rstrip("-") or "events-data-package"


def _title(directory: Path) -> str:
    """The title in the package's own settings.toml, else ``UNTITLED``."""
    own = directory / SETTINGS_FILE
    found = read_settings(own) if own.is_file() else None
    return (found.values.get("title") if found else None) or UNTITLED


def _file_resource(raw: dict) -> dict:
    """A resource that is no table (GeoJSON), as a file resource with its schema aside."""
    out = {k: v for k, v in raw.items() if k != "schema"}
    out["profile"] = "data-resource"
    out["x-properties-schema"] = raw["schema"]
    return out


def descriptor(directory: Path) -> dict:
    """The descriptor of the data package in ``directory``: its files that the
    declaration names, their schemas, its title from its settings."""
    declared = _declaration()
    directory = Path(directory)
    present = [r for r in declared["resources"] if (directory / r["path"]).is_file()]
    tables = {r["name"] for r in present if r.get("format") == "csv"}
    resources = []
    for raw in present:
        if raw["name"] not in tables:
            resources.append(_file_resource(raw))
            continue
        raw = {**copy.deepcopy(raw), "profile": "tabular-data-resource"}
        schema = raw["schema"]
        keys = schema.pop("foreignKeys", [])
        # A list column (``;``-joined ids) is not a key a table reader can look up.
        lists = {f["name"] for f in schema["fields"] if f.get("x-rule") == "list"}
        kept = [
            fk
            for fk in keys
            if fk["reference"]["resource"] in tables and not lists.intersection(fk["fields"])
        ]
        if kept:
            schema["foreignKeys"] = kept
        if aside := [fk for fk in keys if fk not in kept]:
            schema["x-foreign-keys"] = aside
        schema["fieldsMatch"] = FIELDS_MATCH
        resources.append(raw)
    title = _title(directory)
    return {
        "name": _name(title),
        "title": title,
        "description": "A data package of the events dashboard. Its schema is the "
        "dashboard's data contract (docs/data.md), generated from the contract's one "
        "declaration; properties starting with 'x-' are the contract's rules that Table "
        "Schema cannot express (`python -m dashboard validate` checks them).",
        # Not a tabular-data-package: the sites file is GeoJSON; the tables say they are.
        "profile": "data-package",
        "resources": resources,
    }


def descriptor_text(directory: Path) -> str:
    """``descriptor(directory)`` as the text of its file."""
    return json.dumps(descriptor(directory), ensure_ascii=False, indent=2) + "\n"


def write_descriptor(directory: Path) -> str:
    """Write ``directory``/datapackage.json for the files it holds; return its name."""
    path = Path(directory) / DESCRIPTOR_FILE
    path.write_text(descriptor_text(Path(directory)), encoding="utf-8")
    return DESCRIPTOR_FILE
