"""TrivialAugment Wide (Müller & Hutter 2021): one random op at one random magnitude per image.

Op set, the "wide" magnitude ranges and 31 bins follow torchvision's
``TrivialAugmentWide`` (nearest interpolation, zero fill).
"""

from __future__ import annotations

import torch

from advaug.methods._cutout import CutoutAfterPolicy
from advaug.methods.base import METHODS, Option
from advaug.ops.policy import INTERPOLATIONS, AugmentationSpace, apply_sequence, trivialaugment_wide_space


@METHODS.register("trivialaugment")
class TrivialAugmentWide(CutoutAfterPolicy):
    # torchvision.transforms.v2.TrivialAugmentWide defaults
    options = {
        "num_magnitude_bins": Option(31, "bins spanning each op's wide range", low=2),
        "interpolation": Option("nearest", "pixel interpolation of geometric ops", choices=INTERPOLATIONS),
    }

    def __init__(self, params, info):
        super().__init__(params, info)
        self._spaces: dict[str, AugmentationSpace] = {}

    def space(self, device: torch.device) -> AugmentationSpace:
        key = str(device)
        if key not in self._spaces:
            entries = trivialaugment_wide_space(int(self.params["num_magnitude_bins"]))
            self._spaces[key] = AugmentationSpace.build(entries, device)
        return self._spaces[key]

    def sample_params(self, batch_size, rng, device) -> dict[str, torch.Tensor]:
        space = self.space(device)
        shape = (batch_size, 1)
        choice = torch.randint(0, space.num_ops, shape, generator=rng, device=device)
        bins = int(self.params["num_magnitude_bins"])
        magnitude_bin = torch.randint(0, bins, shape, generator=rng, device=device)
        op, magnitude = space.choose(choice, magnitude_bin, rng)
        return {"op": op, "magnitude": magnitude}

    def apply(self, images: torch.Tensor, params: dict[str, torch.Tensor]) -> torch.Tensor:
        return apply_sequence(images, params["op"], params["magnitude"], self.params["interpolation"])
