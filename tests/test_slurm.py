"""The workflow on a real SLURM cluster: a one-node cluster on 127.0.0.1 (Debian's
slurmctld, slurmd and munge, with two fake GPUs) runs the smallest study through
`snakemake --profile profiles/slurm`, and gets the numbers a local run gets."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from advaug import config as cfg
from conftest import REPO, copy_workflow

BIN = Path(sys.executable).parent
TEMPLATES = REPO / "tests" / "slurm"
PACKAGES = ["slurmctld", "slurmd", "slurm-client", "munge"]
# Clients inside jobs find the cluster only through the default config path: the
# executor plugin drops every SLURM_* variable, SLURM_CONF included, before sbatch
# and again before srun. So the test points the default path at its own config.
SYSTEM_CONF = Path("/etc/slurm/slurm.conf")
MARKER = "# advaug test cluster (tests/test_slurm.py)"
# Test-only settings on top of profiles/slurm: this cluster has no accounting
# database, so job states come from squeue (finished jobs stay visible for
# MinJobAge=300 s, more than 3x the first-check delay) and no account is guessed.
SLURM_TEST_ARGS = [
    "--slurm-status-command", "squeue",
    "--slurm-init-seconds-before-status-checks", "2",
    "--slurm-no-account",
]


# --- the cluster -----------------------------------------------------------------------


@dataclass
class Cluster:
    conf: Path
    env: dict


def install_slurm() -> None:
    """Debian's packages, once per machine; skip (with the reason) where that cannot work."""
    if all(shutil.which(tool) for tool in ("slurmctld", "slurmd", "sbatch", "munged")):
        return
    if os.geteuid() != 0:
        pytest.skip("installing the SLURM test cluster needs root (apt-get install slurmctld slurmd munge)")
    if not shutil.which("apt-get"):
        pytest.skip("installing the SLURM test cluster needs apt-get (Debian/Ubuntu)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", *PACKAGES]):
        result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)
        if result.returncode != 0:
            reason = result.stderr.strip()[-500:]
            pytest.skip(f"could not install the SLURM test cluster ({' '.join(command)}): {reason}")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def write_configs(root: Path, host: str) -> Path:
    run_dir = root / "run"
    for sub in ("state", "spool", "run", "munge"):
        (root / sub).mkdir(parents=True)
    values = {
        "host": host,
        "ctld_port": free_port(),
        "slurmd_port": free_port(),
        "munge_socket": root / "munge" / "munge.socket",
        "state_dir": root / "state",
        "spool_dir": root / "spool",
        "run_dir": run_dir,
        "memory_mb": 32000,  # what the scheduler hands out (profile jobs ask for 16 GB), not real memory
    }
    for name in ("slurm.conf", "gres.conf"):
        (root / name).write_text((TEMPLATES / f"{name}.in").read_text().format(**values))
    for index in range(2):
        (run_dir / f"nvidia{index}").symlink_to("/dev/null")
    return root / "slurm.conf"


def start(command: list[str], log: Path, env: dict) -> subprocess.Popen:
    return subprocess.Popen(command, stdout=log.open("w"), stderr=subprocess.STDOUT, env=env)


def wait_until(check, what: str, logs: list[Path], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.5)
    tails = "\n".join(f"--- {log}\n{log.read_text()[-2000:]}" for log in logs if log.exists())
    raise AssertionError(f"the SLURM test cluster did not come up: {what}\n{tails}")


def stop(daemons: list[subprocess.Popen]) -> None:
    for daemon in reversed(daemons):
        daemon.terminate()
        try:
            daemon.wait(timeout=15)
        except subprocess.TimeoutExpired:
            daemon.kill()
            daemon.wait()


