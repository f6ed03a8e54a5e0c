"""Random rotation: each sample turned by its own angle drawn uniformly in [-max, max]."""

from __future__ import annotations

import torch

from advaug.errors import UserError
from advaug.methods.base import METHODS, AugmentMethod
from advaug.ops import rotate
from advaug.ops.policy import INTERPOLATIONS


@METHODS.register("rr")
class RandomRotation(AugmentMethod):
    """The random counterpart of adversarial rotation, with the same angle budget."""

    name = "rr"
    defaults = {"max_angle": 30.0, "interpolation": "bilinear"}

    def __init__(self, params, info):
        super().__init__(params, info)
        if not float(self.params["max_angle"]) >= 0:
            raise UserError(f"rr: max_angle must be >= 0 degrees, got {self.params['max_angle']}")
        if self.params["interpolation"] not in INTERPOLATIONS:
            raise UserError(f"rr: interpolation must be one of {INTERPOLATIONS}")

    def sample_params(self, batch_size, rng, device) -> dict[str, torch.Tensor]:
        max_angle = float(self.params["max_angle"])
        unit = torch.rand(batch_size, generator=rng, device=device)
        return {"angle": (2.0 * unit - 1.0) * max_angle}

    def apply(self, images: torch.Tensor, params: dict[str, torch.Tensor]) -> torch.Tensor:
        return rotate(images, params["angle"], mode=self.params["interpolation"])
