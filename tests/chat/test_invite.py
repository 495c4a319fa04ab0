"""`showbot invite`: the OAuth2 link with exactly the scopes and permissions the bot needs."""

from __future__ import annotations

import base64
from urllib.parse import parse_qs, urlsplit

import discord
import pytest

from bot.chat.invite import application_id_from_token, bot_permissions, invite_url
from bot.cli import main
from bot.commandline import EXIT_OK, EXIT_USAGE

APP_ID = 1183456789012345678


def token_for(user_id: int) -> str:
    first = base64.b64encode(str(user_id).encode()).decode().rstrip("=")
    return f"{first}.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789ABCD"


def test_the_link_asks_for_exactly_the_bot_and_commands_scopes_and_five_permissions() -> None:
    url = urlsplit(invite_url(APP_ID))
    query = parse_qs(url.query)
    assert (url.scheme, url.netloc, url.path) == ("https", "discord.com", "/oauth2/authorize")
    assert query["client_id"] == [str(APP_ID)]
    assert query["scope"] == ["bot applications.commands"]
    # View Channels 1<<10, Send Messages 1<<11, Embed Links 1<<14, Read Message History 1<<16,
    # Send Messages in Threads 1<<38 (Discord's documented bits), and nothing else.
    assert query["permissions"] == [str(1 << 10 | 1 << 11 | 1 << 14 | 1 << 16 | 1 << 38)]
    granted = discord.Permissions(int(query["permissions"][0]))
    assert granted == bot_permissions()
    assert granted.view_channel
    assert granted.send_messages_in_threads
    assert not granted.mention_everyone
    assert not granted.administrator


def test_the_application_id_is_read_from_the_token() -> None:
    assert application_id_from_token(token_for(APP_ID)) == APP_ID


@pytest.mark.parametrize("token", ["garbage", "", "!!!.x.y", "aGVsbG8.x.y"])
def test_a_token_of_another_shape_gives_no_id(token: str) -> None:
    assert application_id_from_token(token) is None


def test_invite_prints_the_link_from_the_token(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", token_for(APP_ID))
    assert main(["invite"]) == EXIT_OK
    assert capsys.readouterr().out == invite_url(APP_ID) + "\n"


def test_the_flag_beats_the_token(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", token_for(APP_ID))
    assert main(["invite", "--application-id", "222222222222222222"]) == EXIT_OK
    assert "client_id=222222222222222222&" in capsys.readouterr().out


def test_without_token_or_flag_it_says_what_to_pass(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    assert main(["invite"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("showbot: error: no application id: pass --application-id ID")
    assert err.count("\n") == 1


def test_a_token_that_holds_no_id_says_to_pass_the_flag(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", "garbage")
    assert main(["invite"]) == EXIT_USAGE
    assert "pass --application-id ID instead" in capsys.readouterr().err


def test_an_application_id_that_is_no_number_is_refused(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["invite", "--application-id", "my-bot"])
    assert raised.value.code == EXIT_USAGE
    err = capsys.readouterr().err
    assert "'my-bot' is not an application id" in err
    assert err.count("\n") == 1
