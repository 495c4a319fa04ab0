"""End to end: follows, announcements and per-server privacy, with the real showbot (in a
subprocess, on its own SQLite database) against the fake Discord.

What is asserted is what the bot sent: DMs to followers, posts in announcement channels, and
who each would ping, every body validated against Discord's OpenAPI spec by the fake.
"""

from __future__ import annotations

import datetime as dt
import signal
from pathlib import Path
from typing import Any

from bot.core import load_knowledge
from bot.data import Store
from bot.data.news import record_news
from tests.postgres import new_postgres_database

from .conftest import BotProcess, LaunchBot, bot_launcher
from .fake_discord import FakeDiscord
from .test_showbot import (
    assert_pings_nobody,
    copy_knowledge,
    embed,
    is_ephemeral,
    mention,
    shown_text,
    slash,
    start_bot,
    stop_with,
    until,
)

SHOW = "night-harbor"


def night_harbor(status: str, season_two: str = "") -> str:
    return f"""\
id: night-harbor
title: Night Harbor
network: Test Network
premiered: 2023-03-01
status: {status}
seasons:
  - number: 1
    premiered: 2023-03-01
    episodes: 8
{season_two}sources: [{{title: "Test fixture"}}]
updated: 2024-01-01
"""


SEASON_TWO = "  - number: 2\n    status: renewed\n    release: 2031-05-01\n"


def bot_env(fake: FakeDiscord, state: Path, **extra: str) -> dict[str, str]:
    return {
        "SHOWBOT_GUILD_ID": str(fake.guild_id),
        "SHOWBOT_STATE_DIR": str(state),
        "SHOWBOT_ANNOUNCE_PAUSE": "0",
        "SHOWBOT_RELOAD_RATE": "1000",
    } | extra


async def reload(fake: FakeDiscord) -> str:
    reply = await slash(fake, "knowledge reload", user=fake.admin)
    assert is_ephemeral(reply)
    return shown_text(reply)


async def notices(fake: FakeDiscord, bot: BotProcess, count: int) -> None:
    """Until the member has `count` DMs and the news channel `count` posts."""

    def arrived() -> bool:
        return (
            len(fake.dms_to(fake.member)) >= count
            and len(fake.posts_in(fake.news_channel_id)) >= count
        )

    await until(fake, arrived, 20, f"{count} DM(s) and {count} post(s)", bot)


def assert_the_role_ping_is_only_in_the_post(fake: FakeDiscord, post: dict[str, Any]) -> None:
    assert post["content"] == f"<@&{fake.fans_role.id}>"
    assert post["mention_roles"] == [str(fake.fans_role.id)], "the configured role is pinged"
    assert post["mentions"] == []
    assert post["mention_everyone"] is False
    sent = [
        r
        for r in fake.requests
        if r.method == "POST" and r.path == f"/channels/{fake.news_channel_id}/messages"
    ]
    for request in sent:
        allowed = request.json["allowed_mentions"]
        assert allowed["parse"] == []
        assert [str(r) for r in allowed["roles"]] == [str(fake.fans_role.id)], "only that role"
        assert not allowed.get("users")


def dm_attempts(fake: FakeDiscord, user_id: int) -> int:
    channel = fake.dm_channels.get(user_id)
    return sum(
        1 for r in fake.requests if r.method == "POST" and r.path == f"/channels/{channel}/messages"
    )


