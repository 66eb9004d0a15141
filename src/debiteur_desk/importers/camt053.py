"""camt.053 bank statements (ISO 20022 BankToCustomerStatement) read into statement lines.

Why this module: camt.053 is the statement Dutch banks offer besides MT940, and the richest
one: the payer's name and IBAN, the remittance text, the structured reference
(betalingskenmerk or RF), end-to-end id and mandate each sit in their own element, so
matching a payment to an invoice needs no guessing from free text. What needs care:

- It is XML from outside. The parser resolves no entities, loads no DTD and goes on no
  network, and a document that declares a DOCTYPE or ENTITY is refused outright
  (``import_xml_unsafe``): a bank never sends one, so one is an entity-expansion bomb or
  an attempt to read local files, and not worth parsing further.
- Files run to hundreds of megabytes (a year of a busy account). The file is read as a
  stream with ``iterparse``, one ``Ntry`` at a time, and every entry is handed on and
  dropped from the tree once read, so memory holds one entry, not the XML or its lines.
  The account (``Stmt/Acct``) comes before the entries in each ``Stmt``, so it is still
  there when the entries are read.
- Banks move between schema versions (``camt.053.001.02`` to ``.13``); the reader takes
  the namespace from the document's root and does not care about the number. Where the
  versions differ (``Dbtr/Nm`` became ``Dbtr/Pty/Nm``; ``Sts`` became ``Sts/Cd``) both
  forms are read.
- Amounts are unsigned with ``CdtDbtInd``; a reversal (``RvslInd``) is booked the other
  way round, but its related parties are those of the transaction it reverses. So a
  reversed direct debit (DBIT, ``RvslInd`` true) names the debtor who had it reversed,
  not ourselves, as the creditor of the original collection.
- One entry is one line, as the bank booked it. A batch (``NtryDtls/Btch``, several
  ``TxDtls``) is one amount on the account; its parts are left out (no one counterparty),
  and the entry's own text (``AddtlNtryInf``) says what it is. Bank costs have no
  ``TxDtls`` at all and are described by that text too.
- Entries a bank marks as not booked (``Sts`` ``PDNG``, ``INFO``, ``FUTR``) are left out:
  they are not money on the account yet, and the booked entry that follows would count
  the same payment twice.

All or nothing: a broken document, or an entry without amount or date, refuses the whole
file, naming the line.
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any, BinaryIO

from lxml import etree

from debiteur_desk.importers.statement import HEAD_BYTES, ImportRefused, StatementLine, keyed

_SNIFF = 4096  # the namespace is on the root element, in the first lines
_CAMT053 = re.compile(r"urn:iso:std:iso:20022:tech:xsd:camt\.053\.001\.\d+")
_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_AMOUNT = re.compile(r"\d{1,15}(?:\.\d{1,5})?")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_LXML_POSITION = re.compile(r",? line \d+, column \d+$")
_DETAIL = 120
_NOT_PROVIDED = "NOTPROVIDED"
_NOT_BOOKED = frozenset({"PDNG", "INFO", "FUTR"})
_TRUE = frozenset({"true", "1"})

# An lxml element (lxml ships no type hints).
Element = Any


def looks_like(head: bytes) -> bool:
    """True when the first bytes name the camt.053 namespace, whatever its version."""
    head = head[:_SNIFF]
    text = (
        head.decode("utf-16", "ignore") if head.startswith(_UTF16_BOMS) else head.decode("latin-1")
    )
    return _CAMT053.search(text) is not None


def lines(stream: BinaryIO) -> Iterator[StatementLine]:
    """Every booked entry of every ``Stmt``, in file order, read from ``stream`` as it
    goes; without keys (``statement.FileKeys``)."""
    head = stream.read(HEAD_BYTES)
    if _DECLARATION.search(head):
        raise ImportRefused("import_xml_unsafe")
    names = _Names(_camt_namespace(head))
    stream.seek(0)
    return _entries(stream, names)


def read(data: bytes) -> list[StatementLine]:
    """A whole file's lines, with their keys."""
    return keyed(lines(io.BytesIO(data)))


