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


def test_write_csv_writes_what_pandas_writes(tmp_path):
    """The train and evaluate jobs' CSVs (history, corruption errors) without pandas: the same
    text where every column is complete, the same table read back where some are not."""
    import io as text_io
    import math

    import pandas as pd

    from advaug.io import write_csv

    complete = [
        {"epoch": 1, "lr": 0.05, "loss": 1.2192349000410600, "name": "gaussian_noise", "ok": True},
        {"epoch": 2, "lr": 0.04752422169756048, "loss": 1e-05, "name": "a,b", "ok": False},
    ]
    write_csv(tmp_path / "complete.csv", complete)
    assert (tmp_path / "complete.csv").read_text() == pd.DataFrame(complete).to_csv(index=False)
    ragged = [{"epoch": 1, "top1": math.nan}, {"epoch": 2, "top1": 0.5, "extra": 3}, {"epoch": 3, "top1": None}]
    write_csv(tmp_path / "ragged.csv", ragged)
    ours = pd.read_csv(tmp_path / "ragged.csv")
    theirs = pd.read_csv(text_io.StringIO(pd.DataFrame(ragged).to_csv(index=False)))
    pd.testing.assert_frame_equal(ours, theirs)
    write_csv(tmp_path / "chosen.csv", ragged, columns=["top1", "epoch"])
    assert (tmp_path / "chosen.csv").read_text().splitlines() == ["top1,epoch", ",1", "0.5,2", ",3"]
