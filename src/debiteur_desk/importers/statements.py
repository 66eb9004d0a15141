"""Which bank format a statement file is, from its content (never its name), and its lines.

Every reader (``camt053``, ``mt940``, ``bank_csv``) tells its format from the file's
first bytes (``looks_like``) and reads a binary stream as it goes (``lines``), so a file
of hundreds of megabytes is never held whole. ``spool_statement`` reads a file once for
an import: its lines to a ``LineSpool``, counted for their keys, its SHA-256 on the way.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import BinaryIO

from debiteur_desk.domain.progress import Progress, ProgressJob
from debiteur_desk.importers import bank_csv, camt053, mt940
from debiteur_desk.importers.line_spool import LineSpool
from debiteur_desk.importers.statement import (
    HEAD_BYTES,
    FileKeys,
    ImportRefused,
    StatementLine,
    keyed,
)

# XML and MT940 announce themselves; the CSV layouts are told apart by their header.
READERS = (camt053, mt940, bank_csv)
# Progress is told every so many lines while reading.
PROGRESS_EVERY = 500
HASH_CHUNK = 1 << 20


def _reader(stream: BinaryIO) -> ModuleType:
    head = stream.read(HEAD_BYTES)
    stream.seek(0)
    if not head.strip():
        raise ImportRefused("import_empty")
    for reader in READERS:
        if reader.looks_like(head):
            return reader
    raise ImportRefused("import_unknown_format")


def statement_lines(stream: BinaryIO) -> Iterator[StatementLine]:
    """The file's lines as its reader yields them, without keys."""
    lines: Iterator[StatementLine] = _reader(stream).lines(stream)
    return lines


def read_statement(data: bytes) -> list[StatementLine]:
    """A whole file's lines with their keys (a small file, or a test)."""
    return keyed(statement_lines(io.BytesIO(data)))


class SpooledStatement:
    """A statement file read once: its lines, keyed each time they are gone through."""

    def __init__(self, spool: LineSpool, keys: FileKeys, sha256: str) -> None:
        self._spool, self._keys, self.sha256 = spool, keys, sha256

    def __len__(self) -> int:
        return self._spool.count

    def __iter__(self) -> Iterator[StatementLine]:
        keys = self._keys.again()
        return map(keys.keyed, self._spool)

    def close(self) -> None:
        self._spool.close()
        self._keys.close()


def spool_statement(
    stream: BinaryIO, observe: Callable[[StatementLine], None] | None = None
) -> ProgressJob[SpooledStatement]:
    """Read the whole file into a ``SpooledStatement``, showing ``observe`` each line (not
    yet keyed) on the way; progress in bytes of the file. A file that cannot be read
    refuses as its reader says, and leaves nothing behind."""
    sha256 = hashlib.sha256()
    while chunk := stream.read(HASH_CHUNK):
        sha256.update(chunk)
    size = stream.tell()
    stream.seek(0)
    spool, keys = LineSpool(), FileKeys()
    try:
        for number, line in enumerate(statement_lines(stream), start=1):
            keys.count(line)
            spool.add(line)
            if observe is not None:
                observe(line)
            if number % PROGRESS_EVERY == 0:
                yield Progress(min(stream.tell(), size), size)
    except BaseException:
        spool.close()
        keys.close()
        raise
    return SpooledStatement(spool, keys, sha256.hexdigest())
