"""Two shard processes sharing one database: a reload in one reaches the other (the knowledge
generation each watches), and each follower notice is sent by exactly one of them (the
outbox claim), though both record news and both run a sender."""

from __future__ import annotations

import signal
from pathlib import Path

from bot.data import Store

from .conftest import bot_launcher
from .fake_discord import FakeDiscord
from .test_follows import night_harbor
from .test_showbot import copy_knowledge, embed, shown_text, slash, stop_with

STARTUP = 30.0
REACHED = 20.0
"""Bound on the wait for the other process to reload (it looks every 3 seconds)."""


async def answer_in(fake: FakeDiscord, guild_id: int, question: str) -> str:
    asked = await fake.send_message(f"{fake.bot_user.mention} {question}", guild_id=guild_id)
    return shown_text(await fake.wait_for_message_reply(asked, timeout=10))


async def test_a_reload_reaches_the_other_process_and_each_notice_is_sent_once(
    tmp_path: Path,
) -> None:
    knowledge = copy_knowledge(tmp_path, {"night-harbor.yaml": night_harbor("renewed")})
    database = f"sqlite:///{tmp_path / 'shared' / 'showbot.db'}"
    fake = FakeDiscord(shard_count=2, heartbeat_interval_ms=250)  # waits re-check at each beat
    async with fake, bot_launcher(fake, tmp_path) as launch:
        (first_guild, _), (_, second_channel) = fake.guilds
        bots = []
        for shard in (0, 1):
            env = {
                "SHOWBOT_SHARD_COUNT": "2",
                "SHOWBOT_SHARD_IDS": str(shard),
                "SHOWBOT_STATE_DIR": str(tmp_path / f"state-{shard}"),
                "SHOWBOT_DATABASE_URL": database,
                "SHOWBOT_ANNOUNCE_PAUSE": "0",
            }
            bots.append(await launch("run", "--knowledge", str(knowledge), env=env))
        await fake.wait_until_connected(timeout=STARTUP)
        await slash(fake, "follow", {"show": "night-harbor"})  # in the first guild: shard 0
        await slash(
            fake,
            "announce add",
            {"show": "night-harbor", "channel": fake.news_channel_id, "role": fake.fans_role.id},
            user=fake.admin,
        )
        question = "is night harbor canceled"
        assert "canceled" not in await answer_in(fake, first_guild, question)

        # The shard-1 process reloads; the shard-0 process follows within a few seconds.
        (knowledge / "shows" / "night-harbor.yaml").write_text(night_harbor("canceled"))
        reloaded = await slash(fake, "knowledge reload", user=fake.admin, channel=second_channel)
        assert "Changed (1): night-harbor" in shown_text(reloaded)
        await fake.wait_until(
            lambda: "knowledge generation 1: followers checked" in bots[0].log(),
            REACHED,
            "the shard-0 process to reload after the shard-1 process",
        )
        assert "canceled" in await answer_in(fake, first_guild, question)
        status = shown_text(await slash(fake, "knowledge status", user=fake.admin))
        assert "Reload 1 of the shared base: every reload is in." in status

        def both_sent() -> bool:
            return bool(fake.dms_to(fake.member)) and bool(fake.posts_in(fake.news_channel_id))

        await fake.wait_until(both_sent, 20, "the DM and the post")
        for bot in bots:  # a clean stop lets a notice being sent finish
            await stop_with(bot, signal.SIGTERM)

    [dm] = fake.dms_to(fake.member)
    assert "canceled" in embed(dm)["description"]
    [post] = fake.posts_in(fake.news_channel_id)
    assert post["content"] == f"<@&{fake.fans_role.id}>"
    store = Store(database)
    await store.open()
    try:
        rows = await store.database.fetch("SELECT target_kind, sent_at FROM outbox")
    finally:
        await store.close()
    assert len(rows) == 2, f"the change was recorded once, by one process: {rows}"
    assert all(sent is not None for _, sent in rows)
