"""The interest-rate table in a book: shipped rows brought up to date, the user's own rows
kept, the rates screen's services, and the warnings ``calc interest`` gives."""

import json
from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from debiteur_desk.cli import main
from debiteur_desk.domain.errors import InvalidInput, NotFound
from debiteur_desk.domain.interest import InterestKind
from debiteur_desk.domain.rate_warnings import RateWarning, RateWarningKind
from debiteur_desk.services.book import open_book
from debiteur_desk.services.rates import add_rate, mark_rate_verified, rate_table
from debiteur_desk.store.models import AuditLog, InterestRateRow
from debiteur_desk.store.rates import sync_shipped_rates

CONSUMER, COMMERCIAL = InterestKind.CONSUMER, InterestKind.COMMERCIAL
OLD_2015 = "Besluit wettelijke rente, Stb. 2014, 507"
OLD_2026 = "Unverified: check wetten.overheid.nl and correct in Settings"


def _row(session, kind, day):
    return session.scalars(
        select(InterestRateRow).where(
            InterestRateRow.kind == kind.value, InterestRateRow.from_date == day
        )
    ).one()


def _as_an_older_version_left_it(db):
    """The rows as the previous version of the app shipped them: the wrong 2015 citation,
    the 'correct in Settings' source, no rows from 01-07-2026."""
    with db.transaction() as s:
        _row(s, CONSUMER, date(2015, 1, 1)).source = OLD_2015
        _row(s, CONSUMER, date(2026, 1, 1)).source = OLD_2026
        for kind in InterestKind:
            s.delete(_row(s, kind, date(2026, 7, 1)))


def test_an_existing_book_gets_the_corrected_citation_and_the_new_rows(any_db):
    """The consumer rate from 2015 was set in Stb. 2014, 491; a book made by an earlier
    version still says 507 and lacks the rows from 01-07-2026 until it is opened again."""
    _as_an_older_version_left_it(any_db)
    with any_db.transaction() as s:
        assert sync_shipped_rates(s) == 4  # two corrected sources, two new rows
    with any_db.reading() as s:
        assert _row(s, CONSUMER, date(2015, 1, 1)).source.endswith("Stb. 2014, 491")
        assert "Beeld → Wettelijke rente" in _row(s, CONSUMER, date(2026, 1, 1)).source
        assert _row(s, COMMERCIAL, date(2026, 7, 1)).rate_hundredths == 1015
    with any_db.transaction() as s:
        assert sync_shipped_rates(s) == 0  # the next start has nothing to do


def test_rows_the_user_touched_are_never_overwritten(any_db):
    """The user's verification and the user's own rates stay as they are."""
    _as_an_older_version_left_it(any_db)
    with any_db.transaction() as s:
        _row(s, CONSUMER, date(2015, 1, 1)).verified = False  # not as any version shipped it
        own = _row(s, CONSUMER, date(2026, 1, 1))
        own.user_added, own.rate_hundredths = True, 425
    add_rate(any_db, COMMERCIAL, date(2026, 7, 1), D("10.40"), "ECB 2.40% + 8 (eigen opzoeking)")
    with any_db.transaction() as s:
        sync_shipped_rates(s)
    with any_db.reading() as s:
        assert _row(s, CONSUMER, date(2015, 1, 1)).source == OLD_2015
        assert _row(s, CONSUMER, date(2026, 1, 1)).source == OLD_2026
        mine = _row(s, COMMERCIAL, date(2026, 7, 1))
        assert (mine.rate_hundredths, mine.user_added) == (1040, True)


def test_the_rate_table_lists_every_row_and_what_is_missing(db):
    """Art. 6:120 BW: rates change every 1 January and 1 July; the shipped table ends at
    01-07-2026, so on 15-01-2027 the change of 01-01-2027 is missing for both kinds."""
    table = rate_table(db, date(2027, 1, 15))
    assert {line.kind for line in table.lines} == {CONSUMER, COMMERCIAL}
    assert not any(line.user_added for line in table.lines)
    assert table.missing == (
        RateWarning(date(2027, 1, 1), RateWarningKind.MISSING, CONSUMER),
        RateWarning(date(2027, 1, 1), RateWarningKind.MISSING, COMMERCIAL),
    )
    assert rate_table(db, date(2026, 12, 31)).missing == ()


