"""Standard training: only the base augmentation the training loop already applies."""

from __future__ import annotations

import torch

from advaug.methods.base import METHODS, AugmentMethod


@METHODS.register("baseline")
class Baseline(AugmentMethod):
    """Identity augmentation, so the loss is ``criterion(model(images), labels)``.

    The training loop applies pad-crop(-flip) to every batch before any method,
    so this is the usual "standard augmentation" baseline.
    """

    def sample_params(self, batch_size, rng, device) -> dict[str, torch.Tensor]:
        return {}

    def apply(self, images: torch.Tensor, params: dict[str, torch.Tensor]) -> torch.Tensor:
        return images
