"""A small catalogue of shows built in code, shared by the matching and naming tests."""

from __future__ import annotations

from bot.core.models import PartialDate, Show, Status


def show(show_id: str, title: str, **fields: object) -> Show:
    fields.setdefault("status", Status.ENDED)
    return Show(id=show_id, title=title, **fields)  # type: ignore[arg-type]


CATALOGUE = (
    show(
        "the-imperfects",
        "The Imperfects",
        status=Status.CANCELED,
        network="Netflix",
        premiered=PartialDate(2022, 9, 8),
        popularity=30,
    ),
    show("the-order", "The Order", status=Status.CANCELED, network="Netflix", popularity=25),
    show("dark", "Dark", network="Netflix", popularity=50),
    show("money-heist", "Money Heist", aliases=("La Casa de Papel",), popularity=40),
    show("stranger-things", "Stranger Things", popularity=90),
    show("cafe-society", "Café Society", popularity=1),
    show("walter-boys", "My Life with the Walter Boys", status=Status.RENEWED, popularity=10),
)
