"""Make the README's letter pictures: the first page of each letter kind, from a small book
built through the services, the way the app makes them (needs ``pdftoppm``, poppler-utils).

    python docs/letters/make_thumbnails.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 11, 22)


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="dd-letters-"))
    os.environ["DEBITEUR_DESK_DOCUMENTS_DIR"] = str(work / "letters")
    from debiteur_desk.domain import clock
    from debiteur_desk.domain.parties import ClientKind
    from debiteur_desk.domain.payment_plan import Frequency
    from debiteur_desk.domain.promises import CallOutcome, CallReason
    from debiteur_desk.letters import LetterKind
    from debiteur_desk.services.agreements import (
        PhoneCallInput,
        PromiseInput,
        record_phone_call,
    )
    from debiteur_desk.services.book import open_book
    from debiteur_desk.services.clients import ClientInput, add_client
    from debiteur_desk.services.demo import DEMO_COMPANY
    from debiteur_desk.services.invoices import InvoiceInput, add_invoice
    from debiteur_desk.services.letter_context import LetterRequest
    from debiteur_desk.services.letters import make_letter, mark_letter_sent
    from debiteur_desk.services.payment_plans import PaymentPlanInput, create_payment_plan
    from debiteur_desk.services.settings import change_setting

    clock.fix(TODAY)
    db = open_book(work / "book.sqlite").database
    for key, value in DEMO_COMPANY.items():
        change_setting(db, key, value)

    def client(name: str, kind: ClientKind, contact: str = "") -> int:
        data = ClientInput(name=name, kind=kind, street="Dorpsstraat 12", postcode="3511 AB",
                           city="Utrecht", contact_person=contact)  # fmt: skip
        return add_client(db, data)

    def bill(client_id: int, number: str, amount: str, due: date) -> int:
        return add_invoice(db, InvoiceInput(number=number, client_id=client_id,
                                            invoice_date=due - timedelta(days=14), due_date=due,
                                            amount=Decimal(amount)))  # fmt: skip

    def letter(kind: LetterKind, on: date, client_id: int, sent: bool = False) -> Path:
        made = make_letter(db, LetterRequest(kind, client_id=client_id, letter_date=on), today=on)
        if sent:
            mark_letter_sent(db, made.letter_id, on, "post")
        return made.path

    made: dict[str, Path] = {}
    anna = client("Anna de Vries", ClientKind.CONSUMER)
    for n, (amount, due) in enumerate(
        [("250.00", date(2026, 8, 31)), ("180.50", date(2026, 9, 15)), ("99.95", date(2026, 9, 30))]
    ):
        bill(anna, f"2026-01{n + 1}", amount, due)
    made["reminder"] = letter(LetterKind.REMINDER, date(2026, 10, 5), anna, sent=True)
    made["fourteen-day-letter"] = letter(
        LetterKind.FOURTEEN_DAY_LETTER, date(2026, 10, 27), anna, sent=True
    )
    made["final-demand"] = letter(LetterKind.FINAL_DEMAND, TODAY, anna)

    firm = client("Bakkerij Jansen B.V.", ClientKind.BUSINESS, "Mevr. J. de Boer")
    bread = bill(firm, "2026-0201", "1210.00", date(2026, 10, 1))
    letter(LetterKind.REMINDER, date(2026, 10, 8), firm, sent=True)
    record_phone_call(db, PhoneCallInput(
        firm, datetime(2026, 10, 20, 10), CallOutcome.REACHED, reason=CallReason.CASH_FLOW,
        invoice_ids=(bread,), promise=PromiseInput((bread,), Decimal("1210.00"),
                                                   date(2026, 11, 6)),
    ))  # fmt: skip
    made["agreement-confirmation"] = letter(
        LetterKind.AGREEMENT_CONFIRMATION, date(2026, 10, 20), firm
    )
    made["second-reminder"] = letter(LetterKind.SECOND_REMINDER, TODAY, firm)

    karel = client("Karel Pieters", ClientKind.CONSUMER)
    plan_invoice = bill(karel, "2026-0301", "900.00", date(2026, 10, 1))
    create_payment_plan(db, PaymentPlanInput(karel, (plan_invoice,), Frequency.MONTHLY,
                                             first_due=date(2026, 12, 15), count=3))  # fmt: skip
    made["payment-plan"] = letter(LetterKind.PAYMENT_PLAN, TODAY, karel)
    db.close()

    for name, pdf in made.items():
        prefix = work / name
        subprocess.run(["pdftoppm", "-r", "100", "-png", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(prefix)], check=True)  # fmt: skip
        (HERE / f"{name}.png").write_bytes(prefix.with_suffix(".png").read_bytes())
        print(HERE / f"{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
