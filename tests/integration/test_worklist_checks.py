"""The worklist's check before the first reminder, and snoozed steps, on a real book."""

from dataclasses import replace
from datetime import timedelta

import pytest

from debiteur_desk.domain import clock
from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.services.invoices import invoice_input_of, update_invoice
from debiteur_desk.services.timeline import client_timeline
from debiteur_desk.services.worklist import (
    client_work,
    describe,
    next_actions,
    worklist,
    worklist_read,
)
from debiteur_desk.services.worklist_actions import (
    SnoozeInput,
    confirm_sent,
    lift_snooze,
    snooze_step,
)
from debiteur_desk.store.models import AuditLog, Invoice, WorklistSnooze

from .factories import client, invoice

TODAY = clock.today()


def days(n):
    return TODAY + timedelta(days=n)


@pytest.fixture
def book(db):
    cid = client(db, "Bakkerij De Korenschoof", email="boekhouding@korenschoof.nl")
    never = invoice(db, cid, "K-1", "121.00", invoice_date=days(-19), due=days(-5), checked=False)
    return db, cid, never


def step_of(db, cid, as_of=TODAY):
    found = [item for item in worklist(db, as_of) if item.client_id == cid]
    assert len(found) <= 1
    return found[0] if found else None


def test_a_first_reminder_for_an_invoice_never_marked_sent_asks_for_the_check_first(book):
    db, cid, inv = book
    item = step_of(db, cid)
    assert (item.action, item.shown_action) == ("send-reminder", "check-sent")
    [line] = item.sending
    assert (line.number, line.flags) == ("K-1", ("never_sent",))
    assert describe(item).startswith("Controleer eerst of de factuur goed is verstuurd")
    assert "K-1" in describe(item, "en") and "not recorded as sent" in describe(item, "en")


def test_confirming_the_sending_removes_the_flag_and_offers_the_reminder(book):
    db, cid, inv = book
    assert confirm_sent(db, [inv], TODAY) == 1
    item = step_of(db, cid)
    assert (item.shown_action, item.reason) == ("send-reminder", "overdue")
    [line] = item.sending
    assert (line.flags, line.checked_on, line.facts.sent_on) == ((), TODAY, days(-19))
    with db.reading() as s:
        assert s.get(Invoice, inv).sent_on == days(-19)  # marked sent on its invoice date
        assert s.query(AuditLog).filter_by(action="invoice.sent_checked").count() == 1


def test_correcting_a_mistyped_address_in_the_invoice_removes_its_flag(book):
    db, cid, inv = book
    data = invoice_input_of(db, inv)
    update_invoice(db, inv, replace(data, sent_on=days(-19), sent_via="email",
                                    sent_to="boekhouding@korenschoof"))  # fmt: skip
    assert step_of(db, cid).sending[0].flags == ("email_invalid",)
    update_invoice(db, inv, replace(data, sent_on=days(-19), sent_via="email",
                                    sent_to="boekhouding@korenschoof.nl"))  # fmt: skip
    item = step_of(db, cid)
    assert (item.shown_action, item.sending[0].flags) == ("send-reminder", ())


def test_a_due_date_against_the_agreed_term_is_flagged_before_the_first_reminder(db):
    cid = client(db, "Groothandel Jansen", payment_term_days=30, large_company=True)
    invoice(db, cid, "J-1", "500.00", invoice_date=days(-50), due=days(-5), sent_on=days(-50),
            sent_via="post", checked=False)  # fmt: skip
    [line] = step_of(db, cid).sending
    # 45 days to pay: not the agreed 30, and more than a large company may take from an
    # SME (art. 6:119a lid 6 BW)
    assert line.flags == ("due_not_agreed", "term_over_30_sme")


def test_an_invoice_named_in_a_sent_reminder_carries_no_sending_check_later(book):
    db, cid, inv = book
    with db.transaction() as s:
        s.get(Invoice, inv).sent_on = days(-19)
    from tests.integration.test_worklist import add_letter

    add_letter(db, cid, "reminder", days(-3), [inv])
    item = [i for i in client_work(db, cid, TODAY)][0]
    assert item.sending == () and not item.needs_sent_check


def _reminded_about_one_then_another_falls_due(db, **sent):
    """A client reminded about A (sent, and called since, so the second reminder is next);
    then B, which nobody checked yet, falls due."""
    from tests.integration.test_worklist import add_letter, phone

    cid = client(db, "Slagerij Peters", email="info@peters.nl")
    a = invoice(db, cid, "P-1", "121.00", invoice_date=days(-60), due=days(-46))
    add_letter(db, cid, "reminder", days(-40), [a])
    phone(db, cid, days(-30))  # reached: the second reminder follows a step later
    b = invoice(db, cid, "P-2", "60.50", invoice_date=days(-25), due=days(-11), checked=False,
                **sent)  # fmt: skip
    return cid, a, b


