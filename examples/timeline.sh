#!/usr/bin/env bash
# A timeline of the seeds: every dated expression, sorted, with its sentence.
# The seeds' reference dates come from their headers; 002-004 carry none, so give them one.
#   examples/timeline.sh
set -euo pipefail
cd "$(dirname "$0")/.."
pnews parse --date 2022-12-14 seeds/*.txt \
  | pnews clean \
  | pnews dates --timeline
