"""`advaug bench` in CI size: it runs and its JSON has the promised fields."""

from __future__ import annotations

import json

from conftest import run_cli


def test_bench_writes_its_json_schema(tmp_path):
    out = tmp_path / "bench.json"
    run_cli(
        "bench", "--methods", "baseline", "rr", "randaugment", "--model", "small_cnn", "--batch-size", "32",
        "--device", "cpu", "--warmup", "1", "--steps", "2", "--images", "128", "--out", str(out),
    )
    report = json.loads(out.read_text())
    assert set(report) == {"settings", "environment", "methods", "reference_torchvision_dataloader", "augmentation_only"}
    assert report["settings"]["batch_size"] == 32 and report["settings"]["precision"] == "fp32"
    assert {"device", "device_name", "torch_version", "torchvision_version"} <= set(report["environment"])
    assert set(report["methods"]) == {"baseline", "rr", "randaugment"}
    for entry in report["methods"].values():
        assert entry["images_per_s"] > 0 and entry["median_step_s"] > 0
    assert report["methods"]["baseline"]["relative_to_baseline"] == 1.0
    assert report["reference_torchvision_dataloader"]["images_per_s"] > 0
    augmentation = report["augmentation_only"]["randaugment"]
    assert augmentation["speedup"] == augmentation["batched_images_per_s"] / augmentation["torchvision_images_per_s"]
