"""The pnews pipeline on a local Dask cluster, over the seeds.

    pip install -e '.[dask]'
    python examples/dask_demo.py            # writes examples/out/dask/part-*.jsonl

The same as `pnews run seeds --output examples/out/dask`; the LocalCluster starts under the
main guard, because its worker processes import this module.
"""

import json
from pathlib import Path

from pnews.run import describe, read_output, run_pipeline

ROOT = Path(__file__).resolve().parent.parent

if __name__ == "__main__":
    out = ROOT / "examples" / "out" / "dask"
    steps = ("clean", "quotes", "dates", "dedupe")
    summary = run_pipeline([str(ROOT / "seeds")], steps, str(out), workers=2)
    print(describe(summary, steps))
    for record in read_output(str(out)):
        speakers = sorted({q["speaker"] for q in record["quotes"] if q["speaker"]})
        dates = [d["value"] for d in record["dates"] if d["type"] == "DATE"][:4]
        print(json.dumps({"id": record["id"], "speakers": speakers, "dates": dates}, ensure_ascii=False))
