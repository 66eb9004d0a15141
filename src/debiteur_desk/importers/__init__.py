"""Files in: bank statements and invoices, read into plain rows. No Qt, no database.

Each reader takes bytes (what was read from the file) and returns plain dataclasses, or
raises ``ImportRefused`` naming what is wrong and where. Booking them is the services'
job (one transaction per import)."""
