"""Adversarial training methods and the perturbation mix: budgets, gradients, frequencies, seeds."""

from __future__ import annotations

import dataclasses
import time

import pytest
import torch

from conftest import SMALL_TRAINING
import torch.nn.functional as F
from torch import nn
from torchvision.transforms.v2 import functional as TF

from advaug.attacks.mix import (
    DEFAULT_MIX_PARAMS,
    JITTER_OPS,
    KINDS,
    apply_jitter,
    apply_mix,
    sample_mix,
    slice_mix,
)
from advaug.errors import UserError
from advaug.methods import METHODS, DataInfo, StepContext, build_method
from advaug.models import build_model

SIZE = 16
EPS = 8 / 255
TOLERANCE = 1e-6
STD = (0.25, 0.5, 0.2)
# every choice per image, budgets in [0, 1] pixels: what the per-sample checks below need
PER_SAMPLE = {**DEFAULT_MIX_PARAMS, "per": "sample", "units": "pixel", "fgsm_eps": EPS}


def info(channels: int = 3) -> DataInfo:
    return DataInfo(num_classes=4, in_channels=channels, image_size=SIZE, hflip=False)


def rng(seed: int = 0) -> torch.Generator:
    return torch.Generator().manual_seed(seed)


def batch(count: int = 16, channels: int = 3, seed: int = 0):
    generator = rng(seed)
    images = torch.rand(count, channels, SIZE, SIZE, generator=generator)
    labels = torch.randint(0, 4, (count,), generator=generator)
    return images, labels


def tiny_cnn(channels: int = 3) -> nn.Module:
    torch.manual_seed(0)
    return build_model("small_cnn", in_channels=channels, num_classes=4, widths=[4, 8])


def context(generator: torch.Generator) -> StepContext:
    return StepContext(generator, lambda logits, y: F.cross_entropy(logits.float(), y), 0, 1, 0, 1)


class Recorder(nn.Module):
    """Wraps a model and keeps the inputs of every forward, to inspect what a method trained on."""

    def __init__(self, model: nn.Module):
        super().__init__()
        self.model = model
        self.inputs: list[torch.Tensor] = []

    def forward(self, images, return_embedding=False):
        self.inputs.append(images.detach().clone())
        return self.model(images, return_embedding=return_embedding)


def test_methods_are_registered():
    assert {"fgsm_at", "pgd_at", "perturb_at", "angular"} <= set(METHODS.names())


@pytest.mark.parametrize(
    "name, params",
    [
        ("fgsm_at", {}),
        ("fgsm_at", {"random_start": True, "adv_fraction": 1.0}),
        ("pgd_at", {"steps": 2}),
        ("pgd_at", {"steps": 2, "norm": "l2", "adv_fraction": 0.5}),
        ("perturb_at", {"p": 0.5}),
    ],
)
def test_loss_backpropagates_to_every_parameter(name, params):
    model = tiny_cnn()
    method = build_method(name, params, info())
    images, labels = batch()
    loss = method.loss(model, images, labels, context(rng(1)))
    assert loss.dim() == 0 and torch.isfinite(loss)
    loss.backward()
    for parameter in model.parameters():
        assert parameter.grad is not None and parameter.grad.abs().sum() > 0


@pytest.mark.parametrize("name, params", [("fgsm_at", {}), ("pgd_at", {"steps": 3, "adv_fraction": 0.75})])
def test_adversarial_part_stays_in_budget_and_clean_part_is_untouched(name, params):
    recorder = Recorder(tiny_cnn())
    method = build_method(name, params, info())
    images, labels = batch()
    method.loss(recorder, images, labels, context(rng(1)))
    trained_on = recorder.inputs[-1]  # the attack's forwards come first, the training forward last
    count = round(method.params["adv_fraction"] * len(images))
    delta = trained_on - images
    assert trained_on.shape == images.shape
    assert trained_on.min() >= 0 and trained_on.max() <= 1
    assert delta.abs().max() <= EPS + TOLERANCE
    assert delta[:count].flatten(1).abs().amax(1).min() > EPS / 2  # every adversarial copy moved
    assert torch.equal(trained_on[count:], images[count:])
    # the fgsm_at cost rule: one extra forward per ascent step, over at most one copy of the batch
    steps = params.get("steps", 1)
    assert len(recorder.inputs) == steps + 1
    assert all(len(x) == count for x in recorder.inputs[:-1])


def test_fgsm_at_attacks_in_train_mode():
    model = tiny_cnn()
    model.train()
    before = model.backbone.features[1].running_mean.clone()
    method = build_method("fgsm_at", {"adv_fraction": 1.0}, info())
    images, labels = batch()
    recorder = Recorder(model)
    method.loss(recorder, images, labels, context(rng(0)))
    assert model.training
    assert len(recorder.inputs) == 2
    # BatchNorm running statistics moved twice (attack + training forward): batch statistics were used
    assert not torch.equal(before, model.backbone.features[1].running_mean)


