"""Discord's limits on what a bot sends, in one table.

Discord refuses a whole message (HTTP 400) when one part of it is too long, so every reply is
fitted to these numbers before it is sent. They come from Discord's documentation (message,
embed, component and application command reference pages); Discord counts characters as
Unicode code points, as Python's `len` does.
"""

from __future__ import annotations

EMBEDS_PER_MESSAGE = 10
EMBED_TITLE = 256
EMBED_DESCRIPTION = 4096
EMBED_FIELDS = 25
EMBED_FIELD_NAME = 256
EMBED_FIELD_VALUE = 1024
EMBED_FOOTER = 2048
EMBED_TOTAL = 6000
"""Titles, descriptions, field names and values, footers and author names of all the embeds
of one message, together. (The bot sends no author, no plain text and no select menu, whose
limits are therefore not listed; the end-to-end fake checks them all.)"""

URL = 2048
"""An embed's link; only http and https links are accepted."""

BUTTON_LABEL = 80
CUSTOM_ID = 100
BUTTONS_PER_ROW = 5

CHOICES = 25
"""Autocomplete results offered at once."""
CHOICE_NAME = 100
CHOICE_VALUE = 100
