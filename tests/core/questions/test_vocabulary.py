"""The word lists read from the data files are words, whatever YAML 1.1 makes of them."""

from bot.core.questions.vocabulary import SYNONYMS, TITLE_PLACES


def test_yaml_word_lists_keep_words_yaml_reads_as_booleans() -> None:
    assert "on" in TITLE_PLACES["before_title"]  # "caught up on psych"
    assert "no" in TITLE_PLACES["not_after"]
    assert "number" in SYNONYMS["no"]


def test_every_listed_word_is_text() -> None:
    for words in TITLE_PLACES.values():
        assert all(isinstance(word, str) for word in words)
