"""`python -m bot` is the `showbot` command."""

from bot.cli import main

raise SystemExit(main())
