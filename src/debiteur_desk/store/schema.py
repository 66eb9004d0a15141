"""The schema revision this version of the app works with.

Start-up compares the database's stamp with this constant, so an up-to-date
database opens without loading Alembic. A test checks it is the migrations' head.
"""

SCHEMA_HEAD = "0006"
