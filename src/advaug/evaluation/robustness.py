"""Robust accuracy under attack, and the fixed perturbed test set of the robustness study.

Both evaluate the deployed model: eval mode, attacks in float32. The perturbed
test set keeps fixed what the study draws at random -- which images get which
perturbation, the jitter factors and the noise -- drawn once per (data set,
model) from a fixed seed and saved as uint8 images *before* FGSM
(``base_images``). FGSM is then computed against each evaluated model on its
own (:func:`perturb_against`), as the study attacks the model it tests; the
same FGSM against a fixed *reference* model (the baseline run) is saved too
(``images``), and scoring another model on those measures transfer.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import torch

from advaug.attacks import build_attack
from advaug.attacks.mix import DEFAULT_P, apply_fgsm, apply_jitter, apply_noise, check_mix_params, sample_mix, slice_mix
from advaug.errors import UserError
from advaug.evaluation.metrics import autocast_for, model_batch
from advaug.io import atomic_path, load_npz

DEFAULT_EPS = 8 / 255
DEFAULT_PGD_STEPS = 20  # PGD-20, the usual CIFAR evaluation (e.g. Rice et al. 2020)
#: the per-sample entries of a perturbed test set saved beside the images
SAVED_MIX_KEYS = ("fgsm", "jitter", "noise", "brightness", "contrast", "saturation", "jitter_order")
#: the study's test loader batch (Code.ipynb: DataLoader(testset, batch_size=256)), the unit of `per: batch`
DEFAULT_GROUP_SIZE = 256


def _device_of(model: torch.nn.Module) -> torch.device:
    return next(model.parameters()).device


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
            batch = model_batch(model, images_u8[start : start + batch_size])
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
    group_size: int = DEFAULT_GROUP_SIZE,
    std: tuple[float, ...] | None = None,
) -> dict:
    """The perturbation mix (:mod:`advaug.attacks.mix`) drawn once for a test set.

    ``mix_params`` holds ``p`` (default 0.3) and the keys of
    :data:`~advaug.attacks.mix.DEFAULT_MIX_PARAMS` / ``MIX_OPTIONS``; with
    ``per: batch`` the choices are shared by ``group_size`` consecutive images
    (the study's test batch); ``std`` is the data's per-channel std (normalised
    units). The draw uses a CPU generator seeded ``seed``, so it is the same on
    every machine. Returns uint8 NCHW ``base_images`` (jitter and noise applied,
    no FGSM), ``images`` (``base_images`` with FGSM against ``reference_model``
    on the FGSM-assigned rows: the transfer set), ``labels``, the per-sample
    draws (:data:`SAVED_MIX_KEYS`), ``fgsm_eps`` (per channel, [0, 1] pixels),
    ``mix_params`` and ``seed``.
    """
    mix_params = dict(mix_params or {})
    p = float(mix_params.pop("p", DEFAULT_P))
    strengths = check_mix_params(p, mix_params)
    rng = torch.Generator().manual_seed(int(seed))
    mix = sample_mix(len(images_u8), p, strengths, rng, "cpu", tuple(images_u8.shape[1:]), std, group_size)
    chunks = []
    for start in range(0, len(images_u8), batch_size):
        part = slice(start, start + batch_size)
        batch_mix = slice_mix(mix, part)
        chunks.append(to_uint8(apply_noise(apply_jitter(images_u8[part].float() / 255.0, batch_mix), batch_mix)))
    labels = torch.as_tensor(labels).cpu().clone()
    testset = {
        "base_images": torch.cat(chunks) if chunks else images_u8[:0].clone(),
        "labels": labels,
        **{key: mix[key] for key in SAVED_MIX_KEYS},
        "fgsm_eps": mix["fgsm_eps"],
        "mix_params": {"p": p, **strengths, "group_size": int(group_size)},
        "seed": int(seed),
    }
    testset["images"] = perturb_against(reference_model, testset, batch_size)
    return testset


def perturb_against(model: torch.nn.Module, testset: dict, batch_size: int = 256) -> torch.Tensor:
    """The perturbed test set for ``model``: FGSM against it (eval mode) on the FGSM-assigned
    rows of ``base_images``, rounded to uint8 like the rest; only those rows are attacked."""
    device = _device_of(model)
    rows = testset["fgsm"].nonzero().squeeze(1)
    out = testset["base_images"].clone()
    eps = testset["fgsm_eps"].to(device)
    was_training = model.training
    model.eval()
    try:
        for start in range(0, len(rows), batch_size):
            index = rows[start : start + batch_size]
            batch = model_batch(model, testset["base_images"][index])
            attacked = apply_fgsm(batch, testset["labels"][index].to(device),
                                  torch.ones(len(index), dtype=torch.bool, device=device), eps, model)
            out[index] = to_uint8(attacked).cpu()
    finally:
        model.train(was_training)
    return out


def save_perturbed(path: str | Path, testset: dict) -> Path:
    """Write a perturbed test set as one .npz (images NHWC like the prepared data), atomically."""
    arrays = {
        **{key: testset[key].permute(0, 2, 3, 1).contiguous().numpy() for key in ("images", "base_images")},
        "fgsm_eps": testset["fgsm_eps"].cpu().numpy().astype(np.float32),
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
        raise UserError(f"perturbed test set {path} does not exist; build it first (advaug perturb-testset)")
    remedy = "delete it and run `advaug perturb-testset` again"
    arrays = load_npz(path, remedy)
    if "base_images" not in arrays:
        raise UserError(f"perturbed test set {path} predates per-model FGSM; {remedy}")
    missing = [key for key in ("info", "images", "labels", "fgsm_eps", *SAVED_MIX_KEYS) if key not in arrays]
    if missing:
        raise UserError(f"perturbed test set {path} lacks {', '.join(missing)}; {remedy}")
    info = json.loads(str(arrays["info"]))
    testset = {
        **{key: torch.from_numpy(arrays[key]).permute(0, 3, 1, 2).contiguous() for key in ("images", "base_images")},
        "fgsm_eps": torch.from_numpy(arrays["fgsm_eps"]),
        "labels": torch.from_numpy(arrays["labels"]),
        **{key: torch.from_numpy(arrays[key]) for key in SAVED_MIX_KEYS},
    }
    return {**testset, **info}
