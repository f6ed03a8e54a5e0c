"""One-shot GPU check: what the paper configs switch on, on a real GPU, in under ten minutes.

    python benchmarks/gpu_check.py                       # one GPU: the full check
    python benchmarks/gpu_check.py --device cpu --tiny   # the same steps, reduced, on a CPU

1. every registered method trains one epoch on a real-image slice (the shared
   CIFAR-10 slice by default) with config/paper.yaml's training settings: bf16,
   channels_last, torch.compile, its optimiser and schedule, its method parameters;
2. the step benchmark (`advaug bench`) on the paper's model and batch;
3. two concurrent `advaug train` jobs on the GPU slots (advaug.runtime.lease_gpu):
   with one GPU the second waits for the first's slot, with two they run at once.

Writes one JSON (device, versions, settings, per-method results, the benchmark and the
slot check) to benchmarks/results/. `--tiny` uses the small CNN, 200 images, no
compile (compiling on a CPU takes minutes per process), fake GPU ids for the slots.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
DEFAULT_DATA = f"npz:{REPO.parent / 'shared' / 'data' / 'cifar10-mini.npz'}"


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--device", choices=["cuda", "cpu"], default="cuda")
    parser.add_argument("--tiny", action="store_true", help="reduced CPU mode: small CNN, 200 images, no compile")
    parser.add_argument("--data", default=DEFAULT_DATA, help="a dataset spec (default: the shared CIFAR-10 slice)")
    parser.add_argument("--config", default=str(REPO / "config" / "paper.yaml"), help="whose training settings")
    parser.add_argument("--out", help="JSON path (default: benchmarks/results/gpu_check-<device>.json)")
    return parser.parse_args(argv)


def environment(device: str) -> dict:
    import torch
    import torchvision

    info = {"device": device, "python": platform.python_version(), "torch_version": torch.__version__,
            "torchvision_version": torchvision.__version__, "platform": platform.platform(),
            "cpu_count": os.cpu_count()}
    if device == "cuda":
        info.update(device_name=torch.cuda.get_device_name(), gpu_count=torch.cuda.device_count(),
                    cuda_version=torch.version.cuda, cudnn_version=torch.backends.cudnn.version())
    else:
        info["device_name"] = platform.processor() or "cpu"
    return info


def prepare_slice(spec: str, work: Path, per_class: int | None) -> Path:
    """The data set prepared once, cut to ``per_class`` training images a class in tiny mode."""
    import numpy as np

    from advaug.data import prepare
    from advaug.data.canonical import RawSplits, load_prepared, write_prepared

    full = work / "full"
    prepare(spec, full, cache_dir=work / "cache")
    if per_class is None:
        return full
    data = load_prepared(full)
    arrays = {}
    for split, n in (("train", per_class), ("test", max(2, per_class // 2))):
        labels = getattr(data, f"{split}_labels").numpy()
        keep = np.concatenate([np.flatnonzero(labels == c)[:n] for c in range(data.num_classes)])
        arrays[split] = (getattr(data, f"{split}_images")[keep].permute(0, 2, 3, 1).numpy(), labels[keep])
    splits = RawSplits(*arrays["train"], *arrays["test"], class_names=data.class_names, hflip=data.hflip)
    write_prepared(splits, work / "slice", data.name, f"{spec} (gpu_check slice)")
    return work / "slice"


def study_settings(config_path: str, device: str, tiny: bool) -> tuple[dict, str, dict]:
    """The config's training block for one epoch, its model and the config itself."""
    import yaml

    from advaug.config import validate_config

    config = validate_config(yaml.safe_load(Path(config_path).read_text()), source=config_path)
    training = {**config["training"], "epochs": 1, "eval_every": 1}
    model = config["models"][0]
    if tiny:
        training.update(compile=False, batch_size=40, eval_batch_size=200)
        model = "small_cnn"
        config["model_params"] = {"small_cnn": {"widths": [8, 16, 32], "embed_dim": 32}}
    return training, model, config


def train_every_method(data_dir: Path, work: Path, training: dict, model: str, config: dict, device: str) -> dict:
    """Each registered method for one epoch, in this process (one lease for the whole check)."""
    from advaug.config import train_settings
    from advaug.data.canonical import load_prepared
    from advaug.methods import METHODS
    from advaug.training.loop import RunSpec, train

    data = load_prepared(data_dir)
    gan_dir = train_small_gan(data, work, device)
    results = {}
    for method in METHODS.names():
        settings = {**train_settings(config, method, model), "training": training, "device": device}
        if method == "angular":  # class-balanced batches: a multiple of the class count
            settings["method_params"] = {**settings["method_params"], "samples_per_class": None}
        gan_paths = {name: gan_dir / f"{name}.pt" for name in METHODS.get(method).gan_inputs}
        started = time.perf_counter()
        try:
            meta = train(data, RunSpec(method, model, 0, settings, device), work / "runs" / method, gan_paths)
            history = json.loads(json.dumps(_last_row(work / "runs" / method / "history.csv")))
            results[method] = {"ok": True, "seconds": time.perf_counter() - started, "precision": meta["precision"],
                               "channels_last": meta["channels_last"], "compile": training["compile"],
                               "batch_size": meta["batch_size"], "images_per_s": history.get("images_per_s"),
                               "test_top1": history.get("test_top1")}
        except Exception as error:  # noqa: BLE001  the check reports every method, failed or not
            results[method] = {"ok": False, "seconds": time.perf_counter() - started,
                               "error": f"{type(error).__name__}: {error}"[:500]}
        print(f"gpu_check: {method}: {results[method]}", flush=True)
    return results


