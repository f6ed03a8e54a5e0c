"""advaug: a reproducible benchmark of adversarial and learned data augmentation."""

__version__ = "0.1.0"
