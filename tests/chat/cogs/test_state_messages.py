"""What /following, /announce list and /mentions tell (the text, apart from Discord)."""

from __future__ import annotations

from bot.chat.cogs.admin import all_misses_message, status_message
from bot.chat.cogs.announce import announcement_line
from bot.chat.cogs.follows import following_message
from bot.chat.cogs.server import mentions_message
from bot.core.engine import Engine
from bot.data import DM_GUILD, Announcement, GuildSettings, MentionMode, Miss


def test_following_lists_the_shows_or_says_how_to_follow() -> None:
    assert "/follow" in following_message([])
    assert following_message(["Dark", "Lost"]).split("\n")[1:] == ["• Dark", "• Lost"]


def test_an_announcement_shows_its_channel_and_role_as_mentions() -> None:
    line = announcement_line(Announcement(1, "dark", 100, 77), "M*A*S*H")
    assert line == "• **M\\*A\\*S\\*H** in <#100>, pings <@&77>"
    assert "pings" not in announcement_line(Announcement(1, "dark", 100, None), "Dark")


def test_mentions_settings_read_as_a_sentence() -> None:
    assert "every channel" in mentions_message(GuildSettings(1))
    assert "ignore" in mentions_message(GuildSettings(1, MentionMode.OFF))
    limited = GuildSettings(1, MentionMode.CHANNELS, frozenset({5, 3}))
    assert mentions_message(limited) == "I answer mentions only in <#3>, <#5>."


def test_the_owners_misses_say_where_each_was_asked() -> None:
    text = all_misses_message(
        [Miss(10, "zorblax", 3), Miss(DM_GUILD, "secret", 1), Miss(99, "gone", 1)],
        {10: "Fan *Club*"},
    )
    lines = text.split("\n")
    assert lines[1] == "3× zorblax · Fan \\*Club\\*"
    assert lines[2] == "1× secret · DMs"
    assert lines[3] == "1× gone · a server"


def test_the_status_hides_the_host_path_unless_asked(small_engine: Engine) -> None:
    root = str(small_engine.snapshot.root)
    assert root in status_message(small_engine.snapshot)
    hidden = status_message(small_engine.snapshot, show_path=False)
    assert root not in hidden
    assert hidden.startswith("**2** shows from 2 file(s)")


def test_the_status_counts_notices_waiting_to_be_sent(small_engine: Engine) -> None:
    assert "waiting" not in status_message(small_engine.snapshot)
    text = status_message(small_engine.snapshot, waiting=3)
    assert "3 follower notice(s) waiting to be sent." in text


def test_the_status_says_whether_this_process_has_every_reload(small_engine: Engine) -> None:
    assert "Reload" not in status_message(small_engine.snapshot), "none yet: nothing to say"
    assert "Reload 3 of the shared base: every reload is in." in status_message(
        small_engine.snapshot, generation=(3, 3)
    )
    behind = status_message(small_engine.snapshot, generation=(2, 3))
    assert "Reload 3 of the shared base is not here yet (this process has 2)" in behind
