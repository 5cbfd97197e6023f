"""Help › Copy diagnostics' text: versions, paths, platform; no secret, no client data; built
without Qt and without importing the model stack."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from desktop.diagnostics import diagnostics_text
from storage import paths
from storage.backup import backup_now
from storage.db import head_revision, open_store
from tests.factories import client, order
from tests.keyring_backend import MemoryKeyring, use_keyring

TOKEN = "hf_DiagnosticsSecret93kq"


def test_versions_paths_and_no_private_data(tmp_path: Path) -> None:
    with open_store(paths.store_path(tmp_path)) as st, use_keyring(MemoryKeyring()) as kr:
        with st.transaction() as s:
            who = client(s, "Maison Secrète", email="direction@secrete.example")
            order(s, title="Traduction du contrat Vauban", client_obj=who)
        backup_now(st, now=datetime(2026, 11, 23, 9, 0, tzinfo=UTC))
        kr.set_password("Atelier", "huggingface-token", TOKEN)
        text = diagnostics_text(tmp_path, store=st,
                                now=lambda: datetime(2026, 11, 23, 9, 30, tzinfo=UTC))
    lines = text.splitlines()
    assert lines[0].startswith("Atelier ")
    assert "Copied at: 2026-11-23T09:30:00+00:00" in lines
    for expected in (f"  Python: {sys.version.split()[0]}", "  SQLite: ", "  SQLAlchemy: ",
                     "  alembic: ", "  PySide6: ", "  transformers: ", "  torch: ",
                     "  System: ", "  Keyring: usable",
                     f"  Data: {tmp_path}", f"  Store: {paths.store_path(tmp_path)}",
                     f"  Models: {paths.models_dir(tmp_path)}",
                     f"  Backups: {paths.backups_dir(tmp_path)}",
                     f"  Logs: {paths.logs_dir(tmp_path)}",
                     f"  Schema revision: {head_revision()} (this version's: {head_revision()})",
                     "  Journal mode: wal", "  1 backup(s)",
                     "  Latest: atelier-20261123-090000-manual.db"):
        assert any(line.startswith(expected) for line in lines), expected
    for private in (TOKEN, "Maison Secrète", "secrete.example", "Vauban"):
        assert private not in text


def test_built_without_qt_or_the_model_stack(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from desktop.diagnostics import diagnostics_text\n"
        f"text = diagnostics_text(Path({str(tmp_path)!r}))\n"
        "loaded = [m for m in ('torch', 'transformers', 'PySide6') if m in sys.modules]\n"
        "assert not loaded, loaded\n"
        "assert 'torch: ' in text and 'Store: ' in text\n"
        "print(text)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=Path(__file__).resolve().parents[2], timeout=60, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Cannot read the store" not in result.stdout  # no store yet is not an error
    assert "(not loaded)" in result.stdout or "torch: not installed" in result.stdout
