#!/usr/bin/env bash
# Build the image from the unchanged Dockerfile, run it locked down (read-only root
# filesystem, tmpfs for /tmp, data mounted read-only), wait for its health endpoint,
# load the page in headless Chromium and check that the map draws; then clean up.
#
# Uses docker when an engine answers, else podman (rootful, chroot isolation, runc), as
# on machines without a Docker daemon. Where the base image cannot be pulled (air-gapped
# or no registry), a stand-in python:3.11-slim is built from Debian bookworm with
# debootstrap (Debian's python3 is 3.11). Every step is bounded in time.
set -Eeuo pipefail
cd "$(dirname "$0")/.."

IMAGE=${IMAGE:-cn-tj-dashboard:test}
NAME=cn-tj-dashboard-test-$$
PY=${PY:-.venv/bin/python}
WORK=$(mktemp -d)
started=$(date +%s)
say() { printf '[container-test %3ss] %s\n' "$(( $(date +%s) - started ))" "$*"; }
fail() { say "FAILED: $*"; exit 1; }

if docker info >/dev/null 2>&1; then
  ENGINE=(docker); RUN_OPTS=(); BUILD_OPTS=()
elif command -v podman >/dev/null 2>&1; then
  ENGINE=(podman); RUN_OPTS=(--runtime runc --ulimit nofile=1024:1024 --ulimit nproc=1024:1024)
  BUILD_OPTS=(--isolation=chroot)
else
  fail "no container engine: install docker, or podman + buildah + runc (apt-get install podman buildah runc debootstrap)"
fi
say "engine: ${ENGINE[*]}"

cleanup() {
  local code=$?
  if [ $code -ne 0 ] && "${ENGINE[@]}" container exists "$NAME" >/dev/null 2>&1; then
    say "container logs:"; "${ENGINE[@]}" logs "$NAME" 2>&1 | tail -40 || true
  fi
  "${ENGINE[@]}" rm -f "$NAME" >/dev/null 2>&1 || true
  rm -rf "$WORK"
  exit $code
}
trap cleanup EXIT

# 1. The base image: pull it, or build a stand-in where no registry is reachable.
if ! "${ENGINE[@]}" image inspect python:3.11-slim >/dev/null 2>&1; then
  if ! timeout 60 "${ENGINE[@]}" pull docker.io/library/python:3.11-slim >/dev/null 2>&1; then
    [ "${ENGINE[0]}" = podman ] || fail "cannot pull python:3.11-slim"
    command -v debootstrap >/dev/null || fail "no registry and no debootstrap to build a stand-in base"
    say "no registry: building a stand-in python:3.11-slim from Debian bookworm (debootstrap)"
    timeout 600 debootstrap --variant=minbase bookworm "$WORK/rootfs" http://deb.debian.org/debian >"$WORK/debootstrap.log" 2>&1 \
      || { tail -20 "$WORK/debootstrap.log"; fail "debootstrap"; }
    tar -C "$WORK/rootfs" -c . | timeout 300 podman import - localhost/debian-local:bookworm >/dev/null 2>&1
    cat >"$WORK/Dockerfile.base" <<'BASE'
FROM localhost/debian-local:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-venv ca-certificates \
 && rm -rf /var/lib/apt/lists/* && python3 -m venv /usr/local
BASE
    timeout 600 podman build --isolation=chroot --pull=never -t docker.io/library/python:3.11-slim \
      -f "$WORK/Dockerfile.base" "$WORK" >"$WORK/base.log" 2>&1 || { tail -20 "$WORK/base.log"; fail "stand-in base build"; }
  fi
fi
say "base image ready"

# 2. Build the project's image from the unchanged Dockerfile. pip inside the build needs
#    the machine's CA bundle (mounted, never copied into the image).
if [ "${ENGINE[0]}" = podman ] && [ -f /etc/ssl/certs/ca-certificates.crt ]; then
  printf '[global]\ncert = /host-ca.crt\n' >"$WORK/pip.conf"
  BUILD_OPTS+=(-v /etc/ssl/certs/ca-certificates.crt:/host-ca.crt:ro -v "$WORK/pip.conf:/etc/pip.conf:ro")
fi
timeout 1200 "${ENGINE[@]}" build "${BUILD_OPTS[@]}" --pull=never -t "$IMAGE" . >"$WORK/build.log" 2>&1 \
  || { tail -40 "$WORK/build.log"; fail "image build"; }
SIZE=$("${ENGINE[@]}" image inspect "$IMAGE" --format '{{.Size}}')
say "image built: $IMAGE, $((SIZE / 1000000)) MB"

# 3. Run it locked down: read-only root, tmpfs /tmp, the data mounted read-only.
mkdir -p "$WORK/data/geodata"
cp events.csv sources.csv excerpts.csv claims.csv "$WORK/data/"
cp geodata/sites.geojson "$WORK/data/geodata/"
chmod -R a+rX "$WORK/data"
PORT=$("$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"${ENGINE[@]}" run -d --name "$NAME" "${RUN_OPTS[@]}" --read-only --tmpfs /tmp:rw,size=64m \
  -v "$WORK/data:/data:ro" -e DASHBOARD_DATA_DIR=/data -p "127.0.0.1:$PORT:8501" "$IMAGE" >/dev/null \
  || fail "container start"
say "container started on 127.0.0.1:$PORT (read-only root, data read-only at /data)"

# 4. Wait for the health endpoint, bounded.
for _ in $(seq 1 90); do
  if curl -fsS "http://127.0.0.1:$PORT/_stcore/health" >/dev/null 2>&1; then break; fi
  "${ENGINE[@]}" container inspect -f '{{.State.Running}}' "$NAME" 2>/dev/null | grep -q true \
    || fail "container exited before it was healthy"
  sleep 1
done
curl -fsS "http://127.0.0.1:$PORT/_stcore/health" >/dev/null || fail "no answer from /_stcore/health within 90 s"
"${ENGINE[@]}" exec "$NAME" python -m dashboard healthcheck || fail "the image's HEALTHCHECK command failed"
say "healthy"

# 5. Load the page in headless Chromium and check that the map draws.
timeout 180 "$PY" - "http://127.0.0.1:$PORT" "$WORK/container.png" <<'PYEOF' || fail "page check"
import sys
sys.path.insert(0, ".")  # the repository root: devkit is shared by tests, bench and this
from devkit.browser import launch_browser, wait_for_map

url, out = sys.argv[1], sys.argv[2]
with launch_browser() as browser:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(url)
    pixels = wait_for_map(page)
    body = page.inner_text("body")
    page.screenshot(path=out)
    assert pixels > 5000, f"map drew only {pixels} pixels"
    assert "19 of 19 events" in body, "the mounted data did not load"
    assert not errors, errors
    print(f"map drew {pixels} sampled pixels; no console errors")
PYEOF
mkdir -p test-artifacts && cp "$WORK/container.png" test-artifacts/container.png
say "page check passed (screenshot: test-artifacts/container.png)"
say "OK in $(( $(date +%s) - started )) s"
