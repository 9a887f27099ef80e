"""Start the dashboard on a free loopback port and screenshot it in headless Chromium.

    python scripts/screenshot.py OUT.png [QUERY] [--width 1600 --height 1000] [--full]

Used for the README screenshot and to look at the app as a user would. Needs Debian's
/usr/bin/chromium and the playwright package (no browser download).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

# Run as a script, this folder (not the repository) is on sys.path.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from devkit.browser import launch_browser, running_app, wait_for_map, wait_idle


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("query", nargs="?", default="")
    ap.add_argument("--width", type=int, default=1600)
    ap.add_argument("--height", type=int, default=1000)
    ap.add_argument("--full", action="store_true", help="the whole page, not just the viewport")
    ap.add_argument("--data-dir", default=None)
    args = ap.parse_args()
    with running_app(data_dir=args.data_dir) as url, launch_browser() as browser:
        page = browser.new_page(viewport={"width": args.width, "height": args.height})
        page.goto(url + ("/?" + args.query.lstrip("?") if args.query else ""))
        wait_for_map(page)
        wait_idle(page)  # the sidebar's widgets load after the map
        page.screenshot(path=args.out, full_page=args.full)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
