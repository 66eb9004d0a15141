"""The claim as a court computes it (issue 13), for one client as of a day: per invoice
its interest periods, capitalisations, costs and how each payment was applied (art.
6:43-6:44 BW), with the totals; printable and exportable as CSV.

The client's page shows the books' view (aging: every payment taken off the principal);
this dialog is the legal view, and says so. The claim is read on the worker
(``services/claim.py``) and read again when the as-of day changes.
"""

from __future__ import annotations

import csv
import html
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from debiteur_desk.domain.letter_rules import ClaimWarning
from debiteur_desk.text.formatting import format_date, format_money, format_percent
from debiteur_desk.text.messages import describe_code
from debiteur_desk.text.messages_rates import describe_rate_warning
from debiteur_desk.text.spreadsheet import safe_cell
from debiteur_desk.ui.dialogs.date_field import DateField
from debiteur_desk.ui.lazy import lazy_module
from debiteur_desk.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from debiteur_desk.services.book import Database
    from debiteur_desk.services.claim import ClaimReport
    from debiteur_desk.ui.operations import Operations

claim_service = lazy_module("debiteur_desk.services.claim")  # on the worker

_WARNING_CODES = {
    ClaimWarning.BTW_DEDUCTIBLE: "costs_btw_deductible",
    ClaimWarning.COSTS_IN_PLAN: "costs_already_in_plan",
}
NUMERIC_FROM = 3  # the columns from "Days" on are figures, right-aligned


@dataclass(frozen=True)
class BreakdownLine:
    """One line of the breakdown: the tree, the CSV and the print show the same lines."""

    level: int  # 0: an invoice; 1: a part of it; 2: a detail of that part
    invoice: str
    what: str
    start: date | None = None
    end: date | None = None
    days: int | None = None
    rate: Decimal | None = None
    rate_verified: bool = True
    base: Decimal | None = None
    amount: Decimal | None = None


