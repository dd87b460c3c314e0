"""Group `pnews quotes --explode` lines by speaker, most quoted first (reads stdin)."""

import json
import signal
import sys
from collections import defaultdict

signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends it quietly

by_speaker = defaultdict(list)
for line in sys.stdin:
    quote = json.loads(line)
    by_speaker[quote["speaker"] or "(unattributed)"].append(quote)

for speaker, quotes in sorted(by_speaker.items(), key=lambda item: -len(item[1])):
    print(f"{speaker} ({len(quotes)})")
    for quote in quotes:
        text = quote["text"] if len(quote["text"]) < 90 else quote["text"][:87] + "..."
        cue = quote["cue"] or "continued"
        print(f"  [{quote['kind']}, {cue}] {text}")
