"""One PDF from many letters, for printing a batch in one go, written as the letters come.

pypdf's writer keeps every page of every letter in memory until it writes, so a
batch of thousands of letters grew by some 0.2 MB a letter. Here each letter's
objects are copied to the output as soon as it is added; what stays in memory is
an offset per written object, the page numbers and a bounded table of recent
objects. That table also lets letters share the objects they have in common:
the embedded fonts, some 40 KB per letter, are usually the same bytes.

This reads the PDFs :func:`~debiteur_desk.letters.render_letter` makes (ReportLab:
classic cross-reference table, one flat page tree, no object streams) and
refuses anything else.
"""

from __future__ import annotations

import hashlib
import re
from array import array
from collections import OrderedDict
from typing import BinaryIO

_HEADER = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
_ROOT_ID, _CATALOG_ID, _INFO_ID = 1, 2, 3
_SHARED_LIMIT = 512  # recent objects remembered for sharing

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_XREF_HEAD = re.compile(rb"xref\s+0 (\d+)\s")
_XREF_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])")
_REF = re.compile(rb"(\d+) 0 R\b")
_TRAILER_ROOT = re.compile(rb"/Root (\d+) 0 R")
_CATALOG_PAGES = re.compile(rb"/Pages (\d+) 0 R")
_KIDS = re.compile(rb"/Kids \[([^\]]*)\]")
_LEAF_PAGE = re.compile(rb"/Type /Page\b")


class NotAReportLabPdf(ValueError):
    """The bytes are not a PDF of the simple kind the letter engine writes."""


class _Letter:
    """The objects of one input PDF, found through its cross-reference table."""

    def __init__(self, pdf: bytes) -> None:
        if not pdf.startswith(b"%PDF-1.") or pdf[7:8] not in b"01234":
            raise NotAReportLabPdf("not a PDF 1.0-1.4 file")
        found = _STARTXREF.search(pdf, max(0, len(pdf) - 64))
        if found is None:
            raise NotAReportLabPdf("no startxref")
        xref = int(found[1])
        head = _XREF_HEAD.match(pdf, xref)
        trailer = pdf.find(b"trailer", xref)
        entries = _XREF_ENTRY.findall(pdf, xref, trailer)
        if head is None or trailer < 0 or len(entries) != int(head[1]):
            raise NotAReportLabPdf("no single classic cross-reference table")
        offsets = {n: int(o) for n, (o, _g, kind) in enumerate(entries) if kind == b"n"}
        ends = sorted([*offsets.values(), xref])
        following = dict(zip(ends, ends[1:], strict=False))
        self.pdf = pdf
        self.spans = {n: (start, following[start]) for n, start in offsets.items()}
        root = _TRAILER_ROOT.search(pdf, trailer)
        if root is None:
            raise NotAReportLabPdf("no /Root in the trailer")
        pages = _CATALOG_PAGES.search(self.body(int(root[1])))
        if pages is None:
            raise NotAReportLabPdf("no /Pages in the catalog")
        self.pages_root = int(pages[1])
        kids = _KIDS.search(self.body(self.pages_root))
        if kids is None:
            raise NotAReportLabPdf("no /Kids in the page tree")
        self.kids = [int(n) for n in _REF.findall(kids[1])]
        if not all(_LEAF_PAGE.search(self.body(kid)) for kid in self.kids):
            raise NotAReportLabPdf("the page tree is not flat")

    def body(self, number: int) -> bytes:
        """What is between ``N 0 obj`` and ``endobj``."""
        try:
            start, end = self.spans[number]
        except KeyError:
            raise NotAReportLabPdf(f"object {number} is missing") from None
        head = b"%d 0 obj" % number
        if not self.pdf.startswith(head, start):
            raise NotAReportLabPdf(f"object {number} is not where the table says")
        stop = self.pdf.rindex(b"endobj", start, end)
        return self.pdf[start + len(head) : stop]


class PdfConcatenator:
    """Append whole PDFs to ``out``; :meth:`finish` writes the page tree and the tables."""

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self._position = 0
        self._offsets = array("q", [0, 0, 0])  # object n at index n - 1; the first three last
        self._kids = array("q")
        self._shared: OrderedDict[bytes, int] = OrderedDict()
        self._write(_HEADER)

    @property
    def page_count(self) -> int:
        return len(self._kids)

    def add(self, pdf: bytes) -> None:
        """Copy every page of ``pdf`` (and what they use) to the end of the output."""
        letter = _Letter(pdf)
        numbers = {letter.pages_root: _ROOT_ID}  # each page's /Parent becomes the new tree
        for kid in letter.kids:
            self._kids.append(self._copy(letter, kid, numbers, set(), shareable=False))

    def finish(self) -> None:
        kids = b" ".join(b"%d 0 R" % kid for kid in self._kids)
        count = len(self._kids)
        self._place(_ROOT_ID, b"<< /Type /Pages /Count %d /Kids [ %s ] >>" % (count, kids))
        self._place(_CATALOG_ID, b"<< /Type /Catalog /Pages %d 0 R >>" % _ROOT_ID)
        self._place(_INFO_ID, b"<< /Creator (Debiteur Desk) /Producer (Debiteur Desk) >>")
        xref = self._position
        rows = [b"xref\n0 %d\n0000000000 65535 f \n" % (len(self._offsets) + 1)]
        rows += [b"%010d 00000 n \n" % offset for offset in self._offsets]
        rows.append(
            b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(self._offsets) + 1, _CATALOG_ID, _INFO_ID, xref)
        )
        self._write(b"".join(rows))

    def _copy(
        self,
        letter: _Letter,
        number: int,
        numbers: dict[int, int],
        open_: set[int],
        *,
        shareable: bool,
    ) -> int:
        """The output number of the input object ``number``, copying it (and its references)."""
        if number in numbers:
            return numbers[number]
        if number in open_:
            raise NotAReportLabPdf(f"object {number} refers back to itself")
        open_.add(number)
        body = letter.body(number)
        split = body.find(b"\nstream\n")
        head, stream = (body, b"") if split < 0 else (body[:split], body[split:])

        def renumber(match: re.Match[bytes]) -> bytes:
            return b"%d 0 R" % self._copy(letter, int(match[1]), numbers, open_, shareable=True)

        body = _REF.sub(renumber, head) + stream
        open_.discard(number)
        key = hashlib.sha256(body).digest() if shareable else b""
        new = self._shared.get(key) if shareable else None
        if new is None:
            new = len(self._offsets) + 1
            self._offsets.append(0)
            self._place(new, body)
            if shareable:
                self._shared[key] = new
                if len(self._shared) > _SHARED_LIMIT:
                    self._shared.popitem(last=False)
        else:
            self._shared.move_to_end(key)
        numbers[number] = new
        return new

    def _place(self, number: int, body: bytes) -> None:
        self._offsets[number - 1] = self._position
        self._write(b"%d 0 obj\n%s\nendobj\n" % (number, body.strip(b"\n")))

    def _write(self, data: bytes) -> None:
        self._out.write(data)
        self._position += len(data)
