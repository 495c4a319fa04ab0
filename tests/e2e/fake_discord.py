"""A fake Discord (REST API v10 + gateway) for end-to-end tests of the real discord.py client.

Why a fake: the bot must be tested as it really runs (a subprocess speaking HTTP and a websocket)
without touching the internet. The client stays unmodified; only where it connects changes
(``discord.http.Route.BASE`` and the gateway URL, see ``launch.py``).

It models, on purpose, the rules a bot gets wrong in production:
- every JSON body the bot sends is validated against Discord's OpenAPI spec and refused with a
  400 like Discord would (``schema_errors``);
- an interaction must be answered once, within ``callback_deadline`` seconds, with a callback
  type that fits it, and follow-ups come after that answer (``protocol_errors``);
- messages get ``mentions``/``mention_roles``/``mention_everyone`` computed from content and
  ``allowed_mentions`` the way Discord decides who is pinged;
- without the privileged MESSAGE_CONTENT intent, guild messages arrive with empty content unless
  they mention the bot, and MESSAGE_CREATE is only sent for subscribed intents;
- a dropped connection can be RESUMEd (missed events are replayed); a bad token is refused.
Unknown routes answer 404 and are recorded (``unknown_routes``), so nothing silently succeeds.
The world (guild, channel, users, roles) is in ``discord_world.py``.
"""

# The waiting helpers take a ``timeout`` on purpose: every wait in a test must be bounded.
# ruff: noqa: ASYNC109

from __future__ import annotations

import asyncio
import json
import logging
import re
import secrets
import time
from collections.abc import Awaitable, Callable
from copy import deepcopy
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal, TypeVar

import aiohttp
from aiohttp import web

from .discord_world import (
    BASIC_PERMISSIONS,
    DIRECT_MESSAGES,
    EPHEMERAL,
    GUILD_MESSAGES,
    LOADING,
    MESSAGE_CONTENT,
    FakeUser,
    World,
    walk_components,
)
from .openapi_check import validate_body

_log = logging.getLogger(__name__)
T = TypeVar("T")

# The callback types Discord accepts for each interaction type (2 command, 3 component,
# 4 autocomplete, 5 modal submit).
ALLOWED_CALLBACKS = {2: {4, 5, 9}, 3: {4, 5, 6, 7, 9}, 4: {8}, 5: {4, 5, 6, 7}}


@dataclass
class Request:
    """One REST call the bot made (``json`` is the body, or ``payload_json`` if multipart)."""

    method: str
    path: str  # below /api/v10, e.g. "/channels/1/messages"
    query: dict[str, str]
    json: Any
    files: list[str] = field(default_factory=list)
    status: int = 0
    response: Any = None


@dataclass
class SentInteraction:
    """An interaction the test injected; pass it to the ``wait_for_*`` helpers."""

    id: int
    token: str
    type: int
    payload: dict[str, Any]


@dataclass
class _Interaction:
    sent: SentInteraction
    user: FakeUser
    created: float
    channel_id: int
    message_id: int | None  # the message a pressed component sits on
    callback: dict[str, Any] | None = None
    original_id: int | None = None
    replies: list[int] = field(default_factory=list)  # messages shown for it, in order


@dataclass
class _Session:
    """One shard's gateway session: its socket (None while the bot is away) and what was sent
    on it, for replay on RESUME."""

    shard: int
    ws: web.WebSocketResponse | None = None
    live: bool = False  # READY or RESUMED was sent on the current socket
    session_id: str = ""
    events: list[dict[str, Any]] = field(default_factory=list)
    seq: int = 0


class _Reject(Exception):
    """Raised by a handler to answer with a Discord JSON error."""

    def __init__(self, status: int, code: int, message: str, errors: Any = None) -> None:
        super().__init__(message)
        self.status = status
        self.body = {"message": message, "code": code} | ({"errors": errors} if errors else {})


Handler = Callable[["Request", re.Match[str]], Awaitable[Any]]


