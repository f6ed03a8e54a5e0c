"""Random rotation: each sample turned by its own angle drawn uniformly in [-max, max]."""

from __future__ import annotations

import torch

from advaug.methods.base import METHODS, AugmentMethod, Option
from advaug.ops import rotate
from advaug.ops.policy import INTERPOLATIONS


@METHODS.register("rr")
class RandomRotation(AugmentMethod):
    """The random counterpart of adversarial rotation, with the same angle budget."""

    options = {
        "max_angle": Option(30.0, "angles are drawn uniformly in [-max_angle, max_angle] degrees", low=0),
        "interpolation": Option("bilinear", "pixel interpolation of the rotation", choices=INTERPOLATIONS),
    }

    def sample_params(self, batch_size, rng, device) -> dict[str, torch.Tensor]:
        max_angle = float(self.params["max_angle"])
        unit = torch.rand(batch_size, generator=rng, device=device)
        return {"angle": (2.0 * unit - 1.0) * max_angle}

    def apply(self, images: torch.Tensor, params: dict[str, torch.Tensor]) -> torch.Tensor:
        return rotate(images, params["angle"], mode=self.params["interpolation"])
