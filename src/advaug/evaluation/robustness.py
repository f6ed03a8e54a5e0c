"""Robust accuracy under attack, and the fixed perturbed test set of the robustness study.

Both evaluate the deployed model: eval mode, attacks in float32. The perturbed
test set is drawn once per (data set, model) from a fixed seed, with its FGSM
part computed against a fixed *reference* model (the baseline run), and saved
as uint8 images; every model is then scored on the very same images, so their
accuracies differ only because the models do.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import torch

from advaug.attacks import build_attack
from advaug.attacks.mix import DEFAULT_MIX_PARAMS, DEFAULT_P, apply_mix, sample_mix, slice_mix
from advaug.errors import UserError
from advaug.evaluation.metrics import autocast_for
from advaug.io import atomic_path, load_npz

DEFAULT_EPS = 8 / 255
DEFAULT_PGD_STEPS = 20  # PGD-20, the usual CIFAR evaluation (e.g. Rice et al. 2020)
#: the per-sample entries of a perturbed test set saved beside the images
SAVED_MIX_KEYS = ("fgsm", "jitter", "noise", "brightness", "contrast", "saturation", "jitter_order")


def _device_of(model: torch.nn.Module) -> torch.device:
    return next(model.parameters()).device


def _to_float(images_u8: torch.Tensor, device: torch.device) -> torch.Tensor:
    return images_u8.to(device, non_blocking=True).float() / 255.0


def to_uint8(images: torch.Tensor) -> torch.Tensor:
    """[0, 1] floats to the nearest uint8 level; an integer image moved by an L-inf step
    of at most eps stays within eps after rounding, since eps * 255 bounds the integer move."""
    return (images * 255.0).round().clamp(0, 255).to(torch.uint8)


def robust_accuracy(
    model: torch.nn.Module,
    images_u8: torch.Tensor,
    labels,
    attack_name: str = "fgsm",
    eps: float = DEFAULT_EPS,
    steps: int = DEFAULT_PGD_STEPS,
    alpha: float | None = None,
    norm: str = "linf",
    batch_size: int = 256,
    rng: torch.Generator | None = None,
    precision: str = "fp32",
) -> float:
    """Accuracy on adversarial versions of the images (``fgsm`` or ``pgd``), model in eval mode.

    ``steps`` is used by PGD only; ``alpha`` None takes the attack's default
    (eps for FGSM, 2.5 eps / steps for PGD). PGD starts at a random point of
    the ball drawn from ``rng``; without one, a generator seeded 0 on the
    model's device is used, so repeated evaluations agree.
    """
    device = _device_of(model)
    options = {"eps": eps, "norm": norm, "alpha": alpha, "eval_mode": True}
    if attack_name == "pgd":
        options["steps"] = steps
    elif attack_name != "fgsm":
        raise UserError(f"robust accuracy: attack must be 'fgsm' or 'pgd', got {attack_name!r}")
    attack = build_attack(attack_name, model, **options)
    if rng is None:
        rng = torch.Generator(device=device).manual_seed(0)
    labels = torch.as_tensor(labels).to(device)
    was_training = model.training
    model.eval()
    correct = 0
    try:
        for start in range(0, len(images_u8), batch_size):
            batch = _to_float(images_u8[start : start + batch_size], device)
            batch_labels = labels[start : start + batch_size]
            with autocast_for(device, precision):
                adversarial = attack(batch, batch_labels, rng=rng)
                with torch.no_grad():
                    predicted = model(adversarial).argmax(1)
            correct += int((predicted == batch_labels).sum())
    finally:
        model.train(was_training)
    return correct / max(1, len(images_u8))


def make_perturbed_testset(
    images_u8: torch.Tensor,
    labels,
    reference_model: torch.nn.Module,
    mix_params: dict | None = None,
    seed: int = 0,
    batch_size: int = 256,
) -> dict:
    """The perturbation mix (:mod:`advaug.attacks.mix`) drawn once and applied to a test set.

    ``mix_params`` holds ``p`` (default 0.3) and the strengths of
    :data:`~advaug.attacks.mix.DEFAULT_MIX_PARAMS`. The draw uses a CPU
    generator seeded ``seed``, so masks, jitter factors and noise are the same
    on every machine; only the FGSM part depends on the reference model (run in
    eval mode on its own device). Returns uint8 NCHW ``images``, ``labels``,
    the drawn per-sample parameters (:data:`SAVED_MIX_KEYS`), ``mix_params``
    and ``seed``.
    """
    mix_params = dict(mix_params or {})
    p = float(mix_params.pop("p", DEFAULT_P))
    strengths = {**DEFAULT_MIX_PARAMS, **mix_params}
    rng = torch.Generator().manual_seed(int(seed))
    mix = sample_mix(len(images_u8), p, strengths, rng, "cpu", tuple(images_u8.shape[1:]))
    device = _device_of(reference_model)
    labels = torch.as_tensor(labels)
    was_training = reference_model.training
    reference_model.eval()
    chunks = []
    try:
        for start in range(0, len(images_u8), batch_size):
            part = slice(start, start + batch_size)
            batch_mix = {key: value.to(device) for key, value in slice_mix(mix, part).items()}
            batch = _to_float(images_u8[part], device)
            perturbed = apply_mix(batch, labels[part].to(device), batch_mix, reference_model)
            chunks.append(to_uint8(perturbed).cpu())
    finally:
        reference_model.train(was_training)
    images = torch.cat(chunks) if chunks else images_u8[:0].clone()
    return {
        "images": images,
        "labels": labels.cpu().clone(),
        **{key: mix[key] for key in SAVED_MIX_KEYS},
        "mix_params": {"p": p, **{key: float(value) for key, value in strengths.items()}},
        "seed": int(seed),
    }


def save_perturbed(path: str | Path, testset: dict) -> Path:
    """Write a perturbed test set as one .npz (images NHWC like the prepared data), atomically."""
    arrays = {
        "images": testset["images"].permute(0, 2, 3, 1).contiguous().numpy(),
        "labels": testset["labels"].numpy().astype(np.int64),
        **{key: testset[key].cpu().numpy() for key in SAVED_MIX_KEYS},
        "info": np.array(json.dumps({"mix_params": testset["mix_params"], "seed": testset["seed"]})),
    }
    path = Path(path)
    with atomic_path(path, suffix=".npz") as tmp:
        with open(tmp, "wb") as handle:
            np.savez_compressed(handle, **arrays)
    return path


def load_perturbed(path: str | Path) -> dict:
    """Read what :func:`save_perturbed` wrote, back into the dict :func:`make_perturbed_testset` returns."""
    path = Path(path)
    if not path.exists():
        raise UserError(f"perturbed test set {path} does not exist; build it first (advaug evaluate)")
    remedy = "delete it and run `advaug perturb-testset` again"
    arrays = load_npz(path, remedy)
    missing = [key for key in ("info", "images", "labels", *SAVED_MIX_KEYS) if key not in arrays]
    if missing:
        raise UserError(f"perturbed test set {path} lacks {', '.join(missing)}; {remedy}")
    info = json.loads(str(arrays["info"]))
    testset = {
        "images": torch.from_numpy(arrays["images"]).permute(0, 3, 1, 2).contiguous(),
        "labels": torch.from_numpy(arrays["labels"]),
        **{key: torch.from_numpy(arrays[key]) for key in SAVED_MIX_KEYS},
    }
    return {**testset, **info}
