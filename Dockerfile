# showbot: the Discord bot in a slim image, run as a non-root user.
#
#   docker build -t showbot .
#   docker run -d --name showbot -e DISCORD_TOKEN=... \
#       -v "$PWD/knowledge:/knowledge:ro" -v showbot-state:/state showbot
#
# The build steps marked "build step" are run outside Docker, in a fresh venv, by
# scripts/check_dockerfile.py (CI and tests have no container runtime).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN useradd --create-home --uid 10001 --shell /usr/sbin/nologin showbot

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY knowledge ./knowledge

# build step: install showbot and its dependencies (pyproject.toml) into the image's Python
RUN pip install .
# build step: the bundled knowledge base loads (fails the build if the package is broken)
RUN showbot check

# The bundled base seeds the knowledge volume; mount your own directory over it.
RUN mkdir -p /knowledge /state \
    && cp -r knowledge/. /knowledge/ \
    && chown -R showbot:showbot /state

ENV SHOWBOT_KNOWLEDGE=/knowledge \
    SHOWBOT_STATE_DIR=/state \
    SHOWBOT_HEALTH_PORT=8080 \
    SHOWBOT_HEALTH_HOST=0.0.0.0
VOLUME ["/knowledge", "/state"]
EXPOSE 8080

USER showbot
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-m", "bot.healthcheck"]
STOPSIGNAL SIGTERM
CMD ["showbot", "run"]
