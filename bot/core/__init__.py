"""The engine: answers TV-show questions from a knowledge directory, knowing nothing of Discord.

The names below are what the shells (the command line, the Discord layer, the benchmarks) use;
the submodules stay importable for the few that need more.
"""

from bot.core.answers import Answer, Suggestion
from bot.core.engine import Engine, ReloadReport, UnknownShow
from bot.core.knowledge import KnowledgeError, LoadResult, load_knowledge
from bot.core.models import PartialDate, Show, Source
from bot.core.questions import MAX_QUESTION_CHARS, QuestionTooLong, Topic
from bot.core.snapshot import Snapshot
from bot.core.startcache import StartCache
from bot.core.watch import Change, describe_change

__all__ = [
    "MAX_QUESTION_CHARS",
    "Answer",
    "Change",
    "Engine",
    "KnowledgeError",
    "LoadResult",
    "PartialDate",
    "QuestionTooLong",
    "ReloadReport",
    "Show",
    "Snapshot",
    "Source",
    "StartCache",
    "Suggestion",
    "Topic",
    "UnknownShow",
    "describe_change",
    "load_knowledge",
]