class ClaimDialog(QDialog):
    settled = Signal()  # the claim for the chosen day is read and shown

    def __init__(
        self,
        parent: QWidget | None,
        ops: Operations,
        db: Database,
        language: str,
        client_id: int,
        as_of: date,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Claim"))
        self._ops, self._db, self._language = ops, db, language
        self.client_id = client_id
        self.report: ClaimReport | None = None
        self.lines: list[BreakdownLine] = []

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        explanation = QLabel(
            self.tr(
                "The open amounts on the client's page and in the overview are the books' "
                "view: each payment is taken off the principal. This is the claim as a court "
                "computes it: payments go to the costs first, then to the interest, then to "
                "the principal (art. 6:44 BW), and interest keeps running on the principal "
                "that is left."
            )
        )
        explanation.setWordWrap(True)
        self.as_of = DateField()
        self.as_of.set_date(as_of)
        self.totals = QLabel(self.tr("Reading…"))
        self.totals.setObjectName("claim_totals")
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = QLabel()
        self.notes.setObjectName("claim_notes")
        self.notes.setWordWrap(True)
        self.notes.hide()
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                self.tr("What"),
                self.tr("From"),
                self.tr("Through"),
                self.tr("Days"),
                self.tr("Rate"),
                self.tr("Base"),
                self.tr("Amount"),
            ]
        )
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 7):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.print_button = QPushButton(self.tr("Print…"))
        for button in (self.export_button, self.print_button):
            button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("As of")))
        top.addWidget(self.as_of)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(explanation)
        layout.addLayout(top)
        layout.addWidget(self.totals)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.notes)
        layout.addWidget(buttons)
        fit_to_screen(self, 900, 600)

        self.as_of.date_changed.connect(lambda _day: self.load())
        self.export_button.clicked.connect(self.export_csv)
        self.print_button.clicked.connect(self.print_claim)
        self.load()

    # -- reading -------------------------------------------------------------------------

    def load(self) -> None:
        day = self.as_of.date
        if day is None:
            return
        db, client_id = self._db, self.client_id
        self.totals.setText(self.tr("Reading…"))
        self._ops.run(
            lambda: claim_service.client_claim(db, client_id, day),
            parent=self,
            on_success=self._show,
        )

    def _show(self, report: ClaimReport) -> None:
        if report.as_of != self.as_of.date:
            return  # another day was chosen meanwhile: its claim is on its way
        self.report = report
        self.lines = self.breakdown(report)
        lang = self._language
        self.heading.setText(
            "<span style='font-size:13pt; font-weight:bold'>"
            + html.escape(
                self.tr("Claim against {name} as of {day}").format(
                    name=report.client_name, day=format_date(report.as_of, lang)
                )
            )
            + "</span>"
        )
        self.totals.setText(self.totals_text(report, rich=True))
        self._fill_tree()
        notes = self.notes_text(report)
        self.notes.setText("<br>".join(html.escape(n) for n in notes))
        self.notes.setVisible(bool(notes))
        for button in (self.export_button, self.print_button):
            button.setEnabled(True)
        self.settled.emit()

    # -- what is shown -------------------------------------------------------------------

    def totals_text(self, report: ClaimReport, *, rich: bool) -> str:
        claim, lang = report.claim, self._language

        def m(value: Decimal) -> str:
            return format_money(value, lang)

        total = m(claim.total)
        return self.tr(
            "Principal {principal} · interest {interest} · costs {costs} · paid {paid} · "
            "claim {total}"
        ).format(
            principal=m(claim.principal_open),
            interest=m(claim.interest_open),
            costs=m(claim.costs_open),
            paid=m(claim.paid),
            total=f"<b>{total}</b>" if rich else total,
        )

    def notes_text(self, report: ClaimReport) -> list[str]:
        """The books' open amount beside the claim, money not applied, and warnings."""
        lang = self._language
        notes = [
            self.tr(
                "The books (every payment on the principal) show open: {amount}. "
                "The claim is the legal computation."
            ).format(amount=format_money(report.book_open, lang))
        ]
        for payment in report.claim.unapplied:
            notes.append(
                self.tr("Not applied (paid more than owed): {amount} of {day}").format(
                    amount=format_money(payment.amount, lang),
                    day=format_date(payment.received_on, lang),
                )
            )
        if report.credit_not_applied:
            notes.append(
                self.tr("The client's credit, not applied: {amount}").format(
                    amount=format_money(report.credit_not_applied, lang)
                )
            )
        notes += [describe_code(_WARNING_CODES[w], {}, lang) for w in report.warnings]
        notes += [describe_rate_warning(w, lang) for w in report.rate_warnings]
        if any(not line.rate_verified for line in self.lines):
            notes.append(self.tr("* an interest rate that has not been verified"))
        return notes

    def breakdown(self, report: ClaimReport) -> list[BreakdownLine]:
        """Per invoice: principal, interest periods and capitalisations, costs, payments
        and how each was applied, write-off, and what is still open."""
        lang, out = self._language, []
        for line, book in zip(report.claim.invoices, report.invoices, strict=True):
            number = line.number
            title = self.tr("Invoice {number}, due {due}").format(
                number=number, due=format_date(line.due_date, lang)
            )
            if book.disputed:
                title += " · " + self.tr("disputed")
            out.append(BreakdownLine(0, number, title, amount=line.total))
            out.append(BreakdownLine(1, number, self.tr("Principal"), amount=line.principal))
            if line.periods:
                out.append(
                    BreakdownLine(
                        1, number, self.tr("Interest accrued"), line.interest_start, line.as_of,
                        amount=line.interest,
                    )
                )  # fmt: skip
                details: list[tuple[date, int, BreakdownLine]] = []
                for c in line.capitalisations:
                    added = BreakdownLine(
                        2, number, self.tr("Interest added to the base"), c.on,
                        base=c.new_base, amount=c.amount,
                    )  # fmt: skip
                    details.append((c.on, 0, added))
                for p in line.periods:
                    period = BreakdownLine(
                        2, number, self.tr("Interest period"), p.start, p.end, p.days, p.rate,
                        p.rate_verified, p.base, p.amount,
                    )  # fmt: skip
                    details.append((p.start, 1, period))
                out += [d for _day, _order, d in sorted(details, key=lambda t: t[:2])]
            elif line.interest_start is None:
                out.append(BreakdownLine(1, number, self.tr("No interest (yet)")))
            if line.costs_from is not None:
                what = self.tr("Collection costs")
                if line.costs_btw:
                    what += " " + self.tr("(of which VAT {amount})").format(
                        amount=format_money(line.costs_btw, lang)
                    )
                out.append(BreakdownLine(1, number, what, line.costs_from, amount=line.costs))
            for a in line.applications:
                what = (
                    self.tr("Payment {reference} (for this invoice)")
                    if a.designated
                    else self.tr("Payment {reference} (not designated)")
                ).format(reference=a.reference)
                out.append(BreakdownLine(1, number, what, a.received_on, amount=a.amount))
                out.append(BreakdownLine(2, number, self.tr("to costs"), amount=a.to_costs))
                out.append(BreakdownLine(2, number, self.tr("to interest"), amount=a.to_interest))
                out.append(BreakdownLine(2, number, self.tr("to principal"), amount=a.to_principal))
            if line.waived_on is not None:
                out.append(
                    BreakdownLine(1, number, self.tr("Written off"), line.waived_on,
                                  amount=line.waived)
                )  # fmt: skip
            out.append(BreakdownLine(1, number, self.tr("Still open"), amount=line.total))
            out.append(BreakdownLine(2, number, self.tr("principal"), amount=line.principal_open))
            out.append(BreakdownLine(2, number, self.tr("interest"), amount=line.interest_open))
            out.append(BreakdownLine(2, number, self.tr("costs"), amount=line.costs_open))
        return out

    def cells(self, line: BreakdownLine) -> list[str]:
        """The line's texts, in the tree's columns."""
        lang = self._language
        rate = ""
        if line.rate is not None:
            rate = format_percent(line.rate, lang) + ("" if line.rate_verified else " *")
        return [
            line.what,
            format_date(line.start, lang) if line.start else "",
            format_date(line.end, lang) if line.end else "",
            str(line.days) if line.days is not None else "",
            rate,
            format_money(line.base, lang) if line.base is not None else "",
            format_money(line.amount, lang) if line.amount is not None else "",
        ]

    def _fill_tree(self) -> None:
        self.tree.clear()
        parents: list[QTreeWidgetItem] = []
        items: list[QTreeWidgetItem] = []
        for line in self.lines:
            item = QTreeWidgetItem(self.cells(line))
            for column in range(NUMERIC_FROM, 7):
                item.setTextAlignment(
                    column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
            if line.level == 0:
                font = item.font(0)
                font.setBold(True)
                for column in range(7):
                    item.setFont(column, font)
                self.tree.addTopLevelItem(item)
            else:
                parents[line.level - 1].addChild(item)
            del parents[line.level :]
            parents.append(item)
            items.append(item)
        for item in items:  # the whole breakdown in view
            item.setExpanded(item.childCount() > 0)
        if not self.lines:
            self.tree.addTopLevelItem(QTreeWidgetItem([self.tr("No open invoices on that day.")]))

    # -- export and print ----------------------------------------------------------------

    def csv_rows(self) -> list[list[str]]:
        """The breakdown for a spreadsheet: one line per row, the client on each."""
        report = self.report
        if report is None:
            return []
        head = [
            self.tr("Client"), self.tr("As of"), self.tr("Invoice"), self.tr("What"),
            self.tr("From"), self.tr("Through"), self.tr("Days"), self.tr("Rate"),
            self.tr("Base"), self.tr("Amount"),
        ]  # fmt: skip
        name, day = report.client_name, format_date(report.as_of, self._language)
        rows = [head]
        for line in self.lines:
            cells = self.cells(line)
            cells[5:7] = [self._number(line.base), self._number(line.amount)]
            rows.append([name, day, line.invoice, *cells])
        claim = report.claim
        for what, value in (
            (self.tr("Principal"), claim.principal_open),
            (self.tr("Interest"), claim.interest_open),
            (self.tr("Costs"), claim.costs_open),
            (self.tr("Paid"), claim.paid),
            (self.tr("Claim"), claim.total),
        ):
            rows.append([name, day, "", self.tr("Total") + ": " + what, *[""] * 5,
                         self._number(value)])  # fmt: skip
        return [[safe_cell(cell) for cell in row] for row in rows]

    def _number(self, value: Decimal | None) -> str:
        """An amount as a spreadsheet reads it: 1234,56 (Dutch) or 1234.56."""
        if value is None:
            return ""
        text = f"{value:.2f}"
        return text.replace(".", ",") if self._language == "nl" else text

    def write_csv(self, path: Path) -> None:
        # Dutch spreadsheets expect ";" between cells (the comma is the decimal sign).
        delimiter = ";" if self._language == "nl" else ","
        with path.open("w", newline="", encoding="utf-8-sig") as out:
            csv.writer(out, delimiter=delimiter).writerows(self.csv_rows())

    def export_csv(self) -> None:
        if self.report is None:
            return
        name = f"claim-{self.report.client_id}-{self.report.as_of.isoformat()}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export CSV…"), str(Path.home() / name), self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        target = Path(path if path.lower().endswith(".csv") else path + ".csv")
        try:
            self.write_csv(target)
        except OSError as error:
            self._ops.show_error(error, self)

    def print_html(self) -> str:
        """The dialog's contents as an HTML document for the printer (or a PDF)."""
        report = self.report
        if report is None:
            return ""
        lang = self._language
        title = self.tr("Claim against {name} as of {day}").format(
            name=report.client_name, day=format_date(report.as_of, lang)
        )
        heads = [self.tree.headerItem().text(c) for c in range(7)]
        head = "".join(
            f'<th align="{"right" if c >= NUMERIC_FROM else "left"}">{html.escape(h)}</th>'
            for c, h in enumerate(heads)
        )
        body = []
        for line in self.lines:
            cells = self.cells(line)
            cells[0] = "\u2003" * line.level + cells[0]
            weight = " style='font-weight:bold'" if line.level == 0 else ""
            body.append(
                f"<tr{weight}>"
                + "".join(
                    f'<td align="{"right" if c >= NUMERIC_FROM else "left"}">'
                    f"{html.escape(text)}</td>"
                    for c, text in enumerate(cells)
                )
                + "</tr>"
            )
        explanation = self.tr(
            "Payments go to the costs first, then to the interest, then to the principal "
            "(art. 6:44 BW)."
        )
        notes = "".join(f"<p>{html.escape(n)}</p>" for n in self.notes_text(report))
        return (
            "<html><body style='font-size:8pt'>"
            f"<h2>{html.escape(title)}</h2><p>{html.escape(explanation)}</p>"
            f"<p><b>{html.escape(self.totals_text(report, rich=False))}</b></p>"
            '<table width="100%" cellspacing="0" cellpadding="3" border="0.5">'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
            f"{notes}</body></html>"
        )

    def print_claim(self) -> None:
        if self.report is None:
            return
        from debiteur_desk.ui.printing import print_html

        print_html(self, self.print_html())
