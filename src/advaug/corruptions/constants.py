"""Severity constants of the common corruptions, one row per severity 1..5.

Source: the official CIFAR-10-C generator of Hendrycks & Dietterich,
"Benchmarking Neural Network Robustness to Common Corruptions and
Perturbations" (ICLR 2019), repository hendrycks/robustness, file
``ImageNet-C/create_c/make_cifar_c.py`` at commit
8190fe329f5f072a06e3a2aea02bb5dda69aed9f (the file is unchanged since January
2019) -- the CIFAR (32x32) constants, not the ImageNet ones. Every tuple below
is copied from the ``c = [...]`` list of the function with the same name there;
the field names are ours. The frost photos come from the same folder of the
same commit (``frost_layers``).

Pixel-valued constants that the official code writes as ``IMSIZE * f`` (elastic
transform, IMSIZE = 32) are stored as the fraction ``f`` so that other image
sizes scale them.
"""

from __future__ import annotations

# --- noise ---------------------------------------------------------------
GAUSSIAN_NOISE_STD = (0.04, 0.06, 0.08, 0.09, 0.10)
SHOT_NOISE_PHOTONS = (500, 250, 100, 75, 50)  # x -> Poisson(x * c) / c
IMPULSE_NOISE_AMOUNT = (0.01, 0.02, 0.03, 0.05, 0.07)  # salt & pepper, half each
SPECKLE_NOISE_STD = (0.06, 0.1, 0.12, 0.16, 0.2)

# --- blur ----------------------------------------------------------------
GAUSSIAN_BLUR_SIGMA = (0.4, 0.6, 0.7, 0.8, 1.0)
# (gaussian sigma, max pixel displacement, shuffle passes)
GLASS_BLUR = ((0.05, 1, 1), (0.25, 1, 1), (0.4, 1, 1), (0.25, 1, 2), (0.4, 1, 2))
# (disk radius, anti-alias gaussian sigma)
DEFOCUS_BLUR = ((0.3, 0.4), (0.4, 0.5), (0.5, 0.6), (1.0, 0.2), (1.5, 0.1))
# ImageMagick MotionBlurImage (radius, sigma); angle ~ U(-45, 45) degrees
MOTION_BLUR = ((6, 1.0), (6, 1.5), (6, 2.0), (8, 2.0), (9, 2.5))
MOTION_BLUR_ANGLE_RANGE = (-45.0, 45.0)
# Official: np.arange(1, stop, 0.01) for these stops; blur.zoom_blur_factors calls
# NumPy's arange itself, because its float steps matter: the ranges hold 7, 12,
# 16, 21 and 26 factors, and the last factor of severity 5 is 1.2500000000000002,
# which zooms a 26 px crop to 33 px (1.25 would give 32).
ZOOM_BLUR_STOPS = (1.06, 1.11, 1.16, 1.21, 1.26)
ZOOM_BLUR_STEP = 0.01

# --- weather -------------------------------------------------------------
# (snow mean, snow std, zoom factor, threshold, blur radius, blur sigma, image weight)
SNOW = (
    (0.1, 0.2, 1.0, 0.6, 8, 3, 0.95),
    (0.1, 0.2, 1.0, 0.5, 10, 4, 0.9),
    (0.15, 0.3, 1.75, 0.55, 10, 4, 0.9),
    (0.25, 0.3, 2.25, 0.6, 12, 6, 0.85),
    (0.3, 0.3, 1.25, 0.65, 14, 12, 0.8),
)
SNOW_ANGLE_RANGE = (-135.0, -45.0)
# (image weight, frost weight)
FROST = ((1.0, 0.2), (1.0, 0.3), (0.9, 0.4), (0.85, 0.4), (0.75, 0.45))
# Official: np.random.randint(5) over a list of six photos (frost1.png .. frost6.jpg),
# so only the first five are used; the procedural option makes five textures too.
FROST_TEXTURE_COUNT = 5
# (fog strength, plasma-fractal wibble decay); the official fractal is 32x32
FOG = ((0.2, 3.0), (0.5, 3.0), (0.75, 2.5), (1.0, 2.0), (1.5, 1.75))
FOG_INITIAL_WIBBLE = 100.0
# (mean, std, blur sigma, threshold, strength-or-blur, mud?) ; mud = 0: water, 1: mud
SPATTER = (
    (0.62, 0.1, 0.7, 0.7, 0.5, 0),
    (0.65, 0.1, 0.8, 0.7, 0.5, 0),
    (0.65, 0.3, 1.0, 0.69, 0.5, 0),
    (0.65, 0.1, 0.7, 0.69, 0.6, 1),
    (0.65, 0.1, 0.5, 0.68, 0.6, 1),
)
SPATTER_WATER_RGB = (175, 238, 238)  # "pale turquoise", out of 255
SPATTER_MUD_RGB = (63, 42, 20)  # "mud brown", out of 255
SPATTER_CANNY_THRESHOLDS = (50, 150)
SPATTER_DISTANCE_CAP = 20

# --- digital -------------------------------------------------------------
BRIGHTNESS_SHIFT = (0.05, 0.1, 0.15, 0.2, 0.3)  # added to HSV value
CONTRAST_FACTOR = (0.75, 0.5, 0.4, 0.3, 0.15)
# (saturation scale, saturation shift) on HSV saturation
SATURATE = ((0.3, 0.0), (0.1, 0.0), (1.5, 0.0), (2.0, 0.1), (2.5, 0.2))
JPEG_QUALITY = (80, 65, 58, 50, 40)
PIXELATE_FACTOR = (0.95, 0.9, 0.85, 0.75, 0.65)  # PIL BOX down to int(size * c), back up
# (displacement scale, displacement smoothing sigma, affine jitter), as fractions of
# the image size (official: IMSIZE * f with IMSIZE = 32)
ELASTIC = (
    (0.0, 0.0, 0.08),
    (0.05, 0.2, 0.07),
    (0.08, 0.06, 0.06),
    (0.1, 0.04, 0.05),
    (0.1, 0.03, 0.03),
)
ELASTIC_FIELD_TRUNCATE = 3.0  # skimage gaussian(truncate=3) on the displacement field