def test_pgd_at_l2_respects_its_radius():
    recorder = Recorder(tiny_cnn())
    method = build_method("pgd_at", {"norm": "l2", "steps": 3}, info())
    images, labels = batch()
    method.loss(recorder, images, labels, context(rng(0)))
    norms = (recorder.inputs[-1] - images).flatten(1).norm(dim=1)
    assert method.eps == 0.5 and norms.max() <= 0.5 + 1e-5 and norms.min() > 0.1


@pytest.mark.parametrize(
    "name, params",
    [("fgsm_at", {"adv_fraction": 1.5}), ("fgsm_at", {"eps": -1}), ("pgd_at", {"norm": "l1"}),
     ("pgd_at", {"steps": 0}), ("perturb_at", {"p": 2}), ("perturb_at", {"noise_std": -0.1}),
     ("perturb_at", {"per": "image"}), ("perturb_at", {"noise_fraction": 1.5}),
     ("fgsm_at", {"epsilon": 0.1})],
)
def test_bad_parameters_are_user_errors(name, params):
    with pytest.raises(UserError):
        build_method(name, params, info())
    with pytest.raises(UserError, match=f"method_params.{name}"):  # already when the config is loaded
        METHODS.get(name).validate(params, "params.yaml", f"method_params.{name}")


def test_mix_frequencies_and_jitter_ranges_on_many_samples():
    n = 20000
    mix = sample_mix(n, 0.3, PER_SAMPLE, rng(0), "cpu", (1, 2, 2))
    for kind in KINDS:
        assert abs(mix[kind].float().mean().item() - 0.3) < 0.015
    # independence: all three at once about 0.3^3, none about 0.7^3
    together = torch.stack([mix[kind] for kind in KINDS]).all(dim=0).float().mean().item()
    assert abs(together - 0.027) < 0.006
    # the study's ColorJitter(brightness=0.3, contrast=0.2, saturation=0.1): factors in [1 - s, 1 + s]
    for op, strength in zip(JITTER_OPS, (0.3, 0.2, 0.1)):
        assert mix[op].min() >= 1 - strength and mix[op].max() <= 1 + strength
        assert mix[op].max() > 1 + 0.9 * strength and abs(mix[op].mean() - 1.0) < 0.01
    assert torch.equal(mix["jitter_order"].sort(dim=1).values, torch.arange(3).expand(n, 3))
    assert mix["jitter_order"][:, 0].bincount(minlength=3).min() > n / 3 * 0.9
    # noise on about 30% of the elements (the study's `uniform > 0.7`)
    assert abs((mix["noise_field"] != 0).float().mean().item() - 0.3) < 0.01


def test_mix_per_batch_in_normalised_units_is_the_studys():
    """Defaults: one draw per group of consecutive images; eps and noise std are 0.1 and 0.05
    of each channel's std, i.e. the study's values on Normalize()d tensors."""
    mix = sample_mix(1000, 0.3, DEFAULT_MIX_PARAMS, rng(1), "cpu", (3, 2, 2), std=STD, group_size=100)
    for key in (*KINDS, *JITTER_OPS, "jitter_order"):
        groups = mix[key].view(10, 100, -1)
        assert torch.equal(groups, groups[:, :1].expand_as(groups)), key
    assert 0 < int(mix["fgsm"].view(10, 100)[:, 0].sum()) < 10
    assert torch.allclose(mix["fgsm_eps"], 0.1 * torch.tensor(STD))
    assert torch.allclose(mix["noise_std"], 0.05 * torch.tensor(STD))
    whole = sample_mix(64, 1.0, DEFAULT_MIX_PARAMS, rng(1), "cpu", (3, 2, 2), std=STD)  # one training batch
    assert bool(whole["fgsm"].all()) and whole["brightness"].unique().numel() == 1
    with pytest.raises(ValueError):
        sample_mix(4, 0.3, DEFAULT_MIX_PARAMS, rng(1), "cpu", (3, 2, 2))  # normalised units need the std


def test_mix_is_reproducible_from_a_seed():
    shape = (3, SIZE, SIZE)
    first = sample_mix(64, 0.3, DEFAULT_MIX_PARAMS, rng(5), "cpu", shape, STD, 16)
    second = sample_mix(64, 0.3, DEFAULT_MIX_PARAMS, rng(5), "cpu", shape, STD, 16)
    other = sample_mix(64, 0.3, DEFAULT_MIX_PARAMS, rng(6), "cpu", shape, STD, 16)
    assert all(torch.equal(first[key], second[key]) for key in first)
    assert not torch.equal(first["noise_field"], other["noise_field"])
    model = tiny_cnn().eval()
    images, labels = batch(64)
    assert torch.equal(apply_mix(images, labels, first, model), apply_mix(images, labels, second, model))


