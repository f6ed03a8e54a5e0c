"""benchmarks/gpu_check.py, the one-shot check a person with a GPU runs, in its reduced
CPU mode: every method with the paper's precision and memory format, the step benchmark
and two concurrent jobs on (fake) GPU slots, written to one JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from advaug.methods import METHODS
from conftest import REPO, SHARED_MINI


@pytest.mark.slow
def test_gpu_check_tiny_mode_runs_every_step(tmp_path):
    data = f"npz:{SHARED_MINI}" if SHARED_MINI.exists() else "digits"
    out = tmp_path / "gpu_check.json"
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "OMP_NUM_THREADS": "1"}
    env.pop("CUDA_VISIBLE_DEVICES", None)
    result = subprocess.run([sys.executable, str(REPO / "benchmarks" / "gpu_check.py"), "--device", "cpu", "--tiny",
                             "--data", data, "--out", str(out)], capture_output=True, text=True, env=env, timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    report = json.loads(out.read_text())
    assert {"device", "device_name", "torch_version", "torchvision_version"} <= set(report["environment"])
    assert set(report["methods"]) == set(METHODS.names())
    for method, entry in report["methods"].items():
        assert entry["ok"] and entry["precision"] == "bf16" and entry["channels_last"] is True, (method, entry)
    assert report["bench"]["ok"] and report["bench"]["methods"]["baseline"] == 1.0
    slots = report["gpu_slots"]
    assert sorted(job["leased"] for job in slots["jobs"]) == ["0", "1"] and slots["distinct"]
