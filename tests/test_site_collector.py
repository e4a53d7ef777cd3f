"""The garbage collector leaves what lives as long as the server out of its full collections."""

import gc

from scorecard.site import collector


async def test_after_the_site_starts_what_is_alive_is_frozen(ds):
    assert gc.get_freeze_count() > 0


def test_the_freeze_happens_once_per_process():
    collector.freeze_once()
    frozen = gc.get_freeze_count()
    assert collector.freeze_once() is False
    assert gc.get_freeze_count() == frozen
