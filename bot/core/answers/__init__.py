"""Turning a show's facts into the short answer a knowledgeable friend would give.

Every function here is pure: the facts, the question, today's date and a date formatter go in,
an `Answer` comes out. The formatter lets the CLI print ISO dates while Discord shows each reader
a timestamp in their own locale, without this package knowing about Discord.
"""

from bot.core.answers.compose import answer
from bot.core.answers.model import Answer, Context, DateFormat, Fact, Suggestion, iso_date
from bot.core.answers.people import person_answer

__all__ = [
    "Answer",
    "Context",
    "DateFormat",
    "Fact",
    "Suggestion",
    "answer",
    "iso_date",
    "person_answer",
]
