"""When the last bank statement was read, from the book's imports (issue 13, Worklist):
a statement three working days old is fine, four is too old; undone imports do not count."""

from datetime import date, datetime

from debiteur_desk.services.statement_age import last_statement_import, statement_age
from debiteur_desk.store.models import ImportBatch

TUESDAY = date(2026, 3, 10)


def imported(db, day, kind="statement", undone=False):
    noon = datetime(day.year, day.month, day.day, 12)  # naive UTC, as the book keeps it
    with db.transaction() as session:
        session.add(ImportBatch(kind=kind, file_name="afschrift.xml", imported_at=noon,
                                undone_at=noon if undone else None))  # fmt: skip


def test_never_read_is_stale(db):
    age = statement_age(db, TUESDAY)
    assert age.last_import is None and age.stale


def test_three_working_days_back_across_the_weekend_is_recent(db):
    imported(db, date(2026, 3, 5))  # Thursday
    age = statement_age(db, TUESDAY)
    assert (age.last_import, age.working_days, age.stale) == (date(2026, 3, 5), 3, False)


def test_four_working_days_back_across_the_weekend_is_stale(db):
    imported(db, date(2026, 3, 4))  # Wednesday
    imported(db, date(2026, 3, 9), kind="invoices")  # invoices are no statement
    imported(db, date(2026, 3, 9), undone=True)  # taken back: as if never read
    age = statement_age(db, TUESDAY)
    assert (age.last_import, age.working_days, age.stale) == (date(2026, 3, 4), 4, True)
    assert last_statement_import(db) == date(2026, 3, 4)
