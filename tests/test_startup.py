"""Start-up stays fast: --version and --help import no filter module and no heavy library."""

import subprocess
import sys

import pytest

FILTERS = {"pnews.parse", "pnews.clean", "pnews.quotes", "pnews.dates", "pnews.dedupe", "pnews.io"}
HEAVY = {"numpy", "dateutil", "orjson", "multiprocessing", "difflib", "html"}


def imported_by(*args: str) -> set[str]:
    code = (
        "import sys\n"
        "from pnews.cli import cli\n"
        "try:\n"
        f"    cli.main({list(args)!r}, standalone_mode=False)\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('\\n'.join(sorted(sys.modules)), file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(proc.stderr.split())


@pytest.mark.parametrize(
    "args",
    [
        ["--version"],
        ["--help"],
        ["parse", "--help"],
        ["clean", "--help"],
        ["quotes", "--help"],
        ["dates", "--help"],
        ["dedupe", "--help"],
    ],
)
def test_help_and_version_import_no_filter(args):
    modules = imported_by(*args)
    assert not modules & FILTERS
    assert not modules & HEAVY


def test_each_command_imports_only_what_it_needs():
    modules = imported_by("quotes", "--help")
    assert "pnews.options" in modules
    assert "pnews.dates" not in modules
