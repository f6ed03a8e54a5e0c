"""The perturbation mix of the robustness study: FGSM, colour jitter and Gaussian noise.

Each of the three perturbations is applied to each sample independently with
probability ``p`` (0.3 in the study), so a sample may get none, one, two or all
three. Sampling is kept apart from applying, the kornia way: the perturbed test
set draws its parameters once from a fixed seed, saves them next to the images
and can be rebuilt from them, and ``perturb_at`` trains on fresh draws of the
very same distribution.

Order of application, when a sample gets several: jitter, then noise, then
FGSM. The attack comes last so that its step is the worst case for the image
the model actually sees; an FGSM-only sample therefore lies within ``fgsm_eps``
(L-inf) of its clean image, and every result is clipped to [0, 1].
"""

from __future__ import annotations

import math
from typing import Any

import torch
from torch import nn

from advaug.attacks.fgsm import FGSM
from advaug.errors import UserError
from advaug.ops.color import brightness, color, contrast

KINDS = ("fgsm", "jitter", "noise")
#: jitter operations in the index order used by ``jitter_order``
JITTER_OPS = ("brightness", "contrast", "saturation")
_JITTER_FUNCTIONS = {"brightness": brightness, "contrast": contrast, "saturation": color}

DEFAULT_P = 0.3
DEFAULT_MIX_PARAMS: dict[str, float] = {
    "fgsm_eps": 8 / 255,  # the usual CIFAR L-inf budget (Madry et al. 2018)
    # torchvision ColorJitter strengths: factor ~ U[max(0, 1 - s), 1 + s]
    "brightness": 0.4,
    "contrast": 0.4,
    "saturation": 0.4,
    "noise_std": 0.05,  # standard deviation in [0, 1] pixel units
}


def check_mix_params(p: float, params: dict[str, Any]) -> dict[str, float]:
    """Fill defaults and reject values that make no sense, with a message saying which."""
    unknown = sorted(set(params) - set(DEFAULT_MIX_PARAMS))
    if unknown:
        raise UserError(
            f"perturbation mix: unknown parameter(s) {', '.join(unknown)}; "
            f"known: {', '.join(DEFAULT_MIX_PARAMS)}"
        )
    merged = {key: float(params.get(key, default)) for key, default in DEFAULT_MIX_PARAMS.items()}
    if not (math.isfinite(p) and 0.0 <= p <= 1.0):
        raise UserError(f"perturbation mix: p must be a probability in [0, 1], got {p}")
    for key, value in merged.items():
        if not (math.isfinite(value) and value >= 0.0):
            raise UserError(f"perturbation mix: {key} must be a finite number >= 0, got {value}")
    return merged


def _jitter_factors(strength: float, n: int, rng: torch.Generator) -> torch.Tensor:
    """torchvision ColorJitter's factor range [max(0, 1 - s), 1 + s], drawn uniformly."""
    low, high = max(0.0, 1.0 - strength), 1.0 + strength
    return low + (high - low) * torch.rand(n, generator=rng, device=rng.device)


