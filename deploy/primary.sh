#!/bin/sh
# The primary in a container (deploy/compose.yml), as `npm run cluster` starts it: a database lost with
# its disk is first restored from the replica (when there is one), then Litestream runs Katalog and
# replicates its database while it runs; they stop together (SIGTERM to Litestream reaches Katalog).
set -eu
: "${DATABASE_PATH:?DATABASE_PATH is required}"
: "${REPLICA_URL:?REPLICA_URL is required}"
LITESTREAM="${LITESTREAM_PATH:-/app/node_modules/@flydotio/litestream-linux-x64/litestream}"
if [ ! -e "$DATABASE_PATH" ]; then
  # What Litestream kept beside a lost database belongs to it: start clean (Litestream's tips).
  rm -rf "$DATABASE_PATH-wal" "$DATABASE_PATH-shm" "$(dirname "$DATABASE_PATH")/.$(basename "$DATABASE_PATH")-litestream"
  "$LITESTREAM" restore -if-db-not-exists -if-replica-exists -o "$DATABASE_PATH" "$REPLICA_URL"
fi
exec "$LITESTREAM" replicate -config /app/deploy/litestream.yml -exec "node /app/dist/src/server.js"