def test_apply_mix_changes_exactly_the_selected_samples():
    images, labels = batch(200)
    images = images * 0.8 + 0.1  # away from 0 and 1 so every perturbation is visible
    mix = sample_mix(200, 0.3, PER_SAMPLE, rng(2), "cpu", tuple(images.shape[1:]))
    model = tiny_cnn().eval()
    out = apply_mix(images, labels, mix, model)
    changed = (out != images).flatten(1).any(dim=1)
    selected = mix["fgsm"] | mix["jitter"] | mix["noise"]
    assert torch.equal(changed, selected)
    only_fgsm = mix["fgsm"] & ~mix["jitter"] & ~mix["noise"]
    delta = (out - images)[only_fgsm].abs().flatten(1).amax(1)
    assert only_fgsm.sum() > 10 and torch.allclose(delta, torch.full_like(delta, EPS), atol=1e-6)
    assert out.min() >= 0 and out.max() <= 1
    # slicing a mix gives the same pixels as applying the whole one
    part = slice(40, 90)
    assert torch.equal(apply_mix(images[part], labels[part], slice_mix(mix, part), model), out[part])


def test_jitter_matches_torchvision_in_the_drawn_order():
    images, _ = batch(6)
    mix = sample_mix(6, 1.0, PER_SAMPLE, rng(3), "cpu", tuple(images.shape[1:]))
    out = apply_jitter(images, mix)
    functions = {
        "brightness": TF.adjust_brightness,
        "contrast": TF.adjust_contrast,
        "saturation": TF.adjust_saturation,
    }
    for index in range(6):
        expected = images[index]
        for op_index in mix["jitter_order"][index].tolist():
            op = JITTER_OPS[op_index]
            expected = functions[op](expected, float(mix[op][index]))
        torch.testing.assert_close(out[index], expected, atol=1e-5, rtol=0)


def test_perturb_at_fgsm_only_samples_are_within_eps():
    recorder = Recorder(tiny_cnn())
    method = build_method("perturb_at", {"p": 0.5, "noise_std": 0.0, "brightness": 0.0, "contrast": 0.0,
                                         "saturation": 0.0, "per": "sample", "units": "pixel", "fgsm_eps": EPS},
                          info())
    images, labels = batch(64)
    method.loss(recorder, images, labels, context(rng(4)))
    delta = (recorder.inputs[-1] - images).abs().flatten(1).amax(1)
    moved = delta > 0
    assert delta.max() <= EPS + TOLERANCE
    assert 16 < int(moved.sum()) < 48  # about half attacked, the rest left clean


def test_perturb_at_default_perturbs_whole_batches_at_the_studys_budget():
    """The study's training mix: each perturbation hits a whole batch or none of it; FGSM-only
    batches move by exactly 0.1 * std per channel (eps 0.1 in normalised units)."""
    recorder = Recorder(tiny_cnn())
    method = build_method("perturb_at", {"p": 0.5, "noise_std": 0.0, "brightness": 0.0, "contrast": 0.0,
                                         "saturation": 0.0}, info())
    images, labels = batch(32)
    images = images * 0.8 + 0.1  # away from 0 and 1: no clipping
    moved = []
    generator = rng(11)
    for _ in range(12):
        method.loss(recorder, images, labels, context(generator))
        delta = (recorder.inputs[-1] - images).abs()
        changed = delta.flatten(1).amax(1) > 0
        assert bool(changed.all()) or not bool(changed.any())  # all or nothing
        moved.append(bool(changed.any()))
        if changed.any():
            assert torch.allclose(delta.amax(dim=(0, 2, 3)), torch.full((3,), 0.1 * 0.25), atol=1e-6)
    assert 0 < sum(moved) < 12


# --- the "done when", in miniature, through the real training loop ---------------------

TRAINING = {**SMALL_TRAINING, "epochs": 5, "batch_size": 32}


def train_small(data, method: str, out, method_params=None):
    from advaug.training.loop import RunSpec, load_trained, train

    settings = {
        "device": "cpu",
        "training": TRAINING,
        "method_params": method_params or {},
        "model_params": {"widths": [8, 16, 32]},
    }
    train(data, RunSpec(method, "small_cnn", 0, settings, "cpu"), out)
    model, _ = load_trained(out / "model.pt")
    return model


@pytest.mark.slow
def test_fgsm_at_is_more_robust_than_baseline_on_digits(digits, tmp_path):
    from advaug.evaluation.metrics import predict_logits
    from advaug.evaluation.robustness import robust_accuracy

    subset = dataclasses.replace(
        digits, train_images=digits.train_images[:640], train_labels=digits.train_labels[:640]
    )
    started = time.perf_counter()
    results = {}
    for method in ("baseline", "fgsm_at"):
        model = train_small(subset, method, tmp_path / method)
        predicted = predict_logits(model, digits.test_images).argmax(1)
        clean = predicted.eq(digits.test_labels).float().mean().item()
        robust = robust_accuracy(model, digits.test_images, digits.test_labels, "fgsm", eps=EPS)
        results[method] = (clean, robust)
    print(f"digits mini run ({time.perf_counter() - started:.1f} s): {results}")
    # measured (1 thread): baseline clean 0.953 / FGSM 0.333, fgsm_at clean 0.669 / FGSM 0.578
    assert results["baseline"][0] > 0.8 and results["fgsm_at"][0] > 0.5
    assert results["fgsm_at"][1] > results["baseline"][1] + 0.15
