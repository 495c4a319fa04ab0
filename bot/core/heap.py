"""How the C allocator places the big blocks a load makes, so that reloads leave no holes.

A load or reload makes many short-lived blocks of hundreds of kilobytes: each file's bytes and
text, lists and dicts of 100,000 entries. glibc's malloc serves blocks from 128 kB up with a
mapping of their own, handed back to the system when freed; but after the first such block is
freed it raises that threshold to the block's size (up to 32 MB), and from then on serves big
blocks from its heap, in places the last retirement gave back to the system (`malloc_trim`).
Each lands somewhere else and makes its pages resident again, and freeing it does not undo
that: at 100,000 shows the resident memory grew by 20 to 25 MB between one reload and the next,
and the peak of the reload after it by as much. Holding the threshold at `MMAP_THRESHOLD` keeps
every bigger block in a mapping of its own, gone from memory the moment it is freed.
"""

from __future__ import annotations

import ctypes
import functools

MMAP_THRESHOLD = 512 * 1024
"""Blocks from this size up get a mapping of their own. Not glibc's starting 128 kB: a mapping's
pages are new ones to fault in, and blocks of a few hundred kB (a file of 1,000 shows) come and
go so often in a load that mapping them made a cold load 3% slower, against 1% from here, for
the same peak."""
_M_MMAP_THRESHOLD = -3
"""`mallopt`'s parameter number for it (malloc.h)."""


@functools.cache
def map_big_blocks() -> bool:
    """Keep glibc's threshold for mapping big blocks at `MMAP_THRESHOLD` (once a process);
    False where there is no glibc (the allocator is then left as it is)."""
    try:
        mallopt = ctypes.CDLL("libc.so.6").mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD))
