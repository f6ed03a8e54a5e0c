"""The common corruptions of CIFAR-10-C (Hendrycks & Dietterich, ICLR 2019), batched in torch.

15 benchmark corruptions (``CORRUPTIONS``) and 4 extra ones
(``EXTRA_CORRUPTIONS``) at severities 1..5, with the constants of the official
CIFAR generator (``constants.py`` cites the file). The method of each follows
the official code; where that code calls a library we reimplement the
library's operation (ImageMagick motion blur, OpenCV filters, PIL's box
resize), except JPEG, which uses PIL's encoder as the official code does.

Deviations from the official generator, all documented in their modules:

- the reimplemented library operations were checked against the libraries
  (ImageMagick 6.9 via Wand, OpenCV, scipy, skimage, PIL) and agree to within
  one grey level (details in each module), not bit for bit in every case;
- outputs match the official method, not the official random numbers (torch
  generators, not NumPy's global state);
- frost overlays the official photos (``frost_layers``: downloaded once, at a
  pinned commit, md5-checked), or procedural textures when the config says
  ``corruptions.frost: procedural`` (recorded in the set's meta.json).

Where the official code does something other than it seems to, we follow what
it does, since that is what the released CIFAR-10-C contains: glass blur's
"swap" copies the neighbour (NumPy views), and zoom blur's factors come from
NumPy's ``arange`` float steps (``blur``). ``tests/test_corruptions_official.py``
checks every corruption's mean deviation per severity against a NumPy port of
the official generator (within 5 %).

Grey (C = 1) images: brightness and saturate, defined through HSV, replicate
the grey image to RGB and take the BT.601 luma of the result; every other
corruption works on the single channel directly (noise at its official
per-channel strength; colour constants replaced by their luma).
"""

from advaug.corruptions.apply import CORRUPTIONS, EXTRA_CORRUPTIONS, SEVERITIES, corrupt
from advaug.corruptions.dataset import chunk_seed, make_corrupted_set

__all__ = ["CORRUPTIONS", "EXTRA_CORRUPTIONS", "SEVERITIES", "chunk_seed", "corrupt", "make_corrupted_set"]
