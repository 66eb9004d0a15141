"""Internal codes never show: every kind of timeline event, with every code it can carry,
reads as words in Dutch and in English (its line, its tooltip and its details box)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from debiteur_desk.domain.disputes import DisputeOutcome, DisputeReason
from debiteur_desk.domain.instalments import PlanStatus
from debiteur_desk.domain.letter_kinds import LetterKind
from debiteur_desk.domain.matching import CONFIRMED_BY_USER, MatchReason
from debiteur_desk.domain.payment_plan import Frequency
from debiteur_desk.domain.promises import CallOutcome, CallReason, PromiseStatus
from debiteur_desk.services.handover import PARTIES
from debiteur_desk.services.invoice_import import OPENING_BALANCE
from debiteur_desk.services.letters import SENT_VIA as LETTER_SENT_VIA
from debiteur_desk.services.timeline import KINDS, TimelineEvent
from debiteur_desk.services.worklist_items import ACTIONS
from debiteur_desk.text.formatting import format_date
from debiteur_desk.ui.i18n import install_translators, remove_translators
from debiteur_desk.ui.timeline_view import event_details_html
from debiteur_desk.ui.timeline_words import CODES, KIND_TEXTS, code_text, what_happened

INVOICE_SENT_VIA = ("email", "post", "portal", "hand")  # the invoice dialog's choices
# The payment dialog's choices, and an import's opening balance.
PAYMENT_METHODS = ("bank", "cash", "card", "other", OPENING_BALANCE)

# What the services put in events, per group of words.
ALL_CODES = {
    "letter": [k.value for k in LetterKind],
    "outcome": [o.value for o in CallOutcome],
    "reason": [r.value for r in CallReason],
    "sent_via": sorted({*LETTER_SENT_VIA, *INVOICE_SENT_VIA}),
    "method": list(PAYMENT_METHODS),
    "frequency": [f.value for f in Frequency],
    "plan_status": [s.value for s in PlanStatus],
    "promise_status": [s.value for s in PromiseStatus],
    "party": list(PARTIES),
    "matched_by": [*(r.value for r in MatchReason), CONFIRMED_BY_USER],
    "dispute_reason": [r.value for r in DisputeReason],
    "dispute_outcome": [o.value for o in DisputeOutcome],
}
JOINED = {code for codes in ALL_CODES.values() for code in codes if re.search(r"[-_]", code)}


@pytest.fixture(params=["nl", "en"])
def language(request, qapp):
    translators = install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp, translators)
    qapp.setProperty("language", None)


def event(kind, title="", ref_kind="x", **details):
    pairs = tuple((key, value) for key, value in details.items())
    return TimelineEvent(date(2026, 11, 2), kind, title, Decimal("12.50"), "", ref_kind, 7, pairs)


def every_event() -> list[TimelineEvent]:
    """Each kind of event, once per code it can carry."""
    events = [
        event(
            "invoice_made", "2026-0042", "invoice", invoice_date="2026-10-01", due_date="2026-10-15"
        ),
        event("credit_note", "CN-1", "credit_note", invoices="2026-0042"),
        event("write_off", "2026-0042", "invoice"),
        event("email", "Stuurt de factuur door", "contact_event"),
        event("visit", "", "contact_event"),
        event("note", "", "contact_event"),
        event("letter_contact", "", "contact_event"),
        event("agreement_made", "2026-11-20", "agreement", promised_by="2026-11-20"),
        event("agreement_kept", "2026-11-20", "agreement"),
        event("agreement_broken", "2026-11-20", "agreement"),
        event("agreement_cancelled", "2026-11-20", "agreement"),
        event("instalment_due", "0", "instalment", plan_made_on="2026-10-25"),
        event("instalment_paid", "0", "instalment", plan_made_on="2026-10-25"),
        event("instalment_due", "3", "instalment", due_date="2026-12-01"),
        event("instalment_paid", "3", "instalment", due_date="2026-12-01"),
    ]
    events += [event("letter", kind, "letter", sent_via="post") for kind in ALL_CODES["letter"]]
    events += [event("letter", "reminder", "letter", sent_via=v) for v in LETTER_SENT_VIA]
    events += [event("invoice_sent", "2026-1", "invoice", sent_via=v) for v in INVOICE_SENT_VIA]
    events += [event("payment", "2026-1", "payment", method=m) for m in PAYMENT_METHODS]
    events += [event("payment", "", "payment", credit="12.50")]
    events += [
        event("payment", "2026-1", "payment", method="bank", iban="NL91ABNA0417164300",
              matched_by=reason)
        for reason in ALL_CODES["matched_by"]
    ]  # fmt: skip
    events += [event("payment_reversed", "", "bank_line", iban="NL91ABNA0417164300",
                     return_reason="MD06")]  # fmt: skip
    events += [
        event("phone", outcome, "contact_event", reason=reason)
        for outcome in ALL_CODES["outcome"]
        for reason in ALL_CODES["reason"]
    ]
    events += [
        event("plan_made", status, "payment_plan", frequency=frequency, status=status)
        for status in ALL_CODES["plan_status"]
        for frequency in ALL_CODES["frequency"]
    ]
    events += [
        event("agreement_made", "2026-11-20", "agreement", status=status)
        for status in ALL_CODES["promise_status"]
    ]
    events += [event("handover", p, "contact_event", contact="Incasso BV") for p in PARTIES]
    events += [
        event("dispute_opened", "2026-0042", "dispute", dispute_reason=r, invoices="2026-0042")
        for r in ALL_CODES["dispute_reason"]
    ]
    events += [
        event("dispute_resolved", "2026-0042", "dispute", dispute_outcome=o,
              opened_on="2026-10-20", dispute_reason="quality", invoices="2026-0042")
        for o in ALL_CODES["dispute_outcome"]
    ]  # fmt: skip
    events += [
        event(kind, "2026-12-01", "snooze", step=action, invoices="2026-0042")
        for kind in ("step_snoozed", "snooze_lifted")
        for action in ACTIONS
    ]
    return events


def test_a_snoozed_step_reads_as_its_words_not_its_code(language):
    text = what_happened(event("step_snoozed", "2026-12-01", "snooze", step="send-reminder"),
                         language)  # fmt: skip
    assert "send-reminder" not in text and "2026-12-01" not in text, text
    assert format_date(date(2026, 12, 1), language) in text


def test_every_code_the_services_use_has_its_words():
    for group, codes in ALL_CODES.items():
        assert set(codes) <= set(CODES[group]), group
    assert set(KINDS) <= set(KIND_TEXTS)
    assert {e.kind for e in every_event()} == set(KINDS)


def test_no_code_shows_in_any_event(language):
    # In Dutch an English code word ("monthly", "draft") is a code showing through.
    words = {
        code
        for group, codes in ALL_CODES.items()
        for code in codes
        if language == "nl" and code_text(group, code) != code
    }
    for item in every_event():
        text = what_happened(item, language) + "\n" + event_details_html(item, language)
        assert "_" not in text, text
        assert not [code for code in JOINED if code in text], text
        assert not [word for word in words if re.search(rf"\b{word}\b", text)], text


def test_the_down_payment_is_called_so(language):
    due = what_happened(event("instalment_due", "0", "instalment"), language)
    assert due == {"nl": "Aanbetaling vervalt", "en": "Down payment due"}[language]


def test_a_letter_and_a_plan_read_as_words(language):
    letter = what_happened(event("letter", "agreement-confirmation", "letter"), language)
    plan = event_details_html(
        event("plan_made", "draft", "payment_plan", frequency="monthly", status="draft"), language
    )
    if language == "nl":
        assert letter == "Brief: bevestiging van afspraak"
        assert "maandelijks" in plan and "wacht op het ondertekende exemplaar" in plan
    else:
        assert letter == "Letter: confirmation of agreement"
        assert "monthly" in plan and "waiting for the signed copy" in plan
