"""Cutout after a policy: the CIFAR protocol of AutoAugment, RandAugment, TrivialAugment and
Adversarial AutoAugment.

Cutout (DeVries & Taylor 2017, "Improved Regularization of Convolutional Neural
Networks with Cutout") masks one square of side ``cutout`` pixels at a uniform
random centre (it may hang over the edge, so less is masked there). The official
code zeroes the *normalised* image, i.e. fills with the data set's mean colour,
which is what is done here (``DataInfo.mean``). 16 px is their CIFAR-10 size,
used after the learned policy by AutoAugment (Cubuk et al. 2019, Sec. 4.1),
RandAugment (Cubuk et al. 2020, CIFAR setup following AutoAugment) and
Adversarial AutoAugment (Zhang et al. 2020; SeongwoongJo/adversarial-autoaugment-pytorch
applies ``CutoutDefault(16)`` to every augmented CIFAR copy).
"""

from __future__ import annotations

import torch

from advaug.methods.base import AugmentMethod, DataInfo, Option
from advaug.ops.color import random_centres, square_mask

CUTOUT_OPTION = Option(0, "side (px) of a Cutout square applied after the policy; 0: off", low=0)


def apply_cutout(images: torch.Tensor, size: int, info: DataInfo, rng: torch.Generator) -> torch.Tensor:
    """Every image gets one mean-coloured square of side ``size`` (no draw at all when 0)."""
    if size == 0:
        return images
    batch, channels, height, width = images.shape
    centres = random_centres(batch, height, width, rng, images.device)
    mask = square_mask(centres, size, height, width, images)
    fill = torch.tensor(info.mean[:channels], dtype=images.dtype, device=images.device).view(1, channels, 1, 1)
    return torch.where(mask, fill.expand_as(images), images)


class CutoutAfterPolicy(AugmentMethod):
    """Adds the ``cutout`` option to a policy method: sampled and applied after its own parameters."""

    options = {"cutout": CUTOUT_OPTION}

    def augment(self, images: torch.Tensor, rng: torch.Generator) -> torch.Tensor:
        return apply_cutout(super().augment(images, rng), self.params["cutout"], self.info, rng)
