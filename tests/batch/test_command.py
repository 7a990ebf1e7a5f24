"""How a command's process ends: never held for ever by a thread that cannot end."""

import threading

import pytest

from pipeline.batch.command import threads_end


@pytest.mark.parametrize(("blocked", "ended"), [(False, True), (True, False)])
def test_threads_end_tells_a_thread_stuck_on_a_pipe_from_one_that_ends(blocked, ended):
    """A pool's thread waiting on a results pipe that a killed worker left half written
    never ends (a stuck read stands in for it here); one that finishes its work does."""
    release = threading.Event()
    if not blocked:
        release.set()
    thread = threading.Thread(target=release.wait)
    thread.start()
    try:
        assert threads_end(0.2) is ended
    finally:
        release.set()
        thread.join()
