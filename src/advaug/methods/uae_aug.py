"""Training on real plus unrestricted adversarial examples (AC-GAN latents optimised
against a baseline classifier, Song et al. 2018), made once before training."""

from advaug.methods._mixing import ExtraSetMixing
from advaug.methods.base import METHODS


@METHODS.register("uae_aug")
class UaeAug(ExtraSetMixing):
    extra_data = "unrestricted"
