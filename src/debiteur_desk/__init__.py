"""Debiteur Desk: offline receivables and collection for Dutch small businesses."""

__version__ = "0.1.0"
