"""Differentiable (adversarial) Patch Gaussian: noise level and patch pushed uphill on the loss.

The start is ``rpg``'s draw, with the same generator calls: a square patch of
integer side in {0, ..., S} (S = min(``patch_size``, image side)) at a random
pixel, a noise level in [0, ``sigma``] and standard normal noise eps, held fixed
during the ascent. The patch is then described by four continuous numbers --
sigma, side, and the centre (x, y) in pixel coordinates, the image spanning
[0, side] -- and the image is clip(x + sigma * mask * eps, 0, 1) with the *hard*
square mask in the forward pass, so at delta = 0 dpg's images are rpg's, bit for
bit, and ``dpg - rpg`` isolates the adversarial search. Gradients w.r.t. the
side and centre flow through a soft mask (sigmoid edges over ``temperature``
pixels, :func:`advaug.ops.differentiable.patch_mask`): a straight-through
estimator.

The configuration theta the ascent moves is Patch Gaussian's own pair, the
noise scale and the patch side (Lopes et al. parameterise the augmentation by
them; the location is a fresh uniform draw per image and stays so here). It
works on them divided by their ranges, (sigma / sigma_max, side / S), each in
[0, 1], so that one budget means the same for both: with ``norm: l2`` a delta's
2 numbers satisfy ||delta||_2 <= budget (per sample, or for the batch's one
configuration with ``formulation: batch``), with ``linf`` each moves by at most
``budget``. After every step the parameters are projected back into their box
(sigma in [0, sigma_max], side in [0, S]), then onto the ball. (Moving the
centre too, as an earlier version did, let its large straight-through gradient
take the whole l2 step: the loss rose far less.) See :mod:`advaug.methods._ascent`
for the options shared with ``dr``.
"""

from __future__ import annotations

import torch

from advaug.methods._ascent import ASCENT_OPTIONS, AscentMethod
from advaug.methods.base import METHODS, Option
from advaug.methods.rpg import sample_patch
from advaug.ops.differentiable import soft_gaussian_patch

PARAMETERS = ("sigma", "size")


@METHODS.register("dpg")
class DifferentiablePatchGaussian(AscentMethod):
    # patch_size 25 px and sigma 1.0 as rpg (Lopes et al.'s CIFAR-10 values); the temperature
    # (pixels) and budget (normalised units) are this package's choices, not a paper's
    options = {
        "patch_size": Option(25, "largest patch side in pixels (as rpg)", low=0),
        "sigma": Option(1.0, "largest noise scale (as rpg)", low=0),
        "temperature": Option(
            0.5, "edge width (pixels) of the soft mask the side/centre gradients flow through", low=0, low_open=True
        ),
        "budget": Option(1.0, "B, the bound on the change of the normalised parameters", low=0),
        **ASCENT_OPTIONS,
    }
    units = {"sigma": "intensity (images in [0, 1])", "size": "pixels", "delta": "fraction of range"}
    configuration = ("sigma", "size")

    @property
    def max_size(self) -> float:
        return float(min(self.params["patch_size"], self.info.image_size))

    def histogram_ranges(self):
        return {"sigma": (0.0, self.params["sigma"]), "size": (0.0, self.max_size)}

    def sample_params(self, batch_size, rng, device) -> dict[str, torch.Tensor]:
        """rpg's draw, the square then put in continuous coordinates (same pixels covered)."""
        patch = sample_patch(self, batch_size, rng, device)
        params = {"sigma": patch["sigma"], "size": patch["size"].float(), "pixel": patch["centre"],
                  "noise": patch["noise"]}
        return _placed(params)

    def start_params(self, batch_size, rng, device) -> dict[str, torch.Tensor]:
        """The ascent's start; placed again, since ``batch`` may have replaced each side by the
        shared one, whose parity decides where rpg's square of that side lies."""
        return _placed(super().start_params(batch_size, rng, device))

    def apply(self, images: torch.Tensor, params: dict[str, torch.Tensor]) -> torch.Tensor:
        if params["noise"].shape != images.shape:
            raise ValueError(
                f"dpg sampled noise for {tuple(params['noise'].shape)} images but got {tuple(images.shape)}"
            )
        return soft_gaussian_patch(
            images,
            params["centre"],
            params["size"],
            params["sigma"],
            params["noise"],
            self.params["temperature"],
            hard=True,
        )

    def _scales(self, reference: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Each coordinate's range, and the box upper bound (0 where a range is empty)."""
        ranges = reference.new_tensor([self.params["sigma"], self.max_size])
        upper = (ranges > 0).to(reference.dtype)
        return torch.where(ranges > 0, ranges, torch.ones_like(ranges)), upper

    def to_vector(self, params):
        raw = torch.stack([params["sigma"], params["size"]], 1)
        scales, upper = self._scales(raw)
        return raw / scales, torch.zeros_like(upper), upper

    def from_vector(self, params, vector):
        scales, _ = self._scales(vector)
        raw = vector * scales
        return {**params, "sigma": raw[:, 0], "size": raw[:, 1]}

    def record(self, params, delta):
        self.stats.add("sigma", params["sigma"])
        self.stats.add("size", params["size"])
        if delta.numel():
            self.stats.add("delta", delta)


def _placed(params: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """``centre`` in continuous coordinates for rpg's integer ``pixel`` centre and the (integer)
    ``size``: rpg's square covers pixels c - s // 2 .. c - s // 2 + s - 1, i.e. [c - s // 2, c - s // 2 + s)."""
    size = params["size"]
    centre = params["pixel"].float() - torch.floor(size / 2.0)[:, None] + size[:, None] / 2.0
    return {**params, "centre": centre}
