"""Training methods, one file each; ``METHODS`` finds them by name."""

from advaug.methods.base import METHODS, AugmentMethod, DataInfo, Method, StepContext, build_method

__all__ = ["METHODS", "AugmentMethod", "DataInfo", "Method", "StepContext", "build_method"]
