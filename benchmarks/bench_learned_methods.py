"""Per-step cost of the learned adversarial methods (dr, dpg, advaa) relative to baseline.

A step is what the training loop does per batch: ``method.loss`` (under bf16
autocast on CUDA), backward, SGD step. Every method gets the same model
architecture, batch and device; the methods take turns, one step each per
round, for ``--warmup`` untimed and ``--steps`` timed rounds, so a machine
whose load drifts slows them alike. The median step time and its ratio to
baseline's are written as JSON under ``benchmarks/results/`` (one file per
device), with the device, torch version, batch size, model and ascent steps k.

    PYTHONPATH=src python benchmarks/bench_learned_methods.py --threads 1
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time
from pathlib import Path

import torch
import torch.nn.functional as F

from advaug.evaluation.metrics import autocast_for
from advaug.methods import DataInfo, StepContext, build_method
from advaug.models import build_model

RESULTS = Path(__file__).resolve().parent / "results"


def variants(k: int, policies: int) -> dict[str, tuple[str, dict]]:
    """Label -> (method, params): the ascent methods at k steps, advaa in both copy modes."""
    return {
        "baseline": ("baseline", {}),
        f"dr_k{k}": ("dr", {"steps": k}),
        f"dpg_k{k}": ("dpg", {"steps": k}),
        f"advaa_split_m{policies}": ("advaa", {"num_policies": policies, "copies": "split"}),
        f"advaa_full_m{policies}": ("advaa", {"num_policies": policies, "copies": "full"}),
    }


class Runner:
    """One method with its own model copy, optimiser and generator, stepped on demand."""

    def __init__(self, name, params, model_name, batch, labels, device, total_steps):
        info = DataInfo(num_classes=10, in_channels=batch.shape[1], image_size=batch.shape[-1], hflip=True)
        torch.manual_seed(0)
        self.model = build_model(model_name, in_channels=batch.shape[1], num_classes=10).to(device).train()
        self.method = build_method(name, params, info)
        self.method.setup(self.model, device)
        self.optimizer = torch.optim.SGD(self.model.parameters(), lr=0.01, momentum=0.9)
        self.rng = torch.Generator(device=device).manual_seed(0)
        self.batch, self.labels, self.device = batch, labels, device
        self.precision = "bf16" if device.type == "cuda" else "fp32"
        self.total_steps = total_steps
        self.times: list[float] = []

    def step(self, index: int, timed: bool) -> None:
        ctx = StepContext(self.rng, F.cross_entropy, 0, 1, index, self.total_steps)
        self._sync()
        started = time.perf_counter()
        with autocast_for(self.device, self.precision):
            loss = self.method.loss(self.model, self.batch, self.labels, ctx)
        self.optimizer.zero_grad(set_to_none=True)
        loss.backward()
        self.optimizer.step()
        self._sync()
        if timed:
            self.times.append(time.perf_counter() - started)

    def _sync(self) -> None:
        if self.device.type == "cuda":
            torch.cuda.synchronize()


def bench_device(device: torch.device, args) -> dict:
    """Round-robin over the methods, one step each per round, so that load drifts hit all alike."""
    generator = torch.Generator().manual_seed(0)
    batch = torch.rand(args.batch_size, 3, args.image_size, args.image_size, generator=generator).to(device)
    labels = torch.randint(0, 10, (args.batch_size,), generator=generator).to(device)
    total = args.warmup + args.steps
    runners = {
        label: (name, params, Runner(name, params, args.model, batch, labels, device, total))
        for label, (name, params) in variants(args.k, args.policies).items()
    }
    for index in range(total):
        for _, _, runner in runners.values():
            runner.step(index, timed=index >= args.warmup)
    rows = {}
    for label, (name, params, runner) in runners.items():
        rows[label] = {"method": name, "params": params, "median_s": statistics.median(runner.times)}
        print(f"{device.type} {label}: {rows[label]['median_s'] * 1e3:.1f} ms/step", flush=True)
    base = rows["baseline"]["median_s"]
    for row in rows.values():
        row["ratio_to_baseline"] = round(row["median_s"] / base, 3)
    return {
        "device": device.type,
        "device_name": (
            torch.cuda.get_device_name(device)
            if device.type == "cuda"
            else platform.processor() or platform.machine()
        ),
        "torch_version": torch.__version__,
        "threads": torch.get_num_threads(),
        "precision": "bf16 autocast" if device.type == "cuda" else "fp32",
        "model": args.model,
        "batch_size": args.batch_size,
        "image_size": args.image_size,
        "k": args.k,
        "num_policies": args.policies,
        "warmup": args.warmup,
        "steps": args.steps,
        "results": rows,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="small_cnn")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--image-size", type=int, default=32)
    parser.add_argument("--k", type=int, default=1, help="ascent steps of dr and dpg")
    parser.add_argument("--policies", type=int, default=8, help="advaa's M")
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--steps", type=int, default=15)
    parser.add_argument("--threads", type=int, default=None, help="torch CPU threads (default: torch's)")
    parser.add_argument("--devices", nargs="+", default=None, help="default: cpu, and cuda when present")
    args = parser.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    devices = args.devices or (["cpu", "cuda"] if torch.cuda.is_available() else ["cpu"])
    RESULTS.mkdir(parents=True, exist_ok=True)
    for name in devices:
        report = bench_device(torch.device(name), args)
        path = RESULTS / f"learned_methods_{name}.json"
        path.write_text(json.dumps(report, indent=2) + "\n")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
