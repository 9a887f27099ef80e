"""The command line describes itself from one table: every command is in --help."""

from __future__ import annotations

import pytest

from dashboard.cli import COMMANDS, main


def test_help_names_every_command_with_what_it_does(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    for name, what, _, _ in COMMANDS:
        assert name in out and " ".join(what.split()[:4]) in out, name
    assert {c[0] for c in COMMANDS} >= {"import-postgis", "export-postgis", "healthcheck"}
