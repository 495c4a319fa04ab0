"""Self-test of the fake Discord: the real discord.py client, in a subprocess, works against it.

If these pass, a failure in the bot's own e2e tests is about the bot, not about the fake.
"""

from __future__ import annotations

import aiohttp

from .conftest import LaunchBot
from .fake_discord import FakeDiscord
from .openapi_check import validate_body

PING_BOT = "tests.e2e.ping_bot"


async def start_ping_bot(fake: FakeDiscord, launch_bot: LaunchBot) -> None:
    await launch_bot(module=PING_BOT, env={"PING_GUILD_ID": str(fake.guild_id)})
    await fake.wait_until_connected(timeout=15)


async def test_identify_ready_and_command_registration(
    fake: FakeDiscord, launch_bot: LaunchBot
) -> None:
    await start_ping_bot(fake, launch_bot)
    assert len(fake.identifies) == 1
    intents = fake.identifies[0]["intents"]
    assert not intents & (1 << 15), "the ping bot asks for no privileged intent"
    guild_route = rf"/applications/{fake.application_id}/guilds/{fake.guild_id}/commands"
    guild_put = await fake.wait_for_request("PUT", guild_route)
    assert guild_put.status == 200
    assert sorted(c["name"] for c in guild_put.json) == ["echo", "ping"]
    await fake.wait_for_request("PUT", r"/applications/\d+/commands$")
    assert all(c["id"] for c in fake.global_commands)
    assert [r.path for r in fake.requests[:3]] == [
        "/gateway",
        "/users/@me",
        "/oauth2/applications/@me",
    ]
    fake.assert_clean()


async def test_slash_autocomplete_defer_followup_and_button(
    fake: FakeDiscord, launch_bot: LaunchBot
) -> None:
    await start_ping_bot(fake, launch_bot)
    await fake.wait_for_request("PUT", r"/applications/\d+/commands$")

    ping = await fake.send_slash("ping")
    callback = await fake.wait_for_callback(ping)
    assert callback["type"] == 4
    assert callback["data"]["content"] == "pong"
    assert (await fake.wait_for_interaction_reply(ping))["content"] == "pong"

    typing = await fake.send_autocomplete("echo", {"text": "cob"}, focused="text")
    assert await fake.wait_for_autocomplete(typing) == [
        {"name": "cob", "value": "cob"},
        {"name": "COB", "value": "COB"},
    ]

    echo = await fake.send_slash("echo", {"text": "hello"}, user=fake.admin)
    assert (await fake.wait_for_callback(echo))["type"] == 5
    reply = await fake.wait_for_interaction_reply(echo)
    assert reply["content"] == "echo: hello"
    assert reply["flags"] == 0, "public, and the thinking state ended"
    await fake.wait_for_request("PATCH", rf"/webhooks/\d+/{echo.token}/messages/@original")

    private = await fake.send_slash("echo", {"text": "quiet", "private": True})
    assert private.payload["data"]["options"][1] == {"name": "private", "type": 5, "value": True}
    secret = await fake.wait_for_interaction_reply(private)
    assert (secret["content"], secret["flags"]) == ("psst: quiet", 64)
    assert len(fake.bot_messages()) == 3, "the follow-up replaced the thinking message"

    press = await fake.send_component("echo:again")
    assert press.payload["member"]["user"]["id"] == str(fake.admin.id)
    assert (await fake.wait_for_callback(press))["type"] == 7
    updated = await fake.wait_for_interaction_reply(press)
    assert updated["id"] == reply["id"]
    assert updated["content"] == "again: hello"
    assert updated["components"] == []
    fake.assert_clean()


