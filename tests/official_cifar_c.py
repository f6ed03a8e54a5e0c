"""A plain NumPy/SciPy/PIL port of the official CIFAR-10-C generator, the reference for the tests.

Source: Hendrycks & Dietterich (ICLR 2019), repository hendrycks/robustness,
``ImageNet-C/create_c/make_cifar_c.py`` at commit
8190fe329f5f072a06e3a2aea02bb5dda69aed9f. Each function below follows the
official function of the same name line by line, with its constants (the
``c = [...]`` lists) copied from there, on one uint8 32 x 32 x 3 image, drawing
from NumPy's global random state as the official code does. It shares no code
with advaug.

The official code calls skimage, OpenCV and ImageMagick (through Wand), none
of which is installed here, so each such call is written out from the
library's documented behaviour, named where it is used:

- ``skimage.filters.gaussian(x, sigma, multichannel=True)`` is
  ``scipy.ndimage.gaussian_filter`` over the two spatial axes, mode 'nearest',
  truncate 4 (skimage's defaults); skimage's rgb2hsv/hsv2rgb and
  ``random_noise(mode='s&p')`` are written out.
- OpenCV: ``GaussianBlur`` / ``filter2D`` / ``blur`` are correlations with
  border BORDER_REFLECT_101 (scipy's 'mirror'); ``resize`` INTER_LINEAR samples
  at (d + 0.5) / fx - 0.5; ``warpAffine`` is bilinear sampling at the inverse
  map; ``Canny`` (3x3 Sobel, L1 norm), ``distanceTransform`` and
  ``equalizeHist`` are written out, except that the 5x5 chamfer distance of
  ``distanceTransform(DIST_L2, 5)`` is replaced by scipy's exact Euclidean
  distance (they differ by a few per cent on diagonals).
- ImageMagick's MotionBlurImage (MagickCore/effect.c): 2 ceil(radius) + 1 taps
  with weights exp(-i^2 / 2 sigma^2), tap i at offset
  (ceil(i cos a - 0.5), ceil(i sin a - 0.5)), edge pixels repeated; the 8-bit
  result truncated, as advaug's check against Wand (ImageMagick 6.9.11) found.
  Wand is not installed, so this port is the only reference for motion blur
  and snow here: it checks advaug against the algorithm, not against the
  library's output.
"""

from __future__ import annotations

from io import BytesIO

import numpy as np
from PIL import Image
from scipy import ndimage

IMSIZE = 32


# --- library operations, written out ------------------------------------------------------
def sk_gaussian(x: np.ndarray, sigma: float, mode: str = "nearest", truncate: float = 4.0) -> np.ndarray:
    """skimage.filters.gaussian: spatial axes only (multichannel), scipy's kernel and borders."""
    sigmas = (sigma, sigma, 0) if x.ndim == 3 else sigma
    return ndimage.gaussian_filter(x.astype(np.float64), sigmas, mode=mode, truncate=truncate)


def cv2_filter2d(x: np.ndarray, kernel: np.ndarray) -> np.ndarray:
    """cv2.filter2D (a correlation, border reflect-101) on one channel."""
    return ndimage.correlate(x.astype(np.float64), kernel, mode="mirror")


def cv2_blur3(x: np.ndarray) -> np.ndarray:
    """cv2.blur(x, (3, 3)): the 3x3 sum (border reflect-101) times the float32 scale 1/9."""
    return cv2_filter2d(x, np.ones((3, 3))).astype(np.float32) * np.float32(1 / 9)


def cv2_gaussian_kernel(ksize: int, sigma: float) -> np.ndarray:
    offsets = np.arange(ksize) - (ksize - 1) / 2
    kernel = np.exp(-(offsets**2) / (2 * sigma**2))
    return kernel / kernel.sum()


def cv2_resize_linear(image: np.ndarray, fx: float) -> np.ndarray:
    """cv2.resize(image, (0, 0), fx=fx, fy=fx), INTER_LINEAR, uint8 in and out."""
    out = image.astype(np.float64)
    for axis in (0, 1):
        size = image.shape[axis]
        target = int(round(size * fx))
        src = np.clip((np.arange(target) + 0.5) / fx - 0.5, 0, size - 1)
        low = np.floor(src).astype(int)
        high = np.minimum(low + 1, size - 1)
        frac = src - low
        a, b = np.take(out, low, axis=axis), np.take(out, high, axis=axis)
        frac = frac[:, None, None] if axis == 0 else frac[None, :, None]
        out = a + (b - a) * frac
    return np.clip(np.round(out), 0, 255).astype(np.uint8)


