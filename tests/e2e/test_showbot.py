"""End to end: the real showbot (``showbot run`` in a subprocess) against the fake Discord.

Every assertion is about what the bot *sent*: the command schemas it registered, the bodies of
its interaction callbacks, follow-ups and channel messages (each one validated against Discord's
OpenAPI spec by the fake), and who those messages would ping.

One bot (``shared``) serves most tests, to keep the run short; it gets a very high cooldown so
tests don't spend each other's question budget. Tests that need their own settings or change
the knowledge directory (cooldown, reload, command sync, tokens) start their own bot.
"""

from __future__ import annotations

import asyncio
import json
import re
import shutil
import signal
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from .conftest import REPO_ROOT, BotProcess, LaunchBot, bot_launcher
from .discord_world import EPHEMERAL, MANAGE_GUILD
from .fake_discord import FakeDiscord

pytestmark = pytest.mark.asyncio(loop_scope="module")

BUNDLED = REPO_ROOT / "knowledge"
COMMANDS = {"status", "release", "cast", "info", "ask", "knowledge"}
STATE_COMMANDS = {"follow", "unfollow", "following", "announce", "mentions"}
SHOW_COMMANDS = ("status", "release", "cast", "info")
TIMESTAMP = re.compile(r"<t:\d+:D>")
STARTUP = 30.0  # bound on a bot's start (import, knowledge load, login, sync, gateway)

# Two shows with the same title: the bot must ask which one, and label them apart.
OFFICE_YAML = """\
shows:
  - id: the-office-us
    title: The Office
    network: NBC
    premiered: 2005-03-24
    status: ended
    popularity: 50
    sources: [{title: "Test fixture"}]
    updated: 2024-01-01
  - id: the-office-uk
    title: The Office
    network: BBC Two
    premiered: 2001-07-09
    status: ended
    popularity: 40
    sources: [{title: "Test fixture"}]
    updated: 2024-01-01
"""

# More matches than Discord's 25 autocomplete choices.
GALAXY_YAML = "shows:\n" + "".join(
    f"  - {{id: galaxy-station-{n}, title: Galaxy Station {n}, status: airing}}\n"
    for n in range(1, 31)
)

# A title longer than Discord's 100-character limit for a choice's name (and, as its default
# id is the slug of the title, for a choice's value too).
LONG_TITLE = (
    "The Lighthouse Keeper Who Counted Every Wave Along the Northern Coast Before the Great "
    "Storm of the Century Came Ashore"
)
LONG_YAML = f"title: {LONG_TITLE}\nstatus: ended\n"


