"""The per-member question budget, on a clock the test moves (no waiting)."""

from __future__ import annotations

import pytest

from bot.chat.cooldown import UserCooldown


class Clock:
    """A monotonic clock that moves only when told."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def test_a_member_may_ask_rate_questions_per_window(clock: Clock) -> None:
    cooldown = UserCooldown(3, 30.0, clock)
    assert [cooldown.retry_after(1) for _ in range(3)] == [0.0, 0.0, 0.0]
    assert cooldown.retry_after(1) == 30.0


def test_the_wait_is_until_the_oldest_question_leaves_the_window(clock: Clock) -> None:
    cooldown = UserCooldown(2, 30.0, clock)
    cooldown.retry_after(1)
    clock.now += 10
    cooldown.retry_after(1)
    clock.now += 5
    assert cooldown.retry_after(1) == pytest.approx(15.0)
    clock.now += 15
    assert cooldown.retry_after(1) == 0.0, "the first question left the window"
    assert cooldown.retry_after(1) == pytest.approx(10.0)


def test_a_refused_question_does_not_use_up_the_budget(clock: Clock) -> None:
    cooldown = UserCooldown(1, 30.0, clock)
    cooldown.retry_after(1)
    for _ in range(5):
        clock.now += 5
        assert cooldown.retry_after(1) > 0
    clock.now += 5
    assert cooldown.retry_after(1) == 0.0, "30 s after the one counted question"


def test_each_member_has_their_own_budget(clock: Clock) -> None:
    cooldown = UserCooldown(1, 30.0, clock)
    assert cooldown.retry_after(1) == 0.0
    assert cooldown.retry_after(1) > 0
    assert cooldown.retry_after(2) == 0.0


def test_idle_members_are_forgotten_so_memory_stays_bounded(clock: Clock) -> None:
    cooldown = UserCooldown(1, 30.0, clock)
    for user in range(10_001):
        cooldown.retry_after(user)
    clock.now += 30
    cooldown.retry_after(99_999)
    assert len(cooldown._hits) == 1
