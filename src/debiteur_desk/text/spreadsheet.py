"""Text bound for a spreadsheet (CSV or Excel) that the spreadsheet will not run."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    """A cell a spreadsheet will not run as a formula (CSV injection): a text starting
    with = + - @ (or a tab or carriage return) gets a leading quote."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text
