"""How the C allocator places the big blocks a load makes, so that reloads leave no holes.

A load or reload makes many short-lived blocks of hundreds of kilobytes: each file's bytes and
text, lists and dicts of 100,000 entries. glibc's malloc serves blocks from 128 kB up with a
mapping of their own, handed back to the system when freed; but after the first such block is
freed it raises that threshold to the block's size (up to 32 MB), and from then on serves big
blocks from its heap, in places the last retirement gave back to the system (`malloc_trim`).
Each lands somewhere else and makes its pages resident again, and freeing it does not undo
that: at 100,000 shows the resident memory grew by 20 to 25 MB between one reload and the next,
and the peak of the reload after it by as much. Keeping the threshold where it starts keeps
every big block in a mapping of its own, gone from memory the moment it is freed.
"""

from __future__ import annotations

import ctypes
import functools

MMAP_THRESHOLD = 128 * 1024
"""glibc's own starting value: blocks from this size up get a mapping of their own."""
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
