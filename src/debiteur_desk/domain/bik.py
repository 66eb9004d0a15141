"""Extra-judicial collection costs (BIK).

Besluit vergoeding voor buitengerechtelijke incassokosten, Stb. 2012, 141, art. 2
(BWBR0031432): a staffel on the principal, at least EUR 40, at most EUR 6,775.
For consumers the staffel is mandatory and costs are owed only after a valid
14-dagenbrief (art. 6:96 lid 5-6 BW); for businesses at least EUR 40 per late
invoice is owed from the day after the deadline (art. 6:96 lid 4 BW).
BTW (21%) is added only when the creditor cannot deduct the VAT it pays a
collection service (art. 2 lid 3 BIK): an explicit option, off by default.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.money import ZERO, round_cents
from debiteur_desk.domain.parties import ClientKind

MINIMUM = Decimal("40.00")
MAXIMUM = Decimal("6775.00")
BTW_RATE = Decimal("0.21")

# (size of the slice of the principal, rate); None = everything above.
STAFFEL: tuple[tuple[Decimal | None, Decimal], ...] = (
    (Decimal("2500"), Decimal("0.15")),
    (Decimal("2500"), Decimal("0.10")),
    (Decimal("5000"), Decimal("0.05")),
    (Decimal("190000"), Decimal("0.01")),
    (None, Decimal("0.005")),
)


@dataclass(frozen=True)
class BikTier:
    base: Decimal
    rate: Decimal
    amount: Decimal


@dataclass(frozen=True)
class BikResult:
    principal: Decimal
    kind: ClientKind
    tiers: tuple[BikTier, ...]
    staffel_amount: Decimal
    amount: Decimal
    btw: Decimal
    minimum_applied: bool
    maximum_applied: bool

    @property
    def total(self) -> Decimal:
        return self.amount + self.btw


def calculate_bik(
    principal: Decimal, kind: ClientKind = ClientKind.CONSUMER, *, with_btw: bool = False
) -> BikResult:
    if principal < 0:
        raise InvalidInput("amount_negative", text=str(principal))
    if principal == 0:
        raise InvalidInput("amount_zero", text=str(principal))
    tiers: list[BikTier] = []
    remaining = principal
    for size, rate in STAFFEL:
        if remaining <= 0:
            break
        base = remaining if size is None else min(size, remaining)
        tiers.append(BikTier(base, rate, base * rate))
        remaining -= base
    staffel = round_cents(sum((t.amount for t in tiers), ZERO))
    amount = min(max(staffel, MINIMUM), MAXIMUM)
    btw = round_cents(amount * BTW_RATE) if with_btw else ZERO
    return BikResult(
        principal=principal,
        kind=kind,
        tiers=tuple(BikTier(t.base, t.rate, round_cents(t.amount)) for t in tiers),
        staffel_amount=staffel,
        amount=amount,
        btw=btw,
        minimum_applied=staffel < MINIMUM,
        maximum_applied=staffel > MAXIMUM,
    )


@dataclass(frozen=True)
class CollectionCosts:
    """The collection costs a letter or plan claims (or a 14-dagenbrief announces)."""

    amount: Decimal  # without BTW
    btw: Decimal
    invoice_ids: tuple[int, ...]  # the invoices the costs are charged on
    bik: BikResult | None  # the staffel on the principals added together
    per_invoice_minimum: bool = False  # a business's EUR 40 per invoice is more (lid 4)

    @property
    def total(self) -> Decimal:
        return self.amount + self.btw
