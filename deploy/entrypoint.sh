#!/bin/sh
# Start one machine of the site. Role "writer" (default): the store on the mounted volume, restored
# from its Litestream replica when the volume is empty, a first release published if there is none,
# then the server run under `litestream replicate` so every commit streams to object storage.
# Role "reader": serve the release baked into the image, immutable, no store of its own.
set -eu

ROLE="${1:-${SCORECARD_ROLE:-writer}}"
VAR="${SCORECARD_VAR:-/data}"
PORT="${PORT:-8080}"
HOST="${SCORECARD_HOST:-0.0.0.0}"
HERE="$(cd "$(dirname "$0")" && pwd)"
LITESTREAM="${LITESTREAM:-litestream}"
export SCORECARD_STORE="${SCORECARD_STORE:-$VAR/store.db}"
export SCORECARD_DB="${SCORECARD_DB:-$VAR/scorecard.db}"
export SCORECARD_RELEASES="${SCORECARD_RELEASES:-$VAR/releases}"
export LITESTREAM_CONFIG="${LITESTREAM_CONFIG:-$HERE/litestream.yml}"

log() { echo "entrypoint: $*" >&2; }

case "$ROLE" in
  reader)
    BAKED="${SCORECARD_BAKED_DB:-/app/baked/scorecard.db}"
    [ -f "$BAKED" ] || { log "no baked release at $BAKED"; exit 1; }
    # A reader has no store; submissions and reviews are replayed to the writer (SCORECARD_WRITER_REPLAY).
    export SCORECARD_DB="$BAKED"
    export SCORECARD_RELEASES="${SCORECARD_READER_RELEASES:-/tmp/no-releases}"
    exec scorecard serve --host "$HOST" --port "$PORT" --db "$BAKED" --store /tmp/reader-store.db
    ;;
  writer) unset SCORECARD_WRITER_REPLAY ;;  # an app-wide secret: only readers replay
  *) log "unknown role '$ROLE' (writer or reader)"; exit 2 ;;
esac

mkdir -p "$VAR" "$SCORECARD_RELEASES"
if [ -n "${LITESTREAM_REPLICA_URL:-}" ]; then
  if [ ! -f "$SCORECARD_STORE" ]; then
    log "store missing: restoring $SCORECARD_STORE from $LITESTREAM_REPLICA_URL (if a replica exists)"
    "$LITESTREAM" restore -config "$LITESTREAM_CONFIG" -if-replica-exists "$SCORECARD_STORE"
  fi
else
  log "LITESTREAM_REPLICA_URL is not set: the store is NOT replicated"
fi

if [ ! -f "$SCORECARD_RELEASES/index.json" ]; then
  log "no release yet: publishing one"
  scorecard publish --store "$SCORECARD_STORE" --db "$SCORECARD_DB" --releases "$SCORECARD_RELEASES"
fi

SERVE="scorecard serve --host $HOST --port $PORT --db $SCORECARD_DB --store $SCORECARD_STORE"
if [ -n "${LITESTREAM_REPLICA_URL:-}" ]; then
  export SCORECARD_REPLICATED=1  # the store leaves checkpoints to Litestream
  exec "$LITESTREAM" replicate -config "$LITESTREAM_CONFIG" -exec "$SERVE"
fi
exec $SERVE
