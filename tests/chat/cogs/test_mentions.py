"""A message that mentions the bot: the question is what is left without the mention."""

from __future__ import annotations

from bot.chat.cogs.mentions import question_text

BOT = 111111111111111111
ROLE = 222222222222222222


def test_the_bots_mention_is_taken_out_wherever_it_is() -> None:
    assert question_text(f"<@{BOT}> is cobra kai renewed", BOT) == "is cobra kai renewed"
    assert question_text(f"is cobra kai renewed <@!{BOT}>?", BOT) == "is cobra kai renewed ?"


def test_the_bots_own_role_counts_as_its_mention() -> None:
    text = question_text(f"<@&{ROLE}>   is cobra kai\nrenewed", BOT, frozenset({ROLE}))
    assert text == "is cobra kai renewed"


def test_other_mentions_stay_part_of_the_question() -> None:
    assert (
        question_text(f"<@{BOT}> ask <@333> about cobra kai", BOT) == "ask <@333> about cobra kai"
    )


def test_a_bare_mention_is_an_empty_question() -> None:
    assert question_text(f"<@{BOT}>", BOT) == ""
