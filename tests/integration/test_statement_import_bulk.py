"""A statement of a few hundred credits, booked in several writes (issue 12 speed): the
kept totals agree with the rows (``check_ledger``), and every id in the result points at
the row it names: the bank line of that line, the payment of that booking, with its
allocations and its audit row. Also on PostgreSQL when a server is given."""

import random
from datetime import date, timedelta
from decimal import Decimal
from xml.sax.saxutils import escape

import pytest
from sqlalchemy import event, select, update

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.references import make_kenmerk
from debiteur_desk.services import statement_import
from debiteur_desk.services.ledger import check_ledger
from debiteur_desk.services.payments import PaymentInput, record_payments_in
from debiteur_desk.services.statement_import import open_items
from debiteur_desk.store.models import AuditLog, BankLine, Invoice, Payment, PaymentAllocation

from . import factories
from .kept_import import kept_import

ACCOUNT = "NL91ABNA0417164300"
DAY = date(2026, 10, 1)


def _iban(rng):
    bank, account = rng.choice(("ABNA", "INGB", "RABO")), f"{rng.randrange(10**10):010d}"
    digits = "".join(str(int(ch, 36)) for ch in f"{bank}{account}NL00")
    return f"NL{98 - int(digits) % 97:02d}{bank}{account}"


def _euros(cents):
    return f"{cents // 100}.{cents % 100:02d}"


