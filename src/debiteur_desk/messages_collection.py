"""Messages for the collection part of the app (merged into ``messages.CATALOGUE``).

code: (Dutch, English); values in {braces} come from the error's params.
"""

COLLECTION_MESSAGES: dict[str, tuple[str, str]] = {}
