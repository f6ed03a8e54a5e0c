"""Choosing the device, seeding, and leasing a GPU slot for a job.

Snakemake's ``--resources gpu=2`` only counts GPUs; it never says *which* GPU
a job may use. Two concurrent training jobs would both land on GPU 0. So each
CUDA job leases a slot: an exclusive ``flock`` on a per-GPU lock file, held for
the life of the process, and sets ``CUDA_VISIBLE_DEVICES`` to the leased GPU
before CUDA is initialised.

Under SLURM the lock files live in a folder of their own per SLURM job
(``slurm-<SLURM_JOB_ID>``): local jobs run inside one allocation (``salloc
--gpus=2``, then ``snakemake --cores 8 --resources gpu=2``) share it and lease
distinct GPUs among those allocated, while separate ``sbatch`` jobs (the SLURM
profile: one per Snakemake job) never see each other's locks, so the GPUs the
scheduler assigned each job are used as assigned (with cgroup device
constraints two jobs may both see their own GPU as ``0``).
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

from advaug.errors import UserError

_HELD_LEASES: list = []  # open lock files; closing them releases the slot


def resolve_device(requested: str) -> str:
    import torch

    if requested == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if requested == "cuda" and not torch.cuda.is_available():
        raise UserError("device 'cuda' was requested but no CUDA GPU is visible; set device: cpu or auto")
    if requested not in ("cpu", "cuda"):
        raise UserError(f"unknown device {requested!r}; use auto, cpu or cuda")
    return requested


def visible_gpu_ids() -> list[str]:
    """GPU ids this process may use, without initialising CUDA: CUDA_VISIBLE_DEVICES,
    else the GPUs of the SLURM job (SLURM_JOB_GPUS), else every GPU nvidia-smi lists."""
    visible = os.environ.get("CUDA_VISIBLE_DEVICES")
    if visible is None and os.environ.get("SLURM_JOB_ID"):
        visible = os.environ.get("SLURM_JOB_GPUS")
    if visible is not None:
        return [gpu.strip() for gpu in visible.split(",") if gpu.strip() not in ("", "-1")]
    try:
        listing = subprocess.run(
            ["nvidia-smi", "-L"], capture_output=True, text=True, timeout=30, check=True
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return [str(index) for index, line in enumerate(listing.splitlines()) if line.startswith("GPU ")]


def lease_gpu(lock_dir: str | Path | None = None, poll_seconds: float = 2.0, count: int = 1) -> str | None:
    """Take exclusive slots on ``count`` visible GPUs and restrict this process to them.

    Returns the leased ids (comma-separated, as CUDA_VISIBLE_DEVICES), or None
    when no lease is needed (no GPU, or a torchrun worker whose launcher
    already leased). Blocks, polling, while too few slots are free.
    """
    import fcntl

    if os.environ.get("ADVAUG_GPU_LEASED"):
        return None
    gpu_ids = visible_gpu_ids()
    if not gpu_ids:
        return None
    if count > len(gpu_ids):
        raise UserError(f"{count} GPUs requested but only {len(gpu_ids)} visible ({','.join(gpu_ids)})")
    lock_dir = Path(lock_dir or os.environ.get("ADVAUG_GPU_LOCK_DIR") or _default_lock_dir())
    if os.environ.get("SLURM_JOB_ID"):
        lock_dir = lock_dir / f"slurm-{os.environ['SLURM_JOB_ID']}"
    lock_dir.mkdir(parents=True, exist_ok=True)
    announced = False
    while True:
        held = []
        for gpu in gpu_ids:
            handle = open(lock_dir / f"gpu-{gpu}.lock", "a+")
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.close()
                continue
            held.append((gpu, handle))
            if len(held) == count:
                break
        if len(held) == count:
            for _, handle in held:
                handle.seek(0)
                handle.truncate()
                handle.write(f"{os.getpid()}\n")
                handle.flush()
                _HELD_LEASES.append(handle)
            leased = ",".join(gpu for gpu, _ in held)
            os.environ["CUDA_VISIBLE_DEVICES"] = leased
            os.environ["ADVAUG_GPU_LEASED"] = leased  # torchrun workers inherit the lease
            print(f"advaug: leased GPU slot(s) {leased} (lock folder {lock_dir})", file=sys.stderr)
            return leased
        for _, handle in held:
            handle.close()
        if not announced:
            print(f"advaug: fewer than {count} of GPU slots {gpu_ids} are free; waiting", file=sys.stderr)
            announced = True
        time.sleep(poll_seconds)


def _default_lock_dir() -> Path:
    user = os.environ.get("USER") or str(os.getuid())
    return Path("/tmp") / f"advaug-gpu-locks-{user}"


def seed_everything(seed: int) -> None:
    """Seed every global generator; the training code also uses explicit generators."""
    import numpy as np
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def deterministic_kernels(compiled: bool) -> None:
    """Deterministic kernels (the CPU jobs ask for them). torch.use_deterministic_algorithms
    also sets inductor's flag and so imports torch._inductor, about 2 s of a job; without
    torch.compile only ATen's switch matters, so set that one alone."""
    import torch

    if compiled:
        torch.use_deterministic_algorithms(True, warn_only=True)
    else:
        torch._C._set_deterministic_algorithms(True, warn_only=True)


