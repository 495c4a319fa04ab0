"""The word lists read from the data files are words, whatever YAML 1.1 makes of them."""

from bot.core.questions.vocabulary import RESPELLER, SYNONYMS, TITLE_PLACES


def test_yaml_word_lists_keep_words_yaml_reads_as_booleans() -> None:
    assert "on" in TITLE_PLACES["before_title"]  # "caught up on psych"
    assert "no" in TITLE_PLACES["not_after"]
    assert "number" in SYNONYMS["no"]


def test_every_listed_word_is_text() -> None:
    for words in TITLE_PLACES.values():
        assert all(isinstance(word, str) for word in words)


def test_spellings_that_sound_alike() -> None:
    from bot.core.questions.vocabulary import sounds_like

    assert "amphibia" in sounds_like("amfibia")
    assert "skies" in sounds_like("skys")
    assert "midnight" in sounds_like("midnite")
    assert "enough" in sounds_like("enuf")
    assert "roughness" in sounds_like("ruffness")
    assert "laughs" in sounds_like("laffs")
    assert "wolves" in sounds_like("wolfs")
    assert "amfibia" not in sounds_like("amfibia")


def test_a_plural_is_never_respelled_into_a_question_word() -> None:
    assert RESPELLER.respell("endings") == "endings"  # Happy Endings, not "ending explained"
    assert RESPELLER.respell("endng") == "ending"


def test_respelled_words_are_remembered_within_a_bound() -> None:
    from bot.core.questions.vocabulary import CUE_WORDS, Respeller

    respeller = Respeller(CUE_WORDS)
    assert respeller.respell("premeire") == "premiere"
    assert respeller.respell("premeire") == "premiere"  # remembered, same answer
    for number in range(10_000):
        respeller.respell(f"word{number}")
    assert len(respeller._respelled) <= 4096
    assert respeller.respell("epsiodes") == "episodes"  # still respelled after emptying


def test_a_word_with_another_first_letter_is_no_slip_of_a_question_word() -> None:
    assert RESPELLER.respell("xcompany") == "xcompany"  # X Company run together
    assert RESPELLER.respell("esason") == "season"  # the first two letters swapped
    assert RESPELLER.respell("premeire") == "premiere"


def test_every_country_names_networks_the_vocabulary_knows() -> None:
    from bot.core.questions.vocabulary import COUNTRIES, COUNTRY_NETWORKS, NETWORKS

    assert COUNTRIES["uk"] == COUNTRIES["british"] == "uk"
    for networks in COUNTRY_NETWORKS.values():
        assert networks <= set(NETWORKS.values())
