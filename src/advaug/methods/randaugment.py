"""RandAugment (Cubuk et al. 2020): N random ops per image, all at one magnitude M.

Op set and magnitude bins follow torchvision's ``RandAugment`` (N=2, M=9 of 31
bins, nearest interpolation, zero fill), drawn independently for every sample.
"""

from __future__ import annotations

import torch

from advaug.errors import UserError
from advaug.methods.base import METHODS, AugmentMethod
from advaug.ops.policy import INTERPOLATIONS, AugmentationSpace, apply_sequence, randaugment_space


@METHODS.register("randaugment")
class RandAugment(AugmentMethod):
    name = "randaugment"
    # torchvision.transforms.v2.RandAugment defaults
    defaults = {"num_ops": 2, "magnitude": 9, "num_magnitude_bins": 31, "interpolation": "nearest"}

    def __init__(self, params, info):
        super().__init__(params, info)
        bins = int(self.params["num_magnitude_bins"])
        if int(self.params["num_ops"]) < 0:
            raise UserError("randaugment: num_ops must be >= 0")
        if not 0 <= int(self.params["magnitude"]) < bins:
            raise UserError(f"randaugment: magnitude must be a bin index in [0, {bins - 1}]")
        if self.params["interpolation"] not in INTERPOLATIONS:
            raise UserError(f"randaugment: interpolation must be one of {INTERPOLATIONS}")
        self._spaces: dict[str, AugmentationSpace] = {}

    def space(self, device: torch.device) -> AugmentationSpace:
        key = str(device)
        if key not in self._spaces:
            size = self.info.image_size
            entries = randaugment_space(int(self.params["num_magnitude_bins"]), size, size)
            self._spaces[key] = AugmentationSpace.build(entries, device)
        return self._spaces[key]

    def sample_params(self, batch_size, rng, device) -> dict[str, torch.Tensor]:
        space = self.space(device)
        shape = (batch_size, int(self.params["num_ops"]))
        choice = torch.randint(0, space.num_ops, shape, generator=rng, device=device)
        magnitude_bin = torch.full(shape, int(self.params["magnitude"]), device=device)
        op, magnitude = space.choose(choice, magnitude_bin, rng)
        return {"op": op, "magnitude": magnitude}

    def apply(self, images: torch.Tensor, params: dict[str, torch.Tensor]) -> torch.Tensor:
        return apply_sequence(images, params["op"], params["magnitude"], self.params["interpolation"])