def set_threads(threads: int | None) -> None:
    import torch

    if threads and threads > 0:
        torch.set_num_threads(threads)


# glibc's mallopt parameters (<malloc.h>) and the values keep_freed_memory sets
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD_BYTES = 32 * 2**20  # the largest glibc accepts on 64-bit (HEAP_MAX_SIZE / 2)
TRIM_THRESHOLD_BYTES = 2**30


def keep_freed_memory() -> bool:
    """Have glibc keep freed memory for the next allocation instead of handing it back to the
    kernel; every ``advaug`` command calls this first. Returns whether it applied (False where
    the C library is not glibc: macOS, musl).

    Why: a CPU step allocates and frees the same activation-sized blocks again and again.
    glibc's defaults serve blocks above a moving threshold (128 KB at start) with their own
    mmap and return a heap top with more than twice that free, so the next step gets fresh
    pages, each zeroed by the kernel on its first touch. With every block up to 32 MB on the
    heap and the heap kept (up to 1 GB of free top), one evaluation of the embedded default
    took 98-101 thousand page faults instead of 310-537 thousand and 0.4 instead of 1.0-1.45 s
    of system time, an augmix training job 0.36-0.40 instead of 0.81-0.98 s (AMD VM, one
    thread). Results do not change: only where freed memory goes. The price is a resident
    size that stays at the process's peak instead of shrinking after it.
    """
    try:
        if not os.confstr("CS_GNU_LIBC_VERSION"):
            return False
    except (ValueError, OSError):  # the name is unknown outside glibc
        return False
    import ctypes

    mallopt = ctypes.CDLL(None).mallopt
    applied = mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES) == 1
    return mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD_BYTES) == 1 and applied


#: Seconds between Snakemake's benchmark samples of a job (Snakemake's own: 0.5 s for its first 30
#: samples, then 30 s). Each sample reads /proc/<pid>/smaps_rollup of the job's processes
#: (psutil's memory_full_info, for USS and PSS): 18.5 ms of kernel time for a training job (595 MB
#: resident, AMD VM); sampling every 2 s, Snakemake's own process took 31 s of system time in a
#: `make run`. The report reads only a benchmark's wall time `s`, which Snakemake measures apart
#: from the samples; CPU time and peak memory come from each job's own getrusage at exit
#: (write_usage), exact where a sample misses a job's last interval. So Snakemake samples rarely.
BENCHMARK_SAMPLE_SECONDS = 30.0


def write_usage(path: str | os.PathLike) -> None:
    """The finishing command's CPU seconds and peak resident memory, as JSON at ``path``.

    From getrusage of the process and of the children it waited for (torchrun's workers, the
    report's drawing processes): CPU time is the sum of both, the peak the larger of the two (the
    kernel keeps the largest child's). Snakemake's rules pass ``advaug --usage`` beside each job's
    benchmark file (advaug.layout.usage), and the report's time per rule reads it.
    """
    import resource

    from advaug.io import write_json

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    rss_bytes = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    user, system = own.ru_utime + children.ru_utime, own.ru_stime + children.ru_stime
    write_json(path, {
        "cpu_s": user + system,
        "user_s": user,
        "sys_s": system,
        "max_rss_mb": max(own.ru_maxrss, children.ru_maxrss) * rss_bytes / 2**20,
    })


def sample_benchmarks_every(seconds: float = BENCHMARK_SAMPLE_SECONDS) -> None:
    """Make Snakemake's benchmark sample a job every ``seconds`` in its first 30 samples.

    Snakemake has no setting for it: this sets ``snakemake.benchmark.BENCHMARK_INTERVAL_SHORT``,
    which its sampler reads each time it arms the next sample; the Snakefile calls this before
    any job runs. A Snakemake without that constant fails here, loudly, rather than sampling
    at a rate nobody chose (tests/test_workflow.py checks the sampler follows it).
    """
    import snakemake.benchmark as benchmark

    if not hasattr(benchmark, "BENCHMARK_INTERVAL_SHORT"):
        raise RuntimeError(
            "snakemake.benchmark.BENCHMARK_INTERVAL_SHORT is gone in this Snakemake; "
            "update advaug.runtime.sample_benchmarks_every for its sampler"
        )
    benchmark.BENCHMARK_INTERVAL_SHORT = float(seconds)
