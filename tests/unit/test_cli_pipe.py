"""A command whose output goes to a program that stops reading (``sothidua review | head``)
ends without a Python traceback on the terminal."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_output_piped_into_a_reader_that_stops_ends_quietly(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "d"), "data", "schema"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    proc.stdout.close()  # the reader is gone before anything is written
    err = proc.stderr.read().decode("utf-8", "replace")
    assert proc.wait(timeout=120) == 1
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
