"""The words for collectability (``domain/collectability.py``): the names of the collection
states, and the split of a bucket as the tile's tooltip shows it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from debiteur_desk.domain.aging import Bucket
from debiteur_desk.domain.collectability import Category, Split
from debiteur_desk.ui.labels import bucket_label
from debiteur_desk.ui.models.cells import money

CATEGORY_NAMES = {
    Category.HANDED_OVER: QT_TRANSLATE_NOOP("Collectability", "Handed over"),
    Category.DISPUTED: QT_TRANSLATE_NOOP("Collectability", "Disputed"),
    Category.PLAN: QT_TRANSLATE_NOOP("Collectability", "In a payment plan"),
    Category.PROMISED: QT_TRANSLATE_NOOP("Collectability", "Promised"),
    Category.BROKEN_PROMISE: QT_TRANSLATE_NOOP("Collectability", "Promise not kept"),
    Category.PLAIN: QT_TRANSLATE_NOOP("Collectability", "No arrangement"),
}

# The order a person reads them in: the ordinary case first, then what is arranged,
# then what went wrong or left the house.
READING_ORDER = (
    Category.PLAIN,
    Category.PROMISED,
    Category.PLAN,
    Category.BROKEN_PROMISE,
    Category.DISPUTED,
    Category.HANDED_OVER,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Collectability", text)


def category_name(kind: Category) -> str:
    return _tr(CATEGORY_NAMES[kind])


def split_lines(split: Split, language: str) -> list[str]:
    """ "Promised: € 300,00 (1)" for each state with something open in it."""
    return [
        f"{category_name(kind)}: {money(split.cents_of(kind), language)} ({split.count_of(kind)})"
        for kind in READING_ORDER
        if split.count_of(kind)
    ]


def split_tooltip(bucket: Bucket, split: Split, language: str) -> str:
    """The tile's tooltip: the bucket and its amount, then the split, then what a click does."""
    head = f"{bucket_label(bucket)}: {money(split.total_cents, language)}"
    click = _tr("Click to show only this bucket's clients and invoices")
    return "\n".join([head, *split_lines(split, language), "", click])
