"""The poll for others' work runs off the window's thread: a server that hangs holds only it."""

import threading

from sro_panel.ui.activity_watch import ActivityWatch


class _Services:
    """Just what the watch asks of the services: a round's activity, which can hang."""

    def __init__(self) -> None:
        self.results = self
        self.value = (3, 1, "first")
        self.on_main_thread: list[bool] = []
        self.gate = threading.Event()

    def can(self, _permission) -> bool:
        return True

    def activity(self, _round_id):
        on_main_thread = threading.current_thread() is threading.main_thread()
        self.on_main_thread.append(on_main_thread)
        if not on_main_thread:  # the look taken on opening a round answers at once
            assert self.gate.wait(10)
        return self.value


def test_a_hanging_poll_holds_neither_the_window_nor_a_second_poll(qtbot):
    services, watch, seen = _Services(), ActivityWatch(), []
    watch.changed.connect(lambda: seen.append("changed"))
    watch.watch(services, 1)
    assert services.on_main_thread == [True]  # the first look, with the round's own reads

    watch.poll()  # returns while the server "hangs" (a poll on this thread would block here)
    qtbot.waitUntil(lambda: len(services.on_main_thread) == 2)
    assert services.on_main_thread == [True, False]
    watch.poll()
    watch.poll()
    assert len(services.on_main_thread) == 2  # one poll at a time, not a queue of them

    services.value = (3, 2, "second")  # a submission on another laptop
    with qtbot.waitSignal(watch.changed, timeout=5000):
        services.gate.set()
    assert seen == ["changed"]
    watch.stop()


def test_an_answer_about_a_round_no_longer_watched_is_dropped(qtbot):
    services, watch, seen = _Services(), ActivityWatch(), []
    watch.changed.connect(lambda: seen.append("changed"))
    watch.watch(services, 1)
    watch.poll()
    qtbot.waitUntil(lambda: len(services.on_main_thread) == 2)

    watch.watch(services, 2)  # the person opens another round meanwhile
    assert services.on_main_thread == [True, False, True]
    services.value = (9, 9, "round 1's news")
    services.gate.set()
    qtbot.waitUntil(lambda: not watch._asker.busy)
    assert seen == []
    watch.stop()