@pytest.fixture(scope="module")
def slurm_cluster(tmp_path_factory):
    """munged, slurmctld and slurmd in the foreground, state in a temp dir, stopped by PID."""
    install_slurm()
    if SYSTEM_CONF.exists() and not SYSTEM_CONF.read_text().startswith(MARKER):
        pytest.skip(f"{SYSTEM_CONF} holds a real SLURM configuration; the test cluster will not replace it")
    root = tmp_path_factory.mktemp("slurm")
    host = socket.gethostname().split(".")[0]
    conf = write_configs(root, host)
    key = root / "munge" / "munge.key"
    key.write_bytes(os.urandom(1024))
    key.chmod(0o600)
    env = {**os.environ, "SLURM_CONF": str(conf)}
    logs = [root / "run" / name for name in ("munged.out", "slurmctld.out", "slurmd.out")]
    daemons: list[subprocess.Popen] = []
    try:
        SYSTEM_CONF.parent.mkdir(parents=True, exist_ok=True)
        SYSTEM_CONF.write_text(f"{MARKER}: removed when the tests end\nInclude {conf}\n")
        daemons.append(start(
            ["munged", "--foreground", "--force", f"--socket={root / 'munge' / 'munge.socket'}",
             f"--key-file={key}", f"--pid-file={root / 'munge' / 'munged.pid'}",
             f"--log-file={root / 'munge' / 'munged.log'}", f"--seed-file={root / 'munge' / 'seed'}"],
            logs[0], env,
        ))
        wait_until(lambda: (root / "munge" / "munge.socket").exists(), "munged socket", logs)
        daemons.append(start(["slurmctld", "-D", "-f", str(conf)], logs[1], env))
        wait_until(lambda: subprocess.run(["scontrol", "ping"], capture_output=True, env=env).returncode == 0,
                   "slurmctld answers", logs)
        daemons.append(start(["slurmd", "-D", "-f", str(conf), "-N", host], logs[2], env))
        wait_until(lambda: "idle" in subprocess.run(["sinfo", "-h", "-N", "-o", "%T"], capture_output=True,
                                                    text=True, env=env).stdout, "node idle", logs)
        yield Cluster(conf, env)
    finally:
        stop(daemons)
        if SYSTEM_CONF.exists() and SYSTEM_CONF.read_text().startswith(MARKER):
            SYSTEM_CONF.unlink()


# --- helpers ---------------------------------------------------------------------------


def run_jobs(cluster: Cluster, tmp_path: Path, jobs: list[tuple[str, list[str]]]) -> list[str]:
    """Submit every (script, sbatch options) at once and return each job's output once all end."""
    env = {**cluster.env, "PYTHONPATH": str(REPO / "src")}
    outputs, ids = [], []
    for index, (script, options) in enumerate(jobs):
        outputs.append(tmp_path / f"job{index}.out")
        command = ["sbatch", "--parsable", "-o", str(outputs[-1]), *options, "--wrap", script]
        submitted = subprocess.run(command, check=True, capture_output=True, text=True, env=env)
        ids.append(submitted.stdout.strip().split(";")[0])
    deadline = time.monotonic() + 120
    states: dict[str, str] = {}
    while time.monotonic() < deadline:
        listing = subprocess.run(["squeue", "-h", "-t", "all", "-j", ",".join(ids), "-o", "%i %T"],
                                 capture_output=True, text=True, env=env).stdout
        states = dict(line.split() for line in listing.splitlines())
        if all(states.get(job) in ("COMPLETED", "FAILED", "CANCELLED", "TIMEOUT") for job in ids):
            break
        time.sleep(0.3)
    assert all(states.get(job) == "COMPLETED" for job in ids), states
    return [path.read_text() for path in outputs]


def workflow_copy(target: Path, every_branch: bool = False) -> Path:
    """The workflow and tiny.yaml: the smallest study; with ``every_branch`` also the
    corrupted and perturbed test sets, the GAN branch and the UMAP figures."""
    target.mkdir(parents=True)
    copy_workflow(target, extra=("profiles",))
    tiny = {
        "datasets": ["digits"], "models": ["small_cnn"], "methods": ["baseline", "rr"], "seeds": [0],
        "device": "cpu", "training": {"epochs": 2}, "model_params": {"small_cnn": {"widths": [8, 16, 32]}},
    }
    tiny["corruptions"] = {"enabled": False}
    tiny["gan"] = {"enabled": False}
    tiny["evaluation"] = {"umap": False, "perturbed": {"enabled": False}, "robust": {"pgd_steps": 2}}
    if every_branch:
        tiny.update(methods=["baseline"], training={"epochs": 1})
        tiny["corruptions"] = {"names": ["gaussian_noise"], "severities": [1], "max_images": 100}
        tiny["gan"] = {"enabled": True, "methods": ["gan_aug"], "samples_per_class": 5, "unrestricted_per_class": 1,
                       "train": {"g_channels": 8, "d_channels": 8, "epochs": 1, "batch_size": 64, "n_critic": 1},
                       "unrestricted": {"steps": 5}}
        tiny["evaluation"] = {"umap": True, "robust": {"pgd_steps": 2}}
    (target / "tiny.yaml").write_text(yaml.safe_dump(tiny))
    return target


def snakemake_env(base: dict) -> dict:
    """PYTHONPATH only where the installed advaug is not this checkout's: the rule shells
    then meet an unset PYTHONPATH under bash's `set -u`, as on a plain cluster account."""
    env = {key: value for key, value in base.items() if key != "PYTHONPATH"}
    env["PATH"] = f"{BIN}{os.pathsep}{env['PATH']}"
    found = subprocess.run([sys.executable, "-c", "import advaug; print(advaug.__file__)"],
                           capture_output=True, text=True, env=env, cwd="/").stdout.strip()
    if not found or not Path(found).resolve().is_relative_to((REPO / "src").resolve()):
        env["PYTHONPATH"] = str(REPO / "src")
    return env


