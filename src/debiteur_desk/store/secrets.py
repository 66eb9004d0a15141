"""Passwords in the system's keyring (Windows Credential Manager, macOS Keychain, the
Secret Service), never in the book or a settings file: the mail server's and the
database server's. A keyring that cannot be used becomes one ``DebiteurError``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import keyring
import keyring.errors

from debiteur_desk.domain.errors import DebiteurError


@contextmanager
def _keyring(problem: str) -> Iterator[None]:
    try:
        yield
    except keyring.errors.KeyringError as error:
        raise DebiteurError(problem, reason=str(error)) from error


def keep_password(service: str, user: str, password: str, *, problem: str) -> None:
    """Keep ``password`` for ``user`` at ``service``; an empty one removes what was kept.
    ``problem`` is the message key when the keyring cannot be used."""
    with _keyring(problem):
        if password:
            keyring.set_password(service, user, password)
        elif keyring.get_password(service, user) is not None:
            keyring.delete_password(service, user)


def kept_password(service: str, user: str, *, problem: str) -> str | None:
    with _keyring(problem):
        return keyring.get_password(service, user)