async def test_mention_reply_pings_nobody_and_dm(fake: FakeDiscord, launch_bot: LaunchBot) -> None:
    await start_ping_bot(fake, launch_bot)
    text = f"{fake.bot_user.mention} hi {fake.admin.mention} <@&{fake.admin_role.id}> @everyone"
    question = await fake.send_message(text)
    reply = await fake.wait_for_message_reply(question)
    assert reply["content"] == f"pong: {text}"
    assert reply["mentions"] == []
    assert reply["mention_roles"] == []
    assert reply["mention_everyone"] is False
    sent = await fake.wait_for_request("POST", rf"/channels/{fake.channel_id}/messages")
    assert sent.json["allowed_mentions"] == {"parse": []}

    # Without MESSAGE_CONTENT a message that does not mention the bot arrives empty.
    await fake.send_message("no mention here")
    assert fake.dispatched[-1]["t"] == "MESSAGE_CREATE"
    assert fake.dispatched[-1]["d"]["content"] == ""

    dm = await fake.send_message("in a DM", dm=True)
    dm_reply = await fake.wait_for_message_reply(dm)
    assert dm_reply["content"] == "pong: in a DM"
    assert "guild_id" not in dm_reply
    multipart = await fake.wait_for_request("POST", rf"/channels/{dm['channel_id']}/messages")
    assert multipart.files == ["pong.txt"]
    assert multipart.json["content"] == "pong: in a DM"
    assert len(fake.bot_messages()) == 2
    fake.assert_clean()


async def test_reconnects_after_the_gateway_drops(fake: FakeDiscord, launch_bot: LaunchBot) -> None:
    await start_ping_bot(fake, launch_bot)
    await fake.wait_for_request("PUT", r"/applications/\d+/commands$")

    await fake.drop_connection("close")
    assert fake.resumes == 1
    ping = await fake.send_slash("ping")
    assert (await fake.wait_for_callback(ping))["data"]["content"] == "pong"

    await fake.drop_connection("reconnect")
    assert fake.resumes == 2
    await fake.drop_connection("invalidate")
    assert len(fake.identifies) == 2, "an invalidated session identifies again"
    question = await fake.send_message(f"{fake.bot_user.mention} still there?")
    assert (await fake.wait_for_message_reply(question))["content"].startswith("pong:")
    fake.assert_clean()


async def test_a_rejected_token_stops_the_bot(fake: FakeDiscord, launch_bot: LaunchBot) -> None:
    bot = await launch_bot(module=PING_BOT, env={"PING_GUILD_ID": "1", "DISCORD_TOKEN": "nope"})
    assert await bot.wait_exit(timeout=15) != 0
    me = await fake.wait_for_request("GET", r"^/users/@me$")
    assert me.status == 401
    assert "LoginFailure" in bot.log()
    assert fake.identifies == []


async def test_unknown_routes_and_late_or_double_callbacks_are_reported(
    fake: FakeDiscord, launch_bot: LaunchBot
) -> None:
    """The fake's own guards: what real Discord would refuse is refused and reported."""
    await start_ping_bot(fake, launch_bot)
    await fake.wait_for_request("PUT", r"/applications/\d+/commands$")
    async with aiohttp.ClientSession() as http:
        headers = {"Authorization": f"Bot {fake.token}"}
        async with http.get(f"{fake.api_url}/guilds/1/bans", headers=headers) as response:
            assert response.status == 404
        ping = await fake.send_slash("ping")
        await fake.wait_for_callback(ping)
        url = f"{fake.api_url}/interactions/{ping.id}/{ping.token}/callback"
        async with http.post(url, json={"type": 4, "data": {"content": "again"}}) as response:
            assert response.status == 400
            assert (await response.json())["code"] == 40060
        url = f"{fake.api_url}/channels/{fake.channel_id}/messages"
        async with http.post(url, json={"content": "x" * 2001}, headers=headers) as response:
            assert response.status == 400
            error = await response.json()
    too_long = {"code": "SCHEMA", "message": "fails maxLength=2000 (the limit for bots)"}
    assert error["errors"] == {"content": {"_errors": [too_long]}}
    where = f"POST /channels/{fake.channel_id}/messages"
    assert fake.schema_errors == [f"{where}: content: fails maxLength=2000 (the limit for bots)"]
    assert [f"{r.method} {r.path}" for r in fake.unknown_routes] == ["GET /guilds/1/bans"]
    assert any("already been acknowledged" in e for e in fake.protocol_errors)

    fake.callback_deadline = 0.0  # every answer is now too late
    late = await fake.send_slash("ping")
    refused = await fake.wait_for_request("POST", rf"/interactions/{late.id}/")
    assert refused.status == 404
    assert any("answered after" in e for e in fake.protocol_errors)


