"""AugMix (Hendrycks et al. 2020, "AugMix: A Simple Data Processing Method to Improve
Robustness and Uncertainty"), batched with per-sample randomness.

Each image gets ``width`` chains of 1-3 random ops (or ``depth`` if positive),
chain outputs are mixed with Dirichlet(alpha) weights and the mixture blended
with the original with a Beta(alpha, alpha) weight. Ops and magnitudes follow
the official code (google-research/augmix, ``augmentations.py``): a level drawn
uniformly from [0.1, severity] per op, scaled out of 10; by default the
operations that overlap with CIFAR-C corruptions (colour, contrast, brightness,
sharpness) are left out, as there (``all_ops`` puts them back). With ``jsd`` (on
by default, as in the official code and for the paper's CIFAR-10-C results) the
loss adds the Jensen-Shannon consistency term between the clean image and two
AugMix views, weighted by lambda = 12 (paper, Sec. 3); the model then sees each
batch three times.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F

from advaug.methods.base import METHODS, AugmentMethod, Option
from advaug.ops.policy import IDENTITY, INTERPOLATIONS, apply_sequence, op_indices

# official augmix: PARAMETER_MAX = 10, levels are "out of 10"
PARAMETER_MAX = 10.0
MAX_DEPTH = 3


def _op_table(image_size: int, all_ops: bool) -> dict[str, tuple[float, bool, float, float, bool]]:
    """name -> (maxval, integer, slope, offset, signed); magnitude = offset + slope * parameter.

    ``parameter`` is the official ``int_parameter``/``float_parameter(level, maxval)``;
    slope/offset turn it into the magnitude our op table expects (e.g. posterize
    keeps 4 - parameter bits, solarize's PIL threshold 256 - parameter becomes a
    fraction of 255, enhance factor 0.1 + parameter becomes a factor offset).
    """
    table = {
        "AutoContrast": (0.0, False, 0.0, 0.0, False),
        "Equalize": (0.0, False, 0.0, 0.0, False),
        "Posterize": (4.0, True, -1.0, 4.0, False),
        "Rotate": (30.0, True, 1.0, 0.0, True),
        "Solarize": (256.0, True, -1.0 / 255.0, 256.0 / 255.0, False),
        "ShearX": (0.3, False, 1.0, 0.0, True),
        "ShearY": (0.3, False, 1.0, 0.0, True),
        "TranslateX": (image_size / 3.0, True, 1.0, 0.0, True),
        "TranslateY": (image_size / 3.0, True, 1.0, 0.0, True),
    }
    if all_ops:
        for name in ("Color", "Contrast", "Brightness", "Sharpness"):
            table[name] = (1.8, False, 1.0, 0.1 - 1.0, False)
    return table


def sample_gamma(concentration: torch.Tensor, rng: torch.Generator) -> torch.Tensor:
    """Gamma(concentration, 1) variates drawn from ``rng`` (torch.distributions takes no generator)."""
    return torch._standard_gamma(concentration, generator=rng)


def sample_dirichlet(concentration: torch.Tensor, rng: torch.Generator) -> torch.Tensor:
    """Dirichlet rows as normalised gamma variates."""
    gammas = sample_gamma(concentration, rng)
    return gammas / gammas.sum(dim=-1, keepdim=True).clamp_min(torch.finfo(gammas.dtype).tiny)


@METHODS.register("augmix")
class AugMix(AugmentMethod):
    # official defaults: mixture_width 3, mixture_depth -1 (random 1-3), aug_severity 3,
    # alpha 1, all_ops off; jsd_weight is the paper's lambda = 12
    options = {
        "width": Option(3, "augmentation chains mixed per image", low=1),
        "depth": Option(
            -1, f"ops per chain, 1..{MAX_DEPTH}; -1 draws 1-{MAX_DEPTH} per chain", choices=(-1, *range(1, MAX_DEPTH + 1))
        ),
        "severity": Option(3.0, "largest op level, out of 10", low=1, high=PARAMETER_MAX),
        "alpha": Option(1.0, "Dirichlet/Beta concentration of the mixing weights", low=0, low_open=True),
        "all_ops": Option(False, "also use the ops that overlap CIFAR-C corruptions (colour, contrast, ...)"),
        # on by default as in the official code (google-research/augmix, --no-jsd turns it off)
        "jsd": Option(True, "add the Jensen-Shannon consistency loss over two AugMix views (3 forward passes)"),
        "jsd_weight": Option(12.0, "lambda, the weight of the consistency loss", low=0),
        "interpolation": Option("bilinear", "pixel interpolation of geometric ops", choices=INTERPOLATIONS),
    }

    def __init__(self, params, info):
        super().__init__(params, info)
        self._tables: dict[str, tuple[torch.Tensor, torch.Tensor]] = {}

    def tables(self, device: torch.device) -> tuple[torch.Tensor, torch.Tensor]:
        """(K,) op indices and (K, 5) magnitude rules on ``device``."""
        key = str(device)
        if key not in self._tables:
            table = _op_table(self.info.image_size, bool(self.params["all_ops"]))
            rules = torch.tensor([[float(v) for v in row] for row in table.values()], device=device)
            self._tables[key] = (op_indices(list(table), device), rules)
        return self._tables[key]

    def _magnitudes(self, choice: torch.Tensor, rng: torch.Generator) -> torch.Tensor:
        _, rules = self.tables(choice.device)
        maxval, integer, slope, offset, signed = rules[choice].unbind(-1)
        level = 0.1 + torch.rand(choice.shape, generator=rng, device=choice.device) * (
            float(self.params["severity"]) - 0.1
        )
        parameter = level * maxval / PARAMETER_MAX
        parameter = torch.where(integer > 0, torch.trunc(parameter), parameter)
        magnitude = offset + slope * parameter
        flip = torch.rand(choice.shape, generator=rng, device=choice.device) < 0.5
        return torch.where((signed > 0) & flip, -magnitude, magnitude)

    def sample_params(self, batch_size, rng, device) -> dict[str, torch.Tensor]:
        op_ids, _ = self.tables(device)
        width = int(self.params["width"])
        shape = (batch_size, width, MAX_DEPTH)
        choice = torch.randint(0, op_ids.numel(), shape, generator=rng, device=device)
        magnitude = self._magnitudes(choice, rng)
        if int(self.params["depth"]) > 0:
            depth = torch.full((batch_size, width, 1), int(self.params["depth"]), device=device)
        else:
            depth = torch.randint(1, MAX_DEPTH + 1, (batch_size, width, 1), generator=rng, device=device)
        active = torch.arange(MAX_DEPTH, device=device) < depth
        op = torch.where(active, op_ids[choice], torch.full_like(choice, IDENTITY))
        magnitude = torch.where(active, magnitude, torch.zeros_like(magnitude))
        alpha = float(self.params["alpha"])
        chain_weights = sample_dirichlet(torch.full((batch_size, width), alpha, device=device), rng)
        # Beta(alpha, alpha) as the first coordinate of a 2-d Dirichlet
        mix = sample_dirichlet(torch.full((batch_size, 2), alpha, device=device), rng)[:, 0]
        return {"op": op, "magnitude": magnitude, "chain_weights": chain_weights, "mix": mix}

    def apply(self, images: torch.Tensor, params: dict[str, torch.Tensor]) -> torch.Tensor:
        batch = images.shape[0]
        op, magnitude = params["op"], params["magnitude"]
        width = op.shape[1]
        # all chains in one batch, chain-major: row c * N + i is chain c of sample i
        chains = apply_sequence(
            images.repeat(width, 1, 1, 1),
            op.transpose(0, 1).reshape(width * batch, -1),
            magnitude.transpose(0, 1).reshape(width * batch, -1),
            self.params["interpolation"],
        ).view(width, batch, *images.shape[1:])
        weights = params["chain_weights"].to(images.dtype).t().reshape(width, batch, 1, 1, 1)
        mixture = (weights * chains).sum(dim=0)
        mix = params["mix"].to(images.dtype).view(batch, 1, 1, 1)
        return ((1.0 - mix) * images + mix * mixture).clamp(0.0, 1.0)

    def loss(self, model, images, labels, ctx):
        if not self.params["jsd"]:
            return super().loss(model, images, labels, ctx)
        views = torch.cat([images, self.augment(images, ctx.rng), self.augment(images, ctx.rng)])
        logits_clean, logits_first, logits_second = model(views).chunk(3)
        loss = ctx.criterion(logits_clean, labels)
        return loss + float(self.params["jsd_weight"]) * jensen_shannon(
            logits_clean, logits_first, logits_second
        )


def jensen_shannon(*logits: torch.Tensor) -> torch.Tensor:
    """Mean KL of each softmax to their average, batch-averaged (official AugMix JSD).

    The mixture is clamped at 1e-7 before the log, as in the official code.
    """
    probabilities = [F.softmax(item, dim=1) for item in logits]
    log_mixture = torch.clamp(torch.stack(probabilities).mean(dim=0), 1e-7, 1.0).log()
    divergences = [F.kl_div(log_mixture, p, reduction="batchmean") for p in probabilities]
    return sum(divergences) / len(divergences)