def sample_mix(
    n: int,
    p: float,
    params: dict[str, Any],
    rng: torch.Generator,
    device: torch.device | str | None = None,
    image_shape: tuple[int, int, int] | None = None,
) -> dict[str, torch.Tensor]:
    """Draw which samples get which perturbation and the random parts of each.

    Every draw is made for all ``n`` samples, whatever the masks say, so the
    stream of random numbers (and with it the test set) does not depend on p.
    Draws happen on ``rng``'s device and the result is moved to ``device``:
    drawing with a CPU generator gives the same mix on any machine.

    Returns per-sample entries (first dimension n) -- ``fgsm``, ``jitter``,
    ``noise`` boolean masks; ``brightness``, ``contrast``, ``saturation``
    factors; ``jitter_order`` (n, 3), a permutation of :data:`JITTER_OPS` per
    sample as ColorJitter applies its operations in random order; ``noise_field``
    (n, C, H, W) standard normal draws -- and 0-d entries ``fgsm_eps`` and
    ``noise_std``. ``image_shape`` (C, H, W) is needed for the noise field.
    """
    if image_shape is None:
        raise ValueError("sample_mix needs image_shape=(C, H, W) to draw the Gaussian noise")
    strengths = check_mix_params(float(p), params)
    draw_device = rng.device
    masks = torch.rand(n, len(KINDS), generator=rng, device=draw_device) < p
    mix = {kind: masks[:, column] for column, kind in enumerate(KINDS)}
    for op in JITTER_OPS:
        mix[op] = _jitter_factors(strengths[op], n, rng)
    keys = torch.rand(n, len(JITTER_OPS), generator=rng, device=draw_device)
    mix["jitter_order"] = keys.argsort(dim=1)
    mix["noise_field"] = torch.randn((n, *image_shape), generator=rng, device=draw_device)
    mix["fgsm_eps"] = torch.tensor(strengths["fgsm_eps"], device=draw_device)
    mix["noise_std"] = torch.tensor(strengths["noise_std"], device=draw_device)
    target = torch.device(device) if device is not None else draw_device
    return {key: value.to(target) for key, value in mix.items()}


def slice_mix(mix: dict[str, torch.Tensor], index) -> dict[str, torch.Tensor]:
    """The mix of a subset of samples (a slice or index tensor); 0-d entries are shared."""
    return {key: value if value.dim() == 0 else value[index] for key, value in mix.items()}


def _as_column(mask: torch.Tensor) -> torch.Tensor:
    return mask.view(-1, 1, 1, 1)


def apply_jitter(images: torch.Tensor, mix: dict[str, torch.Tensor]) -> torch.Tensor:
    """Colour jitter of the masked samples, each in its own random op order.

    For each of the three positions every op runs on the whole batch and is
    kept only where the sample's order puts that op there, so the cost is nine
    element-wise passes whatever the batch size.
    """
    jittered = images
    for position in range(len(JITTER_OPS)):
        for op_index, op in enumerate(JITTER_OPS):
            chosen = mix["jitter_order"][:, position] == op_index
            changed = _JITTER_FUNCTIONS[op](jittered, mix[op].to(images.dtype))
            jittered = torch.where(_as_column(chosen), changed, jittered)
    return torch.where(_as_column(mix["jitter"]), jittered, images)


def apply_noise(images: torch.Tensor, mix: dict[str, torch.Tensor]) -> torch.Tensor:
    noisy = (images + mix["noise_std"].to(images.dtype) * mix["noise_field"].to(images.dtype)).clamp(0.0, 1.0)
    return torch.where(_as_column(mix["noise"]), noisy, images)


def apply_fgsm(
    images: torch.Tensor, labels: torch.Tensor, mask: torch.Tensor, eps: float, model: nn.Module
) -> torch.Tensor:
    """FGSM on the masked samples only, against ``model`` in whatever mode it is in.

    Attacking only the selected rows costs about p of a batch instead of a
    whole one. A single selected sample in train mode would give BatchNorm a
    batch of one, which it refuses, so then the whole batch is attacked and the
    one row kept.
    """
    rows = mask.nonzero().squeeze(1)
    if rows.numel() == 0 or eps == 0.0:
        return images
    attack = FGSM(model, eps)
    if rows.numel() == 1 and model.training:
        adversarial = attack(images, labels)[rows]
    else:
        adversarial = attack(images[rows], labels[rows])
    out = images.clone()
    out[rows] = adversarial.to(images.dtype)
    return out


def apply_mix(
    images: torch.Tensor, labels: torch.Tensor, mix: dict[str, torch.Tensor], model_for_fgsm: nn.Module
) -> torch.Tensor:
    """Apply a drawn mix to float images in [0, 1]: jitter, then noise, then FGSM (see module doc)."""
    perturbed = apply_jitter(images, mix)
    perturbed = apply_noise(perturbed, mix)
    eps = float(mix["fgsm_eps"])
    return apply_fgsm(perturbed.detach(), labels, mix["fgsm"], eps, model_for_fgsm)