def imagemagick_motion_blur(image: np.ndarray, radius: float, sigma: float, angle: float) -> np.ndarray:
    """MotionBlurImage on a uint8 H x W (x C) image; returns uint8."""
    width = int(2 * np.ceil(radius) + 1)
    kernel = np.exp(-(np.arange(width) ** 2) / (2.0 * sigma * sigma))
    kernel /= kernel.sum()
    radians = np.deg2rad(angle)
    height, cols = image.shape[:2]
    rows_idx, cols_idx = np.mgrid[0:height, 0:cols]
    out = np.zeros(image.shape, dtype=np.float64)
    for i in range(width):
        dx = int(np.ceil(i * np.cos(radians) - 0.5))
        dy = int(np.ceil(i * np.sin(radians) - 0.5))
        out += kernel[i] * image[np.clip(rows_idx + dy, 0, height - 1), np.clip(cols_idx + dx, 0, cols - 1)]
    return np.floor(out + 1e-6).astype(np.uint8)


def rgb2hsv(rgb: np.ndarray) -> np.ndarray:
    """skimage.color.rgb2hsv (ties in the max: blue over green over red)."""
    value = rgb.max(-1)
    delta = rgb.max(-1) - rgb.min(-1)
    with np.errstate(divide="ignore", invalid="ignore"):
        saturation = np.where(delta == 0, 0.0, delta / value)
        hue = np.where(rgb[..., 0] == value, (rgb[..., 1] - rgb[..., 2]) / delta, 0.0)
        hue = np.where(rgb[..., 1] == value, 2.0 + (rgb[..., 2] - rgb[..., 0]) / delta, hue)
        hue = np.where(rgb[..., 2] == value, 4.0 + (rgb[..., 0] - rgb[..., 1]) / delta, hue)
    hue = np.where(delta == 0, 0.0, (hue / 6.0) % 1.0)
    return np.stack([hue, saturation, value], -1)


def hsv2rgb(hsv: np.ndarray) -> np.ndarray:
    """skimage.color.hsv2rgb."""
    hue, sat, val = hsv[..., 0], hsv[..., 1], hsv[..., 2]
    sector = np.floor(hue * 6)
    frac = hue * 6 - sector
    p, q, t = val * (1 - sat), val * (1 - frac * sat), val * (1 - (1 - frac) * sat)
    sector = (sector % 6).astype(int)
    table = [(val, t, p), (q, val, p), (p, val, t), (p, q, val), (t, p, val), (val, p, q)]
    out = np.zeros(hsv.shape)
    for index, (r, g, b) in enumerate(table):
        where = sector == index
        out[where] = np.stack([r, g, b], -1)[where]
    return out


def canny(image: np.ndarray, low: float, high: float) -> np.ndarray:
    """cv2.Canny on uint8: 3x3 Sobel (replicated border), L1 magnitude, NMS, 8-connected hysteresis."""
    padded = np.pad(image.astype(np.int64), 1, mode="edge")
    dx = ndimage.correlate(padded, np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]]))[1:-1, 1:-1]
    dy = ndimage.correlate(padded, np.array([[-1, -2, -1], [0, 0, 0], [1, 2, 1]]))[1:-1, 1:-1]
    magnitude = np.abs(dx) + np.abs(dy)
    ring = np.pad(magnitude, 1)
    height, width = image.shape

    def neighbour(drow: int, dcol: int) -> np.ndarray:
        return ring[1 + drow : 1 + drow + height, 1 + dcol : 1 + dcol + width]

    ax, ay = np.abs(dx), np.abs(dy)
    tan22 = np.tan(np.deg2rad(22.5))
    horizontal = ay < ax * tan22
    vertical = ~horizontal & (ay > ax * (2 + tan22))  # tan(67.5) = 2 + tan(22.5)
    same_sign = (dx < 0) == (dy < 0)  # OpenCV: (dx ^ dy) >= 0
    keep = np.where(
        horizontal,
        (magnitude > neighbour(0, -1)) & (magnitude >= neighbour(0, 1)),
        np.where(
            vertical,
            (magnitude > neighbour(-1, 0)) & (magnitude >= neighbour(1, 0)),
            np.where(
                same_sign,
                (magnitude > neighbour(-1, -1)) & (magnitude > neighbour(1, 1)),
                (magnitude > neighbour(-1, 1)) & (magnitude > neighbour(1, -1)),
            ),
        ),
    )
    candidate = keep & (magnitude > low)
    labels, _ = ndimage.label(candidate, structure=np.ones((3, 3)))
    strong = np.unique(labels[candidate & (magnitude > high)])
    return np.isin(labels, strong[strong > 0])