def _entry(n, cents, name, account, text, ref):
    remittance = f"<Ustrd>{escape(text)}</Ustrd>" if text else ""
    if ref:
        remittance += (
            "<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>CUR</Issr></Tp>"
            f"<Ref>{ref}</Ref></CdtrRefInf></Strd>"
        )
    day = (DAY + timedelta(days=n // 20)).isoformat()
    return f"""<Ntry><Amt Ccy="EUR">{_euros(cents)}</Amt><CdtDbtInd>CRDT</CdtDbtInd>
<Sts>BOOK</Sts><BookgDt><Dt>{day}</Dt></BookgDt><ValDt><Dt>{day}</Dt></ValDt>
<AcctSvcrRef>BULK{n:08d}</AcctSvcrRef><NtryDtls><TxDtls>
<Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
<AmtDtls><TxAmt><Amt Ccy="EUR">{_euros(cents)}</Amt></TxAmt></AmtDtls>
<RltdPties><Dbtr><Nm>{escape(name)}</Nm></Dbtr><DbtrAcct><Id><IBAN>{account}</IBAN></Id></DbtrAcct>
</RltdPties><RmtInf>{remittance}</RmtInf></TxDtls></NtryDtls></Ntry>
"""


def _statement(entries):
    total = sum(e[0] for e in entries)
    body = "".join(_entry(n, *e) for n, e in enumerate(entries))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>
<GrpHdr><MsgId>BULK-1</MsgId><CreDtTm>2026-11-01T18:30:00</CreDtTm></GrpHdr>
<Stmt><Id>BULK-1</Id><ElctrncSeqNb>1</ElctrncSeqNb><CreDtTm>2026-11-01T18:30:00</CreDtTm>
<Acct><Id><IBAN>{ACCOUNT}</IBAN></Id><Ccy>EUR</Ccy></Acct>
<TxsSummry><TtlNtries><NbOfNtries>{len(entries)}</NbOfNtries><Sum>{_euros(total)}</Sum>
</TtlNtries></TxsSummry>
{body}</Stmt></BkToCstmrStmt></Document>
""".encode()


def _book(db, rng):
    """30 clients with 8 invoices each; per invoice (id, number, kenmerk, client, cents)."""
    invoices, clients = [], []
    for c in range(30):
        account = _iban(rng)
        client_id = factories.client(db, name=f"Klant {c} Bakkerij", iban=account)
        clients.append((client_id, account, f"Klant {c} Bakkerij"))
        for k in range(8):
            n = c * 8 + k + 1
            cents = rng.randrange(2_000, 90_000)
            number, kenmerk = f"2026-{n:04d}", make_kenmerk(n)
            invoice_id = factories.invoice(
                db, client_id, number, Decimal(cents) / 100, invoice_date=DAY - timedelta(days=60),
                due=DAY - timedelta(days=n % 40), kenmerk=kenmerk,
            )  # fmt: skip
            invoices.append((invoice_id, number, kenmerk, client_id, cents))
    return invoices, clients


def test_a_large_import_keeps_the_ledger_and_its_ids_point_at_the_right_rows(any_db, monkeypatch):
    db, rng = any_db, random.Random(12)
    monkeypatch.setattr(statement_import, "WRITE_EVERY", 37)  # several writes, uneven
    invoices, clients = _book(db, rng)
    rng.shuffle(invoices)
    entries = []
    for _, number, _, _, cents in invoices[:110]:  # its number in the text
        entries.append((cents, "Klant", _iban(rng), f"factuur {number}", ""))
    for _, _, kenmerk, _, cents in invoices[110:170]:  # its kenmerk, paid in two parts
        half = cents // 2
        entries.append((half, "Klant", _iban(rng), "", kenmerk))
        entries.append((cents - half, "Klant", _iban(rng), "", kenmerk))
    for _, account, name in clients:  # a known payer, an amount of nothing
        entries.append((123_457, name, account, "Betaling", ""))
    for n in range(40):  # nobody we know
        entries.append((50_003 + n, "Stichting Zonnelicht", _iban(rng), "Gift", ""))
    rng.shuffle(entries)
    assert len(entries) >= 300

    result = kept_import(db, _statement(entries), file_name="bulk.xml")

    assert len(result.booked) >= 200 and len(result.review) >= 40
    assert check_ledger(db) == []
    with db.reading() as s:
        lines = {row.id: row for row in s.scalars(select(BankLine))}
        payments = {row.id: row for row in s.scalars(select(Payment))}
        allocations = {}
        for a in s.scalars(select(PaymentAllocation)):
            allocations.setdefault(a.payment_id, set()).add((a.invoice_id, a.amount_cents))
        audited = [
            a.entity_id for a in s.scalars(
                select(AuditLog).where(AuditLog.action == "payment.record").order_by(AuditLog.id)
            )
        ]  # fmt: skip
        paid = {i.id: i.paid_cents for i in s.scalars(select(Invoice))}
    assert len(lines) == len(result.booked) + len(result.review)
    for imported in result.booked:
        row = lines[imported.bank_line_id]
        assert (row.key, row.state, row.payment_id) == (imported.line.key, "booked",
                                                         imported.payment_id)  # fmt: skip
        payment = payments[imported.payment_id]
        offer = imported.offers[0]
        assert payment.bank_reference == imported.line.key
        assert payment.amount_cents == imported.line.amount_cents
        assert payment.client_id == offer.client_id == row.client_id
        assert allocations[payment.id] == set(offer.allocations)
        assert payment.unallocated_cents == payment.amount_cents - sum(
            c for _, c in offer.allocations
        )
    for imported in result.review:
        row = lines[imported.bank_line_id]
        assert (row.key, row.state, row.payment_id) == (imported.line.key, "review", None)
    # One audit row per payment, in the order the lines were booked.
    assert audited == [imported.payment_id for imported in result.booked]
    # Both halves of each kenmerk payment were booked, one after the other.
    for invoice_id, _, _, _, cents in invoices[110:170]:
        assert paid[invoice_id] == cents


def _open_items_of(db):
    """A book with one invoice paid and one disputed; what ``open_items`` reads of it, the
    statement it ran (SQL and parameters), and each invoice's (due date, id)."""
    invoices, _ = _book(db, random.Random(3))
    paid, disputed = invoices[0][0], invoices[1][0]
    with db.transaction() as s:
        s.execute(update(Invoice).where(Invoice.id == paid).values(open_cents=0))
        s.execute(update(Invoice).where(Invoice.id == disputed).values(disputed=True))
    statements = []

    def keep(conn, cursor, statement, parameters, context, executemany):
        statements.append((statement, parameters))

    with db.reading() as s:
        event.listen(s.connection(), "before_cursor_execute", keep)
        items = open_items(s)
        event.remove(s.connection(), "before_cursor_execute", keep)
        due = {i.id: (i.due_date, i.id) for i in s.scalars(select(Invoice))}
    (statement,) = statements
    return items, statement, {i: key for i, key in due.items() if i not in (paid, disputed)}


def test_the_open_invoices_are_read_oldest_due_first(db):
    """Every open invoice not in dispute, oldest due first (``OpenItems`` keeps that order:
    a client's oldest first is how rule 3 adds up its invoices)."""
    items, _, due = _open_items_of(db)
    assert [i.invoice_id for i in items] == sorted(due, key=due.get)


@pytest.mark.sqlite_only(reason="reads SQLite's query plan")
def test_the_open_invoices_are_read_from_one_index_alone(db):
    """What matching needs of every open invoice comes from ``ix_invoices_open_items``
    alone, already in due order: a covering index, no sort, no lookup of each row."""
    _, (sql, parameters), _ = _open_items_of(db)
    with db.reading() as s:
        plan = " ".join(row[-1] for row in s.connection().exec_driver_sql(
            f"EXPLAIN QUERY PLAN {sql}", parameters))  # fmt: skip
    assert "COVERING INDEX ix_invoices_open_items" in plan and "TEMP B-TREE" not in plan


def test_many_payments_check_each_against_what_the_ones_before_left_open(any_db):
    db = any_db
    client_id = factories.client(db)
    invoice_id = factories.invoice(db, client_id, "2026-0001", "100.00")

    def pays(amount):
        return PaymentInput(
            DAY, Decimal(amount), client_id, allocations=((invoice_id, Decimal(amount)),)
        )

    with pytest.raises(InvalidInput) as refused, db.transaction() as s:
        record_payments_in(s, [pays("60.00"), pays("40.01")])
    assert refused.value.code == "allocation_exceeds_open"
    with db.transaction() as s:
        ids = record_payments_in(s, [pays("60.00"), pays("40.00")])
    assert len(set(ids)) == 2
    assert check_ledger(db) == []
    with db.reading() as s:
        invoice = s.get(Invoice, invoice_id)
        assert invoice is not None
        assert (invoice.paid_cents, invoice.open_cents) == (10_000, 0)