async def test_a_followed_change_reaches_each_follower_once_across_restarts_and_a_crash(
    fake: FakeDiscord, launch_bot: LaunchBot, tmp_path: Path
) -> None:
    knowledge = copy_knowledge(tmp_path, {"night-harbor.yaml": night_harbor("renewed")})
    show_file = knowledge / "shows" / "night-harbor.yaml"
    state = tmp_path / "state"
    env = bot_env(fake, state)
    fake.dms_closed.add(fake.keeper.id)

    bot = await start_bot(fake, launch_bot, knowledge, env)
    followed = await slash(fake, "follow", {"show": SHOW})
    assert is_ephemeral(followed)
    assert "You follow **Night Harbor**" in shown_text(followed)
    await slash(fake, "follow", {"show": SHOW}, user=fake.keeper)  # DMs closed
    added = await slash(
        fake,
        "announce add",
        {"show": SHOW, "channel": fake.news_channel_id, "role": fake.fans_role.id},
        user=fake.admin,
    )
    assert is_ephemeral(added)
    assert f"<#{fake.news_channel_id}>" in shown_text(added)
    listed = shown_text(await slash(fake, "following"))
    assert "Night Harbor" in listed

    # 1. A reload changes the status: one DM, one post, the role ping only in the post.
    show_file.write_text(night_harbor("canceled"), encoding="utf-8")
    assert "Changed (1): night-harbor" in await reload(fake)
    await notices(fake, bot, 1)
    [dm] = fake.dms_to(fake.member)
    assert embed(dm)["title"] == "Night Harbor"
    assert "canceled" in embed(dm)["description"]
    assert_pings_nobody(dm)
    [post] = fake.posts_in(fake.news_channel_id)
    assert embed(post)["title"] == "Night Harbor"
    assert "canceled" in embed(post)["description"]
    assert_the_role_ping_is_only_in_the_post(fake, post)
    assert fake.posts_in(fake.channel_id) == [], "nothing in other channels"
    assert dm_attempts(fake, fake.keeper.id) == 1, "tried once; Discord said DMs are closed"

    # 2. A restart and a reload with no change send nothing; a new change sends one of each.
    await stop_with(bot, signal.SIGTERM)
    bot = await start_bot(fake, launch_bot, knowledge, env)
    assert "Nothing changed." in await reload(fake)
    show_file.write_text(night_harbor("canceled", SEASON_TWO), encoding="utf-8")
    await reload(fake)
    await notices(fake, bot, 2)
    assert len(fake.dms_to(fake.member)) == 2, "no repeat of the first change"
    assert len(fake.posts_in(fake.news_channel_id)) == 2
    second = embed(fake.dms_to(fake.member)[1])["description"]
    assert "Season 2" in second
    assert "canceled" not in second
    assert dm_attempts(fake, fake.keeper.id) == 1, "a member with DMs closed is not retried"

    # 3. Killed between recording a change and sending it: sent after the restart, once.
    await stop_with(bot, signal.SIGTERM)
    show_file.write_text(night_harbor("ended", SEASON_TWO), encoding="utf-8")
    store = Store(f"sqlite:///{state / 'showbot.db'}")
    await store.open()
    try:
        loaded = load_knowledge(knowledge)
        assert loaded.snapshot is not None
        today = dt.datetime.now(dt.UTC).date()
        assert await record_news(store, loaded.snapshot.by_id, today) == 2, "a DM and a post"
    finally:
        await store.close()
    bot = await start_bot(fake, launch_bot, knowledge, env)
    await notices(fake, bot, 3)
    assert "ended" in embed(fake.dms_to(fake.member)[2])["description"]
    # One more change: had the recorded notice gone out twice, it would show here.
    show_file.write_text(night_harbor("renewed", SEASON_TWO), encoding="utf-8")
    await reload(fake)
    await notices(fake, bot, 4)
    assert len(fake.dms_to(fake.member)) == 4
    assert len(fake.posts_in(fake.news_channel_id)) == 4
    for post in fake.posts_in(fake.news_channel_id):
        assert_the_role_ping_is_only_in_the_post(fake, post)
    for dm in fake.dms_to(fake.member):
        assert_pings_nobody(dm)
    fake.assert_clean()


async def test_a_followed_show_that_leaves_the_base_is_reported(
    fake: FakeDiscord, launch_bot: LaunchBot, tmp_path: Path
) -> None:
    knowledge = copy_knowledge(tmp_path, {"night-harbor.yaml": night_harbor("renewed")})
    bot = await start_bot(fake, launch_bot, knowledge, bot_env(fake, tmp_path / "state"))
    await slash(fake, "follow", {"show": SHOW})
    (knowledge / "shows" / "night-harbor.yaml").unlink()
    assert "Removed (1)" in await reload(fake)
    await until(fake, lambda: len(fake.dms_to(fake.member)) == 1, 20, "a DM", bot)
    assert "removed" in embed(fake.dms_to(fake.member)[0])["description"]
    following = shown_text(await slash(fake, "following"))
    assert "no longer in my notes" in following
    unfollowed = shown_text(await slash(fake, "unfollow", {"show": SHOW}))
    assert "You no longer follow" in unfollowed
    fake.assert_clean()


async def test_unknown_shows_and_a_ping_of_everyone_are_refused_clearly(
    fake: FakeDiscord, launch_bot: LaunchBot, tmp_path: Path
) -> None:
    knowledge = copy_knowledge(tmp_path, {"night-harbor.yaml": night_harbor("renewed")})
    await start_bot(fake, launch_bot, knowledge, bot_env(fake, tmp_path / "state"))
    unknown = await slash(fake, "follow", {"show": "Zorblax Chronicles"})
    assert is_ephemeral(unknown)
    assert "don't know a show" in shown_text(unknown)
    everyone = await slash(
        fake,
        "announce add",
        {"show": SHOW, "channel": fake.news_channel_id, "role": fake.guild_id},
        user=fake.admin,
    )
    assert "never ping @everyone" in shown_text(everyone)
    assert "No show is announced" in shown_text(await slash(fake, "announce list", user=fake.admin))
    refused = await slash(
        fake, "announce add", {"show": SHOW, "channel": fake.news_channel_id}, user=fake.member
    )
    assert "Only server admins" in shown_text(refused)
    not_following = shown_text(await slash(fake, "unfollow", {"show": SHOW}))
    assert "You don't follow that show" in not_following
    fake.assert_clean()