def equalize_hist(image: np.ndarray) -> np.ndarray:
    """cv2.equalizeHist on uint8."""
    hist = np.bincount(image.ravel(), minlength=256)
    first = int(np.flatnonzero(hist)[0])
    total = image.size
    if hist[first] == total:
        return image.copy()
    scale = 255.0 / (total - hist[first])
    lut = np.clip(np.round((np.cumsum(hist) - hist[first]) * scale), 0, 255)
    return lut[image].astype(np.uint8)


def plasma_fractal(mapsize: int = 32, wibbledecay: float = 3) -> np.ndarray:
    """The official diamond-square height map in [0, 1]."""
    maparray = np.empty((mapsize, mapsize), dtype=np.float64)
    maparray[0, 0] = 0
    stepsize = mapsize
    wibble = 100.0

    def wibbledmean(array):
        return array / 4 + wibble * np.random.uniform(-wibble, wibble, array.shape)

    while stepsize >= 2:
        half = stepsize // 2
        corners = maparray[0:mapsize:stepsize, 0:mapsize:stepsize]
        squareaccum = corners + np.roll(corners, shift=-1, axis=0)
        squareaccum += np.roll(squareaccum, shift=-1, axis=1)
        maparray[half:mapsize:stepsize, half:mapsize:stepsize] = wibbledmean(squareaccum)
        drgrid = maparray[half:mapsize:stepsize, half:mapsize:stepsize]
        ulgrid = maparray[0:mapsize:stepsize, 0:mapsize:stepsize]
        ltsum = drgrid + np.roll(drgrid, 1, axis=0) + ulgrid + np.roll(ulgrid, -1, axis=1)
        maparray[0:mapsize:stepsize, half:mapsize:stepsize] = wibbledmean(ltsum)
        ttsum = drgrid + np.roll(drgrid, 1, axis=1) + ulgrid + np.roll(ulgrid, -1, axis=0)
        maparray[half:mapsize:stepsize, 0:mapsize:stepsize] = wibbledmean(ttsum)
        stepsize //= 2
        wibble /= wibbledecay
    maparray -= maparray.min()
    return maparray / maparray.max()


def clipped_zoom(img: np.ndarray, zoom_factor: float) -> np.ndarray:
    h = img.shape[0]
    ch = int(np.ceil(h / zoom_factor))
    top = (h - ch) // 2
    img = ndimage.zoom(img[top : top + ch, top : top + ch], (zoom_factor, zoom_factor, 1), order=1)
    trim_top = (img.shape[0] - h) // 2
    return img[trim_top : trim_top + h, trim_top : trim_top + h]


def disk(radius: float, alias_blur: float) -> np.ndarray:
    if radius <= 8:
        grid, ksize = np.arange(-8, 8 + 1), 3
    else:
        grid, ksize = np.arange(-radius, radius + 1), 5
    xs, ys = np.meshgrid(grid, grid)
    aliased = np.array((xs**2 + ys**2) <= radius**2, dtype=np.float64)
    aliased /= aliased.sum()
    kernel = cv2_gaussian_kernel(ksize, alias_blur)  # cv2.GaussianBlur, separable
    return ndimage.correlate(aliased, np.outer(kernel, kernel), mode="mirror")


# --- the corruptions ------------------------------------------------------------------------
def gaussian_noise(x, severity=1):
    c = [0.04, 0.06, 0.08, 0.09, 0.10][severity - 1]
    x = np.array(x) / 255.0
    return np.clip(x + np.random.normal(size=x.shape, scale=c), 0, 1) * 255


def shot_noise(x, severity=1):
    c = [500, 250, 100, 75, 50][severity - 1]
    x = np.array(x) / 255.0
    return np.clip(np.random.poisson(x * c) / c, 0, 1) * 255


