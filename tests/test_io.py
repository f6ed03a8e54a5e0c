"""Outputs are written atomically and with the mode the user's umask gives a new file
(collaborators on shared storage must be able to read results)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from advaug.io import atomic_path, torch_save, write_json
from conftest import REPO


@pytest.mark.parametrize("umask,mode", [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_outputs_get_the_mode_of_the_users_umask(tmp_path, umask, mode):
    previous = os.umask(umask)
    try:
        write_json(tmp_path / "a.json", {"x": 1})
        torch_save(tmp_path / "b.pt", {"x": 1})
        plain = tmp_path / "plain"
        plain.write_text("reference")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(plain.stat().st_mode) == mode
    for name in ("a.json", "b.pt"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == mode, name


def test_a_cli_job_writes_its_outputs_group_readable(tmp_path):
    """`advaug prepare` under umask 022: every file it leaves is 0644, as `touch` would make it."""
    out = tmp_path / "digits"
    command = f"umask 022; {sys.executable} -m advaug prepare --dataset digits --out {out} --config {REPO / 'params.yaml'}"
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    subprocess.run(["sh", "-c", command], check=True, env=env, capture_output=True, cwd=tmp_path)
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in out.iterdir()}
    assert modes == {"data.npz": 0o644, "meta.json": 0o644}


def test_failed_write_leaves_nothing_under_the_final_name(tmp_path):
    with pytest.raises(RuntimeError):
        with atomic_path(tmp_path / "out.json") as tmp:
            tmp.write_text("half")
            raise RuntimeError("killed")
    assert list(tmp_path.iterdir()) == []
