"""Answers as embeds: escaped, linked, dated, and fitted to Discord's limits together."""

from __future__ import annotations

import datetime as dt
from typing import Any

import discord
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.chat import limits
from bot.chat.embeds import (
    ANSWER_COLOUR,
    Draft,
    answer_embed,
    answer_embeds,
    answer_notice,
    discord_date,
    fit,
    notice_embed,
    share,
    source_name,
)
from bot.core.answers import Answer, Fact, Suggestion
from bot.core.engine import Engine
from bot.core.models import PartialDate, Source
from bot.core.questions import Topic


def text_length(embeds: list[discord.Embed]) -> int:
    """Characters of all the embeds, counted as Discord counts them for its 6,000 limit."""
    return sum(len(embed) for embed in embeds)


def found(text: str = "Yes.", title: str = "A Show", **kwargs: Any) -> Answer:
    """An answer about one show, as the engine gives it."""
    return Answer(topic=Topic.STATUS, text=text, title=title, **kwargs)


# ---------------------------------------------------------------------------------- dates


def test_a_full_date_is_a_timestamp_at_noon_utc() -> None:
    stamp = discord_date(PartialDate(2022, 11, 8))
    noon = dt.datetime(2022, 11, 8, 12, tzinfo=dt.UTC)
    assert stamp == f"<t:{int(noon.timestamp())}:D>"


def test_a_partial_date_is_words_never_an_invented_day() -> None:
    assert discord_date(PartialDate(2026, 5)) == "May 2026"
    assert discord_date(PartialDate(2026)) == "2026"


# -------------------------------------------------------------------------------- answers


def test_an_answer_has_its_title_text_facts_link_and_footer(small_engine: Engine) -> None:
    answer = small_engine.answer_for("alpha", Topic.STATUS, fmt=discord_date)
    embed = answer_embed(answer)
    assert embed.title == "Alpha Station"
    assert embed.description == answer.text
    assert embed.url == "https://example.com/alpha"
    assert embed.colour == ANSWER_COLOUR
    assert [f.name for f in embed.fields][:2] == ["Status", "Network"]
    assert embed.footer.text == "As of 2022-01-11 · Source: Alpha Station canceled"


def test_knowledge_text_is_escaped_where_discord_renders_markdown() -> None:
    answer = found(
        "M*A*S*H ended.",
        title="M*A*S*H",
        facts=(Fact("Network", "CBS_*"),),
        source=Source(title="M*A*S*H finale"),
    )
    embed = answer_embed(answer)
    assert embed.title == r"M\*A\*S\*H"
    assert embed.description == r"M\*A\*S\*H ended."
    assert embed.fields[0].value == r"CBS\_\*"
    assert embed.footer.text == "Source: M*A*S*H finale", "footers show no markdown"


def test_a_link_discord_would_refuse_is_left_out_and_the_source_still_named() -> None:
    huge = "https://example.com/" + "a" * 3000
    embed = answer_embed(found(source=Source(url=huge)))
    assert embed.url is None
    assert embed.footer.text == "Source: example.com"
    assert answer_embed(found(source=Source(url="javascript:alert(1)"))).url is None
    assert source_name(Source(url="javascript:alert(1)")) == "unnamed source"


def test_empty_facts_are_left_out_as_discord_refuses_them() -> None:
    embed = answer_embed(found(facts=(Fact("Network", " "), Fact("", "x"), Fact("Seasons", "2"))))
    assert [(f.name, f.value) for f in embed.fields] == [("Seasons", "2")]


def test_at_most_25_facts() -> None:
    facts = tuple(Fact(f"Fact {i}", str(i)) for i in range(40))
    assert len(answer_embed(found(facts=facts)).fields) == limits.EMBED_FIELDS


def test_each_part_is_cut_to_its_own_limit() -> None:
    answer = found(
        "word " * 2000,
        title="T" * 300,
        facts=(Fact("N" * 300, "v " * 700),),
        source=Source(title="s " * 1100),
    )
    [embed] = answer_embeds([answer])
    assert len(embed.title or "") <= limits.EMBED_TITLE
    assert len(embed.description or "") <= limits.EMBED_DESCRIPTION
    assert len(embed.fields[0].name or "") <= limits.EMBED_FIELD_NAME
    assert len(embed.fields[0].value or "") <= limits.EMBED_FIELD_VALUE
    assert len(embed.footer.text or "") <= limits.EMBED_FOOTER
    assert text_length([embed]) <= limits.EMBED_TOTAL


