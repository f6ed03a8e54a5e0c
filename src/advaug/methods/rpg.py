"""Random Patch Gaussian (Lopes et al. 2019, "Improving Robustness Without Sacrificing Accuracy
with Patch Gaussian Augmentation").

Per sample: a square patch whose side is drawn uniformly from {0, ..., patch_size}
(clipped to the image), centred at a uniform random pixel (it may hang over the
edge), and a noise level drawn uniformly from [0, sigma]; N(0, sigma^2) noise is
added inside the patch and the result clipped to [0, 1]. Drawing both the size
and the scale uniformly up to their maxima is the paper's sampling scheme.
"""

from __future__ import annotations

import torch

from advaug.methods.base import METHODS, AugmentMethod, Option
from advaug.ops import gaussian_patch, random_centres


def sample_patch(method: AugmentMethod, batch_size: int, rng: torch.Generator, device) -> dict[str, torch.Tensor]:
    """Lopes et al.'s draw for ``method``'s patch_size/sigma; ``dpg`` starts from the very same draw."""
    side = method.info.image_size
    max_size = min(int(method.params["patch_size"]), side)
    size = torch.randint(0, max_size + 1, (batch_size,), generator=rng, device=device)
    sigma = torch.rand(batch_size, generator=rng, device=device) * float(method.params["sigma"])
    centre = random_centres(batch_size, side, side, rng, device)
    noise = torch.randn((batch_size, method.info.in_channels, side, side), generator=rng, device=device)
    return {"centre": centre, "size": size, "sigma": sigma, "noise": noise}


@METHODS.register("rpg")
class RandomPatchGaussian(AugmentMethod):
    # W = 25 px and sigma = 1.0 are Lopes et al.'s CIFAR-10 hyper-parameters (32x32 images)
    options = {
        "patch_size": Option(25, "largest patch side W in pixels (sides drawn from 0..W)", low=0),
        "sigma": Option(1.0, "largest noise scale (drawn from [0, sigma]; images in [0, 1])", low=0),
    }

    def sample_params(self, batch_size, rng, device) -> dict[str, torch.Tensor]:
        return sample_patch(self, batch_size, rng, device)

    def apply(self, images: torch.Tensor, params: dict[str, torch.Tensor]) -> torch.Tensor:
        if params["noise"].shape != images.shape:
            raise ValueError(
                f"rpg sampled noise for {tuple(params['noise'].shape)} images but got {tuple(images.shape)}"
            )
        noise = params["noise"].to(images.dtype)
        return gaussian_patch(images, params["centre"], params["size"], params["sigma"], noise=noise)
