"""Which shows a question is about: the title index's candidates, judged with what the question
says around them.

The index (`bot.core.matching`) ranks the names that the question's words spell, typos and all.
This module decides, with what only the question and the shows can tell:

- **Everyday words are titles only where a title goes.** "Friends", "Lost", "Dark" count in
  "season 11 of friends" or "dark cast", not in "my friends say ..."; a title of such words
  matched inside a longer sentence needs the show to be popular.
- **Initials and short names are for popular shows.** "snl", "ofmd", "bake off" mean a show
  only when it is popular (`POPULAR`), and only if no other popular show fits as well; a
  title's short name ("demon slayer", "daredevil") only when it is well known (`WELL_KNOWN`).
- **A longer title beats a title inside it** ("real time with bill maher" is not "Real").
- **Copies of one title** (the same show imported from several sources): the one a source
  describes (network, premiere) is meant, else the clearly most popular, else the bot asks.
- **Up to three shows side by side** ("breaking bad and better call saul cast").

The package, one idea a module: `finding` (the entry), `candidates` (every candidate judged),
`judging` (one candidate and the words around it), `places` (where a title goes in a sentence),
`story` (the chat around the question), `listing` (titles side by side), `deciding` (one show,
several or none) and `words` (the word classes they share).
"""

from __future__ import annotations

from bot.core.results import Ambiguous, Match, NoMatch, Resolution, Scored

from .finding import Found, find_shows, resolve_titles

__all__ = [
    "Ambiguous",
    "Found",
    "Match",
    "NoMatch",
    "Resolution",
    "Scored",
    "find_shows",
    "resolve_titles",
]
