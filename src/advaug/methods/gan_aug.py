"""Training on real plus AC-GAN samples (the study's GAN-sample augmentation)."""

from advaug.methods._mixing import ExtraSetMixing
from advaug.methods.base import METHODS


@METHODS.register("gan_aug")
class GanAug(ExtraSetMixing):
    extra_data = "gan_samples"
