"""Training on the perturbation mix of the robustness study (:mod:`advaug.attacks.mix`).

Every sample independently gets FGSM, colour jitter and Gaussian noise, each
with probability ``p``, drawn fresh each step from the training generator --
the same distribution the perturbed test set is drawn from once. The FGSM part
attacks the model being trained, in train mode as in fast AT, and only on the
selected samples (about p of the batch).
"""

from __future__ import annotations

from advaug.attacks.mix import DEFAULT_MIX_PARAMS, DEFAULT_P, apply_mix, check_mix_params, sample_mix
from advaug.methods.base import METHODS, Method, Option


@METHODS.register("perturb_at")
class PerturbAT(Method):
    # fgsm_eps, brightness/contrast/saturation (ColorJitter strengths), noise_std
    options = {
        "p": Option(DEFAULT_P, "probability of each perturbation, per sample", low=0, high=1),
        **{
            key: Option(value, "strength, as in the perturbed test set (advaug.attacks.mix)", low=0)
            for key, value in DEFAULT_MIX_PARAMS.items()
        },
    }

    def __init__(self, params, info):
        super().__init__(params, info)
        self.strengths = check_mix_params(float(self.params["p"]), self.mix_params())

    def mix_params(self) -> dict:
        return {key: self.params[key] for key in DEFAULT_MIX_PARAMS}

    def perturb(self, model, images, labels, rng):
        count, shape = images.shape[0], tuple(images.shape[1:])
        mix = sample_mix(count, float(self.params["p"]), self.strengths, rng, images.device, shape)
        return apply_mix(images, labels, mix, model)

    def loss(self, model, images, labels, ctx):
        return ctx.criterion(model(self.perturb(model, images, labels, ctx.rng)), labels)
