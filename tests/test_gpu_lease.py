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
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    for name in ("SLURM_JOB_ID", "SLURM_JOB_GPUS", "ADVAUG_GPU_LEASED", "CUDA_VISIBLE_DEVICES"):
        env.pop(name, None)
    if visible is not None:
        env["CUDA_VISIBLE_DEVICES"] = visible
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


def _concurrent(lock_dir, first_env, second_env, visible=None):
    """Two jobs started together, each holding its lease for 1.5 s: (gpu, visible, start) each."""
    jobs = [_start(lock_dir, 1.5, visible=visible, extra_env=env) for env in (first_env, second_env)]
    results = [_result(job) for job in jobs]
    return results


def test_inside_one_allocation_local_jobs_lease_distinct_allocated_gpus(tmp_path):
    """`salloc --gpus=2`, then the local command: both jobs see the allocation's GPUs 0,1
    and must not both take GPU 0."""
    allocation = {"SLURM_JOB_ID": "77", "SLURM_JOB_GPUS": "0,1"}
    (a, visible_a, at_a), (b, visible_b, at_b) = _concurrent(tmp_path, allocation, allocation, visible="0,1")
    assert {a, b} == {"0", "1"} and (visible_a, visible_b) == (a, b)
    assert abs(at_a - at_b) < 1.4, "the second job waited although a GPU of the allocation was free"
    assert sorted(p.name for p in (tmp_path / "slurm-77").iterdir()) == ["gpu-0.lock", "gpu-1.lock"]


def test_allocation_known_only_from_slurm_job_gpus(tmp_path):
    """An allocation that sets SLURM_JOB_GPUS but not CUDA_VISIBLE_DEVICES: its GPUs 2,3."""
    allocation = {"SLURM_JOB_ID": "78", "SLURM_JOB_GPUS": "2,3"}
    (a, _, _), (b, _, _) = _concurrent(tmp_path, allocation, allocation)
    assert {a, b} == {"2", "3"}


def test_one_sbatch_per_job_uses_the_scheduler_assignment(tmp_path):
    """The SLURM profile: two sbatch jobs, each given its own GPU by the scheduler, run at
    once on the GPU each was given; their locks never meet (one folder per SLURM job)."""
    (a, _, at_a), (b, _, at_b) = _concurrent(
        tmp_path, {"SLURM_JOB_ID": "101", "SLURM_JOB_GPUS": "0"}, {"SLURM_JOB_ID": "102", "SLURM_JOB_GPUS": "1"}
    )
    assert (a, b) == ("0", "1")
    # with cgroup device constraints both see their own GPU as 0: still no waiting
    (c, _, at_c), (d, _, at_d) = _concurrent(
        tmp_path, {"SLURM_JOB_ID": "103"}, {"SLURM_JOB_ID": "104"}, visible="0"
    )
    assert (c, d) == ("0", "0") and abs(at_c - at_d) < 1.4
