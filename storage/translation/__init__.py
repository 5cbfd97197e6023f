"""Translation projects, the translation memory, the glossary, quality checks, pre-translation
and export: the core of the translator's workflow (no Qt, no model stack).

It builds on :mod:`storage.documents` (a client's file read into segments, written back in its
format). Modules:

- :mod:`~storage.translation.projects` — projects, files imported into segments, targets and
  statuses (``new``, ``tm``, ``mt``, ``edited``, ``confirmed``), confirm (→ memory),
  find/replace in targets, progress;
- :mod:`~storage.translation.memory` — the translation memory per language pair: exact and
  fuzzy (≥ 75 %) matches, TMX 1.4 import/export;
- :mod:`~storage.translation.glossary` — terms per language pair, hits in a segment, CSV
  import/export;
- :mod:`~storage.translation.qa` — quality checks of a translated segment;
- :mod:`~storage.translation.pretranslate` — memory then model, chunk by chunk, cancellable
  and resumable, never over a person's work;
- :mod:`~storage.translation.export` — the translated file, untranslated segments reported
  before anything is written.

A typical run (what ``atelier translate`` does)::

    with store.transaction() as s:
        project = create_project(s, "Contrat Dupont", "fr", "en")
        file = import_file(s, project.id, "contrat.docx")        # DocumentError: nothing kept
    result = pretranslate(store, project.id, translate=my_model, progress=..., cancel=...)
    with store.session() as s:
        export_project_file(s, file.id, "contract.docx")          # UntranslatedError if any

For the editor (one project open): ``segments(s, project_id, statuses=…, search=…, offset=…,
limit=…)`` for the grid; ``set_target`` on edit, ``confirm`` on Ctrl+Enter (pass the editor's
``TranslationMemory`` so its suggestions follow); ``segment.mt`` for Ctrl+M;
``suggestions(segment)`` (stored by pre-translation) or ``TranslationMemory.lookup(source)``
(live); ``Glossary.hits(source)``; ``qa.check_segment(...)`` per row or ``qa.check_project``;
``progress(s, project_id)``; ``untranslated_segments`` before ``export_project_file``.
"""

from storage.tables import SegmentStatus
from storage.translation.export import (
    ExportResult,
    Untranslated,
    UntranslatedError,
    export_project_file,
    untranslated_segments,
)
from storage.translation.glossary import Glossary, GlossaryHit, Term
from storage.translation.memory import Match, TmxError, TranslationMemory
from storage.translation.pretranslate import PretranslateError, PretranslateResult, pretranslate
from storage.translation.projects import (
    STATUSES,
    Progress,
    confirm,
    count_segments,
    create_project,
    delete_project,
    file_document,
    find_in_targets,
    find_project,
    get_file,
    get_project,
    get_segment,
    import_bytes,
    import_file,
    list_files,
    list_projects,
    progress,
    remove_file,
    replace_in_targets,
    segments,
    set_target,
    suggestions,
    update_project,
)
from storage.translation.qa import QaIssue, check_project, check_segment

__all__ = [
    "STATUSES",
    "ExportResult",
    "Glossary",
    "GlossaryHit",
    "Match",
    "PretranslateError",
    "PretranslateResult",
    "Progress",
    "QaIssue",
    "SegmentStatus",
    "Term",
    "TmxError",
    "TranslationMemory",
    "Untranslated",
    "UntranslatedError",
    "check_project",
    "check_segment",
    "confirm",
    "count_segments",
    "create_project",
    "delete_project",
    "export_project_file",
    "file_document",
    "find_in_targets",
    "find_project",
    "get_file",
    "get_project",
    "get_segment",
    "import_bytes",
    "import_file",
    "list_files",
    "list_projects",
    "pretranslate",
    "progress",
    "remove_file",
    "replace_in_targets",
    "segments",
    "set_target",
    "suggestions",
    "untranslated_segments",
    "update_project",
]