def comparable(metrics: dict) -> dict:
    """Metrics without wall-clock numbers, which differ between any two runs."""
    return {key: comparable(value) if isinstance(value, dict) else value
            for key, value in metrics.items() if not re.search(r"seconds|per_s|time", key)}


def check(result: subprocess.CompletedProcess, what: str) -> str:
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"{what} failed:\n{output[-6000:]}"
    return output


# --- the tests -------------------------------------------------------------------------


def test_gpu_job_gets_its_own_gres_gpu_and_leases_within_its_allocation(slurm_cluster, tmp_path):
    """SLURM sets CUDA_VISIBLE_DEVICES to the GPUs it gave the job; advaug's lease then
    picks among those only, in a lock folder of that SLURM job alone (so it never waits
    for another job's lease)."""
    locks = tmp_path / "locks"
    probe = (f"{sys.executable} -c \"import os; from advaug.runtime import lease_gpu; "
             f"print(os.environ.get('CUDA_VISIBLE_DEVICES'), lease_gpu(lock_dir='{locks}'))\"")
    one, two, plain = run_jobs(slurm_cluster, tmp_path, [
        (probe, ["--gres=gpu:1"]),
        (probe, ["-p", "gpu", "--gpus=2"]),
        ("echo ${CUDA_VISIBLE_DEVICES:-none}", []),
    ])
    # the job's output file holds stderr too (the lease's announcement); the probe's line is the last
    one, two = (output.strip().splitlines()[-1] for output in (one, two))
    assert one.split()[0] in ("0", "1") and one.split()[1] == one.split()[0], one
    assert sorted(two.split()[0].split(",")) == ["0", "1"] and two.split()[1] in ("0", "1"), two
    assert plain.strip() == "none"
    assert all(folder.name.startswith("slurm-") for folder in locks.iterdir())
    assert len(list(locks.iterdir())) == 2


def test_profile_asks_for_gpus_for_a_gpu_study(slurm_cluster, tmp_path):
    """With device=cuda (as on a GPU cluster) training and evaluation go to the GPU
    partition with gpu=1, which the executor plugin submits as --gpus=1."""
    workdir = workflow_copy(tmp_path / "gpu")
    result = subprocess.run(
        [str(BIN / "snakemake"), "-n", "--profile", "profiles/slurm", "--configfile", "tiny.yaml",
         "--config", "device=cuda", *SLURM_TEST_ARGS],
        cwd=workdir, capture_output=True, text=True, env=snakemake_env(slurm_cluster.env),
    )
    output = check(result, "snakemake -n --profile profiles/slurm")
    resources = dict(re.findall(r"\nrule (\w+):\n(?:    .*\n)*?    resources: (.*)\n", output))
    for rule in ("train", "evaluate"):
        assert rule in resources, output[-3000:]
        assert re.search(r"\bgpu=1\b", resources[rule]), resources
        assert "slurm_partition=gpu" in resources[rule], resources
    assert "slurm_partition=cpu" in resources["prepare"], resources
    assert not re.search(r"\bgpu=[1-9]", resources["prepare"]), resources


