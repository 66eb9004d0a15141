"""Messages about e-mailing letters (merged into ``messages.CATALOGUE``): the draft for
the user's own mail program, and sending directly through a mail server (SMTP).

code: (Dutch, English); values in {braces} come from the error's params.
"""

from __future__ import annotations

EMAIL_MESSAGES: dict[str, tuple[str, str]] = {
    "email_letter_file_missing": (
        "De pdf van deze brief is er niet meer ({path}); er is geen e-mail gemaakt.",
        "The PDF of this letter is gone ({path}); no e-mail was made.",
    ),
    "email_letter_file_changed": (
        "De pdf van deze brief is gewijzigd sinds hij werd gemaakt ({path}). Een gewijzigde "
        "brief sturen wij niet mee; maak de brief opnieuw.",
        "The PDF of this letter has changed since it was made ({path}). A changed letter is "
        "not sent; make the letter again.",
    ),
    "email_no_address": (
        "Van deze klant is geen e-mailadres bekend. Vul het in bij de klant, of maak een "
        "concept en vul het adres in uw mailprogramma in.",
        "No e-mail address is known for this client. Enter it with the client, or make a "
        "draft and fill in the address in your mail program.",
    ),
    "email_no_sender": (
        "Vul bij Instellingen het e-mailadres van uw bedrijf in: daarvandaan gaat de e-mail.",
        "Enter your company's e-mail address in Settings: the e-mail is sent from it.",
    ),
    "smtp_not_set_up": (
        "Er is geen mailserver ingesteld. Vul die in bij Instellingen, of maak een concept "
        "voor uw eigen mailprogramma.",
        "No mail server is set up. Enter one in Settings, or make a draft for your own mail "
        "program.",
    ),
    "smtp_port_invalid": (
        "Poort {port} bestaat niet; meestal is het 587 (STARTTLS) of 465 (TLS).",
        "Port {port} does not exist; usually it is 587 (STARTTLS) or 465 (TLS).",
    ),
    "smtp_security_unknown": (
        "'{text}' is geen beveiliging die de app kent.",
        "'{text}' is not a kind of security the app knows.",
    ),
    "smtp_keyring_unavailable": (
        "Het wachtwoord kan niet in de wachtwoordkluis van uw computer worden bewaard of "
        "gelezen ({reason}). Maak een concept voor uw eigen mailprogramma.",
        "The password cannot be kept in or read from your computer's password store "
        "({reason}). Make a draft for your own mail program.",
    ),
    "smtp_no_password": (
        "Er is nog geen wachtwoord bewaard voor {user} bij {host}. Vul het in bij Instellingen.",
        "No password has been kept for {user} at {host} yet. Enter it in Settings.",
    ),
    "smtp_login_failed": (
        "De mailserver {host} weigert de gebruikersnaam {user} met dit wachtwoord. "
        "Controleer het wachtwoord bij Instellingen.",
        "The mail server {host} refuses the user name {user} with this password. Check the "
        "password in Settings.",
    ),
    "smtp_tls_failed": (
        "Er kon geen beveiligde verbinding met {host} (poort {port}) worden gemaakt: {reason}. "
        "Controleer de poort en de beveiliging (587 met STARTTLS, 465 met TLS).",
        "No secure connection could be made with {host} (port {port}): {reason}. Check the "
        "port and the security (587 with STARTTLS, 465 with TLS).",
    ),
    "smtp_unreachable": (
        "De mailserver {host} is niet bereikbaar op poort {port}. Controleer de naam van de "
        "server, de poort en uw internetverbinding.",
        "The mail server {host} cannot be reached on port {port}. Check the server's name, "
        "the port and your internet connection.",
    ),
    "smtp_recipient_refused": (
        "De mailserver weigert het adres {to}. Controleer het e-mailadres van de klant.",
        "The mail server refuses the address {to}. Check the client's e-mail address.",
    ),
    "smtp_sender_refused": (
        "De mailserver weigert te verzenden namens {sender}. Het e-mailadres van uw bedrijf "
        "moet bij dit account horen.",
        "The mail server refuses to send on behalf of {sender}. Your company's e-mail "
        "address must belong to this account.",
    ),
    "smtp_failed": (
        "De mailserver heeft de e-mail niet aangenomen: {reason}. Er is niets als verstuurd "
        "vastgelegd.",
        "The mail server did not accept the e-mail: {reason}. Nothing was recorded as sent.",
    ),
}
