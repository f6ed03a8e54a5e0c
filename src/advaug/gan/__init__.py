"""AC-GAN with gradient penalty: training, class-balanced sampling, unrestricted adversarial examples.

``train_gan`` fits the generator and critic on a prepared data set;
``write_generated_set`` turns the generator into a canonical data set;
``write_unrestricted`` searches its latent space for images of a class that a
trained classifier gets wrong (Song et al. 2018).
"""

from advaug.gan.models import Discriminator, Generator, load_discriminator, load_generator
from advaug.gan.sample import GeneratedSet, sample_gan, write_generated_set
from advaug.gan.train import EMBEDDED_SETTINGS, GAN_DEFAULTS, resolve_settings, train_gan
from advaug.gan.unrestricted import UNRESTRICTED_DEFAULTS, unrestricted_examples, write_unrestricted

__all__ = [
    "Discriminator",
    "EMBEDDED_SETTINGS",
    "GAN_DEFAULTS",
    "GeneratedSet",
    "Generator",
    "UNRESTRICTED_DEFAULTS",
    "load_discriminator",
    "load_generator",
    "resolve_settings",
    "sample_gan",
    "train_gan",
    "unrestricted_examples",
    "write_generated_set",
    "write_unrestricted",
]
