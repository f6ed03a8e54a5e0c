"""On a trained baseline, the images dr and dpg train on carry clearly more loss than the
random rr's and rpg's for the same batch, at batch 128 and 512 alike (issue 13's measurement:
with one L2 ball over the batch the ratio fell from 1.55x at 128 to 1.30x at 512 for dr, and
from 1.52x to 1.18x for dpg)."""

from __future__ import annotations

import dataclasses

import pytest
import torch
import torch.nn.functional as F

from advaug.methods import StepContext, build_method

from conftest import SHARED_MINI, SMALL_TRAINING

HELD_OUT = 512
TRAINING = {**SMALL_TRAINING, "epochs": 4, "batch_size": 64}


def trained_baseline(data, out):
    """A small_cnn baseline trained on all but the last 512 training images, and those 512."""
    from advaug.training.loop import RunSpec, data_info, load_trained, train

    held = data.train_images[-HELD_OUT:].float() / 255.0, data.train_labels[-HELD_OUT:]
    rest = dataclasses.replace(
        data, train_images=data.train_images[:-HELD_OUT], train_labels=data.train_labels[:-HELD_OUT]
    )
    settings = {"device": "cpu", "training": TRAINING, "method_params": {}, "model_params": {"widths": [16, 32, 64]}}
    train(rest, RunSpec("baseline", "small_cnn", 0, settings, "cpu"), out)
    model, _ = load_trained(out / "model.pt")
    return model.eval(), held, data_info(data)


def loss_ratio(model, held, info, adversarial, random, params, batch_size, repeats=4):
    """Mean loss on the adversarial method's images over the random one's, same images and batches."""
    images, labels = held
    totals = {"adversarial": 0.0, "random": 0.0}
    for repeat in range(repeats):
        for first in range(0, len(labels), batch_size):
            x, y = images[first : first + batch_size], labels[first : first + batch_size]
            seed = 1000 * repeat + first
            ctx = StepContext(torch.Generator().manual_seed(seed), F.cross_entropy, 0, 1, 0, 1)
            attacker = build_method(adversarial, params, info)
            moved, _ = attacker.attack(model, x, y, ctx)
            randomised = build_method(random, {}, info).augment(x, torch.Generator().manual_seed(seed))
            with torch.no_grad():
                totals["adversarial"] += F.cross_entropy(model(attacker.apply(x, moved)), y, reduction="sum").item()
                totals["random"] += F.cross_entropy(model(randomised), y, reduction="sum").item()
    return totals["adversarial"] / totals["random"]


def check_ratios(model, held, info, floor):
    ratios = {}
    for adversarial, random in (("dr", "rr"), ("dpg", "rpg")):
        for formulation in ("sample", "batch"):
            for batch_size in (128, 512):
                params = {"formulation": formulation}
                ratios[adversarial, formulation, batch_size] = loss_ratio(
                    model, held, info, adversarial, random, params, batch_size
                )
    print({key: round(value, 2) for key, value in ratios.items()})
    for (adversarial, formulation, _), ratio in ratios.items():
        assert ratio > floor, (adversarial, formulation, ratios)
    for adversarial in ("dr", "dpg"):  # the per-sample budget does not thin out with the batch
        small, large = ratios[adversarial, "sample", 128], ratios[adversarial, "sample", 512]
        assert 0.8 < large / small < 1.25, ratios
    return ratios


@pytest.mark.slow
def test_dr_and_dpg_train_on_harder_images_than_rr_and_rpg_on_digits(digits, tmp_path):
    model, held, info = trained_baseline(digits, tmp_path / "baseline")
    # measured: dr 2.31 / 2.32 (sample, batch 128 / 512), 2.38 / 2.30 (batch formulation);
    # dpg 2.12 / 2.18 (sample), 2.82 / 3.24 (batch)
    check_ratios(model, held, info, floor=1.8)


@pytest.mark.slow
@pytest.mark.skipif(not SHARED_MINI.exists(), reason=f"{SHARED_MINI} absent (the real CIFAR-10 slice lives in ../shared)")
def test_dr_and_dpg_train_on_harder_images_on_the_real_cifar10_slice(tmp_path):
    from advaug.data import prepare
    from advaug.data.canonical import load_prepared

    prepare(f"npz:{SHARED_MINI}", tmp_path / "data", tmp_path / "cache")
    model, held, info = trained_baseline(load_prepared(tmp_path / "data"), tmp_path / "baseline")
    # a 4-epoch baseline at 51% top-1 already has a high loss on rr/rpg images, so the ratios are
    # lower. Measured on 2026-12-01 with one torch thread (OMP_NUM_THREADS=1): dr 1.34 / 1.32
    # (sample, batch 128 / 512), 1.40 / 1.35 (batch formulation); dpg 1.24 / 1.28 (sample),
    # 1.37 / 1.55 (batch). In CI (torch's default two threads, so a differently trained
    # baseline): dr 1.32 / 1.33, 1.37 / 1.33; dpg 1.18 / 1.21, 1.21 / 1.43.
    check_ratios(model, held, info, floor=1.12)