# ---------------------------------------------------------------------------- parsing


def _iterparse(stream: BinaryIO, events: tuple[str, ...], tag: Any = None) -> Iterator[Any]:
    """lxml's iterparse with entities, DTDs, network and huge text nodes all off."""
    return etree.iterparse(
        stream,
        events=events,
        tag=tag,
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
    )


class _Broken:
    """Turns lxml's syntax errors into ``import_xml_broken`` with line and message."""

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, _tb: Any
    ) -> None:
        if isinstance(error, etree.XMLSyntaxError):
            line = max(error.lineno or 1, 1)
            detail = _LXML_POSITION.sub("", str(error.msg or "")).strip()[:_DETAIL]
            raise ImportRefused("import_xml_broken", line=line, detail=detail) from error


def _camt_namespace(head: bytes) -> str:
    """The root's namespace, read from its start tag only (in the file's first bytes);
    refuses a DOCTYPE and non-camt."""
    with _Broken():
        _event, root = next(_iterparse(io.BytesIO(head), ("start",)), (None, None))
    if root is None:
        raise ImportRefused("import_not_camt")
    info = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
        raise ImportRefused("import_xml_unsafe")
    name = etree.QName(root)
    if name.localname != "Document" or not _CAMT053.fullmatch(name.namespace or ""):
        raise ImportRefused("import_not_camt")
    return str(name.namespace)


class _Names:
    """Paths like ``"Acct/Id/IBAN"`` in the document's own namespace."""

    def __init__(self, namespace: str) -> None:
        self.namespace = namespace

    def tag(self, name: str) -> str:
        return f"{{{self.namespace}}}{name}"

    def find(self, element: Element, path: str) -> Element:
        return None if element is None else element.find(_qualified(self.namespace, path))

    def findall(self, element: Element, path: str) -> list[Element]:
        return [] if element is None else element.findall(_qualified(self.namespace, path))

    def text(self, element: Element, *paths: str) -> str:
        """The first of ``paths`` with text, whitespace collapsed; "" if none has."""
        for path in paths:
            found = self.find(element, path)
            if found is not None and (text := _clean(found.text)):
                return text
        return ""


@lru_cache(maxsize=256)
def _qualified(namespace: str, path: str) -> str:
    return "/".join(f"{{{namespace}}}{step}" for step in path.split("/"))


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _entries(stream: BinaryIO, names: _Names) -> Iterator[StatementLine]:
    """The entries as lines (no keys yet), each dropped from the tree once read."""
    stmt_tag, ntry_tag = names.tag("Stmt"), names.tag("Ntry")
    with _Broken():
        for _event, element in _iterparse(stream, ("end",), tag=(stmt_tag, ntry_tag)):
            if element.tag == ntry_tag:
                line = _entry(names, element, _account(names, element.getparent()))
                if line is not None:
                    yield line
            _drop(element)


def _drop(element: Element) -> None:
    element.clear()
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)


# ---------------------------------------------------------------------------- one entry


def _account(names: _Names, stmt: Element) -> str:
    account = names.text(stmt, "Acct/Id/IBAN", "Acct/Id/Othr/Id")
    if not account:
        raise ImportRefused("import_field_missing", line=stmt.sourceline, field="Acct/Id/IBAN")
    return _iban(account)


