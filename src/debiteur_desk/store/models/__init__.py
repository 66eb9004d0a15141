"""All tables; importing this package registers every model on ``Base.metadata``."""

from debiteur_desk.store.models.base import Base
from debiteur_desk.store.models.collection import (
    Agreement,
    ContactEvent,
    Instalment,
    InterestRateRow,
    Letter,
    PaymentPlan,
    agreement_invoices,
    letter_invoices,
    payment_plan_invoices,
)
from debiteur_desk.store.models.disputes import Dispute
from debiteur_desk.store.models.imports import BankLine, ClientAccount, ImportBatch
from debiteur_desk.store.models.ledger import (
    AuditLog,
    Client,
    CreditNote,
    Invoice,
    Payment,
    PaymentAllocation,
    Setting,
)
from debiteur_desk.store.models.worklist import InvoiceSentCheck, WorklistSnooze

__all__ = [
    "Agreement",
    "AuditLog",
    "BankLine",
    "Base",
    "Client",
    "ClientAccount",
    "ContactEvent",
    "CreditNote",
    "Dispute",
    "ImportBatch",
    "Instalment",
    "InterestRateRow",
    "Invoice",
    "InvoiceSentCheck",
    "Letter",
    "Payment",
    "PaymentAllocation",
    "PaymentPlan",
    "Setting",
    "WorklistSnooze",
    "agreement_invoices",
    "letter_invoices",
    "payment_plan_invoices",
]
