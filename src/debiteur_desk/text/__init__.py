"""What a user reads: the message catalogue (errors and notices in Dutch and English) and
how amounts, dates and rates are written. No Qt, no database."""
