"""The left column of the client view: the client's details and how they pay."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from debiteur_desk.domain.payment_behaviour import PaymentBehaviour, Verdict
from debiteur_desk.services.clients import ClientInput

VERDICT_COLOURS = {
    Verdict.NO_HISTORY: "#616161",
    Verdict.PUNCTUAL: "#2e7d32",
    Verdict.FIRST_TIME: "#b26a00",
    Verdict.OCCASIONAL: "#d35400",
    Verdict.HABITUAL: "#b3261e",
}


def _iban_text(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


class DetailsBox(QGroupBox):
    """Name, address, contact, registration numbers, payment term and notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Details"), parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)

    def show_client(self, client: ClientInput) -> None:
        address = "<br>".join(
            html.escape(part)
            for part in (
                client.street,
                f"{client.postcode}  {client.city}".strip(),
                client.country if client.country != "NL" else "",
            )
            if part
        )
        rows = [
            (self.tr("Contact"), html.escape(client.contact_person)),
            (self.tr("Phone"), html.escape(client.phone)),
            (self.tr("Email"), html.escape(client.email)),
            (self.tr("Address"), address),
            (self.tr("KvK"), client.kvk),
            (self.tr("VAT number"), client.btw_id),
            (self.tr("IBAN"), _iban_text(client.iban)),
            (self.tr("Payment term"), self.tr("%n day(s)", "", client.payment_term_days)),
            (self.tr("Letters in"), "Nederlands" if client.language == "nl" else "English"),
        ]
        table = "".join(
            f"<tr><td style='color:#555; padding-right:8px'>{k}</td><td>{v}</td></tr>"
            for k, v in rows
            if v
        )
        notes = (
            f"<p><i>{html.escape(client.notes).replace(chr(10), '<br>')}</i></p>"
            if client.notes
            else ""
        )
        self.label.setText(f"<table cellspacing='2'>{table}</table>{notes}")


class BehaviourBox(QGroupBox):
    """The payment-behaviour verdict and the figures behind it; it decides how to call."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Payment behaviour (12 months)"), parent)
        self.language = language
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        for label in (self.verdict, self.figures, self.hint):
            layout.addWidget(label)

    def verdict_text(self, verdict: Verdict) -> str:
        return {
            Verdict.NO_HISTORY: self.tr("No payment history yet"),
            Verdict.PUNCTUAL: self.tr("Pays on time"),
            Verdict.FIRST_TIME: self.tr("Late for the first time"),
            Verdict.OCCASIONAL: self.tr("Sometimes late"),
            Verdict.HABITUAL: self.tr("Habitual late payer"),
        }[verdict]

    def hint_text(self, verdict: Verdict, days_late: int = 0) -> str:
        """Advice that fits the age of the debt: a gentle word for a first slip, not for
        an invoice months overdue."""
        if days_late > 90:
            return self.tr(
                "%n day(s) overdue: no oversight any more. Send a written demand and agree "
                "on a firm date.",
                "",
                days_late,
            )
        if days_late > 30 and verdict in (Verdict.NO_HISTORY, Verdict.PUNCTUAL, Verdict.FIRST_TIME):
            return self.tr("%n day(s) overdue: call, ask why, and agree on a date.", "", days_late)
        return {
            Verdict.NO_HISTORY: self.tr("A new client: a friendly reminder is the right start."),
            Verdict.PUNCTUAL: self.tr("Pays on time: a friendly reminder is enough."),
            Verdict.FIRST_TIME: self.tr(
                "Late for the first time in a year: a friendly call usually settles it."
            ),
            Verdict.OCCASIONAL: self.tr("Now and then late: call and agree on a date."),
            Verdict.HABITUAL: self.tr(
                "Often late: be firm, agree on a date and confirm it in writing."
            ),
        }[verdict]

    def show_behaviour(self, behaviour: PaymentBehaviour, days_late: int = 0) -> None:
        """``days_late``: how long the oldest open invoice is overdue."""
        colour = VERDICT_COLOURS[behaviour.verdict]
        self.verdict.setText(
            f"<span style='font-size:13pt; font-weight:bold; color:{colour}'>"
            f"{html.escape(self.verdict_text(behaviour.verdict))}</span>"
        )
        paid = self.tr("Paid: %n invoice(s)", "", behaviour.paid_count)
        if behaviour.paid_count:
            paid += ", " + self.tr("%n of them late", "", behaviour.paid_late)
        lines = [paid]
        if behaviour.average_days_late is not None:
            average = str(behaviour.average_days_late)
            if self.language == "nl":
                average = average.replace(".", ",")
            lines.append(self.tr("Average days late: {days}").format(days=average))
        lines.append(self.tr("Overdue now: %n invoice(s)", "", behaviour.overdue_now))
        self.figures.setText("<br>".join(html.escape(line) for line in lines))
        hint = self.hint_text(behaviour.verdict, days_late)
        self.hint.setText(f"<i>{html.escape(hint)}</i>")
