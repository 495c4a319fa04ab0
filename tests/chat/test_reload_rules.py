"""Who may reload the shared base, and how often (bot.chat.permissions)."""

from __future__ import annotations

import pytest

from bot.chat.permissions import may_reload, reload_wait
from bot.settings import Settings

SETTINGS = Settings(admin_user_ids=frozenset({7}), admin_role_ids=frozenset({70}))


def allowed(*, user_id: int = 1, role_ids: frozenset[int] = frozenset(), **kwargs: object) -> bool:
    defaults: dict[str, object] = {"is_owner": False, "is_admin": True, "guild_count": 2}
    return may_reload(
        user_id=user_id,
        role_ids=role_ids,
        settings=SETTINGS,
        **(defaults | kwargs),  # type: ignore[arg-type]
    )


def test_in_one_server_every_admin_may_reload() -> None:
    assert allowed(guild_count=1)
    assert not allowed(guild_count=1, is_admin=False)


@pytest.mark.parametrize(
    "who", [{"is_owner": True}, {"user_id": 7}, {"role_ids": frozenset({70, 5})}]
)
def test_in_several_servers_owners_and_configured_admins_may(who: dict[str, object]) -> None:
    assert allowed(**who)


def test_in_several_servers_manage_server_alone_may_not() -> None:
    assert not allowed(role_ids=frozenset({5}))


def test_reloads_under_the_rate_are_allowed_at_once() -> None:
    assert reload_wait([100.0, 110.0], now=120.0, rate=3, per=60.0) == 0


def test_a_reload_over_the_rate_waits_for_the_oldest_to_leave_the_window() -> None:
    assert reload_wait([100.0, 110.0, 115.0], now=120.0, rate=3, per=60.0) == 40.0
    assert reload_wait([100.0, 110.0, 115.0, 118.0], now=120.0, rate=3, per=60.0) == 50.0
