"""Who may use the admin commands: the pure half of the check."""

from __future__ import annotations

from typing import Any

import pytest

from bot.chat.permissions import may_administer
from bot.settings import Settings

SETTINGS = Settings(
    owner_ids=frozenset({1}), admin_user_ids=frozenset({2}), admin_role_ids=frozenset({50})
)


def allowed(
    settings: Settings = SETTINGS,
    *,
    user_id: int = 9,
    role_ids: frozenset[int] = frozenset(),
    manage_guild: bool = False,
    is_app_owner: bool = False,
) -> bool:
    """May a member with these rights (by default: none) administer under `settings`?"""
    return may_administer(
        user_id=user_id,
        role_ids=role_ids,
        manage_guild=manage_guild,
        is_app_owner=is_app_owner,
        settings=settings,
    )


@pytest.mark.parametrize(
    "member",
    [
        {"is_app_owner": True},
        {"user_id": 1},
        {"user_id": 2},
        {"role_ids": frozenset({7, 50})},
        {"manage_guild": True},
    ],
    ids=["app owner", "configured owner", "admin user", "admin role", "manage server"],
)
def test_owners_admins_and_server_managers_may(member: dict[str, Any]) -> None:
    assert allowed(**member)


def test_a_member_without_any_right_may_not() -> None:
    assert not allowed(role_ids=frozenset({7}))


def test_manage_server_can_be_turned_off() -> None:
    strict = Settings(admin_user_ids=frozenset({2}), manage_guild_is_admin=False)
    assert not allowed(strict, manage_guild=True)
    assert allowed(strict, user_id=2)
    assert allowed(strict, is_app_owner=True)
