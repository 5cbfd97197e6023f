"""Before the window opens on Linux/X11: name the system libraries Qt's xcb plugin lacks.

Qt only says "no Qt platform plugin could be initialized" (and, since 6.5, blames
libxcb-cursor0 whatever is really missing), then aborts. This module runs ``ldd`` on the
xcb plugin, without loading Qt, and turns its "not found" lines into one sentence with the
Debian/Ubuntu and Fedora packages to install. Any failure of the check itself (no ``ldd``,
no plugin file, odd output, a timeout) means "say nothing": Qt then starts as before.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

# Library soname -> (Debian/Ubuntu package, Fedora package).
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-xinput.so.0": ("libxcb-xinput0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libSM.so.6": ("libsm6", "libSM"),
    "libICE.so.6": ("libice6", "libICE"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
}

Runner = Callable[[list[str]], str]


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """True when Qt would start on its X11 (xcb) platform plugin."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen == "xcb":
        return bool(environ.get("DISPLAY"))
    if chosen:
        return False
    return bool(environ.get("DISPLAY")) and not environ.get("WAYLAND_DISPLAY")


def xcb_plugin() -> Path | None:
    """The xcb plugin file of the installed PySide6 (found without importing Qt)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def run_ldd(args: list[str]) -> str:
    done = subprocess.run(["ldd", *args], capture_output=True, text=True, timeout=5, check=False)
    return done.stdout


def missing_libraries(plugin: Path, run: Runner = run_ldd) -> list[str]:
    """The sonames ``ldd`` reports as "not found" for the plugin (and what it links to)."""
    missing: list[str] = []
    for line in run([str(plugin)]).splitlines():
        name, arrow, where = line.strip().partition("=>")
        if arrow and where.strip() == "not found" and name.strip() not in missing:
            missing.append(name.strip())
    return missing


def message(missing: list[str]) -> str:
    """One sentence naming the missing libraries and the packages that provide them."""
    known = [name for name in missing if name in PACKAGES]
    debian = list(dict.fromkeys(PACKAGES[name][0] for name in known))
    fedora = list(dict.fromkeys(PACKAGES[name][1] for name in known))
    text = (
        "Atelier cannot open its window: Qt's X11 (xcb) platform plugin needs "
        f"{', '.join(missing)}, which {'is' if len(missing) == 1 else 'are'} not installed"
    )
    if known:
        text += (
            f"; install {'it' if len(missing) == 1 else 'them'} with "
            f"`sudo apt install {' '.join(debian)}` (Debian, Ubuntu) or "
            f"`sudo dnf install {' '.join(fedora)}` (Fedora)"
        )
    else:
        text += "; install the system packages that provide them"
    return text + "."


def xcb_problem(environ: Mapping[str, str] | None = None, *, platform: str = sys.platform,
                plugin: Path | None = None, run: Runner = run_ldd) -> str | None:
    """The sentence to print when the xcb plugin cannot load, else None.

    None as well whenever the check cannot be made: it must never stop a start that works.
    """
    try:
        if not uses_xcb(os.environ if environ is None else environ, platform):
            return None
        plugin = plugin or xcb_plugin()
        if plugin is None:
            return None
        missing = missing_libraries(plugin, run)
        return message(missing) if missing else None
    except Exception:  # no ldd, a timeout, an unreadable file: say nothing, let Qt try
        return None