def _entry(names: _Names, ntry: Element, account: str) -> StatementLine | None:
    if names.text(ntry, "Sts", "Sts/Cd").upper() in _NOT_BOOKED:
        return None
    credit = _credit(names, ntry)
    cents = _cents(names, ntry)
    reversal = names.text(ntry, "RvslInd").lower() in _TRUE
    details = names.findall(ntry, "NtryDtls/TxDtls")
    tx = details[0] if len(details) == 1 else None  # a batch has no one counterparty
    # A reversal's parties are those of the original transaction, which went the other way.
    name, iban = _counterparty(names, tx, incoming=credit != reversal)
    remittance = _remittance(names, tx) or names.text(ntry, "AddtlNtryInf")
    return StatementLine(
        account_iban=account,
        booking_date=_booking_date(names, ntry),
        value_date=_date(names, ntry, "ValDt"),
        amount_cents=cents if credit else -cents,
        counterparty_name=name,
        counterparty_iban=iban,
        remittance=remittance,
        reference=names.text(tx, "RmtInf/Strd/CdtrRefInf/Ref"),
        end_to_end_id=_end_to_end(names, tx),
        mandate_id=names.text(tx, "Refs/MndtId"),
        bank_reference=names.text(ntry, "AcctSvcrRef", "NtryRef")
        or names.text(tx, "Refs/AcctSvcrRef"),
        reversal=reversal,
        return_reason=names.text(tx, "RtrInf/Rsn/Cd", "RtrInf/Rsn/Prtry"),
        key="",
    )


def _credit(names: _Names, ntry: Element) -> bool:
    mark = names.text(ntry, "CdtDbtInd")
    if not mark:
        raise ImportRefused("import_field_missing", line=ntry.sourceline, field="CdtDbtInd")
    if mark not in ("CRDT", "DBIT"):
        raise _unreadable(ntry, "CdtDbtInd", mark)
    return mark == "CRDT"


def _cents(names: _Names, ntry: Element) -> int:
    """The entry's unsigned amount in cents, exactly from its decimal text."""
    text = names.text(ntry, "Amt")
    if not text:
        raise ImportRefused("import_field_missing", line=ntry.sourceline, field="Amt")
    cents = Decimal(text) * 100 if _AMOUNT.fullmatch(text) else None
    if cents is None or cents != cents.to_integral_value():
        raise _unreadable(ntry, "Amt", text)
    return int(cents)


def _booking_date(names: _Names, ntry: Element) -> date:
    booked = _date(names, ntry, "BookgDt") or _date(names, ntry, "ValDt")
    if booked is None:
        raise ImportRefused("import_field_missing", line=ntry.sourceline, field="BookgDt")
    return booked


def _date(names: _Names, ntry: Element, path: str) -> date | None:
    """``Dt``, or the date part of ``DtTm``; None when the element is absent."""
    text = names.text(ntry, f"{path}/Dt", f"{path}/DtTm")
    if not text:
        return None
    if _ISO_DATE.fullmatch(text[:10]):
        with contextlib.suppress(ValueError):  # 2026-02-30
            return date.fromisoformat(text[:10])
    raise _unreadable(ntry, path, text)


def _counterparty(names: _Names, tx: Element, *, incoming: bool) -> tuple[str, str]:
    """Money in: the debtor (not the ultimate debtor); money out: the creditor."""
    side = "Dbtr" if incoming else "Cdtr"
    name = names.text(tx, f"RltdPties/{side}/Nm", f"RltdPties/{side}/Pty/Nm")
    return name, _iban(names.text(tx, f"RltdPties/{side}Acct/Id/IBAN"))


def _remittance(names: _Names, tx: Element) -> str:
    pieces = (_clean(piece.text) for piece in names.findall(tx, "RmtInf/Ustrd"))
    return " ".join(piece for piece in pieces if piece)


def _end_to_end(names: _Names, tx: Element) -> str:
    end_to_end = names.text(tx, "Refs/EndToEndId")
    return "" if end_to_end.upper() == _NOT_PROVIDED else end_to_end


def _iban(text: str) -> str:
    return "".join(text.split()).upper()


def _unreadable(ntry: Element, field: str, value: str) -> ImportRefused:
    return ImportRefused(
        "import_xml_broken", line=ntry.sourceline, detail=f"{field} '{value[:_DETAIL]}'"
    )
