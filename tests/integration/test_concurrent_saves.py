"""Two PCs saving the same record at the same moment on a PostgreSQL server (issue 14,
"concurrent edits of the same client, invoice or plan never silently overwrite each
other"). The save that comes second waits for the first one's transaction (the book's
write lock: an advisory lock on a server, as SQLite's lock on a file,
``store/database.py``) and then compares with what the first one stored: refused, never
a silent overwrite. Without that lock both would read the old values, both would pass
the comparison, and the later would overwrite the earlier. (Two processes on one SQLite
file: tests/integration/test_two_instances.py.)"""

import threading
import time
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text, update

from debiteur_desk.domain.errors import RuleViolation
from debiteur_desk.domain.instalments import PlanStatus
from debiteur_desk.domain.payment_plan import Frequency
from debiteur_desk.services.book import open_book
from debiteur_desk.services.clients import client_input_of, update_client
from debiteur_desk.services.invoices import invoice_input_of, update_invoice
from debiteur_desk.services.payment_plans import (
    PaymentPlanInput,
    create_payment_plan,
    mark_plan_broken,
    plan_view,
    renegotiate_plan,
)
from debiteur_desk.store.database import Database
from debiteur_desk.store.models import Client, Invoice, PaymentPlan
from tests.conftest import drop_book
from tests.integration.factories import client, invoice

pytestmark = pytest.mark.sqlite_only("two PCs on the run's PostgreSQL server, by their own URL")


@pytest.fixture
def two_pcs(pg_url):
    first = open_book(pg_url).database
    second = Database(pg_url)
    yield first, second
    second.close()
    drop_book(first)
    first.close()


def waiting_for_a_lock(db: Database, seconds: float = 10.0) -> bool:
    """Whether another session of the server is waiting for a row lock (the second save)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with db.reading() as session:
            waiting = session.scalar(
                text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
            )
        if waiting:
            return True
        time.sleep(0.05)
    return False


def second_save_while_first_is_open(first_pc, model, row_id, change, second_save):
    """The first PC's save holds ``model`` ``row_id`` changed but not yet committed while
    the second PC's save runs; then the first commits. The second save's outcome."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(second_save())
        except Exception as error:  # noqa: BLE001 (the outcome is the test's to judge)
            outcome.append(error)

    with first_pc.transaction() as session:
        session.execute(update(model).where(model.id == row_id).values(**change))
        worker = threading.Thread(target=run)
        worker.start()
        assert waiting_for_a_lock(first_pc), "the second save should wait for the first"
    worker.join(30)
    return outcome[0]


def test_two_pcs_saving_one_client_at_once_the_second_is_told_not_silently_lost(two_pcs):
    first, second = two_pcs
    cid = client(first, name="Bakkerij De Korenschoof", email="info@korenschoof.nl")
    seen = client_input_of(second, cid)
    outcome = second_save_while_first_is_open(
        first, Client, cid, {"email": "bestel@korenschoof.nl"},
        lambda: update_client(second, cid, replace(seen, email="admin@korenschoof.nl"),
                              based_on=seen),
    )  # fmt: skip
    assert isinstance(outcome, RuleViolation) and outcome.code == "changed_elsewhere"
    assert client_input_of(first, cid).email == "bestel@korenschoof.nl"


def test_two_pcs_saving_one_invoice_at_once_the_second_is_refused(two_pcs):
    first, second = two_pcs
    iid = invoice(first, client(first), "2026-001", "100.00", date(2026, 9, 1), date(2026, 10, 1))
    seen = invoice_input_of(second, iid)
    outcome = second_save_while_first_is_open(
        first, Invoice, iid, {"due_date": date(2026, 10, 15)},
        lambda: update_invoice(second, iid, replace(seen, due_date=date(2026, 10, 31)),
                               based_on=seen),
    )  # fmt: skip
    assert isinstance(outcome, RuleViolation) and outcome.code == "changed_elsewhere"
    assert invoice_input_of(first, iid).due_date == date(2026, 10, 15)


def test_a_plan_broken_on_one_pc_cannot_be_renegotiated_at_once_on_another(two_pcs):
    first, second = two_pcs
    cid = client(first)
    iid = invoice(first, cid, "2026-002", "600.00", date(2026, 9, 1), date(2026, 10, 1))
    terms = PaymentPlanInput(
        client_id=cid, invoice_ids=(iid,), frequency=Frequency.MONTHLY,
        first_due=date(2026, 12, 1), count=3,
    )  # fmt: skip
    plan_id = create_payment_plan(first, terms)
    outcome = second_save_while_first_is_open(
        first,
        PaymentPlan,
        plan_id,
        {"status": PlanStatus.REPLACED},
        lambda: renegotiate_plan(second, plan_id, replace(terms, count=6)),
    )
    assert isinstance(outcome, RuleViolation) and outcome.code == "plan_cannot_renegotiate"
    assert plan_view(first, plan_id, date(2026, 12, 2)).replaced_by_id is None
    with pytest.raises(RuleViolation):
        mark_plan_broken(second, plan_id, date(2026, 12, 20))
