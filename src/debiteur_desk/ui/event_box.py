"""The details of one timeline event, with what can be done about it from there."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from debiteur_desk.services.timeline import TimelineEvent
from debiteur_desk.ui.modal import ask
from debiteur_desk.ui.timeline_view import event_details_html


class EventChoice(StrEnum):
    PLAN_SIGNED = "plan_signed"
    PLAN_BROKEN = "plan_broken"
    PLAN_RENEGOTIATE = "plan_renegotiate"
    DELETE_PAYMENT = "delete_payment"


def _choices(event: TimelineEvent) -> list[tuple[EventChoice, str]]:
    if event.ref_kind == "payment":
        return [
            (EventChoice.DELETE_PAYMENT, QCoreApplication.translate("EventBox", "Delete payment…"))
        ]
    if event.ref_kind != "payment_plan":
        return []
    status = event.title
    choices = []
    if status == "draft":
        choices.append(
            (
                EventChoice.PLAN_SIGNED,
                QCoreApplication.translate("EventBox", "Signed copy received…"),
            )
        )
    if status in ("draft", "active", "broken"):
        choices.append(
            (
                EventChoice.PLAN_RENEGOTIATE,
                QCoreApplication.translate("EventBox", "New plan in its place…"),
            )
        )
    if status in ("draft", "active"):
        choices.append(
            (EventChoice.PLAN_BROKEN, QCoreApplication.translate("EventBox", "Plan broken…"))
        )
    return choices


def show_event(parent: QWidget, event: TimelineEvent, language: str) -> EventChoice | None:
    """Show the event; opens its PDF when asked; returns what else the user chose."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("EventBox", "Details"))
    box.setText(event_details_html(event, language))
    path = dict(event.details).get("file", "")
    pdf = (
        box.addButton(
            QCoreApplication.translate("EventBox", "Open PDF"), QMessageBox.ButtonRole.ActionRole
        )
        if path
        else None
    )
    buttons = {
        box.addButton(text, QMessageBox.ButtonRole.ActionRole): choice
        for choice, text in _choices(event)
    }
    box.addButton(QMessageBox.StandardButton.Close)
    ask(box)
    clicked = box.clickedButton()
    if pdf is not None and clicked is pdf and Path(path).exists():
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))
    return buttons.get(clicked)
