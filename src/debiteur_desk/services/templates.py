"""The user's own letter texts, per kind and language, kept in the business settings.

A text is checked when it is saved (an unknown placeholder is refused then, not at
print time); resetting returns to the text that ships with the app.
"""

from __future__ import annotations

from collections.abc import Mapping

from debiteur_desk.letters import Language, LetterKind, default_template, validate_template
from debiteur_desk.services import audit
from debiteur_desk.store.database import Database
from debiteur_desk.store.settings_store import get_setting, put_setting

KEY = "letters.templates"


def _slot(kind: LetterKind, language: Language) -> str:
    return f"{kind.value}/{language.value}"


def template_texts(db: Database, kind: LetterKind, language: Language) -> dict[str, str]:
    """What the letter says now: the shipped text with the user's changes over it."""
    with db.reading() as session:
        stored = get_setting(session, KEY).get(_slot(kind, language), {})
    return {**default_template(kind, language), **stored}


def is_customised(db: Database, kind: LetterKind, language: Language) -> bool:
    with db.reading() as session:
        return bool(get_setting(session, KEY).get(_slot(kind, language)))


def save_template(
    db: Database, kind: LetterKind, language: Language, parts: Mapping[str, str]
) -> None:
    """Keep only the parts that differ from the shipped text; refuse unknown placeholders."""
    validate_template(kind, parts)
    defaults = default_template(kind, language)
    changed = {part: text for part, text in parts.items() if text != defaults.get(part)}
    with db.transaction() as session:
        stored = get_setting(session, KEY)
        if changed:
            stored[_slot(kind, language)] = changed
        else:
            stored.pop(_slot(kind, language), None)
        put_setting(session, KEY, stored)
        audit.record(
            session,
            "template.save",
            "setting",
            None,
            slot=_slot(kind, language),
            parts=sorted(changed),
        )


def reset_template(db: Database, kind: LetterKind, language: Language) -> None:
    with db.transaction() as session:
        stored = get_setting(session, KEY)
        if stored.pop(_slot(kind, language), None) is not None:
            put_setting(session, KEY, stored)
            audit.record(session, "template.reset", "setting", None, slot=_slot(kind, language))
