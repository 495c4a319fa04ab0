"""Knowledge text as Discord shows it: escaped to render as written, cut where it stays
readable, links Discord accepts."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.chat.text import ELLIPSIS, escape, safe_url, shorten, shorten_label, url_host

MARKDOWN_CHARACTERS = "*_~|`\\"


def rendered(text: str) -> str:
    """What Discord shows for escaped text: a backslash before punctuation shows the
    punctuation, and the zero-width space that breaks a mention is invisible."""
    return re.sub(r"\\([^0-9A-Za-z\s])", r"\1", text).replace("@\u200b", "@")


def unescaped_markdown(text: str) -> list[int]:
    """Positions of markdown characters that Discord would read as formatting (links, which
    Discord does not format, are blanked out first)."""
    text = re.sub(r"https?://\S+", lambda link: " " * len(link.group()), text)
    positions, index = [], 0
    while index < len(text):
        if text[index] == "\\" and index + 1 < len(text):
            index += 2
            continue
        if text[index] in MARKDOWN_CHARACTERS:
            positions.append(index)
        index += 1
    return positions


# ------------------------------------------------------------------------------- escaping


@pytest.mark.parametrize(
    ("title", "escaped"),
    [
        ("M*A*S*H", r"M\*A\*S\*H"),
        ("Kevin Can F**k Himself", r"Kevin Can F\*\*k Himself"),
        ("__init__", r"\_\_init\_\_"),
        ("||spoiler||", r"\|\|spoiler\|\|"),
        ("back\\slash", "back\\\\slash"),
    ],
)
def test_real_titles_render_as_written(title: str, escaped: str) -> None:
    assert escape(title) == escaped
    assert rendered(escape(title)) == title


def test_line_starts_that_discord_would_format_are_escaped() -> None:
    text = "# heading\n> quote\n-# small\n1. first\n[masked](https://evil.example)"
    escaped = escape(text)
    assert escaped.split("\n") == [
        r"\# heading",
        r"\> quote",
        r"\-# small",
        r"1\. first",
        r"\[masked](https://evil.example)",
    ]
    assert rendered(escaped) == text


def test_text_between_two_masked_links_is_escaped_too() -> None:
    """discord.py's `escape_markdown` escapes one "[" for the whole stretch and leaves the
    **bold** between two masked links as it is."""
    text = "[a](https://a.example) **bold** [b](https://b.example)"
    escaped = escape(text)
    assert unescaped_markdown(escaped) == []
    assert rendered(escaped) == text


def test_mentions_are_broken_so_they_neither_ping_nor_show_as_mentions() -> None:
    escaped = escape("@everyone @here <@123456789012345678> <@&234567890123456789>")
    assert "@everyone" not in escaped
    assert "@here" not in escaped
    assert "<@1" not in escaped
    assert "<@&" not in escaped
    assert rendered(escaped) == "@everyone @here <@123456789012345678> <@&234567890123456789>"


def test_the_bots_own_formatting_still_works() -> None:
    """Bulleted reasons, timestamps and links are the engine's or stay clickable."""
    text = "Why HBO canceled M*A*S*H:\n- too <t:1700000000:D>\n- see https://x.example/a_b_c"
    assert escape(text) == (
        "Why HBO canceled M\\*A\\*S\\*H:\n- too <t:1700000000:D>\n- see https://x.example/a_b_c"
    )


@given(st.text(alphabet=st.sampled_from("ab *_~|`\\>#-1.\n@[]()<&:")))
def test_escaped_text_renders_as_written_and_formats_nothing(text: str) -> None:
    escaped = escape(text)
    assert unescaped_markdown(escaped) == []
    if "://" not in text and not re.search(r"(^|\n)- ", text):
        assert rendered(escaped) == text


# -------------------------------------------------------------------------------- cutting

ANSWER = (
    "The show was canceled after two seasons. The network cited low ratings and high costs. "
    "Fans launched a campaign to save it."
)