def impulse_noise(x, severity=1):
    c = [0.01, 0.02, 0.03, 0.05, 0.07][severity - 1]
    x = np.array(x) / 255.0
    flipped = np.random.random(x.shape) <= c  # skimage random_noise, mode 's&p', salt_vs_pepper 0.5
    salted = np.random.random(x.shape) <= 0.5
    x = x.copy()
    x[flipped & salted] = 1
    x[flipped & ~salted] = 0
    return np.clip(x, 0, 1) * 255


def speckle_noise(x, severity=1):
    c = [0.06, 0.1, 0.12, 0.16, 0.2][severity - 1]
    x = np.array(x) / 255.0
    return np.clip(x + x * np.random.normal(size=x.shape, scale=c), 0, 1) * 255


def gaussian_blur(x, severity=1):
    c = [0.4, 0.6, 0.7, 0.8, 1][severity - 1]
    x = sk_gaussian(np.array(x) / 255.0, sigma=c)
    return np.clip(x, 0, 1) * 255


def glass_blur(x, severity=1):
    c = [(0.05, 1, 1), (0.25, 1, 1), (0.4, 1, 1), (0.25, 1, 2), (0.4, 1, 2)][severity - 1]
    x = np.uint8(sk_gaussian(np.array(x) / 255.0, sigma=c[0]) * 255)
    for _ in range(c[2]):
        for h in range(IMSIZE - c[1], c[1], -1):
            for w in range(IMSIZE - c[1], c[1], -1):
                dx, dy = np.random.randint(-c[1], c[1], size=(2,))
                h_prime, w_prime = h + dy, w + dx
                # the official "swap", verbatim in effect: the right-hand side holds views
                x[h, w], x[h_prime, w_prime] = x[h_prime, w_prime], x[h, w]
    return np.clip(sk_gaussian(x / 255.0, sigma=c[0]), 0, 1) * 255


def defocus_blur(x, severity=1):
    c = [(0.3, 0.4), (0.4, 0.5), (0.5, 0.6), (1, 0.2), (1.5, 0.1)][severity - 1]
    x = np.array(x) / 255.0
    kernel = disk(radius=c[0], alias_blur=c[1])
    channels = np.stack([cv2_filter2d(x[:, :, d], kernel) for d in range(3)], -1)
    return np.clip(channels, 0, 1) * 255


def motion_blur(x, severity=1):
    c = [(6, 1), (6, 1.5), (6, 2), (8, 2), (9, 2.5)][severity - 1]
    x = imagemagick_motion_blur(np.array(x), radius=c[0], sigma=c[1], angle=np.random.uniform(-45, 45))
    return np.clip(x, 0, 255)


def zoom_blur(x, severity=1):
    c = [
        np.arange(1, 1.06, 0.01),
        np.arange(1, 1.11, 0.01),
        np.arange(1, 1.16, 0.01),
        np.arange(1, 1.21, 0.01),
        np.arange(1, 1.26, 0.01),
    ][severity - 1]
    x = (np.array(x) / 255.0).astype(np.float32)
    out = np.zeros_like(x)
    for zoom_factor in c:
        out += clipped_zoom(x, zoom_factor)
    x = (x + out) / (len(c) + 1)
    return np.clip(x, 0, 1) * 255


def fog(x, severity=1):
    c = [(0.2, 3), (0.5, 3), (0.75, 2.5), (1, 2), (1.5, 1.75)][severity - 1]
    x = np.array(x) / 255.0
    max_val = x.max()
    x += c[0] * plasma_fractal(wibbledecay=c[1])[:32, :32][..., np.newaxis]
    return np.clip(x * max_val / (max_val + c[0]), 0, 1) * 255


def frost(x, severity=1, photos=()):
    """``photos``: the frost images as cv2.imread gives them, but in RGB order (uint8 H x W x 3)."""
    c = [(1, 0.2), (1, 0.3), (0.9, 0.4), (0.85, 0.4), (0.75, 0.45)][severity - 1]
    idx = np.random.randint(5)
    layer = cv2_resize_linear(photos[idx], 0.2)
    x_start, y_start = np.random.randint(0, layer.shape[0] - 32), np.random.randint(0, layer.shape[1] - 32)
    layer = layer[x_start : x_start + 32, y_start : y_start + 32]
    return np.clip(c[0] * np.array(x) + c[1] * layer, 0, 255)


