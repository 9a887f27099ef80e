"""Many users on one server: N headless browser sessions, each making K interactions.

    python -m bench.load [--sessions 10] [--interactions 20] [--events N] [--out FILE]

The sessions themselves (what each does, what is measured) are devkit/sessions.py,
which the test suite runs in a short form (tests/test_load.py); this is the full form
and its report. With ``--replicas 2`` the sessions go through HAProxy to two replicas
reading one throwaway PostGIS database (devkit/replicas.py, as in
tests/test_replicas.py; memory is the replicas' sum). With ``--events N`` the server
runs on devkit/synth.py data of N events instead of the shipped package, so memory per
added session can be set against the size of the data.

Reports errors (console errors, page exceptions, Streamlit exception boxes: must be 0),
p50/p95 interaction latency and server memory per added session. ``make load-test`` runs
it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from devkit.sessions import run_sessions


def report(m: dict) -> str:
    """The measurements of ``run_sessions`` as Markdown (docs/load-test.md)."""
    lines = [
        "# Load test",
        "",
        (
            "Two replicas on one PostGIS database behind HAProxy (deploy/haproxy.cfg), "
            if m["replicas"] == 2
            else "One server, "
        )
        + f"{m['sessions']} concurrent browser sessions, {m['interactions']} "
        f"interactions each ({m['steps']} measured), {m['wall_s']:.0f} s in all, on "
        f"{m['data']}.",
        "",
        "| measure | value |",
        "|---|---|",
        f"| errors | {len(m['errors'])} |",
        f"| sessions that kept their own state | {m['own_state']} of {m['sessions']} |",
        *(
            [
                f"| sessions per replica | {', '.join(f'{k} {v}' for k, v in m['per_replica'].items())} |"
            ]
            if m["replicas"] == 2
            else []
        ),
        f"| interaction to settled page, p50 | {m['p50_s']:.2f} s |",
        f"| interaction to settled page, p95 | {m['p95_s']:.2f} s |",
        f"| server memory, one session per process | {m['rss_one_mb']:.0f} MB |",
        f"| server memory, all sessions open | {m['rss_all_mb']:.0f} MB |",
        f"| server memory per added session | {m['mb_per_added_session']:.1f} MB |",
        f"| server memory at the end | {m['rss_after_mb']:.0f} MB |",
        "",
        "Every session is its own headless Chromium (software WebGL) on this machine, so",
        "latencies include the browsers competing with the server for the same cores.",
    ]
    lines += [f"- {e}" for e in m["errors"][:20]]
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sessions", type=int, default=10)
    ap.add_argument("--interactions", type=int, default=20)
    ap.add_argument("--events", type=int, default=0, help="synthetic events (0: shipped)")
    ap.add_argument(
        "--replicas", type=int, choices=(1, 2), default=1, help="2: PostGIS + HAProxy + 2 replicas"
    )
    ap.add_argument("--out", default="")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = None
        if args.events:
            from devkit.synth import generate

            data_dir = str(generate(args.events, Path(tmp) / f"synth-{args.events}"))
        m = run_sessions(args.sessions, args.interactions, data_dir, args.replicas)
        if data_dir:
            m["data"] = f"{args.events:,} synthetic events (devkit/synth.py)"
    text = report(m)
    print(text)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    both = args.replicas == 1 or len(m["per_replica"]) == 2
    return 0 if not m["errors"] and m["own_state"] == m["sessions"] and both else 1


if __name__ == "__main__":
    sys.exit(main())
