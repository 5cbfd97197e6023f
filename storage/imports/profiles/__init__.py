"""The export formats Atelier knows, and which one a file is.

Each profile module has a ``PROFILES`` tuple of `storage.imports.model.Profile` objects. A
profile recognises a table from its header (``score``); one that can only judge a file by
its content too (a bank file without a header) may also have ``score_table(table)``, which
`recognise` then asks instead.
"""

from __future__ import annotations

import importlib

from storage.imports.model import ImportProblem, Profile, Table

__all__ = ["PROFILES", "THRESHOLD", "profile_named", "recognise"]

#: A score below this is not a recognition: the person maps the columns instead.
THRESHOLD = 0.5

# The order breaks ties: a platform's own format before the generic bank one.
_MODULES = ("paypal", "stripe", "upwork", "wise", "payoneer", "bank")


def _load() -> list[Profile]:
    found: list[Profile] = []
    for name in _MODULES:
        module_name = f"{__name__}.{name}"
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:  # a module that is there but broken: say so
                raise
            continue  # not written yet
        found.extend(module.PROFILES)
    return found


PROFILES: list[Profile] = _load()


def _score(profile: Profile, table: Table) -> float:
    by_table = getattr(profile, "score_table", None)
    return by_table(table) if by_table is not None else profile.score(table.header)


def _columns(header: list[str]) -> str:
    names = [f"“{h}”" for h in header if h]
    shown = ", ".join(names[:12])
    return shown + (", …" if len(names) > 12 else "")


def recognise(table: Table) -> Profile:
    """The profile that fits ``table`` best; ImportProblem naming its columns when none
    scores ``THRESHOLD`` or more."""
    best: Profile | None = None
    best_score = 0.0
    for profile in PROFILES:
        score = _score(profile, table)
        if score > best_score:
            best, best_score = profile, score
    if best is None or best_score < THRESHOLD:
        raise ImportProblem(
            table.file_name, "This is not a payment export Atelier recognises: its columns "
            "are {columns}. Map its columns to import it.", columns=_columns(table.header))
    return best


def profile_named(name: str) -> Profile:
    """The profile called ``name`` (as on the command line); KeyError if there is none."""
    for profile in PROFILES:
        if profile.name == name:
            return profile
    raise KeyError(name)
