"""A mail server and a keyring for tests: nothing leaves the machine, no real keyring.

``FakeSmtpServer`` speaks just enough SMTP on 127.0.0.1 for ``smtplib``: EHLO, AUTH PLAIN,
MAIL, RCPT, DATA, NOOP, QUIT; it keeps what it received. It offers no STARTTLS (and
answers TLS with plain text), which is how the tests make a secure connection fail.
"""

from __future__ import annotations

import base64
import contextlib
import socket
import threading
from dataclasses import dataclass, field

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


def use_memory_keyring():
    """Install an in-memory keyring; call ``keyring.set_keyring(no_keyring())`` after."""
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


def no_keyring():
    return keyring.backends.fail.Keyring()


@dataclass
class Received:
    sender: str
    recipients: list[str]
    data: bytes


@dataclass
class FakeSmtpServer:
    user: str = "jan"
    password: str = "geheim"
    refuse: set[str] = field(default_factory=set)  # recipients answered with 550
    received: list[Received] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._socket = socket.create_server(("127.0.0.1", 0))
        self._socket.settimeout(0.2)
        self.port = self._socket.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._socket.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._socket.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(5)
                # A client may hang up at any time (a TLS client does at once).
                with contextlib.suppress(OSError, ValueError):
                    self._session(conn.makefile("rb"), conn)

    def _session(self, lines, conn) -> None:
        def say(text: str) -> None:
            conn.sendall(text.encode() + b"\r\n")

        say("220 fake.test ESMTP")
        sender, recipients = "", []
        while True:
            line = lines.readline()
            if not line:
                return
            command = line.decode("utf-8", "replace").strip()
            verb = command.split(" ", 1)[0].upper()
            if verb == "EHLO":
                say("250-fake.test\r\n250-AUTH PLAIN\r\n250 8BITMIME")
            elif verb == "HELO":
                say("250 fake.test")
            elif verb == "AUTH":
                _, _, token = command.split(" ", 2)
                _, user, password = base64.b64decode(token).decode().split("\0")
                self.logins.append(user)
                ok = (user, password) == (self.user, self.password)
                say("235 welcome" if ok else "535 5.7.8 authentication failed")
            elif verb == "MAIL":
                sender, recipients = command.split(":", 1)[1].split()[0].strip("<>"), []
                say("250 ok")
            elif verb == "RCPT":
                address = command.split(":", 1)[1].strip().strip("<>")
                if address in self.refuse:
                    say("550 5.1.1 no such user")
                else:
                    recipients.append(address)
                    say("250 ok")
            elif verb == "DATA":
                say("354 go on")
                data = b""
                while (chunk := lines.readline()) not in (b".\r\n", b""):
                    data += chunk[1:] if chunk.startswith(b"..") else chunk
                self.received.append(Received(sender, recipients, data))
                say("250 queued")
            elif verb in ("NOOP", "RSET"):
                say("250 ok")
            elif verb == "QUIT":
                say("221 bye")
                return
            else:
                say("502 not implemented")


def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return probe.getsockname()[1]