async def test_two_servers_keep_their_misses_and_announcements_apart(tmp_path: Path) -> None:
    knowledge = copy_knowledge(tmp_path, {"night-harbor.yaml": night_harbor("renewed")})
    async with FakeDiscord(guilds=2) as fake, bot_launcher(fake, tmp_path) as launch:
        env = bot_env(fake, tmp_path / "state")
        del env["SHOWBOT_GUILD_ID"]  # global commands, as a public bot has
        await start_bot(fake, launch, knowledge, env)
        here, there = fake.channel_id, fake.other_channel_id
        await slash(fake, "info", {"show": "Zorblax Chronicles"}, channel=here)
        await slash(fake, "info", {"show": "Quuxland Saga"}, user=fake.other_member, channel=there)
        await slash(fake, "info", {"show": "Secret Diary Show"}, dm=True)
        await slash(
            fake, "announce add", {"show": SHOW, "channel": fake.news_channel_id}, user=fake.admin
        )

        mine = shown_text(await slash(fake, "knowledge misses", user=fake.admin, channel=here))
        assert "zorblax" in mine.lower()
        assert "quuxland" not in mine.lower()
        assert "secret diary" not in mine.lower(), "DMs are never shown to a server"
        theirs = shown_text(
            await slash(fake, "knowledge misses", user=fake.other_admin, channel=there)
        )
        assert "quuxland" in theirs.lower()
        assert "zorblax" not in theirs.lower()
        assert "secret diary" not in theirs.lower()
        everything = shown_text(await slash(fake, "knowledge misses", user=fake.app_owner))
        for title in ("zorblax", "quuxland", "secret diary"):
            assert title in everything.lower(), everything
        other_list = await slash(fake, "announce list", user=fake.other_admin, channel=there)
        assert "No show is announced" in shown_text(other_list)

        # The shared base: a server admin (Manage Server) may not reload it; an owner may.
        refused = await slash(fake, "knowledge reload", user=fake.admin, channel=here)
        assert is_ephemeral(refused)
        assert "only the bot's owners" in shown_text(refused)
        assert "Reloaded" in shown_text(await slash(fake, "knowledge reload", user=fake.app_owner))

        # No host path for a server admin; the owner sees where the base is.
        status = shown_text(await slash(fake, "knowledge status", user=fake.admin, channel=here))
        assert str(knowledge) not in status
        assert "shows from" in status
        owner_status = shown_text(await slash(fake, "knowledge status", user=fake.app_owner))
        assert str(knowledge) in owner_status
        fake.assert_clean()


async def test_reloads_are_rate_limited_for_admins_and_logged(
    fake: FakeDiscord, launch_bot: LaunchBot, tmp_path: Path
) -> None:
    env = bot_env(fake, tmp_path / "state", SHOWBOT_RELOAD_RATE="2")
    bot = await start_bot(fake, launch_bot, copy_knowledge(tmp_path), env)
    for _ in range(2):
        assert "Reloaded" in await reload(fake)
    refused = await reload(fake)
    assert "reloaded 2 times in the last 60 seconds" in refused
    assert "Reloaded" in shown_text(await slash(fake, "knowledge reload", user=fake.app_owner))
    assert f"knowledge reload asked by admin ({fake.admin.id})" in bot.log()
    assert f"knowledge reload refused for admin ({fake.admin.id})" in bot.log()
    fake.assert_clean()


async def test_admins_can_turn_mention_replies_off_or_limit_them_to_channels(
    fake: FakeDiscord, launch_bot: LaunchBot, tmp_path: Path
) -> None:
    await start_bot(fake, launch_bot, copy_knowledge(tmp_path), bot_env(fake, tmp_path / "state"))
    refused = await slash(fake, "mentions off", user=fake.member)
    assert "Only server admins" in shown_text(refused)
    off = await slash(fake, "mentions off", user=fake.admin)
    assert "I ignore mentions" in shown_text(off)
    ignored = await fake.send_message(f"{fake.bot_user.mention} is the order canceled")
    only = await slash(fake, "mentions only", {"channel": fake.news_channel_id}, user=fake.admin)
    assert f"<#{fake.news_channel_id}>" in shown_text(only)
    also_ignored = await fake.send_message(f"{fake.bot_user.mention} is the order canceled")
    reply = await mention(fake, "is the order canceled", channel=fake.news_channel_id)
    assert embed(reply)["title"] == "The Order"
    answered_to = {m.get("message_reference", {}).get("message_id") for m in fake.bot_messages()}
    assert ignored["id"] not in answered_to
    assert also_ignored["id"] not in answered_to
    dm_reply = await mention(fake, "is the order canceled", dm=True)
    assert embed(dm_reply)["title"] == "The Order", "DMs are always answered"
    back_on = await slash(fake, "mentions on", user=fake.admin)
    assert "every channel" in shown_text(back_on)
    assert embed(await mention(fake, "is the order canceled"))["title"] == "The Order"
    fake.assert_clean()


