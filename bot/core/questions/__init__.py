"""Reading a free-form question: topic and intent, yes/no predicate, season, title words."""

from bot.core.questions.parse import (
    MAX_QUESTION_CHARS,
    Question,
    QuestionTooLong,
    beside_title,
    parse_question,
)
from bot.core.questions.seasons import SeasonRef
from bot.core.questions.topics import Intent, Predicate, Topic, intent_of
from bot.core.questions.vocabulary import (
    COMMON_WORDS,
    FUNCTION_WORDS,
    NETWORKS,
    NUMBER_WORDS,
)

__all__ = [
    "COMMON_WORDS",
    "FUNCTION_WORDS",
    "MAX_QUESTION_CHARS",
    "NETWORKS",
    "NUMBER_WORDS",
    "Intent",
    "Predicate",
    "Question",
    "QuestionTooLong",
    "SeasonRef",
    "Topic",
    "beside_title",
    "intent_of",
    "parse_question",
]
