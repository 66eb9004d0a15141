"""A line above the tables while the company details are missing: letters need them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class SetupBanner(QFrame):
    fill_in = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setup_banner")
        self.setStyleSheet(
            "#setup_banner { background: #fff4ce; border: 1px solid #e0c060; border-radius: 4px; }"
        )
        text = QLabel(self.tr("Your company details are still missing. They head every letter."))
        text.setWordWrap(True)
        self.button = QPushButton(self.tr("Fill in company details…"))
        self.button.clicked.connect(self.fill_in)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(text, 1)
        row.addWidget(self.button)
        self.hide()
