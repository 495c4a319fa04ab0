"""Shards across processes: two `showbot run`s, one shard each, against a two-shard fake Discord.

The fake has one guild per shard and routes every event the way Discord does: a guild's events
on the shard `(guild_id >> 22) % shard_count`, DMs on shard 0 only. The two processes are told
apart by their knowledge: only the shard-1 process knows Severance, so who answers shows which
process got the message.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from .conftest import REPO_ROOT, bot_launcher
from .fake_discord import FakeDiscord
from .test_operations import one_error_line

BUNDLED = REPO_ROOT / "knowledge"
STARTUP = 30.0
SEVERANCE_YAML = """\
id: severance
title: Severance
network: Apple TV+
premiered: 2022-02-18
status: renewed
sources: [{title: "Test fixture"}]
updated: 2024-01-01
"""


def knowledge(root: Path, *, with_severance: bool) -> Path:
    target = root / ("with-severance" if with_severance else "bundled")
    shutil.copytree(BUNDLED / "shows", target / "shows")
    if with_severance:
        (target / "shows" / "severance.yaml").write_text(SEVERANCE_YAML, encoding="utf-8")
    return target


def message_events(fake: FakeDiscord, shard: int) -> list[str]:
    """The ids of the messages delivered on one shard's session."""
    return [f["d"]["id"] for f in fake.dispatched_on[shard] if f["t"] == "MESSAGE_CREATE"]


async def test_two_shard_processes_each_answer_their_own_servers_and_dms_go_to_shard_0(
    tmp_path: Path,
) -> None:
    async with FakeDiscord(shard_count=2) as fake, bot_launcher(fake, tmp_path) as launch:
        (first_guild, _), (second_guild, _) = fake.guilds
        assert (fake.shard_of(first_guild), fake.shard_of(second_guild)) == (0, 1)
        for shard, with_severance in ((0, False), (1, True)):
            env = {
                "SHOWBOT_SHARD_COUNT": "2",
                "SHOWBOT_SHARD_IDS": str(shard),
                "SHOWBOT_STATE_DIR": str(tmp_path / f"state-{shard}"),
            }
            base = knowledge(tmp_path, with_severance=with_severance)
            await launch("run", "--knowledge", str(base), env=env)
        await fake.wait_until_connected(timeout=STARTUP)
        assert sorted(i["shard"] for i in fake.identifies) == [[0, 2], [1, 2]]

        question = f"{fake.bot_user.mention} is severance renewed"
        in_second = await fake.send_message(question, guild_id=second_guild)
        answer = await fake.wait_for_message_reply(in_second, timeout=10)
        assert answer["embeds"][0]["title"] == "Severance", "the shard-1 process answered"

        in_first = await fake.send_message(question, guild_id=first_guild)
        unknown = await fake.wait_for_message_reply(in_first, timeout=10)
        assert "Severance" not in str(unknown["embeds"]), "the shard-0 process answered"

        dm = await fake.send_message("is severance renewed", dm=True)
        from_dm = await fake.wait_for_message_reply(dm, timeout=10)
        assert "Severance" not in str(from_dm["embeds"]), "the shard-0 process answered the DM"

        assert message_events(fake, 0) == [in_first["id"], dm["id"]]
        assert message_events(fake, 1) == [in_second["id"]]
        fake.assert_clean()


async def test_one_process_can_run_every_shard(tmp_path: Path) -> None:
    async with FakeDiscord(shard_count=2) as fake, bot_launcher(fake, tmp_path) as launch:
        await launch("run", "--knowledge", str(knowledge(tmp_path, with_severance=True)))
        await fake.wait_until_connected(timeout=STARTUP)
        assert sorted(i["shard"] for i in fake.identifies) == [[0, 2], [1, 2]]
        for guild_id, _ in fake.guilds:
            asked = await fake.send_message(f"{fake.bot_user.mention} is severance renewed",
                                            guild_id=guild_id)  # fmt: skip
            reply = await fake.wait_for_message_reply(asked, timeout=10)
            assert reply["embeds"][0]["title"] == "Severance"
        fake.assert_clean()


async def test_a_shard_count_discord_refuses_is_one_line_and_exit_2(tmp_path: Path) -> None:
    async with FakeDiscord(shard_count=2) as fake, bot_launcher(fake, tmp_path) as launch:
        env = {"SHOWBOT_SHARD_COUNT": "3", "SHOWBOT_SHARD_IDS": "2"}
        bot = await launch("run", "--knowledge", str(BUNDLED), env=env)
        assert await bot.wait_exit(timeout=30) == 2, bot.log()
        assert fake.identifies == []
    assert "Discord refused the shard settings (close code 4010" in one_error_line(bot)