@pytest.mark.slow
def test_study_on_slurm_equals_local_run(slurm_cluster, tmp_path):
    """Every job runs as a SLURM job through the profile; the metrics equal a local run's
    (CPU training is deterministic for a given thread count, and the rules fix it)."""
    local, cluster = workflow_copy(tmp_path / "local"), workflow_copy(tmp_path / "cluster")
    env = snakemake_env(slurm_cluster.env)
    snakemake = str(BIN / "snakemake")
    local_run = subprocess.Popen([snakemake, "--cores", "2", "--configfile", "tiny.yaml"], cwd=local,
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    on_slurm = subprocess.run(
        [snakemake, "--profile", "profiles/slurm", "--configfile", "tiny.yaml", *SLURM_TEST_ARGS],
        cwd=cluster, capture_output=True, text=True, env=env, timeout=540,
    )
    local_output, _ = local_run.communicate(timeout=300)
    assert local_run.returncode == 0, f"local run failed:\n{local_output[-4000:]}"
    output = check(on_slurm, "snakemake --profile profiles/slurm")
    submitted = re.findall(r"has been submitted with SLURM jobid (\d+)", output)
    assert len(submitted) == 7, output[-4000:]  # prepare, gallery, 2 x train, 2 x evaluate, report
    for method in ("baseline", "rr"):
        run = f"results/runs/digits/small_cnn/{method}/seed0/metrics.json"
        expected = comparable(json.loads((local / run).read_text()))
        assert comparable(json.loads((cluster / run).read_text())) == expected, method
    again = subprocess.run([snakemake, "-n", "--profile", "profiles/slurm", "--configfile", "tiny.yaml",
                            *SLURM_TEST_ARGS], cwd=cluster, capture_output=True, text=True, env=env)
    assert "Nothing to be done" in check(again, "snakemake -n after the SLURM run")


GPU_RULES = {"corrupt", "train", "evaluate", "train_gan", "sample_gan", "unrestricted"}
CPU_RULES = {"prepare", "gallery", "perturb_testset", "umap", "report"}


def fake_cuda_advaug(folder: Path) -> Path:
    """An `advaug` first on PATH that runs the real one on the CPU: the test cluster's GPUs
    are /dev/null, so jobs the scheduler gave a GPU compute on the CPU instead."""
    folder.mkdir()
    script = folder / "advaug"
    script.write_text(
        f"#!{sys.executable}\n"
        "import os, sys\n"
        "args = [a.replace('\"device\":\"cuda\"', '\"device\":\"cpu\"') for a in sys.argv[1:]]\n"
        "os.execv(sys.executable, [sys.executable, '-m', 'advaug', *args])\n"
    )
    script.chmod(0o755)
    return folder


class JobRecorder:
    """Keeps every job's `scontrol show job` record while a workflow runs (the cluster has no
    accounting database, and forgets a finished job after MinJobAge)."""

    def __init__(self, env: dict):
        import threading

        self.env, self.records, self.done = env, {}, threading.Event()
        self.thread = threading.Thread(target=self._poll, daemon=True)
        self.thread.start()

    def _poll(self) -> None:
        while not self.done.is_set():
            self.sample()
            self.done.wait(1.0)

    def sample(self) -> None:
        listing = subprocess.run(["scontrol", "show", "job", "-o"], capture_output=True, text=True, env=self.env)
        for line in listing.stdout.splitlines():
            fields = dict(re.findall(r"(\w+)=(\S*)", line))
            if "JobId" in fields:
                # GPUs asked (TresPerJob=gres:gpu:1 for --gpus=1 in SLURM 22.05, gres/gpu:1 later)
                # or allocated (AllocTRES/TRES ...,gres/gpu=1); keep the most any sample shows
                gpus = [int(n) for n in re.findall(r"gres[:/]gpu(?::[A-Za-z_]\w*)?[=:](\d+)", line)]
                earlier = self.records.get(fields["JobId"], {}).get("gpus", 0)
                self.records[fields["JobId"]] = {**fields, "gpus": max([earlier, *gpus]), "raw": line}

    def stop(self) -> dict[str, dict]:
        self.done.set()
        self.thread.join()
        self.sample()
        return self.records


@pytest.mark.slow
def test_gpu_study_jobs_get_their_partition_and_gpu(slurm_cluster, tmp_path):
    """The smallest GPU study with every branch on (corrupted and perturbed sets, the GAN,
    UMAP) through the profile unchanged: the scheduler's own records show GPU work on the
    GPU partition holding one GPU and everything else on the CPU partition without one."""
    workdir = workflow_copy(tmp_path / "study", every_branch=True)
    env = snakemake_env(slurm_cluster.env)
    env["PATH"] = f"{fake_cuda_advaug(tmp_path / 'fake-cuda')}{os.pathsep}{env['PATH']}"
    recorder = JobRecorder(slurm_cluster.env)
    try:
        result = subprocess.run(
            [str(BIN / "snakemake"), "--profile", "profiles/slurm", "--configfile", "tiny.yaml",
             "--config", "device=cuda", *SLURM_TEST_ARGS],
            cwd=workdir, capture_output=True, text=True, env=env, timeout=1500,
        )
    finally:
        records = recorder.stop()
    output = check(result, "snakemake --profile profiles/slurm (GPU study)")
    submitted = set(re.findall(r"has been submitted with SLURM jobid (\d+)", output))
    assert submitted <= set(records), sorted(submitted - set(records))
    seen = {}
    for job in submitted:
        record = records[job]
        rule = re.match(r"rule_([a-z_]+?)(?:_wildcards_.*)?$", record.get("Comment", "")).group(1)
        seen.setdefault(rule, set()).add((record["Partition"], record["gpus"]))
    assert set(seen) == GPU_RULES | CPU_RULES, seen
    for rule, placements in seen.items():
        expected = ("gpu", 1) if rule in GPU_RULES else ("cpu", 0)
        assert placements == {expected}, (rule, placements, [records[j]["raw"] for j in submitted])
