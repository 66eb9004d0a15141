"""A command's ``--json`` report whose lists may be long, kept on disk until the end.

An import tells each row's or line's outcome as it goes; holding them all until the JSON
can be written would make the command's memory grow with the file. So each list is
written to a temporary file as one JSON text per line, and at the end the report is
written from there, a line at a time, in the same layout as ``json.dump(indent=2)``.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable, Iterator
from typing import IO, Any


class JsonSpool:
    """Named lists of JSON objects, added to one at a time, then written as one report."""

    def __init__(self, lists: Iterable[str]) -> None:
        self._files = {
            name: tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115
            for name in lists
        }

    def add(self, name: str, entry: dict[str, Any]) -> None:
        self._files[name].write(json.dumps(entry, ensure_ascii=False) + "\n")

    def entries(self, name: str) -> Iterator[dict[str, Any]]:
        spool = self._files[name]
        spool.seek(0)
        return (json.loads(text) for text in spool)

    def count(self, name: str) -> int:
        return sum(1 for _ in self.entries(name))

    def write_json(
        self, out: IO[str], head: dict[str, Any] | None = None, tail: dict[str, Any] | None = None
    ) -> None:
        """``head``'s keys, the lists, then ``tail``'s keys: as ``json.dump(..., indent=2)``
        would write them."""
        parts: list[tuple[str, Any]] = [
            *(head or {}).items(), *((name, None) for name in self._files), *(tail or {}).items()
        ]  # fmt: skip
        out.write("{\n")
        for n, (name, value) in enumerate(parts):
            comma = "" if n == len(parts) - 1 else ","
            if name in self._files and value is None:
                out.write(f"  {json.dumps(name)}: [")
                first = True
                for entry in self.entries(name):
                    text = json.dumps(entry, ensure_ascii=False, indent=2)
                    out.write(("\n" if first else ",\n") + _indented(text, "    "))
                    first = False
                out.write(("]" if first else "\n  ]") + comma + "\n")
            else:
                text = _indented(json.dumps(value, ensure_ascii=False, indent=2), "  ")[2:]
                out.write(f"  {json.dumps(name)}: {text}{comma}\n")
        out.write("}\n")

    def close(self) -> None:
        for spool in self._files.values():
            spool.close()


def _indented(text: str, prefix: str) -> str:
    return "\n".join(prefix + line for line in text.split("\n"))
