"""Linux start-up: name the libraries Qt's xcb plugin lacks instead of Qt's bare abort."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop import linux_startup
from desktop.linux_startup import xcb_problem

X11 = {"DISPLAY": ":0"}
PLUGIN = Path("/venv/PySide6/Qt/plugins/platforms/libqxcb.so")

LDD_MISSING = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f3b)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f3b)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f3b)
\tlibxcb-icccm.so.4 => not found
"""
LDD_ALL_FOUND = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibxcb-icccm.so.4 => /lib/x86_64-linux-gnu/libxcb-icccm.so.4 (0x00007f3b)
\tlibxcb-keysyms.so.1 => /lib/x86_64-linux-gnu/libxcb-keysyms.so.1 (0x00007f3b)
"""


def ldd(output: str):
    def run(args: list[str]) -> str:
        assert args == [str(PLUGIN)]
        return output
    return run


def test_missing_libraries_are_named_with_their_packages() -> None:
    text = xcb_problem(X11, platform="linux", plugin=PLUGIN, run=ldd(LDD_MISSING))

    assert text is not None
    assert "libxcb-icccm.so.4" in text and "libxcb-keysyms.so.1" in text
    assert "libxcb-cursor.so.0" not in text  # found: not blamed, whatever Qt says
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in text
    assert "sudo dnf install xcb-util-wm xcb-util-keysyms" in text
    assert text.count("libxcb-icccm.so.4") == 1
    assert "\n" not in text and text.endswith(".")


def test_an_unknown_library_is_still_named() -> None:
    text = xcb_problem(X11, platform="linux", plugin=PLUGIN,
                       run=ldd("\tlibfoo.so.3 => not found\n"))

    assert text is not None and "libfoo.so.3" in text and "apt install" not in text


def test_nothing_is_said_when_every_library_is_found() -> None:
    assert xcb_problem(X11, platform="linux", plugin=PLUGIN, run=ldd(LDD_ALL_FOUND)) is None


@pytest.mark.parametrize("error", [FileNotFoundError("ldd"), OSError("exec"),
                                   TimeoutError(), ValueError("odd output")])
def test_a_broken_check_says_nothing(error: Exception) -> None:
    def run(args: list[str]) -> str:
        raise error

    assert xcb_problem(X11, platform="linux", plugin=PLUGIN, run=run) is None


@pytest.mark.parametrize("environ, platform", [
    ({"DISPLAY": ":0"}, "darwin"),
    ({"DISPLAY": ":0"}, "win32"),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux"),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland"}, "linux"),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "linux"),
    ({}, "linux"),
])
def test_the_check_runs_only_where_qt_would_use_xcb(environ: dict[str, str],
                                                     platform: str) -> None:
    def run(args: list[str]) -> str:
        raise AssertionError("ldd must not run")

    assert xcb_problem(environ, platform=platform, plugin=PLUGIN, run=run) is None


def test_an_explicit_xcb_platform_is_checked_even_under_wayland() -> None:
    environ = {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}

    assert xcb_problem(environ, platform="linux", plugin=PLUGIN, run=ldd(LDD_MISSING))


def test_the_real_ldd_on_the_installed_plugin_does_not_fail() -> None:
    # Whatever this machine has installed, the real check returns a sentence or nothing.
    plugin = linux_startup.xcb_plugin()
    result = xcb_problem(X11, platform="linux", plugin=plugin)
    assert result is None or result.startswith("Atelier cannot open its window")


def test_the_window_is_not_opened_and_the_exit_code_is_2(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        tmp_path: Path) -> None:
    from desktop import app

    sentence = "Atelier cannot open its window: libxcb-icccm.so.4 is missing."
    monkeypatch.setattr(linux_startup, "xcb_problem", lambda: sentence)
    monkeypatch.setattr(app, "ensure_app", lambda: pytest.fail("Qt must not start"))
    monkeypatch.setattr(app.QApplication, "instance", staticmethod(lambda: None))

    assert app.run_gui(tmp_path) == 2
    assert capsys.readouterr().err.strip() == sentence
