"""End-to-end tests: the bot in a subprocess against a fake Discord (see fake_discord.py)."""
