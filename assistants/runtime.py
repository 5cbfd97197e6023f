"""The runtime settings models are loaded with — precision and CPU threads — in one small JSON
file of the data folder (``<data dir>/model-settings.json``), so that the Models page saves them
and the CLI (``atelier generate``, ``draft``, ``translate``, ``brainstorm``) uses the same ones.

No torch here: the GUI thread reads and writes this file.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

SETTINGS_FILE = "model-settings.json"
DTYPES = ("auto", "float32", "bfloat16")
PRECISIONS = ("auto", "float32", "bfloat16", "int8", "int4")
_MAX_BYTES = 64 * 1024

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RuntimeSettings:
    """``dtype``: 'auto' (float32 on the CPU, bfloat16/float16 on a GPU), 'float32' or
    'bfloat16'; ``int8``: dynamic int8 on the CPU, None for the device's default
    (``assistants.loading.default_quantize``); ``int4``: 4-bit weights on the CPU (Atelier's
    kernel; int8 where it is missing); ``threads``: torch's CPU threads, 0 automatic;
    ``fast_decode``: the app's own decode loop (``assistants.fastdecode``) where it applies,
    False for transformers' ``generate``."""

    dtype: str = "auto"
    int8: bool | None = None
    threads: int = 0
    int4: bool = False
    fast_decode: bool = True

    @property
    def precision(self) -> str:
        """The one choice the Models page shows: 'auto', 'float32', 'bfloat16', 'int8' or
        'int4'."""
        if self.int4:
            return "int4"
        if self.int8:
            return "int8"
        return self.dtype if self.dtype in ("float32", "bfloat16") else "auto"

    def with_precision(self, value: str) -> RuntimeSettings:
        if value not in PRECISIONS:
            raise ValueError(f"unknown precision {value!r}; expected one of {PRECISIONS}")
        return replace(self, dtype="auto" if value in ("auto", "int8", "int4") else value,
                       int8=None if value in ("auto", "int4") else value == "int8",
                       int4=value == "int4")


def settings_path(models_dir: Path | str) -> Path:
    """Where the settings live for the models folder ``<data dir>/models``."""
    return Path(models_dir).parent / SETTINGS_FILE


def _clean(data: Any) -> RuntimeSettings:
    if not isinstance(data, dict):
        return RuntimeSettings()
    dtype = data.get("dtype")
    int8 = data.get("int8")
    threads = data.get("threads")
    fast = data.get("fast_decode")
    int4 = data.get("int4")
    return RuntimeSettings(
        dtype=dtype if dtype in DTYPES else "auto",
        int8=int8 if isinstance(int8, bool) else None,
        threads=threads if isinstance(threads, int) and not isinstance(threads, bool)
        and 0 <= threads <= 1024 else 0,
        fast_decode=fast if isinstance(fast, bool) else True,
        int4=int4 if isinstance(int4, bool) else False,
    )


def read_settings(path: Path) -> RuntimeSettings:
    """The saved settings; the defaults when the file is missing, unreadable or damaged (a bad
    value falls back to its default alone)."""
    try:
        with open(path, "rb") as f:
            raw = f.read(_MAX_BYTES + 1)
        if len(raw) > _MAX_BYTES:
            return RuntimeSettings()
        return _clean(json.loads(raw.decode("utf-8")))
    except FileNotFoundError:
        return RuntimeSettings()
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as e:
        log.warning("model settings %s ignored: %s", path, e)
        return RuntimeSettings()


def write_settings(path: Path, settings: RuntimeSettings) -> None:
    """Save ``settings`` (atomically, private to the user)."""
    from storage.files import make_private_dir, write_atomically

    make_private_dir(path.parent)
    data = json.dumps(asdict(settings), indent=2, sort_keys=True) + "\n"
    write_atomically(path, data.encode("utf-8"))
