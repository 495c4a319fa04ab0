"""The `--json` answer object's keys: a contract other tools depend on, written once for the
tests that check the engine's answers and the command line against it."""

JSON_KEYS = {
    "show",
    "title",
    "intent",
    "season",
    "text",
    "suggestions",
    "topic",
    "verdict",
    "shows",
}
