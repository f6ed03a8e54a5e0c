"""The perturbation mix of the robustness study: FGSM, colour jitter and Gaussian noise.

The study ("Adversarial Training vs. Angular Loss for Robust Classification",
yaramohamadi/Deep_Learning_Projects, Code.ipynb: ``model_testing`` and
``model_training``) perturbs each *batch* of 256 images: with probability 0.3
each it applies ``ColorJitter(brightness=0.3, contrast=0.2, saturation=0.1)``
(one factor set and one op order for the whole batch, as torchvision does),
Gaussian noise of std 0.05 on about 30% of the elements (``uniform > 0.7``),
and cleverhans' L-inf FGSM with eps 0.1 against the model being tested, in
this order. Its tensors are normalised (``Normalize(mean, std)``), so the noise
std and the FGSM eps are in normalised units: per channel, 0.05 * std_c and
0.1 * std_c in [0, 1] pixels. Those are the defaults here (``per: batch``,
``units: normalised``); ``per: sample`` draws every choice per image instead.

Differences a correct implementation cannot avoid, and ours keeps:
- colour jitter runs on [0, 1] pixels; the study jitters normalised tensors,
  where torchvision's brightness/contrast clamp values to [0, 1] (a bug that
  clips every negative normalised value);
- every result is clipped to the valid image range [0, 1]; the study clips
  nothing (cleverhans without clip_min/clip_max);
- the perturbed *test* set rounds to uint8 pixels (within half a level).

Sampling is kept apart from applying, the kornia way: the perturbed test set
draws its parameters once from a fixed seed and saves them next to the
images, and ``perturb_at`` trains on fresh draws of the very same distribution.
"""

from __future__ import annotations

import math
from typing import Any

import torch
import torch.nn.functional as F
from torch import nn

from advaug.errors import UserError
from advaug.ops.color import brightness, color, contrast

KINDS = ("fgsm", "jitter", "noise")
#: jitter operations in the index order used by ``jitter_order``
JITTER_OPS = ("brightness", "contrast", "saturation")
_JITTER_FUNCTIONS = {"brightness": brightness, "contrast": contrast, "saturation": color}
#: mix entries shared by every sample (per channel), not sliced with the samples
SHARED_KEYS = ("fgsm_eps", "noise_std")

DEFAULT_P = 0.3  # the study: `random.random() > 0.7` per perturbation
DEFAULT_MIX_PARAMS: dict[str, float] = {
    "fgsm_eps": 0.1,  # the study: fast_gradient_method(eps=0.1, norm=np.inf), normalised units
    # the study: ColorJitter(brightness=0.3, contrast=0.2, saturation=0.1, hue=0);
    # torchvision's factor ~ U[max(0, 1 - s), 1 + s]
    "brightness": 0.3,
    "contrast": 0.2,
    "saturation": 0.1,
    "noise_std": 0.05,  # the study's AddGaussianNoise(std=0.05), normalised units
    "noise_fraction": 0.3,  # ... on the elements where uniform > 0.7
}
#: how the mix is drawn: the units of fgsm_eps / noise_std, and the unit of the choices
MIX_OPTIONS: dict[str, str] = {"units": "normalised", "per": "batch"}
_OPTION_VALUES = {"units": ("normalised", "pixel"), "per": ("batch", "sample")}


def check_mix_params(p: float, params: dict[str, Any]) -> dict[str, Any]:
    """Fill defaults and reject values that make no sense, with a message saying which."""
    known = {**DEFAULT_MIX_PARAMS, **MIX_OPTIONS}
    unknown = sorted(set(params) - set(known))
    if unknown:
        raise UserError(f"perturbation mix: unknown parameter(s) {', '.join(unknown)}; known: {', '.join(known)}")
    merged: dict[str, Any] = {key: float(params.get(key, default)) for key, default in DEFAULT_MIX_PARAMS.items()}
    if not (math.isfinite(p) and 0.0 <= p <= 1.0):
        raise UserError(f"perturbation mix: p must be a probability in [0, 1], got {p}")
    for key, value in merged.items():
        if not (math.isfinite(value) and value >= 0.0):
            raise UserError(f"perturbation mix: {key} must be a finite number >= 0, got {value}")
    if merged["noise_fraction"] > 1.0:
        raise UserError(f"perturbation mix: noise_fraction must lie in [0, 1], got {merged['noise_fraction']}")
    for key, default in MIX_OPTIONS.items():
        value = params.get(key, default)
        if value not in _OPTION_VALUES[key]:
            raise UserError(f"perturbation mix: {key} must be one of {', '.join(_OPTION_VALUES[key])}, got {value!r}")
        merged[key] = value
    return merged


def _jitter_factors(strength: float, n: int, rng: torch.Generator) -> torch.Tensor:
    """torchvision ColorJitter's factor range [max(0, 1 - s), 1 + s], drawn uniformly."""
    low, high = max(0.0, 1.0 - strength), 1.0 + strength
    return low + (high - low) * torch.rand(n, generator=rng, device=rng.device)


def channel_scale(params: dict[str, Any], channels: int, std: tuple[float, ...] | None) -> torch.Tensor:
    """Per channel, what one unit of fgsm_eps / noise_std is in [0, 1] pixels."""
    if params["units"] == "pixel":
        return torch.ones(channels)
    if std is None or len(std) != channels:
        raise ValueError(f"a mix in normalised units needs the data's per-channel std ({channels} values)")
    return torch.tensor([float(s) for s in std])


