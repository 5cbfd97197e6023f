"""packaging/: the desktop entry, the AppStream metainfo and the icons agree with each other and
with the project (id, version, licence), without building the app (`make package` does that)."""

from __future__ import annotations

import ast
import configparser
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "io.atelier.Atelier"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_desktop_entry() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(PACKAGING / f"{APP_ID}.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "atelier" == entry["TryExec"]
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    for key in ("Categories", "Keywords", "Keywords[fr]"):
        assert entry[key].endswith(";")
    assert "Office" in entry["Categories"].split(";")
    assert "atelier" in project()["scripts"]


def test_metainfo_names_the_app_its_entry_licence_and_version() -> None:
    root = ET.parse(PACKAGING / f"{APP_ID}.metainfo.xml").getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("project_license") == project()["license"] == "GPL-3.0-or-later"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("name") == "Atelier"
    assert root.findtext("summary")
    assert root.find("description/p") is not None
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert (PACKAGING / str(launchable.text)).is_file()
    assert root.findtext("provides/binary") == "atelier"
    assert root.find("content_rating").get("type") == "oars-1.1"  # type: ignore[union-attr]
    releases = root.findall("releases/release")
    assert releases and releases[0].get("version") == project()["version"]


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed")
def test_metainfo_is_valid_appstream() -> None:
    proc = subprocess.run(["appstreamcli", "validate", "--no-net",
                           str(PACKAGING / f"{APP_ID}.metainfo.xml")],
                          capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("size", SIZES)
def test_png_icons_have_their_size(size: int) -> None:
    path = PACKAGING / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    assert struct.unpack(">II", data[16:24]) == (size, size)


def test_the_scalable_icon_is_the_apps_svg() -> None:
    scalable = PACKAGING / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ROOT / "desktop" / "resources" / "atelier.svg").read_bytes()


def test_the_spec_ships_the_data_the_code_reads() -> None:
    spec = (PACKAGING / "atelier.spec").read_text(encoding="utf-8")
    for pattern in ("storage/migrations/env.py", "storage/migrations/versions/*.py",
                    "storage/data/*.json", "storage/data/demo/*.json", "assistants/data/*.json",
                    "desktop/translations/*.qm", "desktop/resources/*"):
        assert f'"{pattern}"' in spec
        if not pattern.endswith(".qm"):  # built by `make setup`, not committed
            assert list(ROOT.glob(pattern)), pattern


def test_the_installed_package_ships_the_data_the_code_reads() -> None:
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "tool"]["setuptools"]["package-data"]
    for package in ("storage", "assistants"):
        for path in sorted((ROOT / package / "data").rglob("*.json")):
            rel = path.relative_to(ROOT / package)
            assert any(rel.match(pattern) for pattern in package_data[package]), rel


def _spec_list(name: str) -> list[str]:
    tree = ast.parse((PACKAGING / "atelier.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and [getattr(t, "id", "") for t in node.targets] == [name]:
            return list(ast.literal_eval(node.value))
    raise AssertionError(f"atelier.spec has no {name} list")


def test_the_app_ships_no_scaffolding() -> None:
    """The screenshots tool, its sample records, the tests and the benchmarks are neither
    installed nor bundled, and no module of the app reads the test data folder (a path that
    means nothing in an installed app)."""
    find = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert find["tool"]["setuptools"]["packages"]["find"]["include"] == [
        "storage*", "assistants*", "desktop*"]
    assert {"tests", "tools", "benchmarks"} <= set(_spec_list("excludes"))
    readers = [p.relative_to(ROOT).as_posix() for package in ("storage", "assistants", "desktop")
               for p in sorted((ROOT / package).rglob("*.py"))
               if "testdata" in p.read_text(encoding="utf-8")]
    assert readers == []
    # `make screenshots` runs the tool from its own package, into the same folder as before.
    assert "$(BIN)/python -m tools.screenshots screenshots" in (ROOT / "Makefile").read_text(
        encoding="utf-8")
