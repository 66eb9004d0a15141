"""Messages about the disk and the database file (merged into ``messages.CATALOGUE``):
a full disk, a read-only folder, a book another window or PC is writing.

code: (Dutch, English); values in {braces} come from the error's params.
"""

from __future__ import annotations

STORAGE_MESSAGES: dict[str, tuple[str, str]] = {
    "db_disk_full": (
        "De schijf is vol: er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw;"
        " wat eerder is opgeslagen, is er nog.",
        "The disk is full: nothing was saved. Free some space and try again; what was saved"
        " before is still there.",
    ),
    "db_read_only": (
        "Het boek kan niet worden gewijzigd: het bestand of de map is alleen-lezen."
        " Er is niets opgeslagen.",
        "The book cannot be changed: the file or its folder is read-only. Nothing was saved.",
    ),
    "db_busy": (
        "Het boek wordt op dit moment in een ander venster of op een andere pc bijgewerkt."
        " Er is niets opgeslagen; probeer het over een ogenblik opnieuw.",
        "The book is being changed in another window or on another PC right now. Nothing was"
        " saved; try again in a moment.",
    ),
    "db_unreachable": (
        "Het boek is niet te bereiken ({detail}). Er is niets opgeslagen.",
        "The book cannot be reached ({detail}). Nothing was saved.",
    ),
    "file_disk_full": (
        "De schijf is vol: {path} kon niet worden geschreven.",
        "The disk is full: {path} could not be written.",
    ),
    "file_read_only": (
        "{path} kon niet worden geschreven: de map is alleen-lezen of u hebt er geen rechten op.",
        "{path} could not be written: the folder is read-only or you have no permission.",
    ),
    "file_not_written": (
        "{path} kon niet worden geschreven ({detail}).",
        "{path} could not be written ({detail}).",
    ),
    "copy_to_itself": (
        "Het boek kan niet naar zichzelf worden gekopieerd.",
        "The book cannot be copied onto itself.",
    ),
    "copy_target_not_empty": (
        "In {url} staat al een boek (klanten, facturen of brieven); er is niets gekopieerd."
        " Kies een lege database.",
        "{url} already holds a book (clients, invoices or letters); nothing was copied."
        " Choose an empty database.",
    ),
    "copy_differs": (
        "De kopie van tabel {table} klopt niet met het origineel; er is niets gekopieerd.",
        "The copy of table {table} does not match the original; nothing was copied.",
    ),
    "changed_elsewhere": (
        "Dit is intussen in een ander venster of op een andere pc gewijzigd ({fields}; door"
        " {who} op {at}). Uw wijziging is niet opgeslagen: bekijk de nieuwe gegevens en"
        " breng haar zo nodig opnieuw aan.",
        "This was changed meanwhile in another window or on another PC ({fields}; by {who}"
        " on {at}). Your change was not saved: look at the new details and make it again if"
        " needed.",
    ),
    "server_unreachable": (
        "Geen verbinding met de database op {server}: {detail}. Controleer of de server aan"
        " staat en of de naam, de gebruiker en het wachtwoord kloppen.",
        "No connection with the database at {server}: {detail}. Check that the server is on"
        " and that the name, the user and the password are right.",
    ),
    "book_location_unreadable": (
        "Het bestand {path}, waarin staat welke administratie deze pc opent, is beschadigd."
        " Kies de administratie opnieuw onder Bestand › Instellingen.",
        "The file {path}, which says which book this PC opens, is damaged. Choose the book"
        " again under File › Settings.",
    ),
    "db_keyring_unavailable": (
        "Het wachtwoord van de databaseserver kan niet in de wachtwoordkluis van uw computer"
        " worden bewaard of gelezen ({reason}).",
        "The database server's password cannot be kept in or read from your computer's"
        " password store ({reason}).",
    ),
    "server_host_empty": (
        "Vul de naam of het adres van de server in.",
        "Fill in the server's name or address.",
    ),
    "server_database_empty": (
        "Vul de naam van de database op de server in.",
        "Fill in the name of the database on the server.",
    ),
}
