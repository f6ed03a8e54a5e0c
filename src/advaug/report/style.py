"""One method order and one colour per method across every figure and table."""

from __future__ import annotations

# Baselines first, then hand-designed policies, then learned/adversarial methods.
METHOD_ORDER = [
    "baseline",
    "rr",
    "rpg",
    "randaugment",
    "autoaugment",
    "trivialaugment",
    "augmix",
    "dr",
    "dpg",
    "advaa",
    "fgsm_at",
    "pgd_at",
    "perturb_at",
    "angular",
    "gan_aug",
    "uae_aug",
]


def ordered_methods(present) -> list[str]:
    """Known methods in the canonical order, then any others alphabetically."""
    present = list(dict.fromkeys(present))
    known = [m for m in METHOD_ORDER if m in present]
    return known + sorted(m for m in present if m not in METHOD_ORDER)


def method_palette(methods) -> dict[str, tuple]:
    """Colour-blind-safe colours keyed by the method's place in METHOD_ORDER, so a
    method keeps its colour whichever subset of methods a figure shows."""
    import seaborn as sns

    colours = sns.color_palette("colorblind", 10) + sns.color_palette("dark", 10)
    palette = {}
    for method in ordered_methods(methods):
        index = METHOD_ORDER.index(method) if method in METHOD_ORDER else len(METHOD_ORDER) + len(palette)
        palette[method] = colours[index % len(colours)]
    return palette
