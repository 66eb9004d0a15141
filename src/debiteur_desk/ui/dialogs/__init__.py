"""Dialogs: each collects and validates one thing the user means to do; the caller saves it.

One module per dialog; the shared field widgets are in ``fields.py``.
"""
