"""Translated names for the codes the services return (kinds, statuses, buckets, actions).

The English source texts are marked with ``QT_TRANSLATE_NOOP`` so that lupdate finds
them; :func:`label` looks the translation up when it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from debiteur_desk.domain.aging import Bucket

KINDS = {
    "consumer": QT_TRANSLATE_NOOP("Labels", "Consumer"),
    "business": QT_TRANSLATE_NOOP("Labels", "Business"),
}

STATUSES = {
    "open": QT_TRANSLATE_NOOP("Labels", "Open"),
    "partly_paid": QT_TRANSLATE_NOOP("Labels", "Partly paid"),
    "disputed": QT_TRANSLATE_NOOP("Labels", "Disputed"),
    "overdue": QT_TRANSLATE_NOOP("Labels", "Overdue"),
    "paid": QT_TRANSLATE_NOOP("Labels", "Paid"),
    "written_off": QT_TRANSLATE_NOOP("Labels", "Written off"),
}

# The worklist's action codes (services/worklist.py).
ACTIONS = {
    "send-reminder": QT_TRANSLATE_NOOP("Labels", "Send reminder"),
    "call": QT_TRANSLATE_NOOP("Labels", "Call"),
    "send-second-reminder": QT_TRANSLATE_NOOP("Labels", "Send second reminder"),
    "send-fourteen-day-letter": QT_TRANSLATE_NOOP("Labels", "Send 14-day letter"),
    "send-final-demand": QT_TRANSLATE_NOOP("Labels", "Send final demand"),
    "hand-over": QT_TRANSLATE_NOOP("Labels", "Hand over for collection"),
    "check-promise": QT_TRANSLATE_NOOP("Labels", "Check promise to pay"),
    "chase-instalment": QT_TRANSLATE_NOOP("Labels", "Chase instalment"),
    "resolve-dispute": QT_TRANSLATE_NOOP("Labels", "Resolve dispute"),
    "check-sent": QT_TRANSLATE_NOOP("Labels", "Check the invoice went out"),
}

_NOT_DUE = QT_TRANSLATE_NOOP("Labels", "Not due")
_DAYS = QT_TRANSLATE_NOOP("Labels", "{range} days")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def label(table: dict[str, str], code: str) -> str:
    """The translated text for ``code``; an unknown code is shown as it is."""
    source = table.get(code)
    return _tr(source) if source else code


def bucket_label(bucket: Bucket) -> str:
    if bucket.label == "not_due":
        return _tr(_NOT_DUE)
    return _tr(_DAYS).format(range=bucket.label.replace("-", "–"))