def test_schema_validation_catches_what_discord_rejects() -> None:
    too_long = {"type": 4, "data": {"content": "x" * 2001}}
    assert validate_body("POST", "/interactions/1/t/callback", too_long) == [
        "data/content: fails maxLength=2000"
    ]
    field = {"embeds": [{"title": "t", "fields": [{"name": "no value"}]}]}
    assert validate_body("PATCH", "/webhooks/1/t/messages/@original", field) == [
        "embeds/0/fields/0: 'value' is a required property"
    ]
    choices = {"type": 8, "data": {"choices": [{"name": "a", "value": "a"}] * 26}}
    assert validate_body("POST", "/interactions/1/t/callback", choices) == [
        "data/choices: fails maxItems=25"
    ]
    # Stricter than the spec (6000), as Discord is: a string choice's value has at most 100.
    long_value = {"type": 8, "data": {"choices": [{"name": "a", "value": "v" * 101}]}}
    assert validate_body("POST", "/interactions/1/t/callback", long_value) == [
        "data/choices/0/value: fails maxLength=100 (Discord's limit)"
    ]
    # Documented, not in the spec: at most 6000 characters of text in a message's embeds.
    big = {"embeds": [{"description": "d" * 4000, "fields": [{"name": "n", "value": "v" * 1024}]}]}
    assert validate_body("POST", "/channels/4/messages", big) == []
    big["embeds"].append({"description": "d" * 1000})
    assert validate_body("POST", "/channels/4/messages", big) == [
        "embeds: 6025 characters in all, more than 6000 (Discord's limit)"
    ]
    callback = {"type": 4, "data": big}
    assert validate_body("POST", "/interactions/1/t/callback", callback) == [
        "data/embeds: 6025 characters in all, more than 6000 (Discord's limit)"
    ]
    # Links: RFC 3986 characters only (the spec's format: uri), and http or https in embeds.
    for url, error in [
        ("https://x.org/a b", "'https://x.org/a b' is not a 'uri'"),
        ("https://x.org/Möbius", "'https://x.org/Möbius' is not a 'uri'"),
        ("javascript:alert(1)", "not an http or https link (Discord's limit)"),
        ("https://x.org/" + "a" * 2035, "fails maxLength=2048"),
    ]:
        linked = {"type": 4, "data": {"embeds": [{"title": "t", "url": url}]}}
        assert validate_body("POST", "/interactions/1/t/callback", linked) == [
            f"data/embeds/0/url: {error}"
        ], url
    fine = {"type": 4, "data": {"embeds": [{"title": "t", "url": "https://x.org/M%C3%B6?a=1#b"}]}}
    assert validate_body("POST", "/interactions/1/t/callback", fine) == []
    # The one documented relaxation: integer ids in message_reference.
    reply = {"content": "hi", "message_reference": {"message_id": 123, "channel_id": 4}}
    assert validate_body("POST", "/channels/4/messages", reply) == []
    assert validate_body("POST", "/channels/4/messages", {"content": 5}) != []
    # The same gap where discord.py allows a role ping by id and opens a DM channel.
    ping = {"content": "<@&7>", "allowed_mentions": {"parse": [], "roles": [7], "users": []}}
    assert validate_body("POST", "/channels/4/messages", ping) == []
    assert validate_body("POST", "/users/@me/channels", {"recipient_id": 123}) == []
    wrong = {"content": "x", "allowed_mentions": {"parse": ["nobody"]}}
    assert validate_body("POST", "/channels/4/messages", wrong) != [], "nothing else relaxed"