def snow(x, severity=1):
    c = [
        (0.1, 0.2, 1, 0.6, 8, 3, 0.95),
        (0.1, 0.2, 1, 0.5, 10, 4, 0.9),
        (0.15, 0.3, 1.75, 0.55, 10, 4, 0.9),
        (0.25, 0.3, 2.25, 0.6, 12, 6, 0.85),
        (0.3, 0.3, 1.25, 0.65, 14, 12, 0.8),
    ][severity - 1]
    x = np.array(x, dtype=np.float32) / 255.0
    snow_layer = np.random.normal(size=x.shape[:2], loc=c[0], scale=c[1])
    snow_layer = clipped_zoom(snow_layer[..., np.newaxis], c[2])
    snow_layer[snow_layer < c[3]] = 0
    snow_layer = (np.clip(snow_layer.squeeze(), 0, 1) * 255).astype(np.uint8)  # the 'L' PNG
    snow_layer = imagemagick_motion_blur(snow_layer, c[4], c[5], np.random.uniform(-135, -45)) / 255.0
    snow_layer = snow_layer[..., np.newaxis]
    grey = (x @ np.array([0.299, 0.587, 0.114], dtype=np.float32)).reshape(32, 32, 1)  # cv2 RGB2GRAY
    x = c[6] * x + (1 - c[6]) * np.maximum(x, grey * 1.5 + 0.5)
    return np.clip(x + snow_layer + np.rot90(snow_layer, k=2), 0, 1) * 255


def spatter(x, severity=1):
    c = [
        (0.62, 0.1, 0.7, 0.7, 0.5, 0),
        (0.65, 0.1, 0.8, 0.7, 0.5, 0),
        (0.65, 0.3, 1, 0.69, 0.5, 0),
        (0.65, 0.1, 0.7, 0.69, 0.6, 1),
        (0.65, 0.1, 0.5, 0.68, 0.6, 1),
    ][severity - 1]
    x = np.array(x, dtype=np.float32) / 255.0
    liquid_layer = np.random.normal(size=x.shape[:2], loc=c[0], scale=c[1])
    liquid_layer = sk_gaussian(liquid_layer, sigma=c[2])
    liquid_layer[liquid_layer < c[3]] = 0
    if c[5] == 0:
        liquid_layer = (liquid_layer * 255).astype(np.uint8)
        edges = canny(liquid_layer, 50, 150)
        if edges.any():
            dist = ndimage.distance_transform_edt(~edges)  # distanceTransform(255 - Canny)
        else:
            dist = np.full(edges.shape, 20.0)
        dist = np.minimum(dist, 20)  # threshold TRUNC at 20
        dist = cv2_blur3(dist.astype(np.float32)).astype(np.uint8)
        dist = equalize_hist(dist)
        ker = np.array([[-2, -1, 0], [-1, 1, 1], [0, 1, 2]])
        dist = np.clip(np.round(cv2_filter2d(dist, ker)), 0, 255)  # filter2D to CV_8U
        dist = np.round(cv2_blur3(dist)).astype(np.float32)  # on uint8: rounded
        m = liquid_layer * dist
        m = m / m.max() if m.max() > 0 else m
        m *= c[4]
        color = np.array([175 / 255.0, 238 / 255.0, 238 / 255.0])  # pale turquoise, in x's channel order
        return np.clip(x + m[..., None] * color, 0, 1) * 255
    m = np.where(liquid_layer > c[3], 1, 0)
    m = sk_gaussian(m.astype(np.float32), sigma=c[4])
    m[m < 0.8] = 0
    color = np.array([63 / 255.0, 42 / 255.0, 20 / 255.0]) * m[..., np.newaxis]  # mud brown
    x *= 1 - m[..., np.newaxis]
    return np.clip(x + color, 0, 1) * 255


def contrast(x, severity=1):
    c = [0.75, 0.5, 0.4, 0.3, 0.15][severity - 1]
    x = np.array(x) / 255.0
    means = np.mean(x, axis=(0, 1), keepdims=True)
    return np.clip((x - means) * c + means, 0, 1) * 255


def brightness(x, severity=1):
    c = [0.05, 0.1, 0.15, 0.2, 0.3][severity - 1]
    x = rgb2hsv(np.array(x) / 255.0)
    x[:, :, 2] = np.clip(x[:, :, 2] + c, 0, 1)
    return np.clip(hsv2rgb(x), 0, 1) * 255


