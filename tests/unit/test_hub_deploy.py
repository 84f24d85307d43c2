"""The files an IT person installs the hub with (deploy/, docs/hub.md): the systemd unit starts a
command the CLI accepts, keeps the database password out of the command line, and the reverse
proxy example lets the hub authenticate uploads before their body arrives."""

from __future__ import annotations

import configparser
import shlex
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _unit() -> configparser.ConfigParser:
    cp = configparser.ConfigParser(strict=False, interpolation=None)
    cp.optionxform = str
    cp.read_string((ROOT / "deploy" / "sothidua-hub.service").read_text(encoding="utf-8"))
    return cp


def test_the_systemd_unit_runs_a_command_the_cli_accepts_without_a_password_on_it():
    from desktop.cli import build_parser

    unit = _unit()
    svc = unit["Service"]
    assert svc["EnvironmentFile"] == "/etc/sothidua/hub.env" and svc["User"] == "sothidua"
    argv = shlex.split(svc["ExecStart"])
    assert argv[0].endswith("/sothidua") and "--db" not in argv  # the URL comes from SOTHIDUA_HUB_DB
    args = build_parser().parse_args(argv[1:])
    assert (args.hub_cmd, args.host, args.port, args.workers) == ("serve", "127.0.0.1", 8765, 2)
    assert unit["Install"]["WantedBy"] == "multi-user.target"
    env = (ROOT / "deploy" / "hub.env.example").read_text(encoding="utf-8")
    assert "SOTHIDUA_HUB_DB=postgresql+psycopg://sothidua_hub:" in env and "SOTHIDUA_HUB_ADMIN_TOKEN=" in env


def test_the_reverse_proxy_example_streams_uploads_and_the_docs_point_at_the_files():
    conf = (ROOT / "deploy" / "nginx-sothidua-hub.conf").read_text(encoding="utf-8")
    assert "proxy_request_buffering off;" in conf and "client_max_body_size 64m;" in conf
    assert "X-Forwarded-Proto $scheme" in conf
    doc = (ROOT / "docs" / "hub.md").read_text(encoding="utf-8")
    for name in (
        "deploy/sothidua-hub.service",
        "deploy/hub.env.example",
        "deploy/nginx-sothidua-hub.conf",
        "pg_dump",
        "pg_restore",
        "SOTHIDUA_HUB_DB",
        "SOTHIDUA_HUB_ADMIN_TOKEN",
        "/admin",
    ):
        assert name in doc, name