def train_small_gan(data, work: Path, device: str) -> Path:
    """One epoch of a small AC-GAN on the slice, for gan_aug and uae_aug (they draw from one while training)."""
    from advaug.gan.train import train_gan

    small = {"z_dim": 32, "g_channels": 32, "d_channels": 32, "batch_size": 64, "n_critic": 2, "epochs": 1,
             "grid_latents": 2}
    train_gan(data, small, work / "gan", device, seed=0)
    return work / "gan"


def _last_row(history_csv: Path) -> dict:
    import pandas as pd

    return pd.read_csv(history_csv).iloc[-1].to_dict()


def run_bench(device: str, model: str, tiny: bool, out: Path, config: dict, training: dict, work: Path) -> dict:
    """`advaug bench` under the check's own settings (the paper config's, compile off in tiny mode)."""
    import yaml

    config_path = work / "bench-config.yaml"
    config_path.write_text(yaml.safe_dump({**config, "training": training}))
    sizes = (["--batch-size", "32", "--steps", "2", "--warmup", "1", "--images", "128",
              "--methods", "baseline", "rr", "randaugment"] if tiny else ["--batch-size", "512"])
    command = [sys.executable, "-m", "advaug", "bench", "--config", str(config_path), "--device", device,
               "--model", model, "--out", str(out), *sizes]
    result = subprocess.run(command, capture_output=True, text=True, env=_env())
    if result.returncode != 0:
        return {"ok": False, "error": result.stderr[-2000:]}
    report = json.loads(out.read_text())
    return {"ok": True, "json": str(out), "methods": {m: v["relative_to_baseline"] for m, v in report["methods"].items()},
            "baseline_images_per_s": report["methods"]["baseline"]["images_per_s"]}


def concurrent_jobs(data_dir: Path, work: Path, device: str, tiny: bool) -> dict:
    """Two `advaug train` jobs at once, each leasing a GPU slot; which slot each got and when."""
    from advaug.config import as_json

    env = _env(ADVAUG_GPU_LOCK_DIR=str(work / "locks"))
    if tiny:  # fake GPU ids: the lease is real, the training runs on the CPU (device auto)
        env["CUDA_VISIBLE_DEVICES"] = "0,1"
    settings = {"device": "auto" if tiny else device, "method_params": {},
                "model_params": {"widths": [8, 16, 32]} if tiny else {},
                "training": {"epochs": 1, "batch_size": 40, "lr": 0.05, "momentum": 0.9, "nesterov": True,
                             "weight_decay": 5e-4, "schedule": "cosine", "warmup_epochs": 0, "label_smoothing": 0.0,
                             "crop_padding": 4, "precision": "auto", "channels_last": "auto", "compile": False,
                             "eval_batch_size": 200, "eval_every": 1, "train_fraction": 1.0, "nproc": 1}}
    model = "small_cnn" if tiny else "resnet18"
    jobs = []
    for index in range(2):
        command = [sys.executable, "-m", "advaug", "train", "--data", str(data_dir), "--method", "baseline",
                   "--model", model, "--seed", str(index), "--out", str(work / "slots" / str(index)),
                   "--threads", "1", "--params", as_json(settings)]
        jobs.append((time.time(), subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env)))
    slots = []
    for started, job in jobs:
        _, stderr = job.communicate()
        leased = [line.split()[4] for line in stderr.splitlines() if line.startswith("advaug: leased GPU slot")]
        slots.append({"returncode": job.returncode, "leased": leased[0] if leased else None,
                      "seconds": time.time() - started, "error": stderr[-1000:] if job.returncode else None})
    return {"visible": env.get("CUDA_VISIBLE_DEVICES"), "jobs": slots,
            "distinct": len({job["leased"] for job in slots}) == len(slots)}


def _env(**extra) -> dict:
    return {**os.environ, "PYTHONPATH": str(REPO / "src"), **extra}


def main(argv=None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    out = Path(args.out or REPO / "benchmarks" / "results" / f"gpu_check-{args.device}{'-tiny' if args.tiny else ''}.json")
    with tempfile.TemporaryDirectory(prefix="advaug-gpu-check-") as tmp:
        work = Path(tmp)
        data_dir = prepare_slice(args.data, work, per_class=20 if args.tiny else None)
        training, model, config = study_settings(args.config, args.device, args.tiny)
        report = {"environment": environment(args.device), "settings": {
            "config": args.config, "data": args.data, "tiny": args.tiny, "model": model, "training": training}}
        report["methods"] = train_every_method(data_dir, work, training, model, config, args.device)
        report["bench"] = run_bench(args.device, model, args.tiny, out.with_name(out.stem + "-bench.json"), config,
                                    training, work)
        report["gpu_slots"] = concurrent_jobs(data_dir, work, args.device, args.tiny)
    report["total_seconds"] = time.perf_counter() - started
    report["ok"] = (all(m["ok"] for m in report["methods"].values()) and report["bench"]["ok"]
                    and all(job["returncode"] == 0 for job in report["gpu_slots"]["jobs"]))
    from advaug.io import write_json

    write_json(out, report)
    print(f"gpu_check: {'all passed' if report['ok'] else 'FAILURES'} in {report['total_seconds']:.0f} s -> {out}")
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
