"""Throughput of the corruption generator: images per second per corruption, CPU and CUDA.

Each corruption is timed on N images (default 10,000) at all five severities,
in batches, the way ``make_corrupted_set`` runs when it writes a "<dataset>-C"
set; images/s counts every (image, severity) pair. Images are real CIFAR-10
test images tiled to N when ``../shared/data/cifar10-mini.npz`` is there,
smooth random 32x32 images otherwise. One JSON per device is written to
``benchmarks/results/corruptions_<device>.json``.

    PYTHONPATH=src python benchmarks/bench_corruptions.py --n 10000
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from advaug.corruptions import CORRUPTIONS, EXTRA_CORRUPTIONS, SEVERITIES, corrupt
from advaug.corruptions.frost_layers import FrostLayers
from advaug.io import write_json

SHARED_CIFAR = ROOT.parent / "shared" / "data" / "cifar10-mini.npz"
# Offline; cropping the official photos costs the same (both are one gather from a cached stack).
FROST = FrostLayers.procedural()


def bench_images(count: int) -> tuple[torch.Tensor, str]:
    if SHARED_CIFAR.exists():
        with np.load(SHARED_CIFAR) as data:
            pool = torch.from_numpy(data["test_images"]).permute(0, 3, 1, 2)
        reps = -(-count // len(pool))
        return pool.repeat(reps, 1, 1, 1)[:count].contiguous(), "cifar10-mini test images, tiled"
    gen = torch.Generator().manual_seed(0)
    coarse = F.interpolate(
        torch.rand(count, 3, 4, 4, generator=gen), size=32, mode="bicubic", align_corners=False
    )
    return (coarse.clamp(0, 1) * 255).round().to(torch.uint8), "smooth random images"


def device_name(device: torch.device) -> str:
    if device.type == "cuda":
        return torch.cuda.get_device_name(device)
    return platform.processor() or platform.machine()


def time_corruption(images: torch.Tensor, name: str, device: torch.device, batch_size: int) -> float:
    """Seconds to corrupt every image at every severity (uint8 in, uint8 out, as a dataset build does)."""
    rng = torch.Generator(device=device).manual_seed(0)
    corrupt(images[:8].to(device).float() / 255, name, 1, rng, FROST)  # warm-up: caches, CUDA kernels
    _sync(device)
    start = time.perf_counter()
    for severity in SEVERITIES:
        for first in range(0, len(images), batch_size):
            batch = images[first : first + batch_size].to(device).float() / 255
            out = corrupt(batch, name, severity, rng, FROST)
            (out * 255).to(torch.uint8).cpu()
    _sync(device)
    return time.perf_counter() - start


def _sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="images per corruption and severity")
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--devices", nargs="*", default=None, help="default: cpu, plus cuda when available")
    parser.add_argument("--names", nargs="*", default=None, help="default: all 19 corruptions")
    parser.add_argument("--out-dir", type=Path, default=ROOT / "benchmarks" / "results")
    args = parser.parse_args(argv)

    devices = args.devices or (["cpu", "cuda"] if torch.cuda.is_available() else ["cpu"])
    names = args.names or CORRUPTIONS + EXTRA_CORRUPTIONS
    images, source = bench_images(args.n)
    for device_arg in devices:
        device = torch.device(device_arg)
        per_corruption = {}
        for name in names:
            seconds = time_corruption(images, name, device, args.batch_size)
            per_corruption[name] = {
                "seconds": round(seconds, 3),
                "images_per_s": round(len(SEVERITIES) * args.n / seconds, 1),
            }
            print(
                f"{device.type:5s} {name:18s} {per_corruption[name]['images_per_s']:>10.1f} images/s",
                flush=True,
            )
        result = {
            "device": device.type,
            "device_name": device_name(device),
            "torch_version": torch.__version__,
            "torch_threads": torch.get_num_threads(),
            "n_images": args.n,
            "severities": list(SEVERITIES),
            "batch_size": args.batch_size,
            "images": source,
            "images_per_s_counts": "image x severity pairs per second, uint8 in and out",
            "corruptions": per_corruption,
        }
        path = args.out_dir / f"corruptions_{device.type}.json"
        write_json(path, result)
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