def test_adding_a_rate_and_marking_it_verified_is_audited(db):
    """The user adds the rate from 01-01-2027 (art. 6:119 BW), checks it and marks it
    verified; each step is one audited change."""
    rate_id = add_rate(db, CONSUMER, date(2027, 1, 1), D("3.50"), "Besluit wettelijke rente")
    line = next(x for x in rate_table(db, date(2027, 1, 15)).lines if x.id == rate_id)
    assert (line.rate, line.verified, line.user_added) == (D("3.50"), False, True)
    mark_rate_verified(db, rate_id)
    table = rate_table(db, date(2027, 1, 15))
    assert next(x for x in table.lines if x.id == rate_id).verified
    assert [w.interest_kind for w in table.missing] == [COMMERCIAL]
    with db.reading() as s:
        actions = list(s.scalars(select(AuditLog.action).where(AuditLog.entity_id == rate_id)))
    assert actions == ["interest_rate.add", "interest_rate.verify"]


def test_a_rate_from_the_same_day_corrects_the_shipped_one(db):
    """Correcting a shipped rate (here the unconfirmed consumer rate of 01-07-2026) replaces
    it: one row from that day, the user's, unverified, the old value in the audit log."""
    rate_id = add_rate(db, CONSUMER, date(2026, 7, 1), D("3"), "Besluit wettelijke rente 2026")
    lines = [
        x for x in rate_table(db).lines if (x.kind, x.from_date) == (CONSUMER, date(2026, 7, 1))
    ]
    assert [(x.id, x.rate, x.user_added, x.verified) for x in lines] == [
        (rate_id, D("3"), True, False)
    ]
    with db.reading() as s:
        logged = s.scalars(select(AuditLog).where(AuditLog.entity_id == rate_id)).one()
    assert logged.action == "interest_rate.correct" and '"4' in logged.details


@pytest.mark.parametrize(
    ("rate", "source", "code"),
    [(D("-1"), "x", "rate_out_of_range"), (D("101"), "x", "rate_out_of_range"),
     (D("4.125"), "x", "amount_too_precise"), (D("4"), "  ", "rate_source_empty")],
)  # fmt: skip
def test_a_bad_rate_is_refused(db, rate, source, code):
    with pytest.raises(InvalidInput) as info:
        add_rate(db, CONSUMER, date(2027, 1, 1), rate, source)
    assert info.value.code == code
    with pytest.raises(NotFound):
        mark_rate_verified(db, 99999)


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_calc_interest_warns_of_unverified_and_missing_rates(capsys):
    """Art. 6:119a BW: interest through 15-01-2027 runs on the unconfirmed rates of 2026 and
    past 01-01-2027, which the shipped table lacks: on stderr, and in --json ``warnings``."""
    argv = ["calc", "interest", "1000", "--from", "2026-06-01", "--to", "2027-01-15", "--business"]
    code, out, err = run(capsys, *argv, "--json")
    data = json.loads(out)
    assert code == 0 and data["total"] and data["periods"]  # the existing keys are still there
    assert data["warnings"] == [
        {"kind": "unverified", "from": "2026-01-01"},
        {"kind": "unverified", "from": "2026-07-01"},
        {"kind": "missing", "from": "2027-01-01"},
    ]
    assert err.splitlines()[-1] == (
        "Handelsrente vanaf 01-01-2027 staat niet in de tabel — controleer die."
    )
    code, out, err = run(capsys, "--lang", "en", *argv)
    assert code == 0 and "Total" in out and len(err.splitlines()) == 3
    assert "Commercial interest from 01/01/2027 is not in the table" in err


def test_calc_interest_on_confirmed_rates_warns_of_nothing(capsys):
    """Art. 6:119 BW, 6% from 01-01-2025: the worked example of docs/dutch-rules.md §3."""
    code, out, err = run(
        capsys, "calc", "interest", "1000", "--from", "01-02-2025", "--to", "2025-03-02", "--json"
    )
    assert code == 0 and err == "" and json.loads(out)["warnings"] == []


def test_calc_interest_uses_the_books_own_rates(tmp_path, capsys):
    """With --db the book's table counts, the user's rate from 01-01-2027 included."""
    path = tmp_path / "book.sqlite"
    db = open_book(path).database
    add_rate(db, COMMERCIAL, date(2027, 1, 1), D("10.00"), "ECB 2.00% + 8")
    db.close()
    code, out, _ = run(
        capsys, "calc", "interest", "1000", "--from", "2027-01-01", "--to", "2027-01-31",
        "--business", "--db", str(path), "--json",
    )  # fmt: skip
    data = json.loads(out)
    assert code == 0 and data["periods"][0]["rate"] == "10.00"
    assert data["warnings"] == [{"kind": "unverified", "from": "2027-01-01"}]
