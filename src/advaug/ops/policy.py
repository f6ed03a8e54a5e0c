"""Applying "each sample its own operation" without looping over samples.

The automatic-augmentation policies (AutoAugment, RandAugment, TrivialAugment,
AugMix) pick an operation and a magnitude per image. Here an operation is an
integer index into :data:`OP_NAMES`; :func:`apply_per_sample` loops over the
(at most 15) operation types and runs each on the subset of samples that chose
it, so the cost is a handful of batched calls whatever the batch size.

Magnitudes are what torchvision's ``_AutoAugmentBase._apply_image_or_video_transform``
receives: shear factor, translation in pixels (truncated to an integer),
rotation in degrees, enhancement factor minus one, posterize bits, solarize
threshold in [0, 1].
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

import torch

# functions, not the modules: the package re-exports a function named ``color``
from advaug.ops.color import (
    autocontrast,
    brightness,
    color,
    contrast,
    equalize,
    invert,
    posterize,
    sharpness,
    solarize,
)
from advaug.ops.geometric import (
    rotation_inverse,
    shear_x_inverse,
    shear_y_inverse,
    translate_x_inverse,
    translate_y_inverse,
    warp_affine,
)

OP_NAMES: tuple[str, ...] = (
    "Identity",
    "ShearX",
    "ShearY",
    "TranslateX",
    "TranslateY",
    "Rotate",
    "Brightness",
    "Color",
    "Contrast",
    "Sharpness",
    "Posterize",
    "Solarize",
    "AutoContrast",
    "Equalize",
    "Invert",
)
OP_INDEX: dict[str, int] = {name: index for index, name in enumerate(OP_NAMES)}
IDENTITY = OP_INDEX["Identity"]

Op = Callable[[torch.Tensor, torch.Tensor], torch.Tensor]


# geometric ops: name -> (inverse map, whether the magnitude is truncated to whole pixels;
# torchvision passes int(magnitude) pixels for translations)
GEOMETRIC: dict[str, tuple[Callable[[torch.Tensor, int, int], torch.Tensor], bool]] = {
    "ShearX": (shear_x_inverse, False),
    "ShearY": (shear_y_inverse, False),
    "TranslateX": (translate_x_inverse, True),
    "TranslateY": (translate_y_inverse, True),
    "Rotate": (rotation_inverse, False),
}


def geometric_inverse(name: str, magnitude: torch.Tensor, height: int, width: int) -> torch.Tensor:
    """(N, 2, 3) inverse maps of geometric op ``name`` with per-sample ``magnitude``."""
    inverse_of, integer = GEOMETRIC[name]
    return inverse_of(torch.trunc(magnitude) if integer else magnitude, height, width)


def _geometric(name: str, interpolation: str) -> Op:
    def op(images: torch.Tensor, magnitude: torch.Tensor) -> torch.Tensor:
        inverse = geometric_inverse(name, magnitude, *images.shape[-2:])
        return warp_affine(images, inverse, mode=interpolation)

    return op


def _enhance(adjust) -> Op:
    return lambda images, magnitude: adjust(images, 1.0 + magnitude)


def build_ops(interpolation: str = "nearest") -> dict[str, Op]:
    """Name -> op(images, magnitude) with torchvision's magnitude conventions."""
    return {
        "Identity": lambda images, magnitude: images,
        "ShearX": _geometric("ShearX", interpolation),
        "ShearY": _geometric("ShearY", interpolation),
        "TranslateX": _geometric("TranslateX", interpolation),
        "TranslateY": _geometric("TranslateY", interpolation),
        "Rotate": _geometric("Rotate", interpolation),
        "Brightness": _enhance(brightness),
        "Color": _enhance(color),
        "Contrast": _enhance(contrast),
        "Sharpness": _enhance(sharpness),
        "Posterize": lambda images, magnitude: posterize(images, torch.trunc(magnitude)),
        "Solarize": solarize,
        "AutoContrast": lambda images, magnitude: autocontrast(images),
        "Equalize": lambda images, magnitude: equalize(images),
        "Invert": lambda images, magnitude: invert(images),
    }


def apply_per_sample(
    images: torch.Tensor,
    op_index: torch.Tensor,
    magnitude: torch.Tensor,
    interpolation: str = "nearest",
) -> torch.Tensor:
    """Apply op ``OP_NAMES[op_index[i]]`` with ``magnitude[i]`` to image i, for every i.

    Results are gathered per op type and put back in order with one index, so
    gradients flow to the images and to the magnitudes of differentiable ops.
    The geometric ops share one resampling: each sample goes through the inverse
    map of the op it chose (``grid_sample`` treats samples independently, so this
    is what one warp per op gives, with one call instead of five).
    """
    ops = build_ops(interpolation)
    op_index = op_index.to(images.device)
    magnitude = magnitude.to(device=images.device, dtype=images.dtype)
    height, width = images.shape[-2:]
    pieces, positions = [], []
    warped, inverses = [], []
    for index in torch.unique(op_index).tolist():
        chosen = (op_index == index).nonzero().squeeze(1)
        name = OP_NAMES[index]
        if name in GEOMETRIC:
            warped.append(chosen)
            inverses.append(geometric_inverse(name, magnitude[chosen], height, width))
            continue
        pieces.append(images[chosen] if name == "Identity" else ops[name](images[chosen], magnitude[chosen]))
        positions.append(chosen)
    if warped:
        chosen = torch.cat(warped)
        pieces.append(warp_affine(images[chosen], torch.cat(inverses), mode=interpolation))
        positions.append(chosen)
    if not pieces:
        return images
    order = torch.cat(positions)
    # inverse permutation: row i of the output is the piece row that holds sample i
    restore = torch.empty_like(order)
    restore[order] = torch.arange(order.numel(), device=order.device)
    return torch.cat(pieces)[restore]


