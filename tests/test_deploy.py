"""Deployment files: the lock covers the declared dependencies, the Streamlit config is
private by default, the Dockerfile follows the rules, and the health check works."""

from __future__ import annotations

import http.server
import threading
import tomllib

from packaging.requirements import Requirement

from conftest import REPO
from dashboard.cli import main
from devkit.browser import free_port


def test_requirements_lock_pins_every_runtime_dependency():
    declared = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["dependencies"]
    pinned = {}
    for line in (REPO / "requirements.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, version = line.split("==")
            pinned[name.lower().replace("_", "-")] = version
    for spec in map(Requirement, declared):
        name = spec.name.lower().replace("_", "-")
        assert name in pinned, (
            f"{name} is declared in pyproject.toml but not pinned in requirements.txt"
        )
        assert spec.specifier.contains(pinned[name]), (
            f"{name}=={pinned[name]} does not satisfy {spec}"
        )


def test_streamlit_config_is_private_and_locked_down():
    cfg = tomllib.loads((REPO / ".streamlit" / "config.toml").read_text())
    assert cfg["browser"]["gatherUsageStats"] is False
    assert cfg["server"]["headless"] is True
    assert cfg["server"]["enableXsrfProtection"] is True
    assert cfg["client"]["showErrorDetails"] == "none"
    assert 0 < cfg["server"]["maxUploadSize"] <= 50


def test_dockerfile_rules():
    text = (REPO / "Dockerfile").read_text()
    lines = [x.strip() for x in text.splitlines()]
    assert any(x.startswith("FROM python:3.11-slim") for x in lines)
    assert "EXPOSE 8501" in lines
    assert any(x.startswith("USER ") and "root" not in x and x != "USER 0" for x in lines)
    health = text[text.index("HEALTHCHECK") :]
    assert 'CMD ["' in health.split("\n\n")[0]  # exec form
    # Dependencies are installed before the code is copied (their layer is cached apart).
    assert text.index("requirements.txt") < text.index("COPY dashboard/")
    ignored = (REPO / ".dockerignore").read_text().split()
    assert {".venv", ".git", "test-artifacts", "tests"} <= set(ignored)


class _Health(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        ok = self.path.endswith("/_stcore/health")
        self.send_response(200 if ok else 404)
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass


def test_healthcheck_command(monkeypatch):
    port = free_port()
    server = http.server.HTTPServer(("127.0.0.1", port), _Health)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        monkeypatch.setenv("STREAMLIT_SERVER_PORT", str(port))
        assert main(["healthcheck"]) == 0
        monkeypatch.setenv("STREAMLIT_SERVER_BASE_URL_PATH", "/dashboard/")
        assert main(["healthcheck"]) == 0  # behind a proxy path
    finally:
        server.shutdown()
    monkeypatch.setenv("STREAMLIT_SERVER_PORT", str(free_port()))
    assert main(["healthcheck", "--timeout", "1"]) == 1


def _compose(*names: str) -> dict:
    """The compose files ``names`` (in deploy/) merged as `docker compose -f … -f …`
    merges them: mappings key by key, the environment and volumes added to."""
    import yaml

    merged: dict = {}
    for name in names:
        doc = yaml.safe_load((REPO / "deploy" / name).read_text())
        for service, spec in doc.get("services", {}).items():
            into = merged.setdefault(service, {})
            for key, value in spec.items():
                if key == "environment":
                    into[key] = {**into.get(key, {}), **value}
                elif key == "volumes":
                    into[key] = [*into.get(key, []), *value]
                else:
                    into[key] = value
    return merged


def test_compose_keeps_passwords_out_of_addresses_and_names_no_replica():
    services = _compose("compose.yaml")
    assert {"db", "replica1", "replica2", "balancer"} <= set(services)
    for name in ("replica1", "replica2", "import"):
        env = services[name]["environment"]
        assert "${" not in env["DASHBOARD_STORE"] and "@db:5432" in env["DASHBOARD_STORE"]
        assert env["PGPASSWORD"].startswith("${DB_PASSWORD")  # libpq reads it
        assert "DASHBOARD_SIGN_IN" not in env
    balancer = services["balancer"]
    assert "DASH_SHOW_REPLICA" not in balancer["environment"]
    assert "DASH_SIGN_IN" not in balancer["environment"]
    # A secrets file next to the code never goes into the image.
    assert ".streamlit/secrets.toml" in (REPO / ".dockerignore").read_text().split()


def test_compose_sign_in_overrides():
    proxy = _compose("compose.yaml", "compose.signin-proxy.yaml")["balancer"]
    assert proxy["environment"]["DASH_SIGN_IN"]
    [users] = [v for v in proxy["volumes"] if "users.cfg" in v]
    assert users.startswith("${DASH_USERS:?")  # the userlist lives outside the repository
    command = proxy["command"]
    assert command[-1] == users.split(":")[-2] and command.count("-f") == 2
    oidc = _compose("compose.yaml", "compose.signin-oidc.yaml")
    for name in ("replica1", "replica2"):
        assert oidc[name]["environment"]["DASHBOARD_SIGN_IN"] == "oidc"
        assert oidc[name]["environment"]["DASHBOARD_STORE"]  # the base's settings stay
        [secrets] = oidc[name]["volumes"]
        assert secrets.startswith("${STREAMLIT_SECRETS:?")
        assert secrets.endswith(":/app/.streamlit/secrets.toml:ro")


# The README's one-time PostGIS setup, step by step (section "Setting up PostGIS, once").
ADMIN_SETUP = [
    "CREATE ROLE dash_owner LOGIN",
    "CREATE ROLE dash_reader LOGIN",
    "CREATE DATABASE dash OWNER dash_owner",
]
READER_GRANTS = [
    "ALTER DEFAULT PRIVILEGES FOR ROLE dash_owner GRANT USAGE ON SCHEMAS TO dash_reader",
    "ALTER DEFAULT PRIVILEGES FOR ROLE dash_owner GRANT SELECT ON TABLES TO dash_reader",
]


def _run_sql(uri: str, statements: list[str]) -> None:
    import adbc_driver_postgresql.dbapi as pg

    with pg.connect(uri, autocommit=True) as conn, conn.cursor() as cur:
        for statement in statements:
            cur.execute(statement)


def test_postgis_setup_as_the_readme_says(tmp_path):
    """The extension needs a superuser once; then the owner imports (again and again)
    and the replicas' role reads every import, and cannot write."""
    import pytest

    from dashboard.store.postgis import package as postgis
    from devkit.pg import require_postgis, throwaway_cluster
    from synthetic import write_package

    require_postgis()
    data = write_package(tmp_path / "data")
    with throwaway_cluster() as admin:
        _run_sql(admin, ADMIN_SETUP)
        db = admin.rsplit("/", 1)[0].replace("postgres@", "{}@") + "/dash"
        owner, reader = db.format("dash_owner"), db.format("dash_reader")
        with pytest.raises(Exception, match='permission denied to create extension "postgis"'):
            postgis.import_package(data, owner)  # not yet: the superuser's step is missing
        readme = (REPO / "README.md").read_text()
        assert "CREATE EXTENSION IF NOT EXISTS postgis;" in readme
        _run_sql(db.format("postgres"), ["CREATE EXTENSION IF NOT EXISTS postgis"])
        _run_sql(owner, READER_GRANTS)
        assert all(grant in readme for grant in READER_GRANTS)
        for _ in range(2):  # an import replaces the schema: the grants hold for the next
            postgis.import_package(data, owner)
            assert not postgis.load_from_database(reader).events.empty
        with pytest.raises(Exception, match="permission denied"):
            _run_sql(reader, ["DELETE FROM dashboard.events"])
