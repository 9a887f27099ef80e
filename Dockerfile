# China–Tajikistan security cooperation dashboard.
#   docker build -t cn-tj-dashboard .
#   docker run -p 8501:8501 cn-tj-dashboard
# See README.md ("Deployment") for read-only runs, your own data and reverse proxies.

FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
# Dependencies alone first: this layer is rebuilt only when requirements.txt changes.
COPY requirements.txt /tmp/requirements.txt
RUN pip install --no-compile -r /tmp/requirements.txt
# The project is installed in place (editable) at /app: Streamlit serves the map
# component's bundle from the installed distribution's asset_dir (see pyproject.toml).
# Only the project's metadata goes in here, so a code change does not rebuild this layer.
COPY pyproject.toml README.md /app/
COPY dashboard/__init__.py /app/dashboard/__init__.py
RUN pip install --no-compile --no-deps -e /app \
 && pip uninstall -y pip \
 && find /opt/venv -name "tests" -type d -path "*site-packages/*" -prune -exec rm -rf {} + \
 && python -m compileall -q /opt/venv
# Build matplotlib's font cache now: the running container's root filesystem is read-only.
ENV MPLCONFIGDIR=/opt/mplconfig
RUN python -c "import matplotlib; matplotlib.use('Agg'); import matplotlib.pyplot"

FROM python:3.11-slim
LABEL org.opencontainers.image.title="cn-tj-security-dashboard" \
      org.opencontainers.image.description="Offline map and timeline of China-Tajikistan security cooperation"
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    MPLCONFIGDIR=/opt/mplconfig \
    HOME=/tmp \
    XDG_CACHE_HOME=/tmp/.cache \
    DASHBOARD_DATA_DIR=/app \
    STREAMLIT_SERVER_PORT=8501 \
    STREAMLIT_SERVER_ADDRESS=0.0.0.0 \
    STREAMLIT_SERVER_HEADLESS=true \
    STREAMLIT_BROWSER_GATHER_USAGE_STATS=false \
    STREAMLIT_SERVER_FILE_WATCHER_TYPE=none
RUN useradd --system --uid 10001 --no-create-home --home-dir /tmp --shell /usr/sbin/nologin app
COPY --from=build /opt/venv /opt/venv
COPY --from=build /opt/mplconfig /opt/mplconfig
WORKDIR /app
# The code (with the map's prebuilt bundle, dashboard/frontend/map.js), its Streamlit
# configuration and the bundled data (owned by root: read-only for the app).
COPY .streamlit/ .streamlit/
COPY pyproject.toml README.md ./
COPY dashboard/ dashboard/
COPY events.csv sources.csv excerpts.csv claims.csv settings.toml datapackage.json ./
COPY geodata/ geodata/
RUN python -m compileall -q dashboard
USER 10001
EXPOSE 8501
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["python", "-m", "dashboard", "healthcheck"]
# `streamlit run dashboard/asgi.py` (the page), with the data loaded while the server starts.
CMD ["python", "-m", "dashboard", "serve"]
