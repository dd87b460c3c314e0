"""A guard against catastrophic backtracking: small stress strings through every filter.

Timing is benchmarks/stress.py's job; here a generous timeout only catches a hang.
"""

import subprocess
import sys

from conftest import ROOT

SCRIPT = """
import sys
sys.path.insert(0, "benchmarks")
from stress import cases, filters
for case, text in cases(20_000).items():
    for name, function in filters().items():
        function(text)
print("ok")
"""


def test_stress_cases_finish():
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert proc.stdout.strip() == "ok", proc.stderr
