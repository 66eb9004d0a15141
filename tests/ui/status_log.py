"""What the status bar told the user, in order. Reading ``currentMessage()`` after the
fact is racy: Qt clears a message when a status tip goes (a widget under the pointer is
rebuilt by a refresh), however briefly the user saw it."""


def status_log(window) -> list[str]:
    said: list[str] = []
    window.statusBar().messageChanged.connect(lambda text: text and said.append(text))
    return said


def told(said: list[str], part: str) -> bool:
    return any(part in text for text in said)
