"""Differentiable (adversarial) rotation: random angles pushed uphill on the loss.

The start angle is drawn as in ``rr`` (uniform in [-max_angle, max_angle]): one per
sample (``formulation: sample``, the default) or one for the whole batch
(``formulation: batch``, AdAug's study). Then ``steps`` steps of projected
gradient ascent through the bilinear rotation (``advaug.ops.rotate`` is
differentiable in the angle) move it by at most ``budget`` degrees -- each
sample's own delta, or the batch's one delta -- and the model trains on the
images rotated by theta + delta. Step size is in degrees. See
:mod:`advaug.methods._ascent` for the options shared with ``dpg``.

Cost: with k steps, k extra forward passes on the attacked samples and k
backward passes to the angle (no weight gradients), plus the training step.

Determinism: on CUDA the backward of ``grid_sample`` (the rotation) accumulates
with atomic adds and has no deterministic kernel, so CUDA runs repeat only up
to floating-point noise; CPU runs repeat bit for bit.
"""

from __future__ import annotations

import torch

from advaug.methods._ascent import ASCENT_OPTIONS, AscentMethod
from advaug.methods.base import METHODS, Option
from advaug.ops import rotate


@METHODS.register("dr")
class DifferentiableRotation(AscentMethod):
    # max_angle as rr's default; budget (degrees) is this package's choice, not a paper's
    options = {
        "max_angle": Option(30.0, "random start angles in [-max_angle, max_angle] degrees (as rr)", low=0),
        "budget": Option(30.0, "B, the bound on the angle's change, degrees", low=0),
        **ASCENT_OPTIONS,
    }
    units = {"angle": "degrees", "delta": "degrees"}
    signed = ("angle", "delta")
    configuration = ("angle",)

    def histogram_ranges(self):
        reach = float(self.params["max_angle"]) + float(self.params["budget"])
        return {"angle": (-reach, reach)}

    def sample_params(self, batch_size, rng, device) -> dict[str, torch.Tensor]:
        max_angle = float(self.params["max_angle"])
        unit = torch.rand(batch_size, generator=rng, device=device)
        return {"angle": (2.0 * unit - 1.0) * max_angle}

    def apply(self, images: torch.Tensor, params: dict[str, torch.Tensor]) -> torch.Tensor:
        # bilinear: nearest-neighbour sampling has no gradient w.r.t. the angle
        return rotate(images, params["angle"], mode="bilinear")

    def to_vector(self, params):
        return params["angle"][:, None], None, None

    def from_vector(self, params, vector):
        return {**params, "angle": vector[:, 0]}

    def record(self, params, delta):
        self.stats.add("angle", params["angle"])
        if delta.numel():
            self.stats.add("delta", delta)
