"""Models built by name: ``build_model("resnet18", in_channels=3, num_classes=10)``."""

from advaug.models.base import BACKBONES, Classifier, build_model

__all__ = ["BACKBONES", "Classifier", "build_model"]