def test_a_later_letter_step_asks_to_check_an_invoice_no_sent_letter_named_yet(company_book):
    """Art. 3:37 lid 3 BW: a reminder about an invoice counts only once the client received
    that invoice. After a reminder about A went out, B (never marked as sent) falls due:
    the second reminder leaves B out until the user checked it, so the worklist asks for
    the check on that step too, for B only (A was named in a sent letter); "Klopt,
    verstuurd" lifts it and the next letter names B."""
    from debiteur_desk.domain.letter_kinds import LetterKind
    from debiteur_desk.services.letter_context import LetterRequest
    from debiteur_desk.services.letters import prepare_letter

    db = company_book
    cid, a, b = _reminded_about_one_then_another_falls_due(db)
    item = step_of(db, cid)
    assert (item.action, item.shown_action) == ("send-second-reminder", "check-sent")
    assert set(item.invoice_ids) == {a, b}
    [line] = item.sending
    assert (line.invoice_id, line.number, line.flags) == (b, "P-2", ("never_sent",))
    assert "P-2" in describe(item) and "P-1" not in describe(item)
    [on_page] = [i for i in client_work(db, cid, TODAY) if i.action == "send-second-reminder"]
    assert on_page.sending == item.sending  # the client's page asks the same
    second = LetterRequest(LetterKind.SECOND_REMINDER, client_id=cid, letter_date=TODAY)
    prepared = prepare_letter(db, second, TODAY)
    assert prepared.invoice_ids == (a,)  # the letter rule holds B: the same test
    assert [r.params["number"] for r in prepared.left_out] == ["P-2"]

    assert confirm_sent(db, [b], TODAY) == 1  # "Klopt, verstuurd"
    item = step_of(db, cid)
    assert (item.shown_action, [line.flags for line in item.sending]) == (
        "send-second-reminder",
        [()],
    )
    assert prepare_letter(db, second, TODAY).invoice_ids == (a, b)


def test_a_changed_address_on_a_later_step_can_be_confirmed_in_the_worklist(db):
    """Art. 3:37 lid 3 BW: B was e-mailed to an address that is not the client's; before
    a letter names it, the worklist shows the problem on the client's next letter step and
    offers the check (before, it only did so on the first reminder, so there was no way to
    confirm it at all)."""
    cid, _a, b = _reminded_about_one_then_another_falls_due(
        db, sent_on=days(-25), sent_via="email", sent_to="oud@peters.nl"
    )
    item = step_of(db, cid)
    assert item.needs_sent_check and [line.flags for line in item.sending] == [("email_differs",)]
    confirm_sent(db, [b], TODAY)
    assert not step_of(db, cid).needs_sent_check


def test_a_snoozed_step_leaves_the_list_until_its_day_and_comes_back_on_it(book):
    db, cid, inv = book
    snooze_step(db, SnoozeInput(cid, "send-reminder", days(7), "Belt na de vakantie", (inv,)),
                TODAY)  # fmt: skip
    assert step_of(db, cid) is None
    [snoozed] = worklist_read(db, TODAY).snoozed
    assert (snoozed.client_id, snoozed.snooze.until, snoozed.snooze.reason) == (
        cid,
        days(7),
        "Belt na de vakantie",
    )
    assert next_actions(db, TODAY)[cid].due_on == days(7)  # the overview says when
    assert step_of(db, cid, days(6)) is None
    back = step_of(db, cid, days(7))
    assert back is not None and back.action == "send-reminder" and back.snooze is None


def test_a_snooze_lifted_early_brings_the_step_back_today_and_shows_on_the_timeline(book):
    db, cid, inv = book
    snooze_id = snooze_step(
        db, SnoozeInput(cid, "send-reminder", days(7), "Wacht op klant", (inv,)), TODAY
    )
    lift_snooze(db, snooze_id, TODAY)
    assert step_of(db, cid) is not None
    events = {e.kind: e for e in client_timeline(db, cid)}
    snoozed = events["step_snoozed"]
    assert (snoozed.title, snoozed.note) == (days(7).isoformat(), "Wacht op klant")
    assert dict(snoozed.details) == {"step": "send-reminder", "invoices": "K-1"}
    assert events["snooze_lifted"].when == TODAY
    with pytest.raises(InvalidInput) as again:
        lift_snooze(db, snooze_id, TODAY)
    assert again.value.code == "snooze_not_active"


def test_snoozing_again_replaces_the_running_snooze(book):
    db, cid, inv = book
    snooze_step(db, SnoozeInput(cid, "send-reminder", days(3), "Eerst", (inv,)), TODAY)
    snooze_step(db, SnoozeInput(cid, "send-reminder", days(10), "Toch later", (inv,)), TODAY)
    assert step_of(db, cid, days(5)) is None
    assert worklist_read(db, TODAY).snoozed[0].snooze.reason == "Toch later"


@pytest.mark.parametrize(
    ("until", "reason", "action", "code"),
    [
        (0, "Belt terug", "send-reminder", "snooze_until_not_future"),
        (7, "  ", "send-reminder", "snooze_reason_empty"),
        (7, "Belt terug", "dance", "snooze_action_unknown"),
    ],
)
def test_a_bad_snooze_is_refused_and_writes_nothing(book, until, reason, action, code):
    db, cid, inv = book
    with pytest.raises(InvalidInput) as refused:
        snooze_step(db, SnoozeInput(cid, action, days(until), reason, (inv,)), TODAY)
    assert refused.value.code == code
    with db.reading() as s:
        assert s.query(WorklistSnooze).count() == 0