def apply_sequence(
    images: torch.Tensor,
    op_index: torch.Tensor,
    magnitude: torch.Tensor,
    interpolation: str = "nearest",
) -> torch.Tensor:
    """Apply the columns of (N, K) op/magnitude tables one after another."""
    for step in range(op_index.shape[1]):
        images = apply_per_sample(images, op_index[:, step], magnitude[:, step], interpolation)
    return images


@dataclass
class AugmentationSpace:
    """Ops a policy may choose, each with its magnitude bins and whether its sign is random.

    Built from the same kind of table torchvision uses ({name: (bins or None,
    signed)}); choices index into ``op_ids``, not into :data:`OP_NAMES`.
    """

    op_ids: torch.Tensor  # (K,) indices into OP_NAMES
    magnitudes: torch.Tensor  # (K, bins); 0 for ops that take no magnitude
    signed: torch.Tensor  # (K,) bool

    @classmethod
    def build(
        cls, entries: dict[str, tuple[torch.Tensor | None, bool]], device: torch.device | str | None = None
    ) -> "AugmentationSpace":
        bins = max((values.numel() for values, _ in entries.values() if values is not None), default=1)
        magnitudes = torch.zeros(len(entries), bins)
        for row, (values, _) in enumerate(entries.values()):
            if values is not None:
                magnitudes[row] = values.float()
        signed = torch.tensor([is_signed for _, is_signed in entries.values()])
        return cls(op_indices(list(entries), device), magnitudes.to(device), signed.to(device))

    @property
    def num_ops(self) -> int:
        return self.op_ids.numel()

    def choose(
        self, choice: torch.Tensor, magnitude_bin: torch.Tensor, rng: torch.Generator
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """Global op indices and signed magnitudes for per-sample choices and bins."""
        magnitude = self.magnitudes[choice, magnitude_bin]
        signs = random_signs(tuple(choice.shape), rng, choice.device)
        magnitude = torch.where(self.signed[choice], magnitude * signs, magnitude)
        return self.op_ids[choice], magnitude


def op_indices(names: Sequence[str], device: torch.device | str | None = None) -> torch.Tensor:
    return torch.tensor([OP_INDEX[name] for name in names], dtype=torch.long, device=device)


def random_signs(shape: tuple[int, ...], rng: torch.Generator, device) -> torch.Tensor:
    """+1 or -1 with equal odds (torchvision negates signed magnitudes with probability 1/2)."""
    flips = torch.rand(shape, generator=rng, device=device) < 0.5
    return 1.0 - 2.0 * flips.float()


# Magnitude ranges of torchvision's RandAugment/AutoAugment (transforms/v2/_auto_augment.py,
# RandAugment._AUGMENTATION_SPACE; translation max 150/331 of the side comes from the
# ImageNet-sized AutoAugment search space, Cubuk et al. 2019).
def randaugment_space(num_bins: int, height: int, width: int) -> dict[str, tuple[torch.Tensor | None, bool]]:
    return {
        "Identity": (None, False),
        "ShearX": (torch.linspace(0.0, 0.3, num_bins), True),
        "ShearY": (torch.linspace(0.0, 0.3, num_bins), True),
        "TranslateX": (torch.linspace(0.0, 150.0 / 331.0 * width, num_bins), True),
        "TranslateY": (torch.linspace(0.0, 150.0 / 331.0 * height, num_bins), True),
        "Rotate": (torch.linspace(0.0, 30.0, num_bins), True),
        "Brightness": (torch.linspace(0.0, 0.9, num_bins), True),
        "Color": (torch.linspace(0.0, 0.9, num_bins), True),
        "Contrast": (torch.linspace(0.0, 0.9, num_bins), True),
        "Sharpness": (torch.linspace(0.0, 0.9, num_bins), True),
        "Posterize": (torch.linspace(8.0, 4.0, num_bins).round(), False),
        "Solarize": (torch.linspace(1.0, 0.0, num_bins), False),
        "AutoContrast": (None, False),
        "Equalize": (None, False),
    }


# TrivialAugment Wide ranges (Müller & Hutter 2021, Table 1 "wide"; as torchvision's
# TrivialAugmentWide._AUGMENTATION_SPACE): translations in absolute pixels, up to 32.
def trivialaugment_wide_space(num_bins: int) -> dict[str, tuple[torch.Tensor | None, bool]]:
    return {
        "Identity": (None, False),
        "ShearX": (torch.linspace(0.0, 0.99, num_bins), True),
        "ShearY": (torch.linspace(0.0, 0.99, num_bins), True),
        "TranslateX": (torch.linspace(0.0, 32.0, num_bins), True),
        "TranslateY": (torch.linspace(0.0, 32.0, num_bins), True),
        "Rotate": (torch.linspace(0.0, 135.0, num_bins), True),
        "Brightness": (torch.linspace(0.0, 0.99, num_bins), True),
        "Color": (torch.linspace(0.0, 0.99, num_bins), True),
        "Contrast": (torch.linspace(0.0, 0.99, num_bins), True),
        "Sharpness": (torch.linspace(0.0, 0.99, num_bins), True),
        "Posterize": (torch.linspace(8.0, 2.0, num_bins).round(), False),
        "Solarize": (torch.linspace(1.0, 0.0, num_bins), False),
        "AutoContrast": (None, False),
        "Equalize": (None, False),
    }


INTERPOLATIONS = ("nearest", "bilinear")
