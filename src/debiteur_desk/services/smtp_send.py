"""Sending a letter's e-mail directly, for those who set up a mail server (SMTP).

The server, port, security and user name are settings in the book; the password is kept
in the system's keyring (Windows Credential Manager, macOS Keychain, the Secret Service),
never in the database. Every failure becomes one ``DebiteurError`` whose message says
what went wrong in the user's words: the password, the server, the secure connection.
These functions block on the network: the window runs them on the worker.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from email.message import EmailMessage

from debiteur_desk.domain.errors import DebiteurError, InvalidInput
from debiteur_desk.domain.settings_registry import SMTP_KEYS
from debiteur_desk.services.email_draft import letter_email
from debiteur_desk.services.letters import mark_letter_sent
from debiteur_desk.store.database import Database
from debiteur_desk.store.secrets import keep_password, kept_password
from debiteur_desk.store.settings_store import get_setting

SECURITY = ("starttls", "tls", "none")  # STARTTLS (port 587), TLS from the start (465), none
KEYRING_SERVICE = "Debiteur Desk (SMTP)"
_NO_KEYRING = "smtp_keyring_unavailable"
TIMEOUT_SECONDS = 20


@dataclass(frozen=True)
class SmtpSettings:
    host: str = ""
    port: int = 587
    security: str = "starttls"
    user: str = ""

    @property
    def configured(self) -> bool:
        return bool(self.host.strip())

    @property
    def keyring_user(self) -> str:
        """Whose password: the user at the server (another server, another password)."""
        return f"{self.user.strip()}@{self.host.strip()}"

    def check(self) -> None:
        if not self.configured:
            raise InvalidInput("smtp_not_set_up")
        if not 0 < self.port < 65536:
            raise InvalidInput("smtp_port_invalid", port=self.port)
        if self.security not in SECURITY:
            raise InvalidInput("smtp_security_unknown", text=self.security)


def settings_from(values: Mapping[str, object]) -> SmtpSettings:
    """The settings from their keys (``smtp.host``, …), as Settings stores them."""
    host, port, security, user = (values.get(key) for key in SMTP_KEYS)
    return SmtpSettings(
        str(host or "").strip(), int(str(port or 587)), str(security or "starttls"),
        str(user or "").strip(),
    )  # fmt: skip


def read_smtp_settings(db: Database) -> SmtpSettings:
    with db.reading() as session:
        return settings_from({key: get_setting(session, key) for key in SMTP_KEYS})


def store_password(settings: SmtpSettings, password: str) -> None:
    """Keep the password in the system keyring; an empty one removes what was kept."""
    keep_password(KEYRING_SERVICE, settings.keyring_user, password, problem=_NO_KEYRING)


def store_password_for(values: Mapping[str, object], password: str) -> None:
    """Settings › Mail server saved with a new password (``values`` as ``settings_from``)."""
    store_password(settings_from(values), password)


def stored_password(settings: SmtpSettings) -> str | None:
    return kept_password(KEYRING_SERVICE, settings.keyring_user, problem=_NO_KEYRING)


@contextmanager
def _connection(settings: SmtpSettings, password: str | None) -> Iterator[smtplib.SMTP]:
    """A logged-in connection; each failure as the error the user can act on."""
    settings.check()
    if settings.user and password is None:
        password = stored_password(settings)
        if password is None:
            raise InvalidInput("smtp_no_password", user=settings.user, host=settings.host)
    host, port = settings.host, settings.port
    context = ssl.create_default_context()
    try:
        if settings.security == "tls":
            server: smtplib.SMTP = smtplib.SMTP_SSL(
                host, port, timeout=TIMEOUT_SECONDS, context=context
            )
        else:
            server = smtplib.SMTP(host, port, timeout=TIMEOUT_SECONDS)
        with server:
            if settings.security == "starttls":
                server.starttls(context=context)
            if settings.user:
                assert password is not None
                server.login(settings.user, password)
            yield server
    except smtplib.SMTPAuthenticationError as error:
        raise DebiteurError("smtp_login_failed", user=settings.user, host=host) from error
    except smtplib.SMTPNotSupportedError as error:  # no STARTTLS offered
        raise DebiteurError("smtp_tls_failed", host=host, port=port, reason=_why(error)) from error
    except (ssl.SSLError, ssl.CertificateError) as error:
        raise DebiteurError("smtp_tls_failed", host=host, port=port, reason=_why(error)) from error
    except smtplib.SMTPRecipientsRefused as error:
        refused = ", ".join(error.recipients)
        raise DebiteurError("smtp_recipient_refused", to=refused) from error
    except smtplib.SMTPSenderRefused as error:
        raise DebiteurError("smtp_sender_refused", sender=_text(error.sender)) from error
    except (smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError) as error:
        raise DebiteurError("smtp_unreachable", host=host, port=port) from error
    except smtplib.SMTPResponseException as error:
        raise DebiteurError("smtp_failed", reason=_reply(error)) from error
    except (socket.gaierror, ConnectionError, TimeoutError) as error:
        raise DebiteurError("smtp_unreachable", host=host, port=port) from error
    except smtplib.SMTPException as error:
        raise DebiteurError("smtp_failed", reason=_why(error)) from error
    except OSError as error:  # no route, network down
        raise DebiteurError("smtp_unreachable", host=host, port=port) from error


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


def _reply(error: smtplib.SMTPResponseException) -> str:
    return f"{error.smtp_code} {_text(error.smtp_error)}".strip()


def _why(error: BaseException) -> str:
    return str(getattr(error, "reason", None) or error)


def check_connection(settings: SmtpSettings, password: str | None = None) -> None:
    """Connect, secure and log in, then hang up; ``password`` None: the one kept."""
    with _connection(settings, password) as server:
        server.noop()


def send_message(settings: SmtpSettings, message: EmailMessage) -> None:
    with _connection(settings, None) as server:
        server.send_message(message)


@dataclass(frozen=True)
class SentEmail:
    letter_id: int
    to: str


def send_letter(db: Database, letter_id: int, on: date) -> SentEmail:
    """Send the letter's e-mail through the server in Settings and record the letter as
    sent by e-mail on ``on``; nothing is recorded when sending fails."""
    settings = read_smtp_settings(db)
    settings.check()
    mail = letter_email(db, letter_id)
    if not mail.to:
        raise InvalidInput("email_no_address")
    if "From" not in mail.message:
        raise InvalidInput("email_no_sender")
    send_message(settings, mail.message)
    mark_letter_sent(db, letter_id, on, "email")
    return SentEmail(letter_id, mail.to)
