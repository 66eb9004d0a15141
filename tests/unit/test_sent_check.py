"""Did the invoice really go out? Each flag on a worked case (domain/sent_check.py)."""

from datetime import date, timedelta

import pytest

from debiteur_desk.domain.sent_check import SendingFacts, SentFlag, open_flags, sent_flags

INVOICE_DAY = date(2026, 10, 1)


def facts(term=14, agreed=14, **kw):
    """An invoice sent by e-mail on its date to the client's own address: nothing wrong."""
    values = dict(
        invoice_date=INVOICE_DAY,
        due_date=INVOICE_DAY + timedelta(days=term),
        sent_on=INVOICE_DAY,
        sent_via="email",
        sent_to="boekhouding@korenschoof.nl",
        client_email="boekhouding@korenschoof.nl",
        agreed_term_days=agreed,
    )
    return SendingFacts(**{**values, **kw})


def test_an_invoice_sent_as_agreed_raises_nothing():
    assert sent_flags(facts()) == ()


def test_an_invoice_never_marked_as_sent_is_flagged():
    assert sent_flags(facts(sent_on=None, sent_via=None, sent_to="")) == (SentFlag.NEVER_SENT,)


def test_an_invoice_sent_by_post_needs_no_e_mail_address():
    assert sent_flags(facts(sent_via="post", sent_to="")) == ()


def test_an_e_mail_without_the_address_it_went_to_is_flagged():
    assert sent_flags(facts(sent_to="")) == (SentFlag.NO_ADDRESS,)


@pytest.mark.parametrize(
    "typed", ["boekhouding@korenschoof", "boekhouding korenschoof.nl", "bo@@korenschoof.nl"]
)
def test_an_address_that_fails_the_syntax_check_is_flagged(typed):
    assert sent_flags(facts(sent_to=typed)) == (SentFlag.EMAIL_INVALID,)


def test_an_address_other_than_the_clients_current_one_is_flagged():
    flags = sent_flags(facts(sent_to="info@korenschoof.nl"))
    assert flags == (SentFlag.EMAIL_DIFFERS,)


def test_the_same_address_in_other_capitals_or_among_several_is_the_clients():
    assert sent_flags(facts(sent_to="Boekhouding@Korenschoof.nl")) == ()
    assert sent_flags(facts(sent_to="info@korenschoof.nl; boekhouding@korenschoof.nl")) == ()


def test_a_client_without_an_address_cannot_differ_from_it():
    assert sent_flags(facts(sent_to="info@korenschoof.nl", client_email="")) == ()


def test_a_due_date_that_does_not_follow_the_agreed_term_is_flagged():
    """Agreed 30 days, the invoice says 14: a slip in the month or the term."""
    assert sent_flags(facts(term=14, agreed=30)) == (SentFlag.DUE_NOT_AGREED,)


def test_art_6_119a_lid_5_bw_a_term_over_60_days_between_businesses_is_flagged():
    """Art. 6:119a lid 5 BW: more than 60 days only when expressly agreed."""
    assert sent_flags(facts(term=60, agreed=60)) == ()
    assert sent_flags(facts(term=61, agreed=61)) == (SentFlag.TERM_OVER_60,)


def test_art_6_119a_bw_does_not_bind_a_consumers_term():
    """Art. 6:119a BW is about commercial transactions: a consumer's 90 days are no flag."""
    assert sent_flags(facts(term=90, agreed=90, business=False)) == ()


def test_art_6_119a_lid_6_bw_a_large_company_may_agree_at_most_30_days_with_an_sme():
    """Art. 6:119a lid 6 BW: a large company paying a small business: at most 30 days; a
    longer term is void. The stricter flag replaces the 60-day one."""
    assert sent_flags(facts(term=30, agreed=30, large_company=True)) == ()
    assert sent_flags(facts(term=31, agreed=31, large_company=True)) == (SentFlag.TERM_OVER_30_SME,)
    assert sent_flags(facts(term=75, agreed=75, large_company=True)) == (SentFlag.TERM_OVER_30_SME,)
    assert sent_flags(facts(term=31, agreed=31)) == ()  # a small client: 31 days are fine


def test_several_problems_come_in_the_order_to_check_them():
    flags = sent_flags(facts(sent_to="info@korenschoof.nl", term=75, agreed=30))
    assert flags == (SentFlag.EMAIL_DIFFERS, SentFlag.DUE_NOT_AGREED, SentFlag.TERM_OVER_60)


def test_the_check_is_open_until_the_user_checked_it_and_reads_the_book_as_it_stood():
    """What the worklist and the letter rules both ask: nothing to check once the user
    checked it by that day; a sending recorded for a later day had not happened yet."""
    never = facts(sent_on=None, sent_via=None, sent_to="")
    assert open_flags(never, None, INVOICE_DAY) == (SentFlag.NEVER_SENT,)
    assert open_flags(never, INVOICE_DAY, INVOICE_DAY) == ()
    assert open_flags(never, INVOICE_DAY + timedelta(days=1), INVOICE_DAY) == (SentFlag.NEVER_SENT,)
    later = facts(sent_on=INVOICE_DAY + timedelta(days=3))
    assert open_flags(later, None, INVOICE_DAY) == (SentFlag.NEVER_SENT,)
    assert open_flags(later, None, INVOICE_DAY + timedelta(days=3)) == ()
