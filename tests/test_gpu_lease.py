"""Concurrent CUDA jobs must lease different GPUs (Snakemake only counts them)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from conftest import REPO

HOLDER = """
import sys, time
from advaug.runtime import lease_gpu
gpu = lease_gpu(sys.argv[1], poll_seconds=0.1)
import os
print(gpu, os.environ["CUDA_VISIBLE_DEVICES"], time.time(), flush=True)
time.sleep(float(sys.argv[2]))
"""


def _start(lock_dir, hold_seconds, visible="3,5", extra_env=None):
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "CUDA_VISIBLE_DEVICES": visible}
    env.pop("SLURM_JOB_ID", None)
    env.pop("ADVAUG_GPU_LEASED", None)
    env.update(extra_env or {})
    return subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(lock_dir), str(hold_seconds)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )


def _result(process):
    out, _ = process.communicate(timeout=60)
    gpu, visible, started = out.split()
    return gpu, visible, float(started)


def test_two_concurrent_jobs_lease_different_gpus(tmp_path):
    first, second = _start(tmp_path, 1.5), _start(tmp_path, 1.5)
    (gpu_a, visible_a, _), (gpu_b, visible_b, _) = _result(first), _result(second)
    assert {gpu_a, gpu_b} == {"3", "5"}
    assert visible_a == gpu_a and visible_b == gpu_b


def test_a_third_job_waits_for_a_free_slot(tmp_path):
    holders = [_start(tmp_path, 2.0), _start(tmp_path, 2.0)]
    time.sleep(0.8)
    started_waiting = time.time()
    third = _start(tmp_path, 0.0)
    results = [_result(p) for p in holders]
    gpu, _, leased_at = _result(third)
    assert gpu in {"3", "5"}
    released_at = min(started for _, _, started in results) + 2.0
    assert leased_at >= released_at - 0.2 > started_waiting


def test_no_lease_under_slurm(tmp_path):
    process = _start(tmp_path, 0.0, visible="0", extra_env={"SLURM_JOB_ID": "42"})
    gpu, visible, _ = _result(process)
    assert gpu == "None" and visible == "0"
    assert not list(tmp_path.iterdir())
