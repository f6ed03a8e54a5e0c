"""Batched image operations: float (N, C, H, W) images in [0, 1], one parameter per sample.

Geometric ops are differentiable in their parameters; colour ops match
torchvision's definitions; :mod:`advaug.ops.policy` applies a different op to
each sample by looping over op types, never over images.
"""

from advaug.ops.color import (
    autocontrast,
    brightness,
    color,
    contrast,
    cutout,
    equalize,
    gaussian_patch,
    grayscale,
    invert,
    posterize,
    random_centres,
    sharpness,
    solarize,
    square_mask,
)
from advaug.ops.geometric import (
    per_sample,
    random_crop_flip,
    rotate,
    shear_x,
    shear_y,
    translate_x,
    translate_y,
    warp_affine,
)
from advaug.ops.policy import OP_NAMES, AugmentationSpace, apply_per_sample, apply_sequence

__all__ = [
    "OP_NAMES",
    "AugmentationSpace",
    "apply_per_sample",
    "apply_sequence",
    "autocontrast",
    "brightness",
    "color",
    "contrast",
    "cutout",
    "equalize",
    "gaussian_patch",
    "grayscale",
    "invert",
    "per_sample",
    "posterize",
    "random_centres",
    "random_crop_flip",
    "rotate",
    "sharpness",
    "shear_x",
    "shear_y",
    "solarize",
    "square_mask",
    "translate_x",
    "translate_y",
    "warp_affine",
]
