#!/usr/bin/env bash
# Who said what across the seeds: quotes exploded, grouped by speaker, most quoted first.
#   examples/who_said_what.sh
set -euo pipefail
cd "$(dirname "$0")/.."
pnews parse seeds/*.txt \
  | pnews clean \
  | pnews quotes --explode \
  | python3 examples/group_by_speaker.py