def test_the_answer_text_keeps_at_least_half_of_the_message() -> None:
    facts = tuple(Fact("Long fact " + "n" * 200, "v" * 1024) for _ in range(25))
    [embed] = answer_embeds([found("A sentence that goes on. " * 400, facts=facts)])
    assert text_length([embed]) <= limits.EMBED_TOTAL
    assert len(embed.description or "") >= limits.EMBED_TOTAL // 2 - 10
    assert (embed.description or "").endswith("goes on. …"), "cut after a whole sentence"
    assert len(embed.fields) == 25, "every fact still shown, shortened alike"
    assert len({len(f.value or "") for f in embed.fields}) == 1


def test_short_parts_stay_whole_when_long_ones_are_cut() -> None:
    facts = (Fact("Status", "Canceled"), Fact("Reception", "r" * 1024), Fact("Made by", "m" * 1024))
    three = [found("x " * 2000, title=f"Show {i}", facts=facts) for i in range(3)]
    embeds = answer_embeds(three)
    assert text_length(embeds) <= limits.EMBED_TOTAL
    assert [e.title for e in embeds] == ["Show 0", "Show 1", "Show 2"]
    assert all(e.fields[0].value == "Canceled" for e in embeds)


def test_an_ordinary_answer_is_not_cut(bundled_engine: Engine) -> None:
    answer = bundled_engine.answer_for("cobra-kai", Topic.CARD, fmt=discord_date)
    embed = answer_embed(answer)
    assert embed.description == answer.text
    assert [(f.name, f.value) for f in embed.fields] == [(f.label, f.value) for f in answer.facts]


@given(st.lists(st.integers(min_value=0, max_value=5000), max_size=60), st.integers(0, 6000))
def test_shares_fit_the_room_and_never_exceed_a_demand(demands: list[int], room: int) -> None:
    caps = share(demands, room)
    assert sum(caps) <= room
    assert all(0 <= cap <= demand for cap, demand in zip(caps, demands, strict=True))
    assert all(cap == demand or cap == max(caps) for cap, demand in zip(caps, demands, strict=True))


@given(
    st.lists(
        st.tuples(st.text(max_size=5000), st.lists(st.text(max_size=1500), max_size=30)),
        min_size=1,
        max_size=10,
    )
)
def test_any_drafts_fit_every_limit(drafts: list[tuple[str, list[str]]]) -> None:
    embeds = fit(
        [
            Draft(
                text,
                ANSWER_COLOUR,
                title=text[:300],
                fields=tuple((v, v) for v in values),
                footer=text,
            )
            for text, values in drafts
        ]
    )
    assert text_length(embeds) <= limits.EMBED_TOTAL
    for embed in embeds:
        assert len(embed.title or "") <= limits.EMBED_TITLE
        assert len(embed.description or "") <= limits.EMBED_DESCRIPTION
        assert len(embed.footer.text or "") <= limits.EMBED_FOOTER
        assert all(len(f.name or "") <= limits.EMBED_FIELD_NAME for f in embed.fields)
        assert all(len(f.value or "") <= limits.EMBED_FIELD_VALUE for f in embed.fields)


# -------------------------------------------------------------------------------- notices


def test_a_notice_keeps_the_bots_own_markdown() -> None:
    embed = notice_embed("**12** shows from `knowledge/`", title="Status")
    assert embed.description == "**12** shows from `knowledge/`"
    assert embed.title == "Status"


def test_a_long_notice_is_cut_to_fit() -> None:
    assert len(notice_embed("x " * 5000).description or "") <= limits.EMBED_DESCRIPTION


def test_a_notice_about_an_answer_escapes_what_was_asked() -> None:
    answer = Answer(
        topic=Topic.STATUS,
        text="I don't know a show called “**@everyone**” yet.",
        suggestions=(Suggestion("mash", "M*A*S*H"),),
        ambiguous=True,
    )
    embed = answer_notice(answer)
    assert embed.title == "Which one?"
    assert "**" not in (embed.description or "")
    assert "@everyone" not in (embed.description or "")


@pytest.mark.parametrize("count", [1, 2, 3])
def test_one_embed_per_show_answered_about(count: int) -> None:
    assert len(answer_embeds([found(title=f"S{i}") for i in range(count)])) == count
