"""Validate request bodies against Discord's official OpenAPI description.

The fake Discord server accepts whatever the bot sends, so on its own it would let a malformed
payload pass that real Discord rejects with a 400. Checking every JSON body against
``/work/shared/discord-api/openapi.json`` (read in place, never copied) closes that gap.

``format: uri`` is checked too (RFC 3986, with the standard library: jsonschema's own check
needs a package this project does not install), so a link with spaces or raw non-ASCII
characters is caught here as real Discord would refuse it.

One deliberate relaxation, documented in the spec's README: discord.py sends integer ids where
the spec says snowflake strings, and real Discord accepts both. Those ids are turned into strings
before validation, only where discord.py does it: ``message_reference``, ``attachments[].id``
(the index of an uploaded file), ``allowed_mentions.roles``/``users`` (a role ping allowed by
id) and ``recipient_id`` (opening a DM channel). Nothing else is relaxed.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker, ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path("/work/shared/discord-api/openapi.json")
_SPEC_URI = "urn:discord-openapi"


@functools.cache
def _spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as handle:
        return json.load(handle)


@functools.cache
def _registry() -> Registry:
    resource = Resource(contents=_spec(), specification=DRAFT202012)
    return Registry().with_resource(_SPEC_URI, resource)


@functools.cache
def _templates() -> list[tuple[re.Pattern[str], str, int]]:
    """Every spec path as (regex, template, number of literal characters)."""
    result = []
    for template in _spec()["paths"]:
        pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template))
        literal = len(re.sub(r"\{[^}]+\}", "", template))
        result.append((re.compile(f"^{pattern}$"), template, literal))
    return result


def _pointer(*parts: str) -> str:
    return "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


def find_template(path: str) -> str | None:
    """The spec path template for a concrete path; literal segments (``@original``) win."""
    matches = [
        (literal, template) for regex, template, literal in _templates() if regex.match(path)
    ]
    return max(matches)[1] if matches else None


_URI = re.compile(
    r"[A-Za-z][A-Za-z0-9+.-]*:"  # scheme
    r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?\[\]#]|%[0-9A-Fa-f]{2})*"  # RFC 3986 characters only
)
_FORMATS = FormatChecker(formats=())


@_FORMATS.checks("uri")
def _is_uri(value: object) -> bool:
    """An absolute URI made only of the characters RFC 3986 allows (non-strings pass: the
    ``type`` keyword reports those)."""
    return not isinstance(value, str) or _URI.fullmatch(value) is not None


def _validator(ref: str) -> Draft202012Validator:
    return Draft202012Validator(
        {"$ref": f"{_SPEC_URI}#/{ref}"}, registry=_registry(), format_checker=_FORMATS
    )


def _relax(body: Any) -> Any:
    """Apply the known-gap relaxation: discord.py's integer ids become strings, only in
    ``message_reference`` (the README's gap), ``attachments[].id`` (the same gap: discord.py
    sends the upload's index as an int, real Discord accepts it), ``allowed_mentions``' role and
    user ids and ``recipient_id`` (the same gap again)."""
    if not isinstance(body, dict):
        return body
    relaxed = dict(body)
    if isinstance(body.get("message_reference"), dict):
        relaxed["message_reference"] = {
            key: str(value) if key.endswith("_id") and isinstance(value, int) else value
            for key, value in body["message_reference"].items()
        }
    if isinstance(body.get("attachments"), list):
        relaxed["attachments"] = [
            item | {"id": str(item["id"])}
            if isinstance(item, dict) and type(item.get("id")) is int
            else item
            for item in body["attachments"]
        ]
    if isinstance(body.get("allowed_mentions"), dict):
        relaxed["allowed_mentions"] = {
            key: [str(v) if type(v) is int else v for v in value]
            if key in ("roles", "users") and isinstance(value, list)
            else value
            for key, value in body["allowed_mentions"].items()
        }
    if type(body.get("recipient_id")) is int:
        relaxed["recipient_id"] = str(body["recipient_id"])
    if isinstance(body.get("data"), dict):  # interaction callbacks wrap the message in "data"
        relaxed["data"] = _relax(body["data"])
    return relaxed


def _errors_for(ref: str, body: Any) -> list[ValidationError]:
    return list(_validator(ref).iter_errors(body))


def _innermost(error: ValidationError) -> list[ValidationError]:
    """Replace a failed ``oneOf``/``anyOf`` by the errors of its most plausible branch.

    The plausible branch is the one with the fewest errors among those whose type matches the
    value, so ``data`` that is an object is not reported as "is not of type 'null'".
    """
    if not error.context:
        return [error]
    branches: dict[Any, list[ValidationError]] = {}
    for sub in error.context:
        branches.setdefault(sub.relative_schema_path[0], []).append(sub)
    plausible = [
        errs
        for errs in branches.values()
        if not any(e.validator == "type" and not e.relative_path for e in errs)
    ]
    chosen = min(plausible or list(branches.values()), key=len)
    return [inner for sub in chosen for inner in _innermost(sub)]


def _describe(error: ValidationError) -> str:
    message = error.message
    if len(message) > 160:
        message = f"fails {error.validator}={error.validator_value!r}"
    return f"{'/'.join(map(str, error.absolute_path)) or '<body>'}: {message}"


def _messages(errors: list[ValidationError]) -> list[str]:
    return [_describe(inner) for error in errors for inner in _innermost(error)]


def validate_body(method: str, path: str, body: Any) -> list[str]:
    """Return human-readable schema errors for a JSON request body (empty when valid).

    ``path`` is relative to the API base, e.g. ``/interactions/1/tok/callback``. Routes or
    methods the spec does not describe, or that take no JSON body, yield no errors here; the
    fake records unknown routes separately.
    """
    template = find_template(path)
    if template is None:
        return []
    operation = _spec()["paths"][template].get(method.lower())
    content = (operation or {}).get("requestBody", {}).get("content", {})
    if "application/json" not in content:
        return []
    ref = _pointer("paths", template, method.lower(), "requestBody", "content")
    ref += "/application~1json/schema"
    body = _relax(body)
    schema = content["application/json"]["schema"]
    if "anyOf" not in schema:
        return _messages(_errors_for(ref, body)) + _bot_limits(template, body)
    # A union (interaction callbacks, webhook executes) is valid if any branch is. Otherwise report
    # the closest branch whose ``type`` accepts the body's type, which reads far better than
    # "is not valid under any of the given schemas".
    branches = [_errors_for(f"{ref}/anyOf/{i}", body) for i in range(len(schema["anyOf"]))]
    typed = [errs for errs in branches if all(list(e.absolute_path)[:1] != ["type"] for e in errs)]
    return _messages(min(typed or branches, key=len)) + _bot_limits(template, body)


def _bot_limits(template: str, body: Any) -> list[str]:
    """Documented limits the spec is laxer about.

    - The spec allows 4000 characters in a channel message (a Nitro user's limit); Discord's
      documentation limits bots to 2000, and the webhook schemas already say 2000.
    - The spec allows 6000 characters in a string choice's ``value``; Discord's documentation
      (application command option choice structure) and real Discord say 100, also for
      autocomplete results: one longer value makes Discord refuse all the choices.
    - Discord's documentation limits the text of all the embeds of a message (titles,
      descriptions, field names and values, footers, author names) to 6000 characters in total;
      a schema cannot say that.
    - An embed's ``url`` must be an http or https link (Discord answers "Scheme must be one of
      ('http', 'https')"); the spec only says ``format: uri``.
    """
    if not isinstance(body, dict):
        return []
    errors = []
    content = body.get("content")
    if template.startswith("/channels/") and isinstance(content, str) and len(content) > 2000:
        errors.append("content: fails maxLength=2000 (the limit for bots)")
    data = body.get("data")
    choices = data.get("choices") if body.get("type") == 8 and isinstance(data, dict) else None
    for index, choice in enumerate(choices or []):
        value = choice.get("value") if isinstance(choice, dict) else None
        if isinstance(value, str) and len(value) > 100:
            errors.append(f"data/choices/{index}/value: fails maxLength=100 (Discord's limit)")
    wrapped = isinstance(data, dict) and body.get("type") in (4, 7)
    message, where = (data, "data/") if wrapped else (body, "")
    embeds = message.get("embeds") if isinstance(message, dict) else None
    if isinstance(embeds, list) and (total := _embed_text_length(embeds)) > 6000:
        errors.append(f"{where}embeds: {total} characters in all, more than 6000 (Discord's limit)")
    for index, embed in enumerate(embeds if isinstance(embeds, list) else []):
        url = embed.get("url") if isinstance(embed, dict) else None
        if isinstance(url, str) and not re.match(r"https?://", url, re.IGNORECASE):
            errors.append(f"{where}embeds/{index}/url: not an http or https link (Discord's limit)")
    return errors


def _embed_text_length(embeds: list[Any]) -> int:
    def text(value: Any) -> int:
        return len(value) if isinstance(value, str) else 0

    total = 0
    for embed in embeds:
        if not isinstance(embed, dict):
            continue
        total += text(embed.get("title")) + text(embed.get("description"))
        total += text((embed.get("footer") or {}).get("text"))
        total += text((embed.get("author") or {}).get("name"))
        for item in embed.get("fields") or []:
            if isinstance(item, dict):
                total += text(item.get("name")) + text(item.get("value"))
    return total