async def test_premiere_day_is_announced_once(
    fake: FakeDiscord, launch_bot: LaunchBot, tmp_path: Path
) -> None:
    today = dt.datetime.now(dt.UTC).date().isoformat()
    premiering = f"  - number: 2\n    status: renewed\n    release: {today}\n"
    knowledge = copy_knowledge(tmp_path, {"night-harbor.yaml": night_harbor("renewed", premiering)})
    bot = await start_bot(fake, launch_bot, knowledge, bot_env(fake, tmp_path / "state"))
    await slash(fake, "follow", {"show": SHOW})
    assert "Nothing changed." in await reload(fake)  # the check runs after every reload
    await until(fake, lambda: len(fake.dms_to(fake.member)) == 1, 20, "the premiere DM", bot)
    assert "premieres **today**" in embed(fake.dms_to(fake.member)[0])["description"]
    await reload(fake)
    show_file = knowledge / "shows" / "night-harbor.yaml"
    show_file.write_text(night_harbor("canceled", premiering), encoding="utf-8")
    await reload(fake)
    await until(fake, lambda: len(fake.dms_to(fake.member)) == 2, 20, "the status DM", bot)
    assert len(fake.dms_to(fake.member)) == 2, "the premiere is not told twice"
    assert "canceled" in embed(fake.dms_to(fake.member)[1])["description"]
    fake.assert_clean()


async def test_unfollow_offers_the_members_own_follows(
    fake: FakeDiscord, launch_bot: LaunchBot, tmp_path: Path
) -> None:
    knowledge = copy_knowledge(tmp_path, {"night-harbor.yaml": night_harbor("renewed")})
    await start_bot(fake, launch_bot, knowledge, bot_env(fake, tmp_path / "state"))
    await slash(fake, "follow", {"show": SHOW})
    typing = await fake.send_autocomplete("unfollow", {"show": "nig"}, "show")
    choices = await fake.wait_for_autocomplete(typing)
    assert [c["value"] for c in choices] == [SHOW]
    others = await fake.send_autocomplete("unfollow", {"show": ""}, "show", user=fake.admin)
    assert await fake.wait_for_autocomplete(others) == [], "nobody else's follows"
    fake.assert_clean()


async def test_a_database_that_cannot_be_opened_stops_the_start_with_a_clear_message(
    fake: FakeDiscord, launch_bot: LaunchBot, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    env = bot_env(fake, tmp_path / "state", SHOWBOT_DATABASE_URL=f"sqlite:///{blocker}/x.db")
    bot = await launch_bot("run", "--knowledge", str(copy_knowledge(tmp_path)), env=env)
    assert await bot.wait_exit(timeout=20) == 2, bot.log()
    assert "SHOWBOT_DATABASE_URL: cannot open the SQLite database" in bot.log()
    assert "Traceback" not in bot.log(), bot.log()


async def test_on_postgresql_a_change_reaches_the_follower_and_the_channel(
    fake: FakeDiscord, launch_bot: LaunchBot, tmp_path: Path, postgres_server: Any
) -> None:
    url = await new_postgres_database(postgres_server)
    knowledge = copy_knowledge(tmp_path, {"night-harbor.yaml": night_harbor("renewed")})
    env = bot_env(fake, tmp_path / "state", SHOWBOT_DATABASE_URL=url)
    bot = await start_bot(fake, launch_bot, knowledge, env)
    await slash(fake, "follow", {"show": SHOW})
    await slash(
        fake,
        "announce add",
        {"show": SHOW, "channel": fake.news_channel_id, "role": fake.fans_role.id},
        user=fake.admin,
    )
    (knowledge / "shows" / "night-harbor.yaml").write_text(night_harbor("canceled"), "utf-8")
    await reload(fake)
    await notices(fake, bot, 1)
    assert_the_role_ping_is_only_in_the_post(fake, fake.posts_in(fake.news_channel_id)[0])
    assert not (tmp_path / "state" / "showbot.db").exists(), "no SQLite file beside PostgreSQL"
    fake.assert_clean()
