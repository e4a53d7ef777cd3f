#!/bin/sh
# Run a scorecard command on the writer machine (its store is the real one), or fetch its export.
#   deploy/on-writer.sh watch --store /data/store.db      any scorecard command
#   deploy/on-writer.sh export-to data/evidence_reviewed.csv       export approved rows there, copy the file here
# Needs flyctl signed in (FLY_API_TOKEN) and FLY_APP (default campus-scorecard).
set -eu
APP="${FLY_APP:-campus-scorecard}"
on_writer() { flyctl ssh console --app "$APP" --process-group writer --command "$1"; }

if [ "${1:-}" = "export-to" ]; then
  dest="${2:?export-to needs a destination file}"
  on_writer "sh -c 'rm -rf /data/export && cp -r /app/data /data/export && scorecard export --data /data/export --store /data/store.db --actor refresh-workflow'"
  flyctl ssh sftp get --app "$APP" --process-group writer /data/export/evidence_reviewed.csv "$dest.new"
  mv "$dest.new" "$dest"
  exit 0
fi
on_writer "scorecard $*"