def sample_mix(
    n: int,
    p: float,
    params: dict[str, Any],
    rng: torch.Generator,
    device: torch.device | str | None = None,
    image_shape: tuple[int, int, int] | None = None,
    std: tuple[float, ...] | None = None,
    group_size: int | None = None,
) -> dict[str, torch.Tensor]:
    """Draw which samples get which perturbation and the random parts of each.

    With ``per: batch`` every choice (the three masks, the jitter factors and
    order) is drawn once per group of ``group_size`` consecutive samples (None:
    all ``n`` are one batch); with ``per: sample`` once per sample. Every draw
    is made whatever the masks say, so the stream of random numbers (and with it
    the test set) does not depend on p. Draws happen on ``rng``'s device and the
    result is moved to ``device``: a CPU generator gives the same mix anywhere.

    Returns per-sample entries (first dimension n) -- ``fgsm``, ``jitter``,
    ``noise`` boolean masks; ``brightness``, ``contrast``, ``saturation``
    factors; ``jitter_order`` (n, 3), a permutation of :data:`JITTER_OPS`;
    ``noise_field`` (n, C, H, W) standard normal draws, zero where the element
    gets no noise -- and the shared per-channel ``fgsm_eps`` and ``noise_std``
    in [0, 1] pixels (:data:`SHARED_KEYS`). ``std`` is the data's per-channel
    std, needed for normalised units.
    """
    if image_shape is None:
        raise ValueError("sample_mix needs image_shape=(C, H, W) to draw the Gaussian noise")
    strengths = check_mix_params(float(p), params)
    size = 1 if strengths["per"] == "sample" else max(1, group_size or n)
    groups = max(1, -(-n // size))

    def per_sample(values: torch.Tensor) -> torch.Tensor:
        return values.repeat_interleave(size, dim=0)[:n]

    draw_device = rng.device
    masks = torch.rand(groups, len(KINDS), generator=rng, device=draw_device) < p
    mix = {kind: per_sample(masks[:, column]) for column, kind in enumerate(KINDS)}
    for op in JITTER_OPS:
        mix[op] = per_sample(_jitter_factors(strengths[op], groups, rng))
    keys = torch.rand(groups, len(JITTER_OPS), generator=rng, device=draw_device)
    mix["jitter_order"] = per_sample(keys.argsort(dim=1))
    field = torch.randn((n, *image_shape), generator=rng, device=draw_device)
    hit = torch.rand((n, *image_shape), generator=rng, device=draw_device) < strengths["noise_fraction"]
    mix["noise_field"] = field * hit
    scale = channel_scale(strengths, image_shape[0], std).to(draw_device)
    mix["fgsm_eps"] = strengths["fgsm_eps"] * scale
    mix["noise_std"] = strengths["noise_std"] * scale
    target = torch.device(device) if device is not None else draw_device
    return {key: value.to(target) for key, value in mix.items()}


def slice_mix(mix: dict[str, torch.Tensor], index) -> dict[str, torch.Tensor]:
    """The mix of a subset of samples (a slice or index tensor); shared entries stay whole."""
    return {key: value if key in SHARED_KEYS else value[index] for key, value in mix.items()}


def _as_column(mask: torch.Tensor) -> torch.Tensor:
    return mask.view(-1, 1, 1, 1)


def _per_channel(values: torch.Tensor, like: torch.Tensor) -> torch.Tensor:
    return values.to(like.dtype).view(1, -1, 1, 1)


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
    noise = _per_channel(mix["noise_std"], images) * mix["noise_field"].to(images.dtype)
    noisy = (images + noise).clamp(0.0, 1.0)
    return torch.where(_as_column(mix["noise"]), noisy, images)


def fgsm_step(model: nn.Module, images: torch.Tensor, labels: torch.Tensor, eps: torch.Tensor) -> torch.Tensor:
    """One L-inf FGSM step of ``eps`` per channel (Goodfellow et al. 2015; cleverhans'
    fast_gradient_method with norm=inf), against ``model`` in whatever mode it is in,
    clipped to [0, 1]. Gradients reach the float32 input only."""
    inputs = images.detach().float().requires_grad_(True)
    with torch.enable_grad():
        loss = F.cross_entropy(model(inputs).float(), labels, reduction="sum")
        (gradient,) = torch.autograd.grad(loss, inputs)
    return (inputs + _per_channel(eps, inputs) * gradient.sign()).clamp(0.0, 1.0).detach()


def apply_fgsm(
    images: torch.Tensor, labels: torch.Tensor, mask: torch.Tensor, eps: torch.Tensor, model: nn.Module
) -> torch.Tensor:
    """FGSM on the masked samples only, against ``model`` in whatever mode it is in.

    Attacking only the selected rows costs about p of a batch instead of a
    whole one. A single selected sample in train mode would give BatchNorm a
    batch of one, which it refuses, so then the whole batch is attacked and the
    one row kept.
    """
    rows = mask.nonzero().squeeze(1)
    eps = torch.as_tensor(eps, dtype=torch.float32, device=images.device).reshape(-1)
    if rows.numel() == 0 or not bool((eps > 0).any()):
        return images
    if rows.numel() == 1 and model.training:
        adversarial = fgsm_step(model, images, labels, eps)[rows]
    else:
        adversarial = fgsm_step(model, images[rows], labels[rows], eps)
    out = images.clone()
    out[rows] = adversarial.to(images.dtype)
    return out


def apply_mix(
    images: torch.Tensor, labels: torch.Tensor, mix: dict[str, torch.Tensor], model_for_fgsm: nn.Module
) -> torch.Tensor:
    """Apply a drawn mix to float images in [0, 1]: jitter, then noise, then FGSM (see module doc)."""
    perturbed = apply_noise(apply_jitter(images, mix), mix)
    return apply_fgsm(perturbed.detach(), labels, mix["fgsm"], mix["fgsm_eps"], model_for_fgsm)
