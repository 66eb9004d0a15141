"""Messages for the ui part of the app (merged into ``messages.CATALOGUE``).

code: (Dutch, English); values in {braces} come from the error's params.
"""

UI_MESSAGES: dict[str, tuple[str, str]] = {}