def saturate(x, severity=1):
    c = [(0.3, 0), (0.1, 0), (1.5, 0), (2, 0.1), (2.5, 0.2)][severity - 1]
    x = rgb2hsv(np.array(x) / 255.0)
    x[:, :, 1] = np.clip(x[:, :, 1] * c[0] + c[1], 0, 1)
    return np.clip(hsv2rgb(x), 0, 1) * 255


def jpeg_compression(x, severity=1):
    c = [80, 65, 58, 50, 40][severity - 1]
    output = BytesIO()
    Image.fromarray(np.array(x)).save(output, "JPEG", quality=c)
    return np.asarray(Image.open(output))


def pixelate(x, severity=1):
    c = [0.95, 0.9, 0.85, 0.75, 0.65][severity - 1]
    x = Image.fromarray(np.array(x))
    x = x.resize((int(32 * c), int(32 * c)), Image.BOX)
    return np.asarray(x.resize((32, 32), Image.BOX))


def elastic_transform(image, severity=1):
    c = [
        (IMSIZE * 0, IMSIZE * 0, IMSIZE * 0.08),
        (IMSIZE * 0.05, IMSIZE * 0.2, IMSIZE * 0.07),
        (IMSIZE * 0.08, IMSIZE * 0.06, IMSIZE * 0.06),
        (IMSIZE * 0.1, IMSIZE * 0.04, IMSIZE * 0.05),
        (IMSIZE * 0.1, IMSIZE * 0.03, IMSIZE * 0.03),
    ][severity - 1]
    image = np.array(image, dtype=np.float32) / 255.0
    shape = image.shape
    center_square = np.float32(shape[:2]) // 2
    square_size = min(shape[:2]) // 3
    pts1 = np.float32(
        [
            center_square + square_size,
            [center_square[0] + square_size, center_square[1] - square_size],
            center_square - square_size,
        ]
    )
    pts2 = pts1 + np.random.uniform(-c[2], c[2], size=pts1.shape).astype(np.float32)
    # cv2.getAffineTransform(pts1, pts2) then warpAffine: dst(p) = src(M^-1 p), (x, y) points
    forward = np.linalg.solve(
        np.hstack([pts1, np.ones((3, 1))]).astype(np.float64), pts2.astype(np.float64)
    ).T
    inverse = np.linalg.inv(np.vstack([forward, [0, 0, 1]]))[:2]
    ys, xs = np.mgrid[0 : shape[0], 0 : shape[1]].astype(np.float64)
    src_x = inverse[0, 0] * xs + inverse[0, 1] * ys + inverse[0, 2]
    src_y = inverse[1, 0] * xs + inverse[1, 1] * ys + inverse[1, 2]
    image = np.stack(
        [ndimage.map_coordinates(image[..., d], [src_y, src_x], order=1, mode="mirror") for d in range(3)], -1
    )
    dx = (
        sk_gaussian(np.random.uniform(-1, 1, size=shape[:2]), c[1], mode="reflect", truncate=3) * c[0]
    ).astype(np.float32)
    dy = (
        sk_gaussian(np.random.uniform(-1, 1, size=shape[:2]), c[1], mode="reflect", truncate=3) * c[0]
    ).astype(np.float32)
    dx, dy = dx[..., np.newaxis], dy[..., np.newaxis]
    x, y, z = np.meshgrid(np.arange(shape[1]), np.arange(shape[0]), np.arange(shape[2]))
    indices = np.reshape(y + dy, (-1, 1)), np.reshape(x + dx, (-1, 1)), np.reshape(z, (-1, 1))
    return (
        np.clip(ndimage.map_coordinates(image, indices, order=1, mode="reflect").reshape(shape), 0, 1) * 255
    )


CORRUPTIONS = {
    function.__name__: function
    for function in (
        gaussian_noise,
        shot_noise,
        impulse_noise,
        defocus_blur,
        glass_blur,
        motion_blur,
        zoom_blur,
        snow,
        frost,
        fog,
        brightness,
        contrast,
        elastic_transform,
        pixelate,
        jpeg_compression,
        speckle_noise,
        gaussian_blur,
        spatter,
        saturate,
    )
}


def make_official(images: np.ndarray, name: str, severity: int, seed: int, **kwargs) -> np.ndarray:
    """The official loop: np.uint8(corruption(image)) per uint8 H x W x 3 image, seeded once."""
    np.random.seed(seed)
    return np.stack([np.uint8(CORRUPTIONS[name](image, severity, **kwargs)) for image in images])
