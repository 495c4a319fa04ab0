"""`python -m bot.healthcheck`: exit 0 when the running bot's /health says 200, else 1.

The container's HEALTHCHECK runs it: the slim image has no curl, and a traceback from a
one-liner would fill `docker inspect` with noise. It asks 127.0.0.1 on $SHOWBOT_HEALTH_PORT
(default 8080), the port the bot in the same container listens on.
"""

from __future__ import annotations

import os
import sys
import urllib.error
import urllib.request

DEFAULT_PORT = 8080


def check(port: int, timeout: float = 4.0) -> tuple[bool, str]:
    """Whether /health on this machine answers 200, and one line saying what it answered."""
    url = f"http://127.0.0.1:{port}/health"
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status == 200, f"{url}: {response.status}"
    except urllib.error.HTTPError as exc:
        return False, f"{url}: {exc.code} {exc.read().decode(errors='replace').strip()}"
    except OSError as exc:
        return False, f"{url}: {exc}"


def main() -> int:
    raw = os.environ.get("SHOWBOT_HEALTH_PORT") or str(DEFAULT_PORT)
    if not raw.isdigit():
        sys.stderr.write(f"showbot healthcheck: SHOWBOT_HEALTH_PORT={raw!r} is not a port\n")
        return 1
    healthy, said = check(int(raw))
    (sys.stdout if healthy else sys.stderr).write(said + "\n")
    return 0 if healthy else 1


if __name__ == "__main__":
    raise SystemExit(main())
