# The scorecard site: Datasette with the plugin, metadata and config, serving the published database
# immutable. One image, two roles (deploy/entrypoint.sh): "reader" serves the release baked in here
# (stateless, as many as traffic needs); "writer" keeps the store on a mounted volume, streams it to
# object storage with Litestream, and publishes new releases from /review.
# Build: docker build -t campus-scorecard .   Run: docker run -p 8080:8080 -v scorecard-data:/data campus-scorecard

# Litestream v0.3.13 from its upstream image, pinned by digest.
FROM litestream/litestream:0.3.13@sha256:027eda2a89a86015b9797d2129d4dd447e8953097b4190e1d5a30b73e76d8d58 AS litestream

FROM python:3.11.7-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PORT=8080 \
    SCORECARD_VAR=/data \
    SCORECARD_DATA=/app/data \
    LITESTREAM=/usr/local/bin/litestream

RUN groupadd --system --gid 10001 scorecard \
 && useradd --system --uid 10001 --gid scorecard --home-dir /app --shell /usr/sbin/nologin scorecard \
 && mkdir -p /data /app/baked \
 && chown scorecard:scorecard /data

COPY --from=litestream /usr/local/bin/litestream /usr/local/bin/litestream

WORKDIR /app
# Dependencies first (a layer that changes only with the lock file), every one pinned.
COPY deploy/requirements.lock deploy/requirements.lock
RUN pip install --no-deps -r deploy/requirements.lock

COPY pyproject.toml README.md metadata.json datasette.yaml ./
COPY scorecard/ scorecard/
COPY scrapers/ scrapers/
COPY data/ data/
COPY deploy/entrypoint.sh deploy/litestream.yml deploy/
# Editable, so the package finds metadata.json and datasette.yaml in /app, as in a checkout.
RUN pip install --no-deps -e . \
 && scorecard build --store /tmp/build-store.db --db /app/baked/scorecard.db \
 && rm -f /tmp/build-store.db* \
 && chmod 0444 /app/baked/scorecard.db

USER scorecard
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD python -c "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/-/versions.json' % os.environ.get('PORT', '8080'), timeout=4)"
ENTRYPOINT ["/app/deploy/entrypoint.sh"]
CMD ["writer"]
