"""How long a closed client's data are kept before the client is offered for
anonymisation: the retention period, in years after the last invoice.

The books (invoices, payments, the records behind them) must be kept for seven years
(art. 52 lid 4 AWR, art. 2:10 lid 3 BW), so a shorter period is refused; longer is the
owner's choice, up to a sensible 30 years. This is the one copy of the rule: the service
that saves the setting, the retention list and the dialog's field all read it here.
"""

from __future__ import annotations

from debiteur_desk.domain.errors import InvalidInput

MIN_RETENTION_YEARS = 7  # art. 52 lid 4 AWR, art. 2:10 lid 3 BW
MAX_RETENTION_YEARS = 30


def check_retention_years(years: int) -> int:
    """``years`` if it is an allowed retention period; ``InvalidInput`` otherwise."""
    if not MIN_RETENTION_YEARS <= years <= MAX_RETENTION_YEARS:
        raise InvalidInput(
            "privacy_retention_years",
            years=years,
            minimum=MIN_RETENTION_YEARS,
            maximum=MAX_RETENTION_YEARS,
        )
    return years
