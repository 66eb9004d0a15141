"""Column types: dates kept as integer day numbers, UTC timestamps."""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Generic, TypeVar

from sqlalchemy import Integer, String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from debiteur_desk.domain.dates import day_number, from_day_number


class Day(TypeDecorator[date]):
    """A calendar date stored as its ordinal day number.

    Integers compare and subtract far faster than ISO text in an aggregate over
    a million invoices (aging), and they behave the same on SQLite and PostgreSQL.
    """

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: date | None, dialect: Dialect) -> int | None:
        return None if value is None else day_number(value)

    def process_result_value(self, value: int | None, dialect: Dialect) -> date | None:
        return None if value is None else from_day_number(value)


E = TypeVar("E", bound=StrEnum)


class EnumText(TypeDecorator[E], Generic[E]):
    """A domain ``StrEnum`` kept as its text (the column stays a plain ``VARCHAR``, so no
    migration): the code reads and writes the enum, never a bare string."""

    impl = String
    cache_ok = True

    def __init__(self, enum: type[E], length: int) -> None:
        super().__init__(length)
        self.enum = enum

    def process_bind_param(self, value: E | str | None, dialect: Dialect) -> str | None:
        return None if value is None else self.enum(value).value

    def process_result_value(self, value: str | None, dialect: Dialect) -> E | None:
        return None if value is None else self.enum(value)


def utcnow() -> datetime:
    """Naive UTC, the same on every database backend."""
    return datetime.now(UTC).replace(tzinfo=None)
