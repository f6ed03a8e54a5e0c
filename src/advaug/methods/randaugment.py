"""RandAugment (Cubuk et al. 2020): N random ops per image, all at one magnitude M.

Op set and magnitude bins follow torchvision's ``RandAugment`` (N=2, M=9 of 31
bins, nearest interpolation, zero fill), drawn independently for every sample.

Magnitude scale: ``magnitude`` is a bin index into ``num_magnitude_bins``
equally spaced values over each op's range, so torchvision's default M = 9 of 31
bins is 9/30 = 0.3 of the range. The official RandAugment code puts M on a 0-10
scale (``_MAX_LEVEL = 10`` in tensorflow/tpu's ``autoaugment.py``: the op's
strength is M / 10 of its range), so the paper's M = 9 is 0.9 of the range:
``num_magnitude_bins: 11, magnitude: 9`` here (or bin 27 of 31), as in
``config/paper.yaml``.
"""

from __future__ import annotations

import torch

from advaug.methods._cutout import CutoutAfterPolicy
from advaug.methods.base import METHODS, Option
from advaug.ops.policy import INTERPOLATIONS, AugmentationSpace, apply_sequence, randaugment_space


@METHODS.register("randaugment")
class RandAugment(CutoutAfterPolicy):
    # torchvision.transforms.v2.RandAugment defaults
    options = {
        "num_ops": Option(2, "N, the ops applied to every image", low=0),
        "magnitude": Option(9, "M, a bin index in [0, num_magnitude_bins - 1]", low=0),
        "num_magnitude_bins": Option(
            31, "bins spanning each op's range (torchvision: 31; the paper's M is out of 10, i.e. 11 bins)", low=2
        ),
        "interpolation": Option("nearest", "pixel interpolation of geometric ops", choices=INTERPOLATIONS),
    }

    @classmethod
    def check(cls, params):
        bins = params["num_magnitude_bins"]
        if params["magnitude"] >= bins:
            return "magnitude", f"must be a bin index below num_magnitude_bins ({bins}), got {params['magnitude']}"
        return None

    def __init__(self, params, info):
        super().__init__(params, info)
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
