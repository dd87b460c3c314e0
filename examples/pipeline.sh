#!/usr/bin/env bash
# The seed articles through pnews, one stage at a time, in a single shell pipeline.
#   examples/pipeline.sh            # prints the records to stdout
set -euo pipefail
cd "$(dirname "$0")/.."
pnews parse seeds/*.txt \
  | pnews clean \
  | pnews quotes \
  | pnews dates \
  | pnews dedupe