class FakeDiscord(World):
    """The server, its world (see ``World`` for the users and roles) and the test-facing API.

    Default member permissions of commands are not enforced, as if a server admin had opened
    them to everyone, so that a bot's own run-time permission checks can be tested.
    """

    def __init__(
        self,
        *,
        token: str = "fake-bot-token",
        team: bool = False,
        callback_deadline: float = 3.0,
        heartbeat_interval_ms: int = 41_250,
        reject_invalid: bool = True,
        identify_close_code: int | None = None,
        ready_gate: asyncio.Event | None = None,
        shard_count: int = 1,
        guilds: int = 1,
    ) -> None:
        super().__init__(team=team, shard_count=shard_count, guilds=guilds)
        self.token, self.callback_deadline = token, callback_deadline
        self.heartbeat_interval_ms, self.reject_invalid = heartbeat_interval_ms, reject_invalid
        self.url = ""
        # Refuse every IDENTIFY with this gateway close code (4014: a privileged intent the
        # portal has not enabled), or hold READY until ``ready_gate`` is set.
        self.identify_close_code, self.ready_gate = identify_close_code, ready_gate
        # What the bot did, for assertions.
        self.requests: list[Request] = []
        self.unknown_routes: list[Request] = []
        self.schema_errors: list[str] = []
        self.protocol_errors: list[str] = []
        self.identifies: list[dict[str, Any]] = []  # IDENTIFY "d" payloads, token removed
        self.dispatched: list[dict[str, Any]] = []  # every gateway event sent, all sessions
        self.dispatched_on: dict[int, list[dict[str, Any]]] = {
            shard: [] for shard in range(shard_count)
        }  # the same events, by the shard whose session they were sent on
        self.resumes = 0
        self.heartbeats = 0  # a state change too: a wait re-checks at each (see wait_until)
        self.connections = 0  # sessions that went live (READY or RESUMED sent)
        self.global_commands: list[dict[str, Any]] = []
        self.guild_commands: list[dict[str, Any]] = []
        self.messages: dict[int, dict[str, Any]] = {}  # users' and the bot's, by id
        self._interactions: dict[int, _Interaction] = {}
        # The gateway sessions, one per shard (IDENTIFY says which shard a connection is).
        self._sessions = {shard: _Session(shard) for shard in range(shard_count)}
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        message = r"/webhooks/(\d+)/([^/]+)/messages/(@original|\d+)"
        self._routes: list[tuple[str, re.Pattern[str], Handler]] = [
            (method, re.compile(f"^{path}$"), handler)
            for method, path, handler in [
                ("GET", r"/users/@me", self._get_me),
                ("GET", r"/gateway(/bot)?", self._get_gateway),
                ("GET", r"/oauth2/applications/@me", self._get_application),
                ("GET", r"/applications/(\d+)(?:/guilds/(\d+))?/commands", self._get_commands),
                ("PUT", r"/applications/(\d+)(?:/guilds/(\d+))?/commands", self._put_commands),
                ("POST", r"/interactions/(\d+)/([^/]+)/callback", self._callback),
                ("POST", r"/webhooks/(\d+)/([^/]+)", self._followup),
                ("GET", message, self._webhook_message),
                ("PATCH", message, self._webhook_message),
                ("DELETE", message, self._webhook_message),
                ("POST", r"/channels/(\d+)/messages", self._create_message),
                ("POST", r"/channels/(\d+)/typing", self._typing),
                ("POST", r"/users/@me/channels", self._open_dm),
            ]
        ]

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        """Listen on 127.0.0.1 on a free port; ``url`` is then e.g. ``http://127.0.0.1:4321``."""
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        for session in self._sessions.values():
            if session.ws is not None:
                await session.ws.close(code=1001)
        if self._runner is not None:
            await self._runner.cleanup()

    async def __aenter__(self) -> FakeDiscord:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def api_url(self) -> str:
        return f"{self.url}/api/v10"

    @property
    def gateway_url(self) -> str:
        return self.url.replace("http://", "ws://", 1) + "/gateway"

    # ------------------------------------------------------------------ waiting

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def _wait(self, check: Callable[[], T | None], timeout: float, what: str) -> T:
        try:
            async with asyncio.timeout(timeout), self._changed:
                while (result := check()) is None:
                    await self._changed.wait()
                return result
        except TimeoutError:
            recent = [f"{r.method} {r.path} -> {r.status}" for r in self.requests[-8:]]
            problems = self.schema_errors + self.protocol_errors
            raise TimeoutError(
                f"waited {timeout}s for {what}; last requests: {recent}; problems: {problems}"
            ) from None

    async def wait_until(self, check: Callable[[], bool], timeout: float, what: str) -> None:
        """Until ``check()`` is true; it is tried again whenever the fake's state changes, and
        at every heartbeat (a short ``heartbeat_interval_ms`` makes that often: for a check
        on something outside the fake, such as a bot's log)."""
        await self._wait(lambda: True if check() else None, timeout, what)

    async def wait_until_connected(self, timeout: float = 15.0) -> None:
        """Until the bot has a live gateway session (READY or RESUMED sent) on every shard."""
        live = lambda: True if all(s.live for s in self._sessions.values()) else None  # noqa: E731
        await self._wait(live, timeout, "a gateway session on every shard")

    async def wait_for_request(
        self,
        method: str,
        path_regex: str,
        *,
        timeout: float = 10.0,
        after: int = 0,
        predicate: Callable[[Request], bool] | None = None,
    ) -> Request:
        """The first request (from index ``after``) with this method whose path matches
        (``re.search``) and that satisfies ``predicate``; already answered when returned."""

        def matches(r: Request) -> bool:
            wanted = r.method == method and re.search(path_regex, r.path) is not None
            return wanted and (predicate is None or predicate(r))

        find = lambda: next(filter(matches, self.requests[after:]), None)  # noqa: E731
        return await self._wait(find, timeout, f"{method} {path_regex}")

    async def wait_for_callback(self, ix: SentInteraction, timeout: float = 10.0) -> dict[str, Any]:
        """The accepted interaction callback body (``{"type": ..., "data": ...}``)."""
        state = self._interactions[ix.id]
        return await self._wait(lambda: state.callback, timeout, f"a callback to {ix.id}")

    async def wait_for_autocomplete(
        self, ix: SentInteraction, timeout: float = 10.0
    ) -> list[dict[str, Any]]:
        """The choices the bot offered for an autocomplete interaction."""
        body = await self.wait_for_callback(ix, timeout)
        return body.get("data", {}).get("choices", [])

    async def wait_for_interaction_reply(
        self, ix: SentInteraction, timeout: float = 10.0, *, index: int = 0
    ) -> dict[str, Any]:
        """A copy of the ``index``-th message shown for an interaction: the reply; a deferred
        reply once edited or followed up; the updated component message; later follow-ups."""
        state = self._interactions[ix.id]

        def reply() -> dict[str, Any] | None:
            if len(state.replies) <= index:
                return None
            return deepcopy(self.messages.get(state.replies[index], {"deleted": True}))

        return await self._wait(reply, timeout, f"reply #{index} to interaction {ix.id}")

    async def wait_for_message_reply(
        self, message: dict[str, Any], timeout: float = 10.0
    ) -> dict[str, Any]:
        """A copy of the first message that replies to ``message`` (``message_reference``)."""

        def reply() -> dict[str, Any] | None:
            for candidate in self.messages.values():
                if candidate.get("message_reference", {}).get("message_id") == message["id"]:
                    return deepcopy(candidate)
            return None

        return await self._wait(reply, timeout, f"a reply to message {message['id']}")

    def bot_messages(self) -> list[dict[str, Any]]:
        return [m for m in self.messages.values() if m["author"]["id"] == str(self.bot_user.id)]

    def assert_clean(self) -> None:
        """Fail if the bot sent anything Discord would refuse, or used a route the fake lacks."""
        problems = self.schema_errors + self.protocol_errors
        problems += [f"unknown route {r.method} {r.path}" for r in self.unknown_routes]
        assert not problems, "\n".join(problems)

    # ------------------------------------------------------------------ injecting events

    async def send_slash(
        self,
        command: str,
        options: dict[str, Any] | None = None,
        *,
        user: FakeUser | None = None,
        dm: bool = False,
        channel: int | None = None,
    ) -> SentInteraction:
        """Run a registered slash command as ``user`` (default ``member``), e.g.
        ``send_slash("status", {"show": "Cobra Kai", "season": 2})`` or
        ``send_slash("knowledge reload", user=fake.admin)``; in ``channel`` (default the
        first guild's general channel; its guild is where the command runs). Channel and
        role options take an id, and come with their ``resolved`` objects, like Discord's."""
        channel = channel or self.channel_id
        data = self._command_data(command, options or {}, focused=None, dm=dm, channel=channel)
        return await self._send_interaction(2, data, user or self.member, dm=dm, channel=channel)

    async def send_autocomplete(
        self,
        command: str,
        options: dict[str, Any],
        focused: str,
        *,
        user: FakeUser | None = None,
        dm: bool = False,
    ) -> SentInteraction:
        """The user is typing option ``focused`` (its value is sent as a string)."""
        data = self._command_data(command, options, focused=focused, dm=dm)
        return await self._send_interaction(4, data, user or self.member, dm=dm)

    async def send_component(
        self,
        custom_id: str,
        *,
        values: list[str] | None = None,
        message_id: int | None = None,
        user: FakeUser | None = None,
    ) -> SentInteraction:
        """Press a button (or pick ``values`` in a select) on the newest bot message that has
        ``custom_id`` (or on ``message_id``); by default as the user who got that message."""
        candidates = [m for m in reversed(self.messages.values())
                      if message_id is None or int(m["id"]) == message_id]  # fmt: skip
        for message in candidates:
            components = walk_components(message.get("components", []))
            if found := [c for c in components if c.get("custom_id") == custom_id]:
                break
        else:
            raise LookupError(f"no message has a component with custom_id {custom_id!r}")
        data: dict[str, Any] = {"custom_id": custom_id, "component_type": found[0]["type"]}
        if values is not None:
            data["values"] = values
        mid = int(message["id"])
        invoker = [
            s.user for s in self._interactions.values() if mid in (s.original_id, *s.replies)
        ]
        user = user or (invoker[0] if invoker else self.member)
        dm = "guild_id" not in message
        return await self._send_interaction(3, data, user, dm=dm, message=message)

    async def send_message(
        self,
        content: str,
        *,
        author: FakeUser | None = None,
        dm: bool = False,
        guild_id: int | None = None,
        channel: int | None = None,
    ) -> dict[str, Any]:
        """``author`` (default ``member``) posts in ``channel``, else the first channel of
        ``guild_id`` (default the first guild), or DMs the bot. Mentions come from ``<@id>``
        in ``content``, e.g. ``f"{fake.bot_user.mention} hi"``."""
        author = author or self.member
        channel_id = channel or dict(self.guilds)[guild_id or self.guild_id]
        channel_id = self.dm_channel(author) if dm else channel_id
        message = self._new_message({"content": content}, channel_id, author)
        await self._dispatch_event("MESSAGE_CREATE", self._as_delivered(message))
        return deepcopy(message)

    async def drop_connection(
        self,
        how: Literal["close", "reconnect", "invalidate"] = "close",
        *,
        timeout: float = 15.0,
        shard: int = 0,
    ) -> None:
        """Drop the gateway connection, then wait until the bot is back. ``close``: close code
        4000 (resumable); ``reconnect``: op 7; ``invalidate``: op 9, the bot must IDENTIFY anew
        (discord.py waits 5 s before a re-IDENTIFY)."""
        await self.wait_until_connected(timeout)
        session = self._sessions[shard]
        ws, before = session.ws, self.connections
        assert ws is not None
        session.live = False
        if how == "close":
            await ws.close(code=4000, message=b"dropped by the test")
        else:
            await ws.send_json(
                {"op": 7, "d": None} if how == "reconnect" else {"op": 9, "d": False}
            )
        back = lambda: True if self.connections > before and session.live else None  # noqa: E731
        await self._wait(back, timeout, f"the bot to come back after {how}")

    # ------------------------------------------------------------------ interactions

    def _find_command(
        self, name: str, dm: bool, guild_id: int | None = None
    ) -> tuple[dict[str, Any], bool]:
        """A registered slash command: the guild's first (as Discord lists it), then global.
        Guild commands are registered for the first guild only."""
        in_first = (guild_id or self.guild_id) == self.guild_id
        scopes = [(self.global_commands, False)] if dm or not in_first else [
            (self.guild_commands, True), (self.global_commands, False)]  # fmt: skip
        for commands, in_guild in scopes:
            for command in commands:
                if command["name"] == name and command["type"] == 1:
                    if dm and 1 not in (command.get("contexts") or [0, 1, 2]):
                        raise LookupError(f"/{name} is not available in DMs (contexts)")
                    if dm and command.get("dm_permission") is False:  # deprecated, still obeyed
                        raise LookupError(f"/{name} is not available in DMs (dm_permission)")
                    return command, in_guild
        raise LookupError(f"/{name} is not registered{' globally' if dm else ''}")

    def _command_data(
        self,
        command: str,
        values: dict[str, Any],
        *,
        focused: str | None,
        dm: bool,
        channel: int | None = None,
    ) -> dict[str, Any]:
        """``data`` of a command interaction, built from the *registered* schema: option types
        are what the bot registered, and unknown or missing options fail in the test."""
        name, *subcommands = command.split()
        guild_id = None if dm else self.guild_of(channel or self.channel_id)
        registered, in_guild = self._find_command(name, dm, guild_id)
        data: dict[str, Any] = {"id": registered["id"], "name": name, "type": 1}
        if in_guild:
            data["guild_id"] = str(self.guild_id)
        schema, target = registered.get("options") or [], data
        for sub in subcommands:  # groups and subcommands nest
            spec = next((o for o in schema if o["name"] == sub and o["type"] in (1, 2)), None)
            if spec is None:
                raise LookupError(f"/{command}: no subcommand {sub!r}")
            target["options"] = [{"name": sub, "type": spec["type"]}]
            target, schema = target["options"][0], spec.get("options") or []
        options = []
        for option_name, value in values.items():
            spec = next((o for o in schema if o["name"] == option_name), None)
            if spec is None:
                raise LookupError(f"/{command} has no option {option_name!r}")
            option = {"name": option_name, "type": spec["type"], "value": value}
            if spec["type"] in (7, 8) and option_name != focused:  # channel, role
                option["value"] = str(value)
                self._resolve(data, spec["type"], int(value))
            if option_name == focused:
                option |= {"value": str(value), "focused": True}
            options.append(option)
        missing = {o["name"] for o in schema if o.get("required")} - set(values)
        if missing and focused is None:
            raise ValueError(f"/{command}: missing required options {sorted(missing)}")
        target["options"] = options
        return data

    def _resolve(self, data: dict[str, Any], kind: int, value: int) -> None:
        """Discord sends the objects that channel (7) and role (8) options name."""
        resolved = data.setdefault("resolved", {})
        if kind == 7:
            channel = self.channel_payload(value) | {"permissions": str(BASIC_PERMISSIONS)}
            resolved.setdefault("channels", {})[str(value)] = channel
        else:
            roles = [r for roles in self.guild_roles.values() for r in roles if r.id == value]
            if not roles:
                raise LookupError(f"no role {value}")
            resolved.setdefault("roles", {})[str(value)] = roles[0].payload()

    async def _send_interaction(
        self,
        kind: int,
        data: dict[str, Any],
        user: FakeUser,
        *,
        dm: bool,
        message: dict[str, Any] | None = None,
        channel: int | None = None,
    ) -> SentInteraction:
        await self.wait_until_connected()  # the answer deadline starts when the bot gets it
        interaction_id = self.snowflake()
        token = f"ixtoken-{interaction_id}-{secrets.token_hex(8)}"
        payload: dict[str, Any] = {
            "id": str(interaction_id), "application_id": str(self.application_id), "type": kind,
            "token": token, "version": 1, "data": data, "locale": "en-US",
            "app_permissions": str(BASIC_PERMISSIONS), "entitlements": [],
            "attachment_size_limit": 10 * 1024 * 1024}  # fmt: skip
        if dm:
            channel_id = self.dm_channel(user)
            channel = {"id": str(channel_id), "type": 1, "recipients": [user.payload()]}
            payload |= {"user": user.payload(), "context": 1, "channel_id": str(channel_id),
                        "channel": channel,
                        "authorizing_integration_owners": {"0": "0"}}  # fmt: skip
        else:
            channel_id = channel or self.channel_id
            guild_id = self.guild_of(channel_id) or self.guild_id
            member = self.member_payload(user, guild_id=guild_id) | {
                "permissions": str(self.permissions(user, guild_id))}  # fmt: skip
            guild = {"id": str(guild_id), "locale": "en-US", "features": []}
            payload |= {"member": member, "context": 0, "guild_id": str(guild_id),
                        "guild": guild, "guild_locale": "en-US", "channel_id": str(channel_id),
                        "channel": self.channel_payload(channel_id),
                        "authorizing_integration_owners": {"0": str(guild_id)}}  # fmt: skip
        if message is not None:
            payload["message"] = deepcopy(message)
        sent = SentInteraction(interaction_id, token, kind, payload)
        message_id = int(message["id"]) if message else None
        self._interactions[interaction_id] = _Interaction(
            sent, user, time.monotonic(), channel_id, message_id
        )
        await self._dispatch_event("INTERACTION_CREATE", payload)
        return sent

    # ------------------------------------------------------------------ messages

    def _new_message(
        self,
        body: dict[str, Any],
        channel_id: int,
        author: FakeUser,
        ix: _Interaction | None = None,
    ) -> dict[str, Any]:
        """Store and return a new message; ``body`` is what the bot (or the test) sent."""
        guild_id = self.guild_of(channel_id)
        in_guild = guild_id is not None
        message: dict[str, Any] = {
            "id": str(self.snowflake()), "type": 20 if ix else 0, "channel_id": str(channel_id),
            "author": author.payload(), "content": "", "timestamp": datetime.now(UTC).isoformat(),
            "edited_timestamp": None, "tts": False, "embeds": [], "components": [],
            "attachments": [], "flags": 0, "pinned": False}  # fmt: skip
        if in_guild:
            message["guild_id"] = str(guild_id)
            if author.id != self.bot_user.id:
                message["member"] = self.member_payload(author, with_user=False, guild_id=guild_id)
        if ix is not None:
            message["webhook_id"] = message["application_id"] = str(self.application_id)
        if reference := body.get("message_reference"):
            if int(reference["message_id"]) not in self.messages and reference.get(
                "fail_if_not_exists", True
            ):
                raise _Reject(400, 50035, "Invalid Form Body: unknown message_reference")
            message["type"] = 19
            message["message_reference"] = {"type": 0, "channel_id": str(channel_id),
                                            "message_id": str(reference["message_id"])}  # fmt: skip
            if in_guild:
                message["message_reference"]["guild_id"] = str(guild_id)
        self._apply(message, body, is_new=True)
        self.messages[int(message["id"])] = message
        return message

    def _apply(self, message: dict[str, Any], body: dict[str, Any], *, is_new: bool) -> None:
        """Apply a create/edit body to a stored message, as Discord renders it."""
        for key in ("content", "embeds", "components", "attachments"):
            if key in body:
                message[key] = body[key] or ("" if key == "content" else [])
        if body.get("flags") is not None:
            message["flags"] = body["flags"] | (message["flags"] & EPHEMERAL)  # can't change
        if not is_new:
            message["edited_timestamp"] = datetime.now(UTC).isoformat()
        if is_new or "content" in body or "allowed_mentions" in body:
            reference = message.get("message_reference", {}).get("message_id", 0)
            replied = self.messages.get(int(reference))
            replied_to = int(replied["author"]["id"]) if replied else None
            message |= self.pings(message["content"], body.get("allowed_mentions"), replied_to)

    def _as_delivered(self, message: dict[str, Any]) -> dict[str, Any]:
        """MESSAGE_CREATE as this session gets it: without MESSAGE_CONTENT, guild messages that
        do not mention the bot arrive without content."""
        mentioned = any(m["id"] == str(self.bot_user.id) for m in message["mentions"])
        if self._intents() & MESSAGE_CONTENT or "guild_id" not in message or mentioned:
            return message
        return message | {"content": "", "embeds": [], "attachments": [], "components": []}

    # ------------------------------------------------------------------ gateway

    def _intents(self) -> int:
        return self.identifies[-1].get("intents", 0) if self.identifies else 0

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        """One gateway connection: plain JSON text frames (discord.py only inflates binary
        frames, so ``compress=zlib-stream`` in the query can be ignored). It belongs to a
        shard's session once it IDENTIFYs or RESUMEs."""
        ws = web.WebSocketResponse(max_msg_size=0)
        await ws.prepare(request)
        session: _Session | None = None
        _log.info("gateway: new connection (%s)", request.query_string)
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": self.heartbeat_interval_ms}})
        try:
            async for frame in ws:
                if frame.type is aiohttp.WSMsgType.TEXT:
                    session = await self._gateway_op(ws, json.loads(frame.data), session)
        finally:
            if session is not None and session.ws is ws:
                session.ws, session.live = None, False
            await self._notify()
        return ws

    async def _gateway_op(
        self, ws: web.WebSocketResponse, frame: dict[str, Any], session: _Session | None
    ) -> _Session | None:
        """Answer one frame; returns the session the connection now belongs to."""
        op, data = frame.get("op"), frame.get("d") or {}
        if op == 1:  # heartbeat
            await ws.send_json({"op": 11})
            self.heartbeats += 1
            await self._notify()
        elif op == 2:  # identify
            return await self._identify(ws, data)
        elif op == 6:  # resume
            return await self._resume(ws, data)
        elif op == 8 and session is not None:  # request guild members
            members = [self.member_payload(u) for u in self.users.values()]
            chunk = {"guild_id": str(data.get("guild_id")), "chunk_index": 0, "chunk_count": 1,
                     "members": members, "nonce": data.get("nonce")}  # fmt: skip
            await self._dispatch(session, "GUILD_MEMBERS_CHUNK", chunk)
        return session

    async def _identify(self, ws: web.WebSocketResponse, data: dict[str, Any]) -> _Session | None:
        if data.get("token") != self.token:
            await ws.close(code=4004, message=b"Authentication failed.")
            return None
        shard_id, count = data.get("shard") or [0, 1]
        if count != self.shard_count or not 0 <= shard_id < count:
            await ws.close(code=4010, message=b"Invalid shard.")
            return None
        self.identifies.append({k: v for k, v in data.items() if k != "token"})
        await self._notify()
        if self.identify_close_code is not None:
            await ws.close(code=self.identify_close_code, message=b"Refused by the test.")
            return None
        if self.ready_gate is not None:
            await self.ready_gate.wait()
        session = self._sessions[shard_id]
        session.ws, session.live = ws, False
        session.session_id, session.events, session.seq = secrets.token_hex(16), [], 0
        guilds = [guild for guild, _ in self.guilds if self.shard_of(guild) == shard_id]
        ready = {"v": 10, "user": self.bot_user.payload() | {"verified": True, "flags": 0},
                 "guilds": [{"id": str(guild), "unavailable": True} for guild in guilds],
                 "session_id": session.session_id, "resume_gateway_url": self.gateway_url,
                 "shard": [shard_id, count], "private_channels": [],
                 "application": {"id": str(self.application_id), "flags": 0}}  # fmt: skip
        await self._dispatch(session, "READY", ready)
        for guild in guilds:
            await self._dispatch(
                session, "GUILD_CREATE", self.guild_payload(self._intents(), guild)
            )
        await self._went_live(session, ws)
        return session

    async def _resume(self, ws: web.WebSocketResponse, data: dict[str, Any]) -> _Session | None:
        found = [s for s in self._sessions.values() if s.session_id == data.get("session_id")]
        if not found or not found[0].session_id or data.get("token") != self.token:
            await ws.send_json({"op": 9, "d": False})
            return None
        session = found[0]
        session.ws, session.live = ws, False
        for event in session.events:
            if event["s"] > (data.get("seq") or 0):
                await ws.send_json(event)
        self.resumes += 1
        await self._dispatch(session, "RESUMED", {})
        await self._went_live(session, ws)
        return session

    async def _went_live(self, session: _Session, ws: web.WebSocketResponse) -> None:
        if session.ws is ws:
            self.connections += 1
            session.live = True
        await self._notify()

    async def _dispatch(self, session: _Session, event: str, data: Any) -> None:
        session.seq += 1
        frame = {"op": 0, "t": event, "s": session.seq, "d": data}
        session.events.append(frame)
        self.dispatched.append(frame)
        self.dispatched_on[session.shard].append(frame)
        assert session.ws is not None
        await session.ws.send_json(frame)

    async def _dispatch_event(self, event: str, data: dict[str, Any]) -> None:
        """Send a test's event on the shard Discord would use (its guild's; DMs on shard 0)
        once the bot has a live session there (waiting up to 15 s)."""
        await self.wait_until_connected()
        needed = GUILD_MESSAGES if "guild_id" in data else DIRECT_MESSAGES
        if event == "MESSAGE_CREATE" and not self._intents() & needed:
            _log.warning("MESSAGE_CREATE not delivered: the bot lacks intent %d", needed)
            return
        shard = self.shard_of(int(data["guild_id"])) if "guild_id" in data else 0
        await self._dispatch(self._sessions[shard], event, data)

    # ------------------------------------------------------------------ REST

    async def _rest(self, http: web.Request) -> web.Response:
        """Record, check (auth, schema) and route one REST call."""
        known, path = http.path.startswith("/api/v10/"), http.path.removeprefix("/api/v10")
        body: Any = None
        files: list[str] = []
        if http.content_type == "multipart/form-data":
            form = await http.post()
            files = [f.filename for f in form.values() if isinstance(f, web.FileField)]
            body = json.loads(str(form["payload_json"])) if "payload_json" in form else None
        elif http.content_type == "application/json" and http.can_read_body:
            body = await http.json()
        request = Request(http.method, path, dict(http.query), body, files)
        status, response = 404, {"message": "404: Not Found", "code": 0}
        try:
            for method, pattern, handler in self._routes if known else []:
                if method == http.method and (match := pattern.match(path)):
                    self._check_auth(http, path)
                    self._check_schema(request)
                    response = await handler(request, match)
                    status = 204 if response is None else 200
                    break
            else:
                self.unknown_routes.append(request)
                _log.warning("unknown route %s %s", http.method, http.path)
        except _Reject as reject:
            status, response = reject.status, reject.body
        except Exception:  # a bug in the fake: make it loud, not a hang
            _log.exception("the fake failed on %s %s", http.method, path)
            status, response = 500, {"message": "the fake crashed", "code": 0}
            self.protocol_errors.append(f"{http.method} {path}: the fake crashed (see its log)")
        request.status, request.response = status, response
        self.requests.append(request)
        _log.debug("%s %s -> %d", http.method, path, status)
        await self._notify()
        if status == 204:
            return web.Response(status=204)
        # discord.py parses JSON only when Content-Type is exactly "application/json".
        headers = {"Content-Type": "application/json"}
        return web.Response(body=json.dumps(response).encode(), status=status, headers=headers)

    def _check_auth(self, http: web.Request, path: str) -> None:
        if path.startswith(("/gateway", "/interactions/", "/webhooks/")):
            return  # public, or authorized by the interaction token in the path
        if http.headers.get("Authorization") != f"Bot {self.token}":
            raise _Reject(401, 0, "401: Unauthorized")

    def _check_schema(self, request: Request) -> None:
        if request.json is None or request.method not in ("POST", "PUT", "PATCH"):
            return
        errors = validate_body(request.method, request.path, request.json)
        self.schema_errors += [f"{request.method} {request.path}: {e}" for e in errors]
        if errors and self.reject_invalid:
            nested: dict[str, Any] = {}  # Discord's shape: {path: {"_errors": [...]}}
            for error in errors:
                where, _, message = error.partition(": ")
                item = {"code": "SCHEMA", "message": message}
                nested.setdefault(where, {"_errors": []})["_errors"].append(item)
            raise _Reject(400, 50035, "Invalid Form Body", nested)

    def _refuse(self, status: int, code: int, message: str, request: Request) -> _Reject:
        """A refusal that means the bot broke a rule: recorded in ``protocol_errors``."""
        self.protocol_errors.append(f"{request.method} {request.path}: {message}")
        return _Reject(status, code, message)

    async def _get_me(self, request: Request, match: re.Match[str]) -> Any:
        return self.bot_user.payload() | {"verified": True, "flags": 0, "mfa_enabled": False}

    async def _get_gateway(self, request: Request, match: re.Match[str]) -> Any:
        limit = {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
        return {"url": self.gateway_url, "shards": self.shard_count, "session_start_limit": limit}

    async def _get_application(self, request: Request, match: re.Match[str]) -> Any:
        return self.application_payload()

    def _command_scope(self, request: Request, match: re.Match[str]) -> list[dict[str, Any]]:
        if int(match[1]) != self.application_id:
            raise self._refuse(403, 50001, "Missing Access (not this application)", request)
        if match[2] is not None and int(match[2]) != self.guild_id:
            raise self._refuse(403, 50001, "Missing Access (not in that guild)", request)
        return self.global_commands if match[2] is None else self.guild_commands

    async def _get_commands(self, request: Request, match: re.Match[str]) -> Any:
        return self._command_scope(request, match)

    async def _put_commands(self, request: Request, match: re.Match[str]) -> Any:
        """Bulk overwrite. Like Discord, a command keeps its id when registered again."""
        scope = self._command_scope(request, match)
        old_ids = {(c["name"], c["type"]): c["id"] for c in scope}
        registered = []
        for command in request.json or []:
            kind, perms = command.get("type", 1), command.get("default_member_permissions")
            registered.append(command | {
                "id": old_ids.get((command["name"], kind)) or str(self.snowflake()), "type": kind,
                "application_id": str(self.application_id), "version": str(self.snowflake()),
                "default_member_permissions": None if perms is None else str(perms),
            } | ({"guild_id": match[2]} if match[2] else {}))  # fmt: skip
        scope[:] = registered
        return registered

    def _find_interaction(self, request: Request, match: re.Match[str]) -> _Interaction:
        """By ``/interactions/{id}/{token}`` or ``/webhooks/{application id}/{token}``."""
        by_webhook = request.path.startswith("/webhooks/")
        if by_webhook:
            found = [s for s in self._interactions.values() if s.sent.token == match[2]]
            state = found[0] if found and int(match[1]) == self.application_id else None
        else:
            state = self._interactions.get(int(match[1]))
        if state is None or state.sent.token != match[2]:
            code, what = (
                (10015, "Unknown Webhook") if by_webhook else (10062, "Unknown interaction")
            )
            raise self._refuse(404, code, what, request)
        return state

    async def _callback(self, request: Request, match: re.Match[str]) -> Any:
        state = self._find_interaction(request, match)
        body = request.json or {}
        kind, data = body.get("type"), body.get("data") or {}
        elapsed = time.monotonic() - state.created
        if state.callback is not None:
            raise self._refuse(400, 40060, "Interaction has already been acknowledged.", request)
        if elapsed > self.callback_deadline:
            late = f"Unknown interaction (answered after {elapsed:.2f}s)"
            raise self._refuse(404, 10062, late, request)
        if kind not in ALLOWED_CALLBACKS[state.sent.type]:
            wrong = f"callback type {kind} does not fit interaction type {state.sent.type}"
            raise self._refuse(400, 50035, wrong, request)
        message = None
        if kind in (4, 5):  # a new message; for 5 a "thinking..." one until edited/followed up
            shown = data if kind == 4 else {"flags": (data.get("flags") or 0) & EPHEMERAL | LOADING}
            message = self._new_message(shown, state.channel_id, self.bot_user, ix=state)
            state.original_id = int(message["id"])
            if kind == 4:
                state.replies.append(state.original_id)
        elif kind in (6, 7) and state.message_id is not None:  # the component's message
            state.original_id = state.message_id
            if kind == 7:
                message = self.messages[state.message_id]
                self._apply(message, data, is_new=False)
                state.replies.append(state.message_id)
        state.callback = body
        flags = message["flags"] if message else 0
        interaction = {"id": str(state.sent.id), "type": state.sent.type,
                       "response_message_loading": kind == 5,
                       "response_message_ephemeral": bool(flags & EPHEMERAL)}  # fmt: skip
        if state.original_id is not None:
            interaction["response_message_id"] = str(state.original_id)
        if request.query.get("with_response") not in ("1", "true", "True"):
            return None  # 204, as Discord answers without ?with_response
        resource = {"type": kind} | ({"message": message} if message else {})
        return {"interaction": interaction, "resource": resource}

    async def _followup(self, request: Request, match: re.Match[str]) -> Any:
        state = self._find_interaction(request, match)
        if state.callback is None:
            early = "Unknown Webhook (follow-up before the interaction was answered)"
            raise self._refuse(404, 10015, early, request)
        body = request.json or {}
        original = self.messages.get(state.original_id or 0)
        if original is not None and original["flags"] & LOADING:
            # Like Discord: the first follow-up after a deferred reply replaces "thinking...".
            self._apply(original, body | {"flags": original["flags"] & EPHEMERAL}, is_new=False)
            message = original
        else:
            message = self._new_message(body, state.channel_id, self.bot_user, ix=state)
        state.replies.append(int(message["id"]))
        return message if request.query.get("wait") in ("1", "true", "True") else None

    async def _webhook_message(self, request: Request, match: re.Match[str]) -> Any:
        """GET/PATCH/DELETE ``@original`` or a follow-up of an interaction."""
        state = self._find_interaction(request, match)
        message_id = state.original_id if match[3] == "@original" else int(match[3])
        if message_id not in {state.original_id, *state.replies} or message_id not in self.messages:
            raise self._refuse(404, 10008, "Unknown Message", request)
        message = self.messages[message_id]
        if request.method == "DELETE":
            del self.messages[message_id]
            return None
        if request.method == "PATCH":
            was_loading = message["flags"] & LOADING
            self._apply(message, request.json or {}, is_new=False)
            message["flags"] &= ~LOADING
            if was_loading or message_id not in state.replies:
                state.replies.append(message_id)
        return message

    async def _create_message(self, request: Request, match: re.Match[str]) -> Any:
        channel_id = int(match[1])
        guild_id = self.guild_of(channel_id)
        known = guild_id in self.joined or channel_id in self.dm_channels.values()
        if not known:
            raise self._refuse(404, 10003, "Unknown Channel", request)
        recipient = next((u for u, c in self.dm_channels.items() if c == channel_id), None)
        if recipient in self.dms_closed:  # not a bot's mistake: Discord's answer to a DM
            raise _Reject(403, 50007, "Cannot send messages to this user")
        return self._new_message(request.json or {}, channel_id, self.bot_user)

    async def _open_dm(self, request: Request, match: re.Match[str]) -> Any:
        """POST /users/@me/channels {recipient_id}: the DM channel with a user."""
        user = self.users.get(int((request.json or {}).get("recipient_id", 0)))
        if user is None:
            raise self._refuse(400, 50033, "Invalid Recipient(s)", request)
        channel_id = self.dm_channel(user)
        return {"id": str(channel_id), "type": 1, "last_message_id": None,
                "recipients": [user.payload()]}  # fmt: skip

    def dms_to(self, user: FakeUser) -> list[dict[str, Any]]:
        """The bot's messages in its DM channel with ``user``, oldest first."""
        channel = self.dm_channels.get(user.id)
        return [m for m in self.bot_messages() if int(m["channel_id"]) == channel]

    def posts_in(self, channel_id: int) -> list[dict[str, Any]]:
        """The bot's messages in a guild channel that are no interaction replies, oldest first."""
        return [m for m in self.bot_messages()
                if int(m["channel_id"]) == channel_id and m["type"] == 0]  # fmt: skip

    async def _typing(self, request: Request, match: re.Match[str]) -> Any:
        return None
