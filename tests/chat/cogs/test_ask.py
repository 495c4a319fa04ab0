"""Autocomplete choices for a slash command's show option."""

from __future__ import annotations

from bot.chat import limits
from bot.chat.cogs.ask import autocomplete_choices
from bot.core.answers import Suggestion
from bot.core.engine import Engine


def test_choices_name_shows_and_carry_their_id(bundled_engine: Engine) -> None:
    choices = autocomplete_choices(bundled_engine.autocomplete("cob"))
    assert (choices[0].name, choices[0].value) == ("Cobra Kai", "cobra-kai")


def test_a_long_label_is_cut_keeping_what_tells_shows_apart() -> None:
    label = "A Title " * 20 + "(Netflix, 2020)"
    [choice] = autocomplete_choices([Suggestion("a-title", label)])
    assert len(choice.name) <= limits.CHOICE_NAME
    assert choice.name.endswith("… (Netflix, 2020)")


def test_a_choice_discord_would_refuse_is_left_out() -> None:
    suggestions = [
        Suggestion("x" * 101, "Long id"),
        Suggestion("blank", " "),
        Suggestion("ok", "OK"),
    ]
    assert [c.value for c in autocomplete_choices(suggestions)] == ["ok"]


def test_at_most_25_choices() -> None:
    suggestions = [Suggestion(f"s-{i}", f"S {i}") for i in range(40)]
    assert len(autocomplete_choices(suggestions)) == limits.CHOICES
