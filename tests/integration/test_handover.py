"""Handing a client over for collection ends the escalation ladder (services/handover.py)."""

import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from debiteur_desk.domain.errors import InvalidInput, NotFound, RuleViolation
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.services.handover import HandoverInput, record_handover
from debiteur_desk.services.payments import PaymentInput, record_payment
from debiteur_desk.services.timeline import client_timeline
from debiteur_desk.services.worklist import next_actions
from debiteur_desk.store.models import AuditLog, ContactEvent

from .factories import client, invoice
from .test_worklist import TODAY, add_letter, days  # the worklist's day helpers and letters


@pytest.fixture
def ladder_done(db):
    """A business that had every letter of the ladder: the next step is the hand-over."""
    cid = client(db, "Garage Laat", kind=ClientKind.BUSINESS)
    inv = invoice(db, cid, "H-1", "800.00", invoice_date=days(-120), due=days(-90))
    for kind, ago in (("reminder", -75), ("second-reminder", -60), ("final-demand", -40)):
        add_letter(db, cid, kind, days(ago), [inv])
    assert next_actions(db, TODAY)[cid].action == "hand-over"
    return cid, inv


def handover(cid, on=TODAY, kind="collection_agency", name="Incassobureau Noord B.V."):
    return HandoverInput(cid, on, kind, name, "Dossier 2026-114")


def test_a_hand_over_ends_the_ladder_and_shows_on_the_timeline(db, ladder_done):
    cid, _ = ladder_done
    event_id = record_handover(db, handover(cid))
    assert cid not in next_actions(db, TODAY)
    events = [e for e in client_timeline(db, cid) if e.kind == "handover"]
    assert [(e.when, e.title, e.note, e.ref_id) for e in events] == [
        (TODAY, "collection_agency", "Dossier 2026-114", event_id)
    ]
    assert ("contact", "Incassobureau Noord B.V.") in events[0].details
    with db.reading() as s:
        logged = s.scalars(select(AuditLog).where(AuditLog.action == "contact.handover")).one()
    assert json.loads(logged.details)["invoices"] == ["H-1"]


def test_only_a_hand_over_after_the_last_letter_ends_the_ladder(db, ladder_done):
    """domain/escalation.py: a hand-over dated before the final demand went out was not
    the ladder's end (the file came back, say), so the next step stays the hand-over."""
    cid, _ = ladder_done
    record_handover(db, handover(cid, on=days(-50)))
    assert next_actions(db, TODAY)[cid].action == "hand-over"
    record_handover(db, handover(cid, on=days(-10), kind="bailiff", name="Deurwaarder Ten Have"))
    assert cid not in next_actions(db, TODAY)


@pytest.mark.parametrize(
    "data, code",
    [
        (dict(kind="friend"), "handover_party_kind"),
        (dict(name="  "), "handover_party_missing"),
        (dict(on=days(1)), "handover_in_future"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(db, ladder_done, data, code):
    cid, _ = ladder_done
    with pytest.raises(InvalidInput) as info:
        record_handover(db, handover(cid, **data))
    assert info.value.code == code
    with db.reading() as s:
        assert s.scalars(select(ContactEvent)).all() == []


def test_nothing_overdue_nothing_to_hand_over(db):
    cid = client(db)
    inv = invoice(db, cid, "P-1", "100.00", invoice_date=days(-40), due=days(-10))
    record_payment(db, PaymentInput(days(-5), Decimal("100.00"), cid, [(inv, Decimal("100.00"))]))
    with pytest.raises(RuleViolation) as info:
        record_handover(db, handover(cid))
    assert info.value.code == "handover_nothing_overdue"
    with pytest.raises(NotFound):
        record_handover(db, handover(cid + 99))


def test_a_later_invoice_is_chased_as_usual_after_the_hand_over(db, ladder_done):
    cid, _ = ladder_done
    record_handover(db, handover(cid, on=days(-30)))
    assert cid not in next_actions(db, TODAY)
    later = invoice(db, cid, "H-2", "120.00", invoice_date=days(-40), due=days(-20))
    step = next_actions(db, TODAY)[cid]
    assert (step.action, step.invoice_ids) == ("send-reminder", (later,))
