"""A fake Discord (REST API v10 + gateway) for end-to-end tests of the real discord.py client.

Why a fake: the bot must be tested as it really runs (a subprocess speaking HTTP and a websocket)
without touching the internet. The client stays unmodified; only where it connects changes
(``discord.http.Route.BASE`` and the gateway URL, see ``launch.py``).

What it models, on purpose, because these are the rules a bot gets wrong in production:
- every JSON body the bot sends is validated against Discord's OpenAPI spec and rejected with a
  400 like Discord would (``schema_errors``);
- interactions must be answered once and within ``callback_deadline`` seconds, follow-ups only
  after that, and the callback type must fit the interaction (``protocol_errors``);
- messages get ``mentions``/``mention_roles``/``mention_everyone`` computed from their content and
  ``allowed_mentions`` the way Discord decides who is pinged;
- without the privileged MESSAGE_CONTENT intent, guild messages arrive with empty content unless
  they mention the bot; MESSAGE_CREATE is only sent for the subscribed intents;
- a dropped connection can be RESUMEd (missed events are replayed) and a bad token is refused.
Unknown routes answer 404 and are recorded (``unknown_routes``), so nothing silently succeeds.
"""

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

from .openapi_check import validate_body

_log = logging.getLogger(__name__)
T = TypeVar("T")

DISCORD_EPOCH_MS = 1_420_070_400_000
ADMINISTRATOR, MANAGE_GUILD = 1 << 3, 1 << 5
BASIC_PERMISSIONS = (1 << 10) | (1 << 11) | (1 << 14) | (1 << 16) | (1 << 31)  # view, send, embed..
ALL_PERMISSIONS = (1 << 51) - 1
GUILD_MEMBERS, GUILD_MESSAGES, DIRECT_MESSAGES, MESSAGE_CONTENT = 1 << 1, 1 << 9, 1 << 12, 1 << 15
EPHEMERAL, LOADING = 1 << 6, 1 << 7
# Which callback types Discord accepts for each interaction type.
ALLOWED_CALLBACKS = {2: {4, 5, 9}, 3: {4, 5, 6, 7, 9}, 4: {8}, 5: {4, 5, 6, 7}}


@dataclass(frozen=True)
class FakeRole:
    id: int
    name: str
    permissions: int
    position: int = 0

    def payload(self) -> dict[str, Any]:
        colors = {"primary_color": 0, "secondary_color": None, "tertiary_color": None}
        return {"id": str(self.id), "name": self.name, "permissions": str(self.permissions),
                "position": self.position, "color": 0, "colors": colors, "hoist": False,
                "managed": False, "mentionable": True, "flags": 0, "icon": None}  # fmt: skip


@dataclass(frozen=True)
class FakeUser:
    id: int
    name: str
    bot: bool = False
    role_ids: tuple[int, ...] = ()

    @property
    def mention(self) -> str:
        return f"<@{self.id}>"

    def payload(self) -> dict[str, Any]:
        return {"id": str(self.id), "username": self.name, "global_name": self.name.title(),
                "discriminator": "0", "avatar": None, "bot": self.bot, "public_flags": 0}  # fmt: skip


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
    message_id: int | None = None  # the message a component sits on
    callback: dict[str, Any] | None = None
    original_id: int | None = None
    replies: list[int] = field(default_factory=list)  # messages created/updated for it, in order


class _Reject(Exception):
    """Raised by a handler to answer with a Discord JSON error."""

    def __init__(self, status: int, code: int, message: str, errors: Any = None) -> None:
        super().__init__(message)
        self.body = {"message": message, "code": code, **({"errors": errors} if errors else {})}
        self.status = status


Handler = Callable[[Request, re.Match[str]], Awaitable[Any]]


