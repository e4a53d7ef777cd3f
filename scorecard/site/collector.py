"""The garbage collector kept off the objects that live as long as the server.

A full collection walks every tracked object: with Datasette, pandas and the plugins loaded, over
100,000 of them, 30 to 60 ms during which every connection waits. At 20 connections a few such
pauses in a run are the p99 of a cold campus page. What is alive once the site has started
(modules, the app, its templates) lives until the process ends, so it is moved into the permanent
generation (``gc.freeze``): later full collections walk only what requests and caches made since,
a few milliseconds. Reference counting still frees everything as before; only the cycle finder
skips the frozen objects.
"""

import gc


def freeze_once() -> bool:
    """Collect, then freeze what survives; only the first time in a process. True if it froze."""
    if gc.get_freeze_count():
        return False
    gc.collect()
    gc.freeze()
    return True
