"""Folder and file names made from a client's name can never leave their folder or trip up
Windows: no path traversal, no reserved device names, no forbidden characters, no
trailing dots or spaces, within Windows' length limits, never empty."""

from __future__ import annotations

import unicodedata
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from debiteur_desk.domain.file_names import (
    MAX_NAME_BYTES,
    MAX_NAME_CHARS,
    RESERVED_NAMES,
    is_reserved,
    safe_name,
)

FORBIDDEN = set('<>:"/\\|?*')


def assert_safe(name: str) -> None:
    assert name, "never empty"
    assert name not in (".", "..") and not name.startswith(".")
    assert not FORBIDDEN & set(name)
    assert not any(unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn") for c in name)
    assert name == name.rstrip(" .") and name == name.lstrip(" ")
    assert not is_reserved(name)
    assert len(name) <= MAX_NAME_CHARS + 1 and len(name.encode("utf-8")) <= MAX_NAME_BYTES + 1
    # One component, on both kinds of system.
    assert PureWindowsPath(name).name == name and not PureWindowsPath(name).drive
    assert PurePosixPath(name).name == name


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=400))
@example("../../etc/passwd")
@example("..\\..\\Windows\\System32")
@example("/etc/passwd")
@example("C:\\Users\\Public")
@example("CON")
@example("con.txt")
@example("LPT9 .pdf")
@example("COM\u00b9")
@example("   ...   ")
@example("\u202eFDP.exe")
@example("🚲🚲🚲")
@example("日本語" * 100)
@example("\x00\x01\x1f\x7f")
def test_any_client_name_gives_a_safe_name_inside_the_folder(tmp_path_factory, text):
    name = safe_name(text)
    assert_safe(name)
    folder = tmp_path_factory.getbasetemp() / "letters"
    assert (folder / name).resolve().parent == folder.resolve()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("../../etc/passwd", "etcpasswd"),
        ("..\\..\\boot.ini", "boot.ini"),
        ("C:\\Windows", "CWindows"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("Com1.pdf", "_Com1.pdf"),
        ("LPT3", "_LPT3"),
        ("CONSTANT", "CONSTANT"),  # only the device name itself is reserved
        ("Bakkerij 't Hoekje.", "Bakkerij 't Hoekje"),
        ("  Jansen  &  Zn  ", "Jansen & Zn"),
        ('a<b>c:d"e|f?g*h', "abcdefgh"),
        ("Çelik Bouw", "Çelik Bouw"),
        ("שלום עליכם", "שלום עליכם"),  # right-to-left letters stay
        ("Fietsen 🚲 de Vries", "Fietsen de Vries"),
        ("\u202eexe.pdf", "exe.pdf"),  # the right-to-left override that disguises a name
        ("Tab\there\nand there", "Tab here and there"),
        ("", "klant"),
        ("🚲", "klant"),
        ("....", "klant"),
    ],
)
def test_examples(text, name):
    assert safe_name(text) == name


def test_long_names_are_cut_within_the_windows_limits():
    assert len(safe_name("a" * 10_000)) == MAX_NAME_CHARS
    four_bytes = "𝔄" * MAX_NAME_CHARS  # a letter outside the BMP: four bytes of UTF-8
    cut = safe_name(four_bytes)
    assert len(cut.encode("utf-8")) <= MAX_NAME_BYTES and cut
    assert safe_name("x" * (MAX_NAME_CHARS - 1) + " . rest") == "x" * (MAX_NAME_CHARS - 1)


def test_every_reserved_device_name_is_known():
    for port in ("COM", "LPT"):
        for n in range(1, 10):
            assert f"{port}{n}" in RESERVED_NAMES
    assert {"CON", "PRN", "AUX", "NUL"} <= RESERVED_NAMES


def test_the_fallback_stands_in_for_nothing_usable():
    assert safe_name("\x00", "brief") == "brief"


def test_a_name_is_stable_and_safe_on_a_real_file_system(tmp_path):
    name = safe_name("../x/CON <2026>?.pdf ")
    (tmp_path / name).write_text("ok")
    assert [p.name for p in tmp_path.iterdir()] == [name]
    assert Path(tmp_path / name).read_text() == "ok"