class FakeDiscord:
    """The fake server and its world: one guild, one text channel, a few users and roles.

    Users: ``bot_user`` (the bot; its id is also the application id), ``app_owner`` (owns the
    application), ``admin`` (has ``admin_role``, i.e. Manage Server), ``keeper`` (has
    ``keeper_role``, no permissions, for "configured admin role" tests), ``member`` (plain),
    ``other_bot`` and ``guild_owner``. ``team=True`` makes the application team-owned, with
    ``app_owner`` as the team's only member. Default member permissions of commands are not
    enforced, as if a server admin had opened them to everyone (so run-time checks are testable).
    """

    def __init__(
        self,
        *,
        token: str = "fake-bot-token",
        team: bool = False,
        callback_deadline: float = 3.0,
        heartbeat_interval_ms: int = 41_250,
        reject_invalid: bool = True,
    ) -> None:
        self.token, self.team, self.callback_deadline = token, team, callback_deadline
        self.heartbeat_interval_ms, self.reject_invalid = heartbeat_interval_ms, reject_invalid
        self._counter = 0
        sf = self.snowflake
        self.guild_id, self.channel_id = sf(), sf()
        self.everyone_role = FakeRole(self.guild_id, "@everyone", BASIC_PERMISSIONS)
        self.admin_role = FakeRole(sf(), "Server Admin", BASIC_PERMISSIONS | MANAGE_GUILD, 2)
        self.keeper_role = FakeRole(sf(), "Show Keeper", 0, 1)
        self.roles = [self.everyone_role, self.admin_role, self.keeper_role]
        self.bot_user = FakeUser(sf(), "showbot", bot=True)
        self.application_id = self.bot_user.id
        self.app_owner = FakeUser(sf(), "owner")
        self.admin = FakeUser(sf(), "admin", role_ids=(self.admin_role.id,))
        self.keeper = FakeUser(sf(), "keeper", role_ids=(self.keeper_role.id,))
        self.member = FakeUser(sf(), "member")
        self.other_bot = FakeUser(sf(), "otherbot", bot=True)
        self.guild_owner = FakeUser(sf(), "guildowner")
        everybody = (self.bot_user, self.app_owner, self.admin, self.keeper, self.member,
                     self.other_bot, self.guild_owner)  # fmt: skip
        self.users = {u.id: u for u in everybody}
        self.dm_channels: dict[int, int] = {}  # user id -> DM channel id
        # What the bot did, for assertions.
        self.requests: list[Request] = []
        self.unknown_routes: list[Request] = []
        self.schema_errors: list[str] = []
        self.protocol_errors: list[str] = []
        self.identifies: list[dict[str, Any]] = []  # IDENTIFY payloads ("d"), token removed
        self.dispatched: list[dict[str, Any]] = []  # every gateway event sent, all sessions
        self.resumes = 0
        self.connections = 0
        self.global_commands: list[dict[str, Any]] = []
        self.guild_commands: dict[int, list[dict[str, Any]]] = {}
        self.messages: dict[int, dict[str, Any]] = {}  # every message, by id
        self._interactions: dict[int, _Interaction] = {}
        # Gateway session.
        self._ws: web.WebSocketResponse | None = None
        self._live = False  # READY or RESUMED was sent on the current socket
        self._session_id = ""
        self._seq = 0
        self._sent_events: list[dict[str, Any]] = []
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.url = ""
        self._routes: list[tuple[str, re.Pattern[str], Handler]] = [
            (m, re.compile(f"^{p}$"), h)
            for m, p, h in [
                ("GET", r"/users/@me", self._get_me),
                ("GET", r"/gateway(/bot)?", self._get_gateway),
                ("GET", r"/oauth2/applications/@me", self._get_application),
                ("GET", r"/applications/(\d+)(?:/guilds/(\d+))?/commands", self._get_commands),
                ("PUT", r"/applications/(\d+)(?:/guilds/(\d+))?/commands", self._put_commands),
                ("POST", r"/interactions/(\d+)/([^/]+)/callback", self._callback),
                ("POST", r"/webhooks/(\d+)/([^/]+)", self._followup),
                ("GET", r"/webhooks/(\d+)/([^/]+)/messages/(@original|\d+)", self._webhook_msg),
                ("PATCH", r"/webhooks/(\d+)/([^/]+)/messages/(@original|\d+)", self._webhook_msg),
                ("DELETE", r"/webhooks/(\d+)/([^/]+)/messages/(@original|\d+)", self._webhook_msg),
                ("POST", r"/channels/(\d+)/messages", self._create_message),
                ("POST", r"/channels/(\d+)/typing", self._typing),
            ]
        ]

    # ----------------------------------------------------------------- lifecycle

    async def start(self) -> None:
        """Listen on 127.0.0.1 on a free port; ``url`` is then e.g. ``http://127.0.0.1:4321``."""
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        app.router.add_route("*", "/{tail:.*}", self._rest)  # wrong base: recorded as unknown
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        if self._ws is not None:
            await self._ws.close(code=1001)
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

    def snowflake(self) -> int:
        """A fresh, time-ordered Discord snowflake."""
        self._counter += 1
        return ((int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22) | (self._counter % 4096)

    # ----------------------------------------------------------------- waiting

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
            raise TimeoutError(
                f"timed out after {timeout}s waiting for {what}; last requests: {recent}"
            ) from None

    async def wait_until_connected(self, timeout: float = 15.0) -> None:
        """Until the bot has a live gateway session (READY or RESUMED sent)."""
        await self._wait(lambda: True if self._live else None, timeout, "a gateway session")

    async def wait_for_request(
        self,
        method: str,
        path_regex: str,
        *,
        timeout: float = 10.0,
        after: int = 0,
        predicate: Callable[[Request], bool] | None = None,
    ) -> Request:
        """The first request (index >= ``after``) with this method whose path matches."""

        def find() -> Request | None:
            for request in self.requests[after:]:
                if request.method == method and re.search(path_regex, request.path):
                    if predicate is None or predicate(request):
                        return request
            return None

        return await self._wait(find, timeout, f"{method} {path_regex}")

    async def wait_for_callback(self, ix: SentInteraction, timeout: float = 10.0) -> dict[str, Any]:
        """The interaction callback body the bot sent (``{"type": ..., "data": ...}``)."""
        state = self._interactions[ix.id]
        return await self._wait(lambda: state.callback, timeout, f"callback for {ix.id}")

    async def wait_for_autocomplete(
        self, ix: SentInteraction, timeout: float = 10.0
    ) -> list[dict[str, Any]]:
        body = await self.wait_for_callback(ix, timeout)
        return body.get("data", {}).get("choices", [])

    async def wait_for_interaction_reply(
        self, ix: SentInteraction, timeout: float = 10.0, *, index: int = 0
    ) -> dict[str, Any]:
        """The ``index``-th message shown for an interaction: the reply, the deferred reply once
        edited or followed up, the updated component message, or a follow-up (a copy)."""
        state = self._interactions[ix.id]

        def reply() -> dict[str, Any] | None:
            if len(state.replies) <= index:
                return None
            return deepcopy(self.messages.get(state.replies[index], {"deleted": True}))

        return await self._wait(reply, timeout, f"reply #{index} to interaction {ix.id}")

    async def wait_for_message_reply(
        self, message: dict[str, Any], timeout: float = 10.0
    ) -> dict[str, Any]:
        """The first bot message that replies to ``message`` (by ``message_reference``)."""

        def reply() -> dict[str, Any] | None:
            for msg in self.messages.values():
                if msg.get("message_reference", {}).get("message_id") == message["id"]:
                    return deepcopy(msg)
            return None

        return await self._wait(reply, timeout, f"a reply to message {message['id']}")

    def bot_messages(self) -> list[dict[str, Any]]:
        return [m for m in self.messages.values() if m["author"]["id"] == str(self.bot_user.id)]

    def assert_clean(self) -> None:
        """Fail if the bot sent anything Discord would reject or that the fake does not know."""
        problems = self.schema_errors + self.protocol_errors
        problems += [f"unknown route {r.method} {r.path}" for r in self.unknown_routes]
        assert not problems, "\n".join(problems)

    # ----------------------------------------------------------------- injecting events

    async def send_slash(
        self,
        command: str,
        options: dict[str, Any] | None = None,
        *,
        user: FakeUser | None = None,
        dm: bool = False,
    ) -> SentInteraction:
        """Invoke a registered slash command, e.g. ``send_slash("knowledge reload")`` or
        ``send_slash("status", {"show": "Cobra Kai", "season": 2})``."""
        data = self._command_data(command, options or {}, focused=None, dm=dm)
        return await self._send_interaction(2, data, user or self.member, dm=dm)

    async def send_autocomplete(
        self,
        command: str,
        options: dict[str, Any],
        focused: str,
        *,
        user: FakeUser | None = None,
        dm: bool = False,
    ) -> SentInteraction:
        """Autocomplete while typing: ``focused`` names the option being typed."""
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
        """Press a button / choose in a select on a bot message (the newest one that has
        ``custom_id`` unless ``message_id`` is given)."""
        for msg in reversed(list(self.messages.values())):
            if message_id is not None and int(msg["id"]) != message_id:
                continue
            found = [c for c in _walk(msg.get("components", [])) if c.get("custom_id") == custom_id]
            if found:
                break
        else:
            raise LookupError(f"no message has a component with custom_id {custom_id!r}")
        data: dict[str, Any] = {"custom_id": custom_id, "component_type": found[0]["type"]}
        if values is not None:
            data["values"] = values
        # By default the person who ran the command that produced the message presses it.
        mid = int(msg["id"])
        invoker = [
            s.user for s in self._interactions.values() if mid in (s.original_id, *s.replies)
        ]
        user = user or (invoker[0] if invoker else self.member)
        return await self._send_interaction(3, data, user, dm="guild_id" not in msg, message=msg)

    async def send_message(
        self, content: str, *, author: FakeUser | None = None, dm: bool = False
    ) -> dict[str, Any]:
        """A user posts a message (in the guild channel, or a DM to the bot). Mentions are
        parsed from ``<@id>`` in ``content``, e.g. ``f"{fake.bot_user.mention} hi"``."""
        author = author or self.member
        channel_id = self._dm_channel(author) if dm else self.channel_id
        message = self._new_message({"content": content}, channel_id=channel_id, author=author)
        await self._dispatch_event("MESSAGE_CREATE", self._as_delivered(message))
        return deepcopy(message)

    async def drop_connection(
        self, how: Literal["close", "reconnect", "invalidate"] = "close", *, timeout: float = 15.0
    ) -> None:
        """Drop the gateway connection and wait until the bot is back (RESUMED, or READY after
        ``invalidate``): ``close`` closes with resumable code 4000, ``reconnect`` sends op 7,
        ``invalidate`` sends op 9 (not resumable, the bot must IDENTIFY again)."""
        await self.wait_until_connected(timeout)
        ws, before = self._ws, self.connections
        assert ws is not None
        self._live = False
        if how == "close":
            await ws.close(code=4000, message=b"dropped by the test")
        else:
            op = {"reconnect": {"op": 7, "d": None}, "invalidate": {"op": 9, "d": False}}[how]
            await ws.send_json(op)
        await self._wait(
            lambda: True if self.connections > before and self._live else None,
            timeout,
            f"the bot to reconnect after {how}",
        )

    # ----------------------------------------------------------------- world payloads

    def _dm_channel(self, user: FakeUser) -> int:
        return self.dm_channels.setdefault(user.id, self.snowflake())

    def _permissions(self, user: FakeUser) -> int:
        if user.id == self.guild_owner.id:
            return ALL_PERMISSIONS
        perms = self.everyone_role.permissions
        for role in self.roles:
            if role.id in user.role_ids:
                perms |= role.permissions
        return ALL_PERMISSIONS if perms & ADMINISTRATOR else perms

    def _member(self, user: FakeUser, *, with_user: bool = True) -> dict[str, Any]:
        member = {"roles": [str(r) for r in user.role_ids], "joined_at": "2024-01-01T00:00:00+00:00",
                  "deaf": False, "mute": False, "flags": 0, "pending": False, "nick": None}  # fmt: skip
        return {**member, "user": user.payload()} if with_user else member

    def _channel(self) -> dict[str, Any]:
        return {"id": str(self.channel_id), "type": 0, "guild_id": str(self.guild_id),
                "name": "general", "position": 0, "permission_overwrites": [], "nsfw": False,
                "parent_id": None, "topic": None, "last_message_id": None,
                "rate_limit_per_user": 0}  # fmt: skip

    def _guild(self, intents: int) -> dict[str, Any]:
        everyone = list(self.users.values()) if intents & GUILD_MEMBERS else [self.bot_user]
        return {"id": str(self.guild_id), "name": "Test Guild", "icon": None,
                "owner_id": str(self.guild_owner.id), "roles": [r.payload() for r in self.roles],
                "channels": [self._channel()], "members": [self._member(u) for u in everyone],
                "member_count": len(self.users), "large": False, "unavailable": False,
                "features": [], "emojis": [], "stickers": [], "threads": [], "presences": [],
                "voice_states": [], "stage_instances": [], "guild_scheduled_events": [],
                "soundboard_sounds": [], "preferred_locale": "en-US", "afk_timeout": 300,
                "verification_level": 0, "default_message_notifications": 0,
                "explicit_content_filter": 0, "mfa_level": 0, "nsfw_level": 0, "premium_tier": 0,
                "system_channel_flags": 0, "joined_at": "2024-01-01T00:00:00+00:00"}  # fmt: skip

    def _application(self) -> dict[str, Any]:
        app: dict[str, Any] = {
            "id": str(self.application_id), "name": "showbot", "description": "", "icon": None,
            "bot_public": True, "bot_require_code_grant": False, "verify_key": "0" * 64,
            "flags": 0, "owner": self.app_owner.payload(), "team": None,
            "bot": self.bot_user.payload()}  # fmt: skip
        if self.team:  # a team-owned app: owner is a pseudo-user, people are team members
            team_id = str(self.application_id + 1)
            member = {"user": self.app_owner.payload(), "team_id": team_id,
                      "membership_state": 2, "permissions": ["*"], "role": "admin"}  # fmt: skip
            app["team"] = {"id": team_id, "name": "Showbot team", "icon": None,
                           "owner_user_id": str(self.app_owner.id), "members": [member]}  # fmt: skip
            app["owner"] = {**self.app_owner.payload(), "id": team_id, "username": f"team{team_id}"}
        return app

    def _find_command(self, name: str, dm: bool) -> tuple[dict[str, Any], bool]:
        """The registered command by name: the guild's first (as Discord shows it), then global."""
        scopes = [(self.global_commands, False)]
        if not dm:
            scopes.insert(0, (self.guild_commands.get(self.guild_id, []), True))
        for commands, in_guild in scopes:
            for command in commands:
                if command["name"] == name and command.get("type", 1) == 1:
                    if dm and 1 not in (command.get("contexts") or [0, 1, 2]):
                        raise LookupError(f"/{name} is not available in DMs (contexts)")
                    return command, in_guild
        raise LookupError(f"/{name} is not registered{' globally' if dm else ''}")

    def _command_data(
        self, command: str, values: dict[str, Any], *, focused: str | None, dm: bool
    ) -> dict[str, Any]:
        """Build ``data`` for a command interaction from the *registered* schema (so option
        types come from what the bot registered, and unknown options fail loudly)."""
        first, *subs = command.split()
        registered, in_guild = self._find_command(first, dm)
        data: dict[str, Any] = {"id": registered["id"], "name": first, "type": 1}
        if in_guild:
            data["guild_id"] = str(self.guild_id)
        schema, target = registered.get("options") or [], data
        for sub in subs:  # subcommand groups and subcommands nest
            spec = next((o for o in schema if o["name"] == sub and o["type"] in (1, 2)), None)
            if spec is None:
                raise LookupError(f"/{command}: no subcommand {sub!r}")
            target["options"] = [{"name": sub, "type": spec["type"], "options": []}]
            target, schema = target["options"][0], spec.get("options") or []
        options = []
        for name, value in values.items():
            spec = next((o for o in schema if o["name"] == name), None)
            if spec is None:
                raise LookupError(f"/{command} has no option {name!r}")
            option = {"name": name, "type": spec["type"], "value": value}
            if name == focused:  # what the user has typed so far: always a string
                option |= {"value": str(value), "focused": True}
            options.append(option)
        missing = {o["name"] for o in schema if o.get("required")} - set(values)
        if missing and focused is None:
            raise ValueError(f"/{command}: missing required options {sorted(missing)}")
        target["options"] = options
        return data

    async def _send_interaction(
        self,
        kind: int,
        data: dict[str, Any],
        user: FakeUser,
        *,
        dm: bool,
        message: dict[str, Any] | None = None,
    ) -> SentInteraction:
        interaction_id = self.snowflake()
        token = f"ixtoken-{interaction_id}-{secrets.token_hex(8)}"
        payload: dict[str, Any] = {
            "id": str(interaction_id), "application_id": str(self.application_id), "type": kind,
            "token": token, "version": 1, "data": data, "locale": "en-US",
            "app_permissions": str(BASIC_PERMISSIONS), "entitlements": [],
            "attachment_size_limit": 10 * 1024 * 1024}  # fmt: skip
        if dm:
            channel_id = self._dm_channel(user)
            channel = {"id": str(channel_id), "type": 1, "recipients": [user.payload()]}
            payload |= {"user": user.payload(), "context": 1, "channel_id": str(channel_id),
                        "channel": channel,
                        "authorizing_integration_owners": {"0": str(user.id)}}  # fmt: skip
        else:
            channel_id = self.channel_id
            member = self._member(user) | {"permissions": str(self._permissions(user))}
            guild = {"id": str(self.guild_id), "locale": "en-US", "features": []}
            payload |= {"member": member, "context": 0, "guild_id": str(self.guild_id),
                        "guild": guild, "guild_locale": "en-US", "channel_id": str(channel_id),
                        "channel": self._channel(),
                        "authorizing_integration_owners": {"0": str(self.guild_id)}}  # fmt: skip
        if message is not None:
            payload["message"] = deepcopy(message)
        sent = SentInteraction(interaction_id, token, kind, payload)
        message_id = int(message["id"]) if message else None
        state = _Interaction(sent, user, time.monotonic(), channel_id, message_id)
        self._interactions[interaction_id] = state
        await self._dispatch_event("INTERACTION_CREATE", payload)
        return sent

    # ----------------------------------------------------------------- messages

    def _new_message(
        self,
        body: dict[str, Any],
        *,
        channel_id: int,
        author: FakeUser,
        ix: _Interaction | None = None,
    ) -> dict[str, Any]:
        """Store and return a new message; ``body`` is what the bot (or the test) sent."""
        in_guild = channel_id == self.channel_id
        message: dict[str, Any] = {
            "id": str(self.snowflake()), "type": 20 if ix else 0, "channel_id": str(channel_id),
            "author": author.payload(), "content": "", "timestamp": datetime.now(UTC).isoformat(),
            "edited_timestamp": None, "tts": False, "embeds": [], "components": [],
            "attachments": [], "flags": 0, "pinned": False, "mentions": [], "mention_roles": [],
            "mention_everyone": False}  # fmt: skip
        if in_guild:
            message["guild_id"] = str(self.guild_id)
            if author.id != self.bot_user.id:
                message["member"] = self._member(author, with_user=False)
        if ix is not None:
            message["webhook_id"] = message["application_id"] = str(self.application_id)
        reference = body.get("message_reference")
        if reference:
            referenced = self.messages.get(int(reference["message_id"]))
            if referenced is None and reference.get("fail_if_not_exists", True):
                raise _Reject(400, 50035, "Invalid Form Body: Unknown message")
            reference = {"type": 0, "message_id": str(reference["message_id"]),
                         "channel_id": str(channel_id)}  # fmt: skip
            if in_guild:
                reference["guild_id"] = str(self.guild_id)
            message |= {"type": 19, "message_reference": reference}
        self._apply_edit(message, body, is_new=True)
        self.messages[int(message["id"])] = message
        return message

    def _apply_edit(self, message: dict[str, Any], body: dict[str, Any], *, is_new: bool) -> None:
        for key in ("content", "embeds", "components", "attachments"):
            if key in body:
                message[key] = body[key] or ("" if key == "content" else [])
        if "flags" in body and body["flags"] is not None:
            message["flags"] = body["flags"] | (message["flags"] & EPHEMERAL)
        if not is_new:
            message["edited_timestamp"] = datetime.now(UTC).isoformat()
        if is_new or "content" in body or "allowed_mentions" in body:
            message |= self._pings(message, body.get("allowed_mentions"))

    def _pings(self, message: dict[str, Any], allowed: dict[str, Any] | None) -> dict[str, Any]:
        """Who Discord would ping: mentions in ``content`` filtered by ``allowed_mentions``
        (absent = everything, including the replied-to author); embeds never ping."""
        content = message["content"]
        users = {int(u) for u in re.findall(r"<@!?(\d+)>", content)}
        roles = {int(r) for r in re.findall(r"<@&(\d+)>", content)}
        everything = {"users", "roles", "everyone"}
        parse = everything if allowed is None else set(allowed.get("parse") or [])
        rules = allowed or {}
        if "users" not in parse:
            users &= {int(u) for u in rules.get("users") or []}
        if "roles" not in parse:
            roles &= {int(r) for r in rules.get("roles") or []}
        reference = message.get("message_reference")
        if reference and rules.get("replied_user", allowed is None):
            replied = self.messages.get(int(reference["message_id"]))
            users |= {int(replied["author"]["id"])} if replied else set()
        return {
            "mentions": [self.users[u].payload() for u in sorted(users) if u in self.users],
            "mention_roles": [str(r) for r in sorted(roles)],
            "mention_everyone": "everyone" in parse
            and bool(re.search("@(everyone|here)", content)),
        }

    def _as_delivered(self, message: dict[str, Any]) -> dict[str, Any]:
        """The MESSAGE_CREATE payload as this session receives it (MESSAGE_CONTENT rules)."""
        intents = self.identifies[-1].get("intents", 0) if self.identifies else 0
        mentioned = any(m["id"] == str(self.bot_user.id) for m in message["mentions"])
        if intents & MESSAGE_CONTENT or "guild_id" not in message or mentioned:
            return message
        return message | {"content": "", "embeds": [], "attachments": [], "components": []}

    # ----------------------------------------------------------------- gateway

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=0)
        await ws.prepare(request)
        self._ws, self._live = ws, False
        _log.info("gateway: connection %d (%s)", self.connections + 1, request.query_string)
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": self.heartbeat_interval_ms}})
        try:
            async for msg in ws:
                if msg.type is aiohttp.WSMsgType.TEXT:
                    await self._gateway_op(ws, json.loads(msg.data))
        finally:
            if self._ws is ws:
                self._ws, self._live = None, False
            await self._notify()
        return ws

    async def _gateway_op(self, ws: web.WebSocketResponse, frame: dict[str, Any]) -> None:
        op, data = frame.get("op"), frame.get("d") or {}
        if op == 1:
            await ws.send_json({"op": 11})
        elif op == 2:
            if data.get("token") != self.token:
                await ws.close(code=4004, message=b"Authentication failed.")
                return
            self.identifies.append({k: v for k, v in data.items() if k != "token"})
            self._session_id, self._seq, self._sent_events = secrets.token_hex(16), 0, []
            ready = {"v": 10, "user": self.bot_user.payload() | {"verified": True, "flags": 0},
                     "guilds": [{"id": str(self.guild_id), "unavailable": True}],
                     "session_id": self._session_id, "resume_gateway_url": self.gateway_url,
                     "shard": data.get("shard", [0, 1]), "private_channels": [],
                     "application": {"id": str(self.application_id), "flags": 0}}  # fmt: skip
            await self._dispatch(ws, "READY", ready)
            await self._dispatch(ws, "GUILD_CREATE", self._guild(data.get("intents", 0)))
            await self._went_live(ws)
        elif op == 6:
            if data.get("session_id") != self._session_id or data.get("token") != self.token:
                await ws.send_json({"op": 9, "d": False})
                return
            for event in self._sent_events:
                if event["s"] > (data.get("seq") or 0):
                    await ws.send_json(event)
            self.resumes += 1
            await self._dispatch(ws, "RESUMED", {})
            await self._went_live(ws)
        elif op == 8:
            members = [self._member(u) for u in self.users.values()]
            chunk = {"guild_id": str(self.guild_id), "chunk_index": 0, "chunk_count": 1,
                     "members": members, "nonce": data.get("nonce")}  # fmt: skip
            await self._dispatch(ws, "GUILD_MEMBERS_CHUNK", chunk)

    async def _went_live(self, ws: web.WebSocketResponse) -> None:
        if self._ws is ws:
            self.connections += 1
            self._live = True
        await self._notify()

    async def _dispatch(self, ws: web.WebSocketResponse, event: str, data: Any) -> None:
        self._seq += 1
        frame = {"op": 0, "t": event, "s": self._seq, "d": data}
        self._sent_events.append(frame)
        self.dispatched.append(frame)
        await ws.send_json(frame)

    async def _dispatch_event(self, event: str, data: dict[str, Any]) -> None:
        """Send an event to the bot once it has a live session (waits up to 15 s)."""
        await self.wait_until_connected()
        intents = self.identifies[-1].get("intents", 0)
        needed = DIRECT_MESSAGES if "guild_id" not in data else GUILD_MESSAGES
        if event == "MESSAGE_CREATE" and not intents & needed:
            _log.warning("MESSAGE_CREATE not delivered: the bot lacks intent %d", needed)
            return
        assert self._ws is not None
        await self._dispatch(self._ws, event, data)

    # ----------------------------------------------------------------- REST

    async def _rest(self, http: web.Request) -> web.StreamResponse:
        path = "/" + http.match_info["tail"] if http.path.startswith("/api/v10/") else http.path
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
            known = http.path.startswith("/api/v10/")
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
            _log.exception("fake Discord failed on %s %s", http.method, path)
            status, response = 500, {"message": "fake Discord crashed", "code": 0}
            self.protocol_errors.append(f"{http.method} {path}: the fake crashed (see log)")
        request.status, request.response = status, response
        self.requests.append(request)
        _log.debug("%s %s -> %d", request.method, path, status)
        await self._notify()
        if status == 204:
            return web.Response(status=204)
        # discord.py only parses JSON when Content-Type is exactly "application/json".
        headers = {"Content-Type": "application/json"}
        return web.Response(body=json.dumps(response).encode(), status=status, headers=headers)

    def _check_auth(self, http: web.Request, path: str) -> None:
        if path.startswith(("/gateway", "/interactions/", "/webhooks/")):
            return
        if http.headers.get("Authorization") != f"Bot {self.token}":
            raise _Reject(401, 0, "401: Unauthorized")

    def _check_schema(self, request: Request) -> None:
        if request.json is None or request.method not in ("POST", "PUT", "PATCH"):
            return
        errors = validate_body(request.method, request.path, request.json)
        self.schema_errors += [f"{request.method} {request.path}: {e}" for e in errors]
        if errors and self.reject_invalid:
            # Discord's shape: {"errors": {"<path>": {"_errors": [{"code", "message"}]}}}
            nested = {}
            for error in errors:
                where, _, message = error.partition(": ")
                nested.setdefault(where, {"_errors": []})["_errors"].append({"code": "SCHEMA", "message": message})  # fmt: skip
            raise _Reject(400, 50035, "Invalid Form Body", nested)

    def _protocol_error(self, status: int, code: int, message: str, request: Request) -> _Reject:
        self.protocol_errors.append(f"{request.method} {request.path}: {message}")
        return _Reject(status, code, message)

    async def _get_me(self, request: Request, match: re.Match[str]) -> Any:
        return self.bot_user.payload() | {"verified": True, "flags": 0, "mfa_enabled": False}

    async def _get_gateway(self, request: Request, match: re.Match[str]) -> Any:
        limit = {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
        return {"url": self.gateway_url, "shards": 1, "session_start_limit": limit}

    async def _get_application(self, request: Request, match: re.Match[str]) -> Any:
        return self._application()

    def _command_scope(self, match: re.Match[str], request: Request) -> list[dict[str, Any]]:
        if int(match[1]) != self.application_id:
            raise self._protocol_error(403, 50001, "Missing Access (application id)", request)
        if match[2] is None:
            return self.global_commands
        if int(match[2]) != self.guild_id:
            raise self._protocol_error(403, 50001, "Missing Access (unknown guild)", request)
        return self.guild_commands.setdefault(self.guild_id, [])

    async def _get_commands(self, request: Request, match: re.Match[str]) -> Any:
        return self._command_scope(match, request)

    async def _put_commands(self, request: Request, match: re.Match[str]) -> Any:
        """Bulk overwrite; like Discord, a command keeps its id when re-registered."""
        scope = self._command_scope(match, request)
        old = {(c["name"], c.get("type", 1)): c["id"] for c in scope}
        new = []
        for command in request.json or []:
            command_id = old.get((command["name"], command.get("type", 1))) or str(self.snowflake())
            perms = command.get("default_member_permissions")
            new.append({**command, "id": command_id, "application_id": str(self.application_id),
                        "type": command.get("type", 1), "version": str(self.snowflake()),
                        "default_member_permissions": None if perms is None else str(perms),
                        **({"guild_id": match[2]} if match[2] else {})})  # fmt: skip
        scope[:] = new
        return new

    def _interaction(
        self, ident: str, token: str, request: Request, *, by_app: bool
    ) -> _Interaction:
        if by_app:
            if int(ident) != self.application_id:
                raise self._protocol_error(404, 10015, "Unknown Webhook", request)
            found = [s for s in self._interactions.values() if s.sent.token == token]
            state = found[0] if found else None
        else:
            state = self._interactions.get(int(ident))
        if state is None or state.sent.token != token:
            code, what = (10015, "Unknown Webhook") if by_app else (10062, "Unknown interaction")
            raise self._protocol_error(404, code, what, request)
        return state

    async def _callback(self, request: Request, match: re.Match[str]) -> Any:
        state = self._interaction(match[1], match[2], request, by_app=False)
        body = request.json or {}
        kind, data = body.get("type"), body.get("data") or {}
        elapsed = time.monotonic() - state.created
        if state.callback is not None:
            raise self._protocol_error(
                400, 40060, "Interaction has already been acknowledged.", request
            )
        if elapsed > self.callback_deadline:
            raise self._protocol_error(
                404, 10062, f"Unknown interaction (answered after {elapsed:.2f}s)", request
            )
        if kind not in ALLOWED_CALLBACKS[state.sent.type]:
            raise self._protocol_error(
                400,
                50035,
                f"callback type {kind} invalid for interaction type {state.sent.type}",
                request,
            )
        message = None
        if kind in (4, 5):  # a new message; for 5 a "thinking..." placeholder until edited
            shown = data if kind == 4 else {"flags": (data.get("flags") or 0) & EPHEMERAL | LOADING}
            message = self._new_message(
                shown, channel_id=state.channel_id, author=self.bot_user, ix=state
            )
            state.original_id = int(message["id"])
            if kind == 4:
                state.replies.append(state.original_id)
        elif kind in (6, 7) and state.message_id is not None:
            state.original_id = state.message_id
            if kind == 7:
                message = self.messages[state.message_id]
                self._apply_edit(message, data, is_new=False)
                state.replies.append(state.message_id)
        state.callback = body
        flags = message["flags"] if message else 0
        interaction = {
            "id": str(state.sent.id),
            "type": state.sent.type,
            "response_message_loading": kind == 5,
            "response_message_ephemeral": bool(flags & EPHEMERAL),
        }
        if state.original_id is not None:
            interaction["response_message_id"] = str(state.original_id)
        resource = {"type": kind, **({"message": message} if message else {})}
        return {"interaction": interaction, "resource": resource}

    async def _followup(self, request: Request, match: re.Match[str]) -> Any:
        state = self._interaction(match[1], match[2], request, by_app=True)
        if state.callback is None:
            raise self._protocol_error(
                404,
                10015,
                "Unknown Webhook (follow-up before the interaction was answered)",
                request,
            )
        body = request.json or {}
        original = self.messages.get(state.original_id or 0)
        if original is not None and original["flags"] & LOADING:
            # Like Discord: the first follow-up after a deferred reply replaces the "thinking..."
            self._apply_edit(
                original, body | {"flags": original["flags"] & EPHEMERAL}, is_new=False
            )
            message = original
        else:
            message = self._new_message(
                body, channel_id=state.channel_id, author=self.bot_user, ix=state
            )
        state.replies.append(int(message["id"]))
        return message if request.query.get("wait") in ("1", "true", "True") else None

    async def _webhook_msg(self, request: Request, match: re.Match[str]) -> Any:
        state = self._interaction(match[1], match[2], request, by_app=True)
        ours = {state.original_id, *state.replies}
        message_id = state.original_id if match[3] == "@original" else int(match[3])
        if message_id not in ours or message_id not in self.messages:
            raise self._protocol_error(404, 10008, "Unknown Message", request)
        message = self.messages[message_id]
        if request.method == "DELETE":
            del self.messages[message_id]
            return None
        if request.method == "PATCH":
            was_loading = message["flags"] & LOADING
            self._apply_edit(message, request.json or {}, is_new=False)
            message["flags"] &= ~LOADING
            if was_loading or message_id not in state.replies:
                state.replies.append(message_id)
        return message

    async def _create_message(self, request: Request, match: re.Match[str]) -> Any:
        channel_id = int(match[1])
        if channel_id != self.channel_id and channel_id not in self.dm_channels.values():
            raise self._protocol_error(404, 10003, "Unknown Channel", request)
        return self._new_message(request.json or {}, channel_id=channel_id, author=self.bot_user)

    async def _typing(self, request: Request, match: re.Match[str]) -> Any:
        return None


def _walk(components: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """All components, flattening action rows, containers and section accessories."""
    found = []
    for component in components:
        found.append(component)
        found += _walk(component.get("components", []))
        if "accessory" in component:
            found += _walk([component["accessory"]])
    return found
