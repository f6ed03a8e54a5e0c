"""Every advaug command keeps freed memory for its next tensors (advaug.runtime.keep_freed_memory)."""

from __future__ import annotations

import platform
import subprocess
import sys
import textwrap

import pytest

from conftest import REPO

GLIBC = platform.libc_ver()[0] == "glibc"  # found apart from advaug.runtime's own check

# A step's pattern in small: 64 blocks of 1 MB allocated, then all freed, twenty times over;
# prints the page faults of the last twenty rounds (the first two warm the heap up).
ROUNDS = textwrap.dedent("""
    import resource
    import numpy as np

    def rounds(count):
        for _ in range(count):
            blocks = [np.ones(2**17) for _ in range(64)]
            del blocks

    rounds(2)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    rounds(20)
    print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
""")


def _page_faults(prelude: str) -> int:
    result = subprocess.run([sys.executable, "-c", prelude + ROUNDS], cwd=REPO, capture_output=True,
                            text=True, check=True)
    return int(result.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(not GLIBC, reason="mallopt is glibc's; elsewhere advaug leaves malloc as it is")
def test_an_advaug_command_reuses_freed_memory_where_glibc_defaults_fault_again():
    # glibc's defaults give the heap top back after each round: 64 MB of fresh pages each time
    assert _page_faults("") > 20 * 64 * 256 // 2
    after_a_command = "from advaug.cli import main\nassert main(['list', 'methods']) == 0\n"
    assert _page_faults(after_a_command) < 1000


def test_keep_freed_memory_says_whether_it_applied():
    from advaug.runtime import keep_freed_memory

    assert keep_freed_memory() is GLIBC