def hostile_yaml() -> str:
    """Three shows whose every text is long and full of markdown and mentions, and whose
    source link is as long as the loader takes (JSON is YAML, and quotes anything)."""
    noise = (
        "Kevin Can F**k Himself, M*A*S*H, __init__, ||spoiler||, @everyone <@&1234567890123456789> "
    )

    def text(length: int, what: str) -> str:
        sentence = f"{what}: {noise}and so on. "
        return (sentence * (length // len(sentence) + 1))[:length].rstrip() + "."

    shows = [
        {
            "id": f"hostile-{n}",
            "title": f"M*A*S*H **Hostile** {n}",
            "aliases": [f"hostile {n}"],
            "network": text(199, "network"),  # the most the loader takes, with its full stop
            "premiered": "2001-02-03",
            "status": "canceled",
            "status_date": "2010-01-02",
            "status_note": text(1500, "note"),
            "summary": text(2000, "summary"),
            "reasons": [text(1000, f"reason {i}") for i in range(10)],
            "creators": [f"Creator {i} @here" for i in range(30)],
            "cast": [
                {"name": f"Actor {n}-{i}", "role": text(200, "role"), "next": [{"title": "Next"}]}
                for i in range(40)
            ],
            "sources": [
                {"url": "https://example.com/" + "long-path/" * 200, "title": text(400, "s")}
            ],
            "updated": "2024-01-01",
        }
        for n in ("one", "two", "three")
    ]
    return json.dumps({"shows": shows}, ensure_ascii=False)


SEVERANCE_YAML = """\
id: severance
title: Severance
network: Apple TV+
premiered: 2022-02-18
status: renewed
seasons:
  - number: 1
    premiered: 2022-02-18
    episodes: 9
sources: [{title: "Test fixture"}]
updated: 2024-01-01
"""


# ---------------------------------------------------------------------------------- helpers


def copy_knowledge(root: Path, extra: dict[str, str] | None = None) -> Path:
    """A private copy of the bundled base (so tests may change it), plus ``extra`` files."""
    target = root / "knowledge"
    shutil.copytree(BUNDLED / "shows", target / "shows")
    for name, text in (extra or {}).items():
        (target / "shows" / name).write_text(text, encoding="utf-8")
    return target


async def start_bot(
    fake: FakeDiscord, launch: LaunchBot, knowledge: Path, env: dict[str, str]
) -> BotProcess:
    """``showbot run`` against ``fake``; returns once it has a live gateway session (the
    commands are synced in ``setup_hook``, before the bot connects to the gateway)."""
    identified = len(fake.identifies)
    bot = await launch("run", "--knowledge", str(knowledge), env=env)
    await until(
        fake, lambda: len(fake.identifies) > identified, STARTUP, "the bot to identify", bot
    )
    await fake.wait_until_connected(timeout=STARTUP)
    return bot


async def until(
    fake: FakeDiscord,
    check: Callable[[], bool],
    timeout: float,  # noqa: ASYNC109
    what: str,
    bot: BotProcess,
) -> None:
    """Wait for ``check`` to become true on the fake (bounded); fail early, with the bot's
    log, if the bot exits first."""
    waiting = asyncio.create_task(fake.wait_until(check, timeout, what))
    exiting = asyncio.create_task(bot.process.wait())
    done, _ = await asyncio.wait({waiting, exiting}, return_when=asyncio.FIRST_COMPLETED)
    for task in (waiting, exiting):
        task.cancel()
    if waiting not in done:
        pytest.fail(f"the bot exited ({bot.process.returncode}) before {what}:\n{bot.log()}")
    if waiting.exception() is not None:
        pytest.fail(f"{waiting.exception()}:\n{bot.log()[-3000:]}")


async def slash(
    fake: FakeDiscord, command: str, options: dict[str, Any] | None = None, **kwargs: Any
) -> dict[str, Any]:
    """Run a slash command and return the message shown for it."""
    interaction = await fake.send_slash(command, options, **kwargs)
    return await fake.wait_for_interaction_reply(interaction, timeout=10)


async def mention(fake: FakeDiscord, text: str, **kwargs: Any) -> dict[str, Any]:
    """Post ``@showbot text`` and return the bot's reply to it."""
    message = await fake.send_message(f"{fake.bot_user.mention} {text}".rstrip(), **kwargs)
    return await fake.wait_for_message_reply(message, timeout=10)


def embed(message: dict[str, Any]) -> dict[str, Any]:
    assert len(message["embeds"]) == 1, message
    return message["embeds"][0]


def shown_text(message: dict[str, Any]) -> str:
    """Everything a reader sees in a message: content, then each embed's parts."""
    parts = [message.get("content") or ""]
    for item in message.get("embeds", []):
        parts += [item.get("title") or "", item.get("description") or ""]
        parts += [f"{f['name']}: {f['value']}" for f in item.get("fields", [])]
        parts.append((item.get("footer") or {}).get("text", ""))
    return "\n".join(part for part in parts if part)


async def settled(fake: FakeDiscord, **kwargs: Any) -> None:
    """Until the bot has dealt with every message sent so far: it reads the gateway's events
    in order and decides whether to reply before it awaits anything, so once a later
    question (and then one more) is answered, any reply to an earlier message has been sent."""
    for _ in range(2):
        question = await fake.send_message(
            f"{fake.bot_user.mention} is the order canceled", **kwargs
        )
        assert_public_answer(await fake.wait_for_message_reply(question, timeout=10), "The Order")


def replied_to(fake: FakeDiscord, messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The bot's replies to any of `messages`."""
    ids = {message["id"] for message in messages}
    return [
        m for m in fake.bot_messages() if m.get("message_reference", {}).get("message_id") in ids
    ]


def is_ephemeral(message: dict[str, Any]) -> bool:
    return bool(message["flags"] & EPHEMERAL)


def assert_public_answer(message: dict[str, Any], title: str) -> dict[str, Any]:
    assert not is_ephemeral(message), f"answers are public: {message}"
    answer = embed(message)
    assert answer["title"] == title, answer
    assert answer.get("description"), answer
    return answer


def assert_pings_nobody(message: dict[str, Any]) -> None:
    """As the fake computes it from the content and ``allowed_mentions``, like Discord."""
    assert message["mentions"] == [], message["mentions"]
    assert message["mention_roles"] == [], message["mention_roles"]
    assert message["mention_everyone"] is False


def buttons(message: dict[str, Any]) -> list[dict[str, Any]]:
    return [b for row in message["components"] for b in row.get("components", []) if b["type"] == 2]


async def stop_with(bot: BotProcess, signum: int) -> None:
    """Ask the bot to stop as a service manager or Ctrl-C would: a clean exit, code 0."""
    bot.process.send_signal(signum)
    assert await bot.wait_exit(timeout=10) == 0, bot.log()
    assert "shutting down" in bot.log()
    assert "Traceback" not in bot.log(), bot.log()


def forget_problems(fake: FakeDiscord) -> None:
    fake.schema_errors.clear()
    fake.protocol_errors.clear()
    fake.unknown_routes.clear()


# ---------------------------------------------------------------------------------- fixtures


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def shared_bot(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[FakeDiscord]:
    """One bot for the read-only tests: a development guild, the keeper role as a configured
    admin role, and a cooldown no test reaches."""
    root = tmp_path_factory.mktemp("shared")
    knowledge = copy_knowledge(root, {"office.yaml": OFFICE_YAML, "galaxy.yaml": GALAXY_YAML})
    async with FakeDiscord() as fake, bot_launcher(fake, root) as launch:
        env = {
            "SHOWBOT_GUILD_ID": str(fake.guild_id),
            "SHOWBOT_STATE_DIR": str(root / "state"),
            "SHOWBOT_ADMIN_ROLE_IDS": str(fake.keeper_role.id),
            "SHOWBOT_COOLDOWN_RATE": "10000",
        }
        await start_bot(fake, launch, knowledge, env)
        yield fake


@pytest_asyncio.fixture(loop_scope="module")
async def shared(shared_bot: FakeDiscord) -> AsyncIterator[FakeDiscord]:
    """The shared bot's fake; what one test did wrong is not blamed on the next one."""
    forget_problems(shared_bot)
    yield shared_bot
    forget_problems(shared_bot)


@pytest_asyncio.fixture(loop_scope="module")
async def own_fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as server:
        yield server


@pytest_asyncio.fixture(loop_scope="module")
async def own_launch(own_fake: FakeDiscord, tmp_path: Path) -> AsyncIterator[LaunchBot]:
    async with bot_launcher(own_fake, tmp_path) as launch:
        yield launch


# ------------------------------------------------------------------ 1. command registration


async def test_guild_sync_registers_the_command_contract(shared: FakeDiscord) -> None:
    fake = shared
    guild_put = rf"^/applications/{fake.application_id}/guilds/{fake.guild_id}/commands$"
    puts = [r for r in fake.requests if r.method == "PUT" and re.search(guild_put, r.path)]
    assert len(puts) == 1, "synced to the development guild once, on start"
    assert puts[0].status == 200
    global_puts = [r for r in fake.requests if r.method == "PUT" and "/guilds/" not in r.path]
    assert global_puts == [], "no global sync when SHOWBOT_GUILD_ID is set"
    assert fake.global_commands == []

    sent = {c["name"]: c for c in puts[0].json}
    assert set(sent) == COMMANDS | STATE_COMMANDS
    for name in SHOW_COMMANDS:
        options = {o["name"]: o for o in sent[name].get("options", [])}
        show = options["show"]
        assert show["type"] == 3, f"/{name} show is a string"
        assert show["autocomplete"] is True, f"/{name} show has autocomplete"
        assert show.get("required", False) is True
        assert show.get("max_length", 100) <= 100
        if name in ("status", "release"):
            season = options["season"]
            assert season["type"] == 4, f"/{name} season is an integer"
            assert season["min_value"] == 1
            assert season.get("required", False) is False
        else:
            assert set(options) == {"show"}
        assert sent[name].get("default_member_permissions") is None, "for everyone"
    ask = {o["name"]: o for o in sent["ask"]["options"]}
    assert ask["question"]["type"] == 3
    assert ask["question"]["required"] is True
    assert ask["question"]["max_length"] == 500, "over-long questions can't even be typed"

    knowledge = sent["knowledge"]
    assert knowledge.get("type", 1) == 1
    subcommands = {o["name"]: o for o in knowledge["options"]}
    assert set(subcommands) == {"reload", "status", "misses"}
    assert all(o["type"] == 1 for o in subcommands.values()), "subcommands"
    assert int(knowledge["default_member_permissions"]) == MANAGE_GUILD
    registered = {c["name"]: c for c in fake.guild_commands}
    assert registered["knowledge"]["default_member_permissions"] == "32"
    assert all(len(c["description"]) <= 100 for c in sent.values())
    fake.assert_clean()


async def test_global_sync_happens_once_then_the_hash_is_remembered(
    own_fake: FakeDiscord, own_launch: LaunchBot, tmp_path: Path
) -> None:
    fake = own_fake
    env = {"SHOWBOT_STATE_DIR": str(tmp_path / "state")}
    global_put = rf"^/applications/{fake.application_id}/commands$"

    def global_puts() -> list[Any]:
        return [r for r in fake.requests if r.method == "PUT" and re.search(global_put, r.path)]

    first = await start_bot(fake, own_launch, BUNDLED, env)
    assert len(global_puts()) == 1, "the first start syncs globally"
    assert {c["name"] for c in fake.global_commands} == COMMANDS | STATE_COMMANDS
    assert not any("/guilds/" in r.path for r in fake.requests if r.method == "PUT")
    knowledge = next(c for c in fake.global_commands if c["name"] == "knowledge")
    assert knowledge["default_member_permissions"] == "32"
    assert knowledge.get("dm_permission") is False or knowledge.get("contexts") == [0]
    await stop_with(first, signal.SIGTERM)

    second = await start_bot(fake, own_launch, BUNDLED, env)
    assert len(global_puts()) == 1, "an unchanged tree is not synced again"
    assert second.process.returncode is None
    # The commands still work from the global registration, in the server and in DMs.
    reply = await slash(fake, "status", {"show": "cobra-kai"})
    assert_public_answer(reply, "Cobra Kai")
    reply = await slash(fake, "info", {"show": "the-imperfects"}, dm=True)
    assert_public_answer(reply, "The Imperfects")
    with pytest.raises(LookupError, match="not available in DMs"):
        await fake.send_slash("knowledge status", user=fake.app_owner, dm=True)
    await stop_with(second, signal.SIGINT)

    # A tree that differs from the remembered one is pushed again.
    for state in (tmp_path / "state").glob("global-commands-*"):
        state.write_text("0" * 64 + "\n")
    await start_bot(fake, own_launch, BUNDLED, env)
    assert len(global_puts()) == 2, "a changed tree is synced"
    fake.assert_clean()


# ------------------------------------------------------------------------ 2. slash replies


async def test_status_is_a_public_embed_with_timestamps_and_freshness(shared: FakeDiscord) -> None:
    fake = shared
    interaction = await fake.send_slash("status", {"show": "the-imperfects"})
    callback = await fake.wait_for_callback(interaction, timeout=10)
    assert callback["type"] in (4, 5)
    reply = await fake.wait_for_interaction_reply(interaction, timeout=10)
    answer = assert_public_answer(reply, "The Imperfects")
    assert reply["flags"] == 0
    assert answer["description"].startswith("No")
    assert "canceled" in answer["description"]
    assert TIMESTAMP.search(answer["description"]), answer["description"]
    assert not re.search(r"\d{4}-\d{2}-\d{2}", answer["description"]), "full dates as <t:..:D>"
    facts = {f["name"]: f["value"] for f in answer.get("fields", [])}
    assert TIMESTAMP.search(facts["Premiered"])
    assert "As of 2024-01-13" in answer["footer"]["text"]
    assert "Source:" in answer["footer"]["text"]
    assert answer["url"].startswith("https://")
    assert_pings_nobody(reply)
    fake.assert_clean()


async def test_status_resolves_a_typed_title_with_a_season(shared: FakeDiscord) -> None:
    fake = shared
    reply = await slash(fake, "status", {"show": "imperfcts", "season": 2})
    answer = assert_public_answer(reply, "The Imperfects")
    assert "season 2" in answer["description"]
    assert "canceled" in answer["description"]
    fake.assert_clean()


async def test_release_cast_and_info(shared: FakeDiscord) -> None:
    fake = shared
    release = await slash(fake, "release", {"show": "one-piece-2023", "season": 2})
    answer = assert_public_answer(release, "One Piece")
    assert "Season 2" in answer["description"]
    assert TIMESTAMP.search(answer["description"])

    cast = await slash(fake, "cast", {"show": "the-imperfects"})
    answer = assert_public_answer(cast, "The Imperfects")
    assert "Iñaki Godoy" in answer["description"]
    assert "One Piece" in answer["description"]

    info = await slash(fake, "info", {"show": "cobra kai"})
    answer = assert_public_answer(info, "Cobra Kai")
    assert len(shown_text(info)) > 200, "the full card"
    assert "As of" in answer["footer"]["text"]
    fake.assert_clean()


async def test_ask_answers_a_free_form_question(shared: FakeDiscord) -> None:
    fake = shared
    reply = await slash(fake, "ask", {"question": "when does one piece s2 come out"})
    answer = assert_public_answer(reply, "One Piece")
    assert "Season 2" in answer["description"]
    assert TIMESTAMP.search(answer["description"])
    fake.assert_clean()


async def test_two_shows_in_one_question_get_one_embed_each(shared: FakeDiscord) -> None:
    fake = shared
    reply = await slash(fake, "ask", {"question": "is the imperfects or the order coming back"})
    assert not is_ephemeral(reply)
    embeds = reply["embeds"]
    assert [e["title"] for e in embeds] == ["The Imperfects", "The Order"]
    assert all(e["description"].startswith("No:") for e in embeds)
    fake.assert_clean()


async def test_a_single_fact_is_a_short_answer(shared: FakeDiscord) -> None:
    fake = shared
    reply = await slash(fake, "ask", {"question": "how many episodes does the imperfects have"})
    answer = assert_public_answer(reply, "The Imperfects")
    assert answer["description"] == "The Imperfects has 10 episodes over 1 season."
    fake.assert_clean()


async def test_small_talk_gets_help_and_no_buttons(shared: FakeDiscord) -> None:
    fake = shared
    reply = await slash(fake, "ask", {"question": "nice one bot"})
    assert "Ask me about a TV show" in shown_text(reply)
    assert buttons(reply) == []
    fake.assert_clean()


async def test_an_unknown_show_gets_an_ephemeral_reply(shared: FakeDiscord) -> None:
    fake = shared
    reply = await slash(fake, "status", {"show": "severance"})
    assert is_ephemeral(reply)
    assert "severance" in shown_text(reply).lower()
    assert "don't know" in shown_text(reply)
    fake.assert_clean()


async def test_an_ambiguous_show_offers_buttons_that_answer(shared: FakeDiscord) -> None:
    fake = shared
    reply = await slash(fake, "status", {"show": "The Office"})
    assert is_ephemeral(reply)
    assert "Which one" in shown_text(reply)
    offered = {b["label"]: b for b in buttons(reply)}
    assert set(offered) == {"The Office (NBC, 2005)", "The Office (BBC Two, 2001)"}
    assert all(len(b["custom_id"]) <= 100 for b in offered.values())

    press = await fake.send_component(offered["The Office (BBC Two, 2001)"]["custom_id"])
    picked = await fake.wait_for_interaction_reply(press, timeout=10)
    assert_public_answer(picked, "The Office")
    assert "BBC Two" in shown_text(picked)
    assert "NBC" not in shown_text(picked)
    fake.assert_clean()


async def test_did_you_mean_buttons_answer_for_the_chosen_show(shared: FakeDiscord) -> None:
    fake = shared
    reply = await slash(fake, "ask", {"question": "will there be a season 2 of kobra ki"})
    assert is_ephemeral(reply)
    assert "Did you mean Cobra Kai" in shown_text(reply)
    [button] = buttons(reply)
    assert button["label"] == "Cobra Kai"

    press = await fake.send_component(button["custom_id"])
    assert press.payload["member"]["user"]["id"] == str(fake.member.id)
    picked = await fake.wait_for_interaction_reply(press, timeout=10)
    answer = assert_public_answer(picked, "Cobra Kai")
    assert "season 2" in answer["description"].lower(), "the question's season is kept"
    assert_pings_nobody(picked)
    fake.assert_clean()


# -------------------------------------------------------------------------- 3. autocomplete


async def test_autocomplete_is_fuzzy_best_first(shared: FakeDiscord) -> None:
    fake = shared
    typing = await fake.send_autocomplete("status", {"show": "cob"}, focused="show")
    choices = await fake.wait_for_autocomplete(typing, timeout=5)
    assert choices, "something fits 'cob'"
    assert choices[0] == {"name": "Cobra Kai", "value": "cobra-kai"}

    typing = await fake.send_autocomplete("cast", {"show": "imperfcts"}, focused="show")
    choices = await fake.wait_for_autocomplete(typing, timeout=5)
    assert choices[0]["value"] == "the-imperfects", "typos are forgiven"
    fake.assert_clean()


async def test_autocomplete_offers_at_most_25_choices(shared: FakeDiscord) -> None:
    fake = shared
    typing = await fake.send_autocomplete("info", {"show": "galaxy station"}, focused="show")
    choices = await fake.wait_for_autocomplete(typing, timeout=5)
    assert len(choices) == 25, "30 shows fit; Discord takes 25"
    assert all(c["value"].startswith("galaxy-station-") for c in choices)
    assert all(len(c["name"]) <= 100 for c in choices)
    fake.assert_clean()


async def test_autocomplete_tells_colliding_titles_apart(shared: FakeDiscord) -> None:
    fake = shared
    typing = await fake.send_autocomplete(
        "release", {"show": "the office", "season": 2}, focused="show"
    )
    choices = await fake.wait_for_autocomplete(typing, timeout=5)
    offices = {c["value"]: c["name"] for c in choices if c["value"].startswith("the-office")}
    assert offices == {
        "the-office-us": "The Office (NBC, 2005)",
        "the-office-uk": "The Office (BBC Two, 2001)",
    }
    assert list(offices) == [c["value"] for c in choices[:2]], "both before anything else"
    fake.assert_clean()


async def test_autocomplete_fits_discord_limits_for_very_long_titles(
    own_fake: FakeDiscord, own_launch: LaunchBot, tmp_path: Path
) -> None:
    """One show with a very long title must not break autocomplete: its choice is offered
    with a name and a value of at most 100 characters (or left out), and so are the others."""
    fake = own_fake
    knowledge = copy_knowledge(tmp_path, {"long.yaml": LONG_YAML})
    env = {"SHOWBOT_GUILD_ID": str(fake.guild_id), "SHOWBOT_STATE_DIR": str(tmp_path / "state")}
    await start_bot(fake, own_launch, knowledge, env)
    # "" is what Discord sends when the option gets focus; "the imperfects" is an ordinary
    # query. The long title is among the matches of both.
    for typed in ("lighthouse keeper", "", "the imperfects"):
        typing = await fake.send_autocomplete("status", {"show": typed}, focused="show")
        answered = await fake.wait_for_request("POST", rf"^/interactions/{typing.id}/", timeout=5)
        assert fake.schema_errors == [], typed
        assert answered.status in (200, 204), (typed, answered.response)
        offered = await fake.wait_for_autocomplete(typing, timeout=5)
        assert offered, typed
        assert all(len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in offered)
    fake.assert_clean()


async def test_answers_from_a_hostile_base_are_messages_discord_accepts(
    own_fake: FakeDiscord, own_launch: LaunchBot, tmp_path: Path
) -> None:
    """Long knowledge, markdown, mentions and a 3,000-character link: every reply is fitted,
    shows the titles as written and pings nobody (the fake refuses what Discord would)."""
    fake = own_fake
    knowledge = copy_knowledge(tmp_path, {"hostile.yaml": hostile_yaml()})
    env = {"SHOWBOT_GUILD_ID": str(fake.guild_id), "SHOWBOT_STATE_DIR": str(tmp_path / "state")}
    await start_bot(fake, own_launch, knowledge, env)
    for command in SHOW_COMMANDS:
        reply = await slash(fake, command, {"show": "hostile-one"})
        answer = embed(reply)
        assert answer["title"] == r"M\*A\*S\*H \*\*Hostile\*\* one", "shown as written"
        assert answer["url"].startswith("https://example.com/long-path/"), "a link it takes"
        assert len(answer["url"]) <= 2048
        assert "Source: s: Kevin Can F**k Himself" in answer["footer"]["text"]
        assert_pings_nobody(reply)
    three = await mention(fake, "why were hostile one, hostile two and hostile three canceled")
    assert len(three["embeds"]) == 3
    assert all(e["description"].endswith("…") for e in three["embeds"]), "cut, and says so"
    rendered = [
        (e["title"], e["description"], *(f["value"] for f in e["fields"])) for e in three["embeds"]
    ]
    assert not any("@everyone" in text for texts in rendered for text in texts), (
        "footers do not render"
    )
    assert_pings_nobody(three)
    fake.assert_clean()


# ------------------------------------------------------------------------ 4. mention replies


async def test_a_mention_gets_a_reply_that_pings_nobody(shared: FakeDiscord) -> None:
    fake = shared
    after = len(fake.requests)
    question = await fake.send_message(
        f"{fake.bot_user.mention} will there be a season 2 of the imperfects"
    )
    reply = await fake.wait_for_message_reply(question, timeout=10)
    assert reply["message_reference"]["message_id"] == question["id"]
    answer = assert_public_answer(reply, "The Imperfects")
    assert answer["description"].startswith("No")
    assert TIMESTAMP.search(answer["description"])
    assert_pings_nobody(reply)
    sent = await fake.wait_for_request(
        "POST", rf"^/channels/{fake.channel_id}/messages$", after=after
    )
    assert sent.json["allowed_mentions"]["parse"] == []
    assert sent.json["allowed_mentions"].get("replied_user") is False
    fake.assert_clean()


async def test_an_ambiguous_mention_offers_buttons(shared: FakeDiscord) -> None:
    fake = shared
    reply = await mention(fake, "is the office coming back")
    assert "Which one" in shown_text(reply)
    assert_pings_nobody(reply)
    offered = {b["label"]: b["custom_id"] for b in buttons(reply)}
    assert set(offered) == {"The Office (NBC, 2005)", "The Office (BBC Two, 2001)"}
    press = await fake.send_component(offered["The Office (NBC, 2005)"])
    picked = await fake.wait_for_interaction_reply(press, timeout=10)
    assert_public_answer(picked, "The Office")
    assert "NBC" in shown_text(picked)
    fake.assert_clean()


async def test_a_bare_mention_gets_a_short_help(shared: FakeDiscord) -> None:
    fake = shared
    reply = await mention(fake, "")
    text = shown_text(reply)
    assert "Ask me about a TV show" in text
    assert len(text) < 500
    assert_pings_nobody(reply)
    fake.assert_clean()


async def test_a_dm_needs_no_mention(shared: FakeDiscord) -> None:
    fake = shared
    question = await fake.send_message("will there be a season 2 of the imperfects", dm=True)
    reply = await fake.wait_for_message_reply(question, timeout=10)
    assert "guild_id" not in reply
    assert reply["channel_id"] == question["channel_id"]
    assert_public_answer(reply, "The Imperfects")
    fake.assert_clean()


async def test_bots_and_unaddressed_messages_are_ignored(shared: FakeDiscord) -> None:
    fake = shared
    ignored = [
        await fake.send_message(
            f"{fake.bot_user.mention} will there be a season 2 of the imperfects",
            author=fake.other_bot,
        ),
        await fake.send_message("will there be a season 2 of the imperfects"),
        await fake.send_message("@everyone will there be a season 2 of the imperfects"),
    ]
    nickname_form = f"<@!{fake.bot_user.id}> is cobra kai renewed"
    control = await fake.wait_for_message_reply(await fake.send_message(nickname_form), timeout=10)
    assert_public_answer(control, "Cobra Kai")
    await settled(fake)
    assert not replied_to(fake, ignored)
    fake.assert_clean()


async def test_echoed_everyone_and_role_mentions_ping_nobody(shared: FakeDiscord) -> None:
    fake = shared
    after = len(fake.requests)
    hostile = (
        f"will there be a season 2 of @everyone @here <@&{fake.admin_role.id}> {fake.admin.mention}"
    )
    reply = await mention(fake, hostile)
    assert_pings_nobody(reply)
    assert "@everyone" not in (reply["content"] or "")
    assert "<@&" not in (reply["content"] or "")
    sent = await fake.wait_for_request(
        "POST", rf"^/channels/{fake.channel_id}/messages$", after=after
    )
    assert sent.json["allowed_mentions"]["parse"] == []
    assert not sent.json["allowed_mentions"].get("roles")
    assert not sent.json["allowed_mentions"].get("users")
    fake.assert_clean()


async def test_overlong_input_is_refused_politely(shared: FakeDiscord) -> None:
    fake = shared
    long_question = ("will there be a season 2 of the imperfects " * 40)[:1500]
    reply = await mention(fake, long_question)
    text = shown_text(reply)
    assert re.search(r"1[45]\d\d characters long", text), text
    assert "500 characters" in text
    assert "please" in text.lower()
    assert long_question not in text, "the input is not echoed back"
    assert_pings_nobody(reply)
    fake.assert_clean()


# ------------------------------------------------------------------------------ 5. cooldown


async def test_questions_have_a_cooldown_and_admin_commands_do_not(
    own_fake: FakeDiscord, own_launch: LaunchBot, tmp_path: Path
) -> None:
    fake = own_fake
    env = {
        "SHOWBOT_GUILD_ID": str(fake.guild_id),
        "SHOWBOT_STATE_DIR": str(tmp_path / "state"),
        "SHOWBOT_COOLDOWN_RATE": "2",
        "SHOWBOT_COOLDOWN_SECONDS": "60",
    }
    await start_bot(fake, own_launch, BUNDLED, env)
    question = {"question": "will there be a season 2 of the imperfects"}
    for _ in range(2):
        assert_public_answer(await slash(fake, "ask", question), "The Imperfects")
    third = await slash(fake, "ask", question)
    assert is_ephemeral(third)
    assert "Slow down" in shown_text(third)
    assert "The Imperfects" not in shown_text(third)

    # Mentions share the member's budget.
    slowed = await mention(fake, "will there be a season 2 of the imperfects")
    assert "Slow down" in shown_text(slowed)
    assert_pings_nobody(slowed)
    again = await fake.send_message(f"{fake.bot_user.mention} and now?")
    await settled(fake, author=fake.admin)
    assert not replied_to(fake, [again]), "said once per burst, not once per message"

    # Another member has their own budget.
    other = await slash(fake, "ask", question, user=fake.keeper)
    assert_public_answer(other, "The Imperfects")

    # Admin commands are not limited, even for someone who used up their questions.
    for _ in range(2):
        await slash(fake, "ask", question, user=fake.admin)
    for _ in range(4):
        status = await slash(fake, "knowledge status", user=fake.admin)
        assert "Slow down" not in shown_text(status)
        assert "shows" in shown_text(status)
    fake.assert_clean()


# ------------------------------------------------------------------------- 6. admin commands


async def test_knowledge_status_and_misses_for_admins(shared: FakeDiscord) -> None:
    fake = shared
    await slash(fake, "info", {"show": "Zorblax Chronicles"})  # a miss to list
    for user in (fake.admin, fake.keeper, fake.app_owner, fake.guild_owner):
        status = await slash(fake, "knowledge status", user=user)
        assert is_ephemeral(status), user.name
        text = shown_text(status)
        assert "shows from" in text, (user.name, text)
        assert "Only server admins" not in text
        misses = await slash(fake, "knowledge misses", user=user)
        assert is_ephemeral(misses)
        assert "zorblax chronicles" in shown_text(misses).lower(), shown_text(misses)
        assert_pings_nobody(misses)
    fake.assert_clean()


async def test_knowledge_commands_refuse_a_normal_member(shared: FakeDiscord) -> None:
    fake = shared
    for command in ("knowledge status", "knowledge misses", "knowledge reload"):
        refusal = await slash(fake, command, user=fake.member)
        assert is_ephemeral(refusal), command
        assert "Only server admins" in shown_text(refusal)
        assert "shows from" not in shown_text(refusal)
    fake.assert_clean()


async def test_manage_server_can_be_turned_off_as_an_admin_right(
    own_fake: FakeDiscord, own_launch: LaunchBot, tmp_path: Path
) -> None:
    fake = own_fake
    env = {
        "SHOWBOT_GUILD_ID": str(fake.guild_id),
        "SHOWBOT_STATE_DIR": str(tmp_path / "state"),
        "SHOWBOT_MANAGE_GUILD_IS_ADMIN": "false",
        "SHOWBOT_ADMIN_USER_IDS": str(fake.member.id),
    }
    await start_bot(fake, own_launch, BUNDLED, env)
    for user in (fake.admin, fake.guild_owner, fake.keeper):
        refusal = await slash(fake, "knowledge status", user=user)
        assert is_ephemeral(refusal)
        assert "Only server admins" in shown_text(refusal), user.name
    for user in (fake.member, fake.app_owner):  # a configured admin user; the app's owner
        status = await slash(fake, "knowledge status", user=user)
        assert is_ephemeral(status)
        assert "shows from" in shown_text(status), user.name
    fake.assert_clean()


async def test_knowledge_status_tells_admins_about_the_live_refresh(
    own_fake: FakeDiscord, own_launch: LaunchBot, tmp_path: Path
) -> None:
    fake = own_fake
    env = {
        "SHOWBOT_GUILD_ID": str(fake.guild_id),
        "SHOWBOT_STATE_DIR": str(tmp_path / "state"),
        "SHOWBOT_REFRESH_HOURS": "6",
        "SHOWBOT_TVMAZE_API_URL": "http://127.0.0.1:9",  # never called: the first round is later
    }
    await start_bot(fake, own_launch, copy_knowledge(tmp_path), env)
    status = await slash(fake, "knowledge status", user=fake.admin)
    assert is_ephemeral(status)
    assert "TVMaze refresh every 6 h; it has not run yet." in shown_text(status)
    fake.assert_clean()


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def reloading_bot(
    tmp_path_factory: pytest.TempPathFactory,
) -> AsyncIterator[tuple[FakeDiscord, Path]]:
    """A bot serving a copy of the bundled base that the reload tests edit."""
    root = tmp_path_factory.mktemp("reloading")
    knowledge = copy_knowledge(root)
    async with FakeDiscord() as fake, bot_launcher(fake, root) as launch:
        env = {
            "SHOWBOT_GUILD_ID": str(fake.guild_id),
            "SHOWBOT_STATE_DIR": str(root / "state"),
            "SHOWBOT_COOLDOWN_RATE": "10000",
            "SHOWBOT_RELOAD_RATE": "10000",  # these tests reload often; the limit has its own
        }
        await start_bot(fake, launch, knowledge, env)
        yield fake, knowledge


@pytest_asyncio.fixture(loop_scope="module")
async def reloading(
    reloading_bot: tuple[FakeDiscord, Path],
) -> AsyncIterator[tuple[FakeDiscord, Path]]:
    forget_problems(reloading_bot[0])
    yield reloading_bot
    forget_problems(reloading_bot[0])


async def reload(fake: FakeDiscord) -> dict[str, Any]:
    interaction = await fake.send_slash("knowledge reload", user=fake.admin)
    reply = await fake.wait_for_interaction_reply(interaction, timeout=15)
    assert is_ephemeral(reply)
    assert not reply["flags"] & (1 << 7), "the thinking state ended"
    return reply


async def test_reload_reports_an_added_show_which_answers_at_once(
    reloading: tuple[FakeDiscord, Path],
) -> None:
    fake, knowledge = reloading
    new_file = knowledge / "shows" / "severance.yaml"
    try:
        before = await slash(fake, "status", {"show": "severance"})
        assert is_ephemeral(before), "not known yet"

        new_file.write_text(SEVERANCE_YAML, encoding="utf-8")
        text = shown_text(await reload(fake))
        assert "Reloaded 9 shows" in text, text
        assert "Added (1): severance" in text, text
        assert re.search(r"in \d+\.\d+ s", text), "the time taken"

        after = await slash(fake, "status", {"show": "severance"})
        answer = assert_public_answer(after, "Severance")
        assert "renewed" in answer["description"].lower()
    finally:
        new_file.unlink(missing_ok=True)
    # Two reloads at once: both answered in time, one after the other.
    first, second = await asyncio.gather(reload(fake), reload(fake))
    texts = [shown_text(first), shown_text(second)]
    assert sum("Removed (1): severance" in text for text in texts) == 1, texts
    assert sum("Nothing changed" in text for text in texts) == 1, texts
    fake.assert_clean()


async def test_a_failed_reload_reports_file_and_line_and_keeps_serving(
    reloading: tuple[FakeDiscord, Path],
) -> None:
    fake, knowledge = reloading
    broken = knowledge / "shows" / "cobra-kai.yaml"
    original = broken.read_text(encoding="utf-8")
    try:
        lines = original.splitlines()
        broken.write_text("\n".join([*lines, "status: [unclosed", "  - : :"]) + "\n")
        bad_line = len(lines) + 1
        text = shown_text(await reload(fake))
        assert "Reload failed" in text, text
        assert "still serving the previous base (8 shows)" in text, text
        where = re.search(r"shows/cobra-kai\.yaml:(\d+)", text)
        assert where, f"FILE:LINE in {text!r}"
        assert abs(int(where[1]) - bad_line) <= 1, (where[0], bad_line)
        assert str(knowledge) not in text, "paths relative to the knowledge directory"

        for show_id, title in (("cobra-kai", "Cobra Kai"), ("the-imperfects", "The Imperfects")):
            reply = await slash(fake, "status", {"show": show_id})
            assert_public_answer(reply, title)
        status = shown_text(await slash(fake, "knowledge status", user=fake.admin))
        assert "**8** shows" in status
    finally:
        broken.write_text(original, encoding="utf-8")
    text = shown_text(await reload(fake))
    assert "Reloaded 8 shows" in text, text
    fake.assert_clean()


async def test_the_sync_command_pushes_the_tree_and_run_remembers_it(
    own_fake: FakeDiscord, own_launch: LaunchBot, tmp_path: Path
) -> None:
    """``showbot sync [--guild ID]`` by hand; a global push is remembered, so a later
    ``showbot run`` does not push the same tree again."""
    fake = own_fake
    env = {"SHOWBOT_STATE_DIR": str(tmp_path / "state")}
    guild = await own_launch("sync", "--guild", str(fake.guild_id), env=env)
    assert await guild.wait_exit(timeout=20) == 0, guild.log()
    assert f"synced 11 commands to guild {fake.guild_id}" in guild.log()
    assert {c["name"] for c in fake.guild_commands} == COMMANDS | STATE_COMMANDS
    assert fake.global_commands == []
    assert fake.identifies == [], "a sync needs no gateway session"

    pushed = await own_launch("sync", env=env)
    assert await pushed.wait_exit(timeout=20) == 0, pushed.log()
    assert "synced 11 commands to all servers (global)" in pushed.log()
    assert {c["name"] for c in fake.global_commands} == COMMANDS | STATE_COMMANDS

    puts = sum(r.method == "PUT" for r in fake.requests)
    await start_bot(fake, own_launch, BUNDLED, env)
    assert sum(r.method == "PUT" for r in fake.requests) == puts, "nothing new to push"
    fake.assert_clean()


async def test_a_button_for_a_show_removed_by_a_reload_says_so(
    reloading: tuple[FakeDiscord, Path],
) -> None:
    fake, knowledge = reloading
    twins = knowledge / "shows" / "twins.yaml"
    try:
        twins.write_text(
            OFFICE_YAML.replace("the-office", "twin").replace("The Office", "Twin Peaks")
        )
        assert "Added (2)" in shown_text(await reload(fake))
        which = await slash(fake, "status", {"show": "twin peaks"})
        offered = {b["label"]: b["custom_id"] for b in buttons(which)}
        assert set(offered) == {"Twin Peaks (NBC, 2005)", "Twin Peaks (BBC Two, 2001)"}
    finally:
        twins.unlink(missing_ok=True)
    assert "Removed (2)" in shown_text(await reload(fake))
    press = await fake.send_component(offered["Twin Peaks (NBC, 2005)"])
    gone = await fake.wait_for_interaction_reply(press, timeout=10)
    assert is_ephemeral(gone)
    assert "no longer in my notes" in shown_text(gone)
    fake.assert_clean()


# ---------------------------------------------------------------------------- 7. resilience


@pytest.mark.parametrize("how", ["close", "reconnect"])
async def test_answers_again_after_the_gateway_drops(shared: FakeDiscord, how: Any) -> None:
    fake = shared
    resumes = fake.resumes
    await fake.drop_connection(how, timeout=20)
    assert fake.resumes == resumes + 1, "the session was resumed"
    reply = await slash(fake, "status", {"show": "wu-assassins"})
    assert_public_answer(reply, "Wu Assassins")
    question = await mention(fake, "is the order canceled")
    assert_public_answer(question, "The Order")
    fake.assert_clean()


# -------------------------------------------------------------------------------- 8. tokens


async def test_a_rejected_token_exits_2_with_a_clear_message(
    own_fake: FakeDiscord, own_launch: LaunchBot, tmp_path: Path
) -> None:
    fake = own_fake
    env = {"DISCORD_TOKEN": "not-the-token", "SHOWBOT_STATE_DIR": str(tmp_path / "state")}
    bot = await own_launch("run", "--knowledge", str(BUNDLED), env=env)
    assert await bot.wait_exit(timeout=20) == 2, bot.log()
    log = bot.log()
    assert "showbot: error:" in log
    assert "DISCORD_TOKEN" in log
    assert "Traceback" not in log, log
    me = await fake.wait_for_request("GET", r"^/users/@me$", timeout=1)
    assert me.status == 401
    assert fake.identifies == []
    fake.assert_clean()


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ({"DISCORD_TOKEN": ""}, "showbot: error: DISCORD_TOKEN is not set"),
        ({"SHOWBOT_COOLDOWN_RATE": "0"}, "showbot: error: SHOWBOT_COOLDOWN_RATE"),
        ({"SHOWBOT_GUILD_ID": "my-server"}, "showbot: error: SHOWBOT_GUILD_ID"),
        ({"BROKEN_KNOWLEDGE": "1"}, "cobra-kai.yaml:"),
    ],
    ids=["missing-token", "bad-cooldown", "bad-guild-id", "broken-knowledge"],
)
async def test_a_broken_setup_exits_2_with_a_clear_message(
    own_fake: FakeDiscord,
    own_launch: LaunchBot,
    tmp_path: Path,
    setting: dict[str, str],
    message: str,
) -> None:
    fake = own_fake
    knowledge = BUNDLED
    if setting.pop("BROKEN_KNOWLEDGE", None):
        knowledge = copy_knowledge(tmp_path)
        (knowledge / "shows" / "cobra-kai.yaml").write_text("title: [unclosed\n")
    env = {"SHOWBOT_STATE_DIR": str(tmp_path / "state")} | setting
    bot = await own_launch("run", "--knowledge", str(knowledge), env=env)
    assert await bot.wait_exit(timeout=20) == 2, bot.log()
    log = bot.log()
    assert message in log, log
    assert "Traceback" not in log, log
    assert not [r for r in fake.requests if r.path != "/gateway"], "it never tried to log in"
    fake.assert_clean()
