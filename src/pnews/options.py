"""Option decorators shared by the pnews commands (click only; no filter code is imported here)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import click

F = Callable[..., Any]


def io_options(command: str, files: bool = True, jobs: bool = True) -> Callable[[F], F]:
    """Add FILES, -o, --skip-invalid, --rejects, -q (and -j), passed on as one ``io`` argument."""

    def decorate(func: F) -> F:
        @functools.wraps(func)
        def wrapper(**kwargs: Any) -> Any:
            from .io import IOOptions

            kwargs["io"] = IOOptions(
                command=command,
                inputs=tuple(kwargs.pop("files", ()) or ()),
                output=kwargs.pop("output"),
                skip_invalid=kwargs.pop("skip_invalid"),
                rejects=kwargs.pop("rejects"),
                quiet=kwargs.pop("quiet"),
                jobs=kwargs.pop("jobs", 1),
            )
            return func(**kwargs)

        decorators = [
            click.option("-q", "--quiet", is_flag=True, help="No warnings or summary on stderr."),
            click.option(
                "--rejects",
                type=click.Path(dir_okay=False, writable=True),
                metavar="FILE",
                help="With --skip-invalid, write each bad input line here, unchanged.",
            ),
            click.option(
                "--skip-invalid",
                is_flag=True,
                help="Warn about bad input and go on, instead of stopping with exit status 1.",
            ),
            click.option(
                "-o",
                "--output",
                type=click.Path(dir_okay=False, allow_dash=True),
                metavar="FILE",
                help="Write here instead of stdout.",
            ),
        ]
        if jobs:
            decorators.append(
                click.option(
                    "-j",
                    "--jobs",
                    type=click.IntRange(0),
                    default=1,
                    show_default=True,
                    help="Worker processes (0: one per core). The output is the same as with -j 1.",
                )
            )
        if files:
            decorators.append(click.argument("files", nargs=-1, type=click.Path(allow_dash=True)))
        for decorator in decorators:
            wrapper = decorator(wrapper)
        return wrapper

    return decorate
