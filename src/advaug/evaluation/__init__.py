"""Metrics computed the same way for every trained model."""
