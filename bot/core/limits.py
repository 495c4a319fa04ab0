"""How big a knowledge file and its values may be: the one table the loader and checker read.

A knowledge base is written by admins and by `showbot import`, but one careless paste or one
hostile file must not freeze the bot, fill its memory or make every answer about a show slow.
Each limit sits far above anything a real show needs (the largest imported shard is about 2 MB,
The Simpsons' cast is 418 people) and each one is listed in knowledge/README.md, which a test
holds to this table, so admins read the same numbers the checker uses.
"""

from __future__ import annotations

from typing import Final

# -- files ------------------------------------------------------------------------------------

MAX_FILE_BYTES: Final = 8 * 1024 * 1024
"""Any knowledge file: an imported shard of 1,000 shows is about 2 MB."""
MAX_YAML_BYTES: Final = 512 * 1024
"""A file not in the importer's JSON style: block YAML reads at well under 1 MB a second, so a
bigger one would hold a reload for more than a second. Split it into several files."""
MAX_NESTING: Final = 16
"""Lists and mappings inside each other: a show's deepest value (a cast member's next work's
note, in a `shows:` list) is six levels down."""
MAX_ALIAS_VALUES: Final = 10_000
"""Values YAML aliases (`*name`, `<<: *name`) may repeat in one file. Aliases that repeat
aliases grow exponentially: nine levels of them are a billion values from one kilobyte."""
MAX_FILE_PROBLEMS: Final = 100
"""Problems listed for one file; the rest are counted. A broken file lists the first ones."""

# -- texts (characters) -----------------------------------------------------------------------

MAX_NAME_LENGTH: Final = 200
"""A title, alias, network, genre, person, company or work: a name, not a paragraph."""
MAX_TEXT_LENGTH: Final = 10_000
"""A summary, note, reason, role, source title or any other text."""
MAX_URL_LENGTH: Final = 2_048
"""A source's link: Discord refuses longer ones."""

# -- lists (items) ----------------------------------------------------------------------------

MAX_SEASONS: Final = 500
"""Seasons of one show (`showbot import` takes at most as many)."""
MAX_CAST: Final = 1_000
"""Cast members of one show."""
MAX_LIST_ITEMS: Final = 100
"""Any other list of one show or entry (aliases, genres, sources, next works, reception ...)."""

# -- numbers ----------------------------------------------------------------------------------

MAX_SEASON_NUMBER: Final = 999
"""The highest season number (`backs: [season N]` takes the same)."""
MAX_EPISODES: Final = 100_000
"""Episodes of a show or of one season."""
MAX_RUNTIME: Final = 1_440
"""Minutes of one episode: a day."""
MIN_YEAR: Final = 1800
"""The earliest year of a date."""
MIN_WORK_YEAR: Final = 1900
"""The earliest year of a work (`next`)."""
MAX_YEAR: Final = 2200
"""The latest year of a date or a work."""
MAX_POPULARITY: Final = 100
"""Popularity runs from 0 to this."""