def test_short_text_is_left_alone() -> None:
    assert shorten(ANSWER, len(ANSWER)) == ANSWER


def test_a_long_answer_keeps_its_whole_sentences() -> None:
    assert shorten(ANSWER, 100) == (
        "The show was canceled after two seasons. The network cited low ratings and high costs. …"
    )
    assert shorten(ANSWER, 60) == "The show was canceled after two seasons. …"


def test_a_long_first_sentence_is_cut_after_a_whole_word() -> None:
    assert shorten(ANSWER, 30) == "The show was canceled after…"
    assert shorten("Cast: Ann, Bob, Cy, Dee and everyone else", 18) == "Cast: Ann, Bob…"


def test_one_long_word_is_cut_inside_it() -> None:
    assert shorten("x" * 50, 10) == "x" * 9 + ELLIPSIS


def test_an_escape_is_never_split() -> None:
    escaped = escape("*" * 40)
    cut = shorten(escaped, 10)
    assert cut == "\\*" * 4 + ELLIPSIS
    assert unescaped_markdown(cut) == []


@given(st.text(alphabet=st.sampled_from("ab .!?\n\\*")), st.integers(min_value=0, max_value=80))
def test_a_cut_fits_and_keeps_the_start_of_the_text(text: str, limit: int) -> None:
    cut = shorten(text, limit)
    assert len(cut) <= limit
    if cut != text and limit > 1:
        assert cut.endswith(ELLIPSIS)
        kept = cut.removesuffix(ELLIPSIS).rstrip(" ")
        assert text.startswith(kept)


@given(st.text(alphabet=st.sampled_from("ab *\\ ")), st.integers(min_value=2, max_value=40))
def test_a_cut_of_escaped_text_formats_nothing(text: str, limit: int) -> None:
    assert unescaped_markdown(shorten(escape(text), limit)) == []


def test_a_label_keeps_the_part_that_tells_shows_apart() -> None:
    label = "The Lighthouse Keeper Who Counted Every Wave Along the Northern Coast (Netflix, 2020)"
    assert shorten_label(label, 40) == "The Lighthouse Keeper… (Netflix, 2020)"
    assert shorten_label("The Office (NBC, 2005)", 80) == "The Office (NBC, 2005)"
    assert shorten_label("A title\nover two lines", 80) == "A title over two lines"
    assert len(shorten_label("x" * 200 + " (" + "y" * 60 + ")", 80)) <= 80


# ---------------------------------------------------------------------------------- links


@pytest.mark.parametrize(
    ("url", "sent"),
    [
        ("https://deadline.com/2022/11/imperfects", "https://deadline.com/2022/11/imperfects"),
        (" http://example.com/a?b=1#c ", "http://example.com/a?b=1#c"),
        ("https://de.wikipedia.org/wiki/Möbius", "https://de.wikipedia.org/wiki/M%C3%B6bius"),
        ("https://example.com/100%", "https://example.com/100%25"),
        ("https://example.com/a|b", "https://example.com/a%7Cb"),
        ("https://example.com/" + "a" * 2028, "https://example.com/" + "a" * 2028),
    ],
)
def test_a_link_discord_accepts_is_kept(url: str, sent: str) -> None:
    assert safe_url(url) == sent


@pytest.mark.parametrize(
    "url",
    [
        None,
        "",
        "https://example.com/" + "a" * 2029,
        "https://example.com/with a space",
        "https://example.com/\u0000",
        "javascript:alert(1)",
        "ftp://example.com/file",
        "example.com/no-scheme",
        "https://",
        "http://[::1",
    ],
)
def test_a_link_discord_would_refuse_is_dropped(url: str | None) -> None:
    assert safe_url(url) is None


def test_a_source_without_title_is_named_by_its_site() -> None:
    assert url_host("https://www.deadline.com/2022/11/x") == "deadline.com"
    assert url_host("not a link") is None
    assert url_host(None) is None
