"""A follower's notice: the embed style of answers, escaped, fitted, pinging nobody."""

from __future__ import annotations

from bot.chat.announcer import role_ping
from bot.chat.embeds import ANSWER_COLOUR, news_embed
from bot.core import Change

CHANGES = [
    Change("status", before="renewed", after="canceled"),
    Change("release", 2, None, "2027-05-01"),
]


def test_a_notice_names_the_show_and_each_change_on_its_line() -> None:
    embed = news_embed("Dark", CHANGES, to_channel=False)
    assert embed.title == "Dark"
    assert embed.colour == ANSWER_COLOUR
    lines = (embed.description or "").split("\n")
    assert lines[0] == "Status: renewed → **canceled**."
    assert lines[1].startswith("Season 2 has a release date: **<t:")
    assert "/unfollow" in (embed.footer.text or "")


def test_a_channel_post_says_who_set_it_up() -> None:
    embed = news_embed("Dark", CHANGES, to_channel=True)
    assert "server's admins" in (embed.footer.text or "")


def test_a_title_from_the_knowledge_is_escaped_and_fits() -> None:
    embed = news_embed("M*A*S*H @everyone " * 40, CHANGES, to_channel=False)
    assert (embed.title or "").startswith("M\\*A\\*S\\*H @\u200beveryone")
    assert len(embed.title or "") <= 256


def test_the_role_ping_allows_exactly_that_role() -> None:
    allowed = role_ping(42).to_dict()
    assert allowed["parse"] == []
    assert allowed["roles"] == [42]
    assert not allowed.get("users")
    assert not allowed.get("replied_user")
