"""Add a statutory interest rate (or correct one: a rate from a day already in the table
replaces it): kind, first day, percent and source, validated as typed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from debiteur_desk.domain.interest import InterestKind, parse_rate
from debiteur_desk.text.formatting import format_percent
from debiteur_desk.ui.dialogs.fields import (
    DateField,
    FormDialog,
    ValidatedLineEdit,
    app_language,
    date_text,
)

if TYPE_CHECKING:
    from debiteur_desk.services.rates import RateLine

HINT_COLOUR = "#8a5300"


def kind_title(kind: InterestKind) -> str:
    """The kind of interest as the rates screen names it."""
    if kind is InterestKind.CONSUMER:
        return QCoreApplication.translate("Rates", "Statutory interest (consumers, art. 6:119 BW)")
    return QCoreApplication.translate("Rates", "Commercial interest (businesses, art. 6:119a BW)")


@dataclass(frozen=True)
class RateValue:
    """What ``services.rates.add_rate`` needs."""

    kind: InterestKind
    from_date: date
    rate: Decimal
    source: str


class RateDialog(FormDialog):
    def __init__(
        self,
        parent: QWidget | None,
        lines: Sequence[RateLine],
        kind: InterestKind,
        from_date: date | None = None,
    ) -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("Add an interest rate"))
        self._lines = {(line.kind, line.from_date): line for line in lines}
        self.kind = QComboBox()
        for each in InterestKind:
            self.kind.addItem(kind_title(each), each.value)
        self.kind.setCurrentIndex(list(InterestKind).index(kind))
        self.from_date = DateField()
        if from_date is not None:
            self.from_date.set_date(from_date)
        example = format_percent(Decimal("4.25"), app_language()).removesuffix("%")
        self.rate = ValidatedLineEdit(parse_rate, required="rate_empty", placeholder=example)
        self.rate.row.insertWidget(1, QLabel("%"))
        self.rate.make_narrow(90)
        self.source = ValidatedLineEdit(
            required="rate_source_empty",
            placeholder=self.tr("e.g. Besluit wettelijke rente, Stb. 2026, 123"),
        )
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {HINT_COLOUR};")
        self.hint.hide()
        form = QFormLayout()
        form.addRow(self.tr("Kind *"), self.kind)
        form.addRow(self.tr("From *"), self.from_date)
        form.addRow(self.tr("Rate *"), self.rate)
        form.addRow(self.tr("Source *"), self.source)
        layout = QVBoxLayout()
        explanation = QLabel(
            self.tr(
                "Rates change on 1 January and 1 July. The consumer rate is set by decree "
                "(wetten.overheid.nl); the commercial rate is the ECB main refinancing rate "
                "plus 8 points (art. 6:120 lid 2 BW). A rate you add counts as unverified "
                "until you mark it verified."
            )
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        self.watch(
            self.kind.currentIndexChanged,
            self.from_date.changed,
            self.rate.changed,
            self.source.changed,
        )
        self.finish(layout)
        self.setMinimumWidth(520)

    @property
    def chosen_kind(self) -> InterestKind:
        return InterestKind(self.kind.currentData())

    def _show_hint(self) -> None:
        """Not errors, but worth a word: an unusual first day, or a rate being replaced."""
        day = self.from_date.date
        notes = []
        if day is not None and (day.month, day.day) not in ((1, 1), (7, 1)):
            notes.append(self.tr("Rates normally change on 1 January and 1 July."))
        replaced = self._lines.get((self.chosen_kind, day)) if day else None
        if replaced is not None:
            notes.append(
                self.tr("This replaces the rate of {rate} from {day}.").format(
                    rate=format_percent(replaced.rate, app_language()), day=date_text(day)
                )
            )
        self.hint.setText(" ".join(notes))
        self.hint.setVisible(bool(notes))

    def is_valid(self) -> bool:
        self._show_hint()
        fields = (self.from_date, self.rate, self.source)
        return all(f.is_valid and f.value is not None for f in fields)

    @property
    def value(self) -> RateValue:
        return RateValue(self.chosen_kind, self.from_date.date, self.rate.value, self.source.value)
