"""The app's version, in one place: the installed package's, or "0+unknown" in a bare checkout."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version


def app_version() -> str:
    try:
        return version("atelier")
    except PackageNotFoundError:
        return "0+unknown"
