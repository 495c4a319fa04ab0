"""Normalisation shared by the title index and the question parser (bot.core.text)."""

from __future__ import annotations

import random
import sys

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import bot.core.text as text_module
from bot.core.text import (
    consonants,
    drop_leading_article,
    fold,
    fold_many,
    same_word,
    slugify,
    tokens,
    undoubled,
    visible,
)
from tests.hostile_text import INVISIBLE, OTHER_DIGITS, TITLES, examples, invisible_in

ANY_TEXT = st.one_of(
    st.text(),
    st.text(st.sampled_from([*INVISIBLE, *OTHER_DIGITS, "İ", "Þ", "ǿ", "ℌ", "´", "ﬁ", "&", " "])),
    st.sampled_from(TITLES),
)


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Iñaki Godoy", "inaki godoy"),
        ("INAKI GODOY", "inaki godoy"),
        ("Grey's Anatomy", "greys anatomy"),
        ("Grey’s Anatomy", "greys anatomy"),
        ("The I-Land", "the i land"),
        ("Shōgun", "shogun"),
        ("Skam Ø", "skam o"),
        ("Law & Order", "law and order"),
        ("  so is it   getting a s2??  ", "so is it getting a s2"),
        ("snake_case_title", "snake case title"),
    ],
)
def test_fold_ignores_case_accents_and_punctuation(raw: str, folded: str) -> None:
    assert fold(raw) == folded


def test_tokens_are_the_folded_words() -> None:
    assert tokens("When's The Imperfects S2?") == ["whens", "the", "imperfects", "s2"]


def test_a_leading_article_is_dropped() -> None:
    assert drop_leading_article(["the", "imperfects"]) == ("imperfects",)
    assert drop_leading_article(["an", "american", "family"]) == ("american", "family")


def test_only_a_leading_article_is_dropped() -> None:
    assert drop_leading_article(["house", "of", "the", "dragon"]) == (
        "house",
        "of",
        "the",
        "dragon",
    )


def test_a_lone_article_is_kept() -> None:
    assert drop_leading_article(["the"]) == ("the",)


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("The Imperfects", "the-imperfects"),
        ("My Life with the Walter Boys", "my-life-with-the-walter-boys"),
        ("Café Society!", "cafe-society"),
        ("The I-Land", "the-i-land"),
        ("進撃の巨人", ""),
    ],
)
def test_slugify_makes_the_default_id(title: str, slug: str) -> None:
    assert slugify(title) == slug


def test_folded_text_has_single_spaces_even_around_underscores() -> None:
    assert fold("snake_ case __ title") == "snake case title"
    assert fold_many(["snake_ case __ title", "a_b"]) == ["snake case title", "a b"]


def test_folding_many_texts_at_once_folds_each_as_fold_does() -> None:
    generator = random.Random(5)
    alphabet = [chr(c) for c in range(128)] + list("éøßÆ’´‘ñ進_\u00a0\u2003ǅ&+")
    texts = ["".join(generator.choices(alphabet, k=generator.randint(0, 12))) for _ in range(5000)]
    texts += ["Grey's Anatomy", "Law & Order", "Iñaki Godoy", "One\x1fPiece", "", "  "]

    assert fold_many(texts) == [fold(text) for text in texts]
    assert fold_many([t for t in texts if t.isascii()]) == [fold(t) for t in texts if t.isascii()]


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("imper\u200bfects", "imperfects"),
        ("\ufeffthe\u200e imperfects\u200f", "the imperfects"),
        ("season ٣", "season 3"),
        ("cobra kai ፩", "cobra kai 1"),
        ("s❷ of ௫", "s2 of 5"),
        ("ÞOR", "thor"),
        ("İstanbul", "istanbul"),
        ("Grey´s Anatomy", "greys anatomy"),
        ("Ǿrsted", "orsted"),
        ("ℌello", "hello"),
    ],
)
def test_fold_drops_invisible_characters_and_reads_every_digit_as_0_to_9(
    raw: str, folded: str
) -> None:
    assert fold(raw) == folded
    assert fold_many([raw]) == [folded]


@given(text=ANY_TEXT)
@examples(300)
@example(text="Þ")
@example(text="İ")
def test_folding_folded_text_changes_nothing(text: str) -> None:
    folded = fold(text)

    assert fold(folded) == folded
    assert folded == " ".join(folded.split())
    assert all(c.isascii() for c in folded if c.isdigit())
    assert "_" not in folded


@given(texts=st.lists(ANY_TEXT, max_size=8))
@examples(100)
def test_folding_many_texts_at_once_folds_any_text_as_fold_does(texts: list[str]) -> None:
    assert fold_many(texts) == [fold(text) for text in texts]


@given(data=st.data(), text=ANY_TEXT)
@examples(200)
def test_invisible_characters_fold_to_nothing(data: st.DataObject, text: str) -> None:
    hidden = data.draw(invisible_in(text))

    assert fold(hidden) == fold(text)
    assert visible(hidden) == visible(text)


def test_every_digit_of_unicode_lies_below_the_bound_fold_reads_up_to() -> None:
    beyond = range(text_module._LAST_DIGIT + 1, sys.maxunicode + 1)

    assert not [code for code in beyond if chr(code).isdigit()]


def test_a_percent_sign_is_the_word_percent() -> None:
    assert fold("My Only 12%") == "my only 12 percent"
    assert fold_many(["My Only 12%", "Ça 50%"]) == ["my only 12 percent", "ca 50 percent"]


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("travellers", "travelers"),
        ("colour", "color"),
        ("theatre", "theater"),
        ("organise", "organize"),
    ],
)
def test_british_and_american_spellings_are_one_word(british: str, american: str) -> None:
    assert same_word(british, american)


def test_different_words_are_not_spellings_of_one() -> None:
    assert not same_word("fire", "fier")
    assert not same_word("color", "color")


@pytest.mark.parametrize(
    ("heard", "written"),
    [("doom", "dome"), ("idle", "idol"), ("manner", "manor"), ("bear", "bare"), ("mas", "mass")],
)
def test_words_spelled_by_ear_keep_their_consonants(heard: str, written: str) -> None:
    assert consonants(heard) == consonants(written)


def test_the_consonants_of_a_word_keep_its_first_letter_and_their_order() -> None:
    assert consonants("idol") == "idl"
    assert consonants("dome") != consonants("mode")
    assert consonants("murderer") != consonants("murder")


def test_a_word_undoubled_has_each_doubled_letter_once() -> None:
    assert undoubled("gommora") == undoubled("gomorra") == "gomora"
    assert undoubled("aaa") == "a"
