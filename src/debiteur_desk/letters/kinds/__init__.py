"""One module per letter kind; ``SPECS`` maps each kind to its specification."""

from __future__ import annotations

from types import MappingProxyType

from debiteur_desk.letters.kinds.agreement_confirmation import AgreementConfirmation
from debiteur_desk.letters.kinds.base import KindSpec
from debiteur_desk.letters.kinds.final_demand import FinalDemand
from debiteur_desk.letters.kinds.fourteen_day_letter import FourteenDayLetter
from debiteur_desk.letters.kinds.payment_plan import PaymentPlan
from debiteur_desk.letters.kinds.reminder import Reminder
from debiteur_desk.letters.kinds.second_reminder import SecondReminder

SPECS = MappingProxyType(
    {
        spec.kind: spec
        for spec in (
            Reminder(),
            SecondReminder(),
            AgreementConfirmation(),
            PaymentPlan(),
            FourteenDayLetter(),
            FinalDemand(),
        )
    }
)

__all__ = ["SPECS", "KindSpec"]
