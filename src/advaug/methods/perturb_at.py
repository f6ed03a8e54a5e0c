"""Training on the perturbation mix of the robustness study (:mod:`advaug.attacks.mix`).

As the study's ``model_training(..., attack=True)``: each training batch gets
FGSM, colour jitter and Gaussian noise, each with probability ``p``, drawn
fresh each step from the training generator (``per: batch``, the study's
choice; ``per: sample`` draws per image) -- the distribution the perturbed
test set is drawn from once. The FGSM part attacks the model being trained,
in train mode as in the study (and fast AT), only on the selected samples.
"""

from __future__ import annotations

from advaug.attacks.mix import DEFAULT_MIX_PARAMS, DEFAULT_P, MIX_OPTIONS, apply_mix, check_mix_params, sample_mix
from advaug.methods.base import METHODS, Method, Option


@METHODS.register("perturb_at")
class PerturbAT(Method):
    # fgsm_eps, brightness/contrast/saturation (ColorJitter strengths), noise_std,
    # noise_fraction; units (normalised | pixel) and per (batch | sample)
    options = {
        "p": Option(DEFAULT_P, "probability of each perturbation", low=0, high=1),
        **{
            key: Option(value, "strength, as in the perturbed test set (advaug.attacks.mix)", low=0)
            for key, value in DEFAULT_MIX_PARAMS.items()
        },
        # a fraction of the elements (the mix's own check says the same, but only when the method is built)
        "noise_fraction": Option(
            DEFAULT_MIX_PARAMS["noise_fraction"], "fraction of the elements that get noise", low=0, high=1
        ),
        "units": Option(MIX_OPTIONS["units"], "units of fgsm_eps and noise_std", choices=("normalised", "pixel")),
        "per": Option(MIX_OPTIONS["per"], "draw the perturbations per batch (the study) or per sample",
                      choices=("batch", "sample")),
    }

    def __init__(self, params, info):
        super().__init__(params, info)
        self.strengths = check_mix_params(float(self.params["p"]), self.mix_params())

    def mix_params(self) -> dict:
        return {key: self.params[key] for key in (*DEFAULT_MIX_PARAMS, *MIX_OPTIONS)}

    def perturb(self, model, images, labels, rng):
        count, shape = images.shape[0], tuple(images.shape[1:])
        mix = sample_mix(count, float(self.params["p"]), self.strengths, rng, images.device, shape, self.info.std)
        return apply_mix(images, labels, mix, model)

    def loss(self, model, images, labels, ctx):
        return ctx.criterion(model(self.perturb(model, images, labels, ctx.rng)), labels)
