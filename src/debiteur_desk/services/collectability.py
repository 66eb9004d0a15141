"""What is collectable in each aging bucket: promised, in a plan, disputed, handed over,
a broken promise, or plain open (``domain/collectability.py`` has the rule and the
precedence; the database applies it in one grouped query).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from debiteur_desk.domain.aging import Bucket, make_buckets
from debiteur_desk.domain.collectability import Category, Split
from debiteur_desk.store.database import Database
from debiteur_desk.store.queries.collectability import CategoryRow, collectability_rows
from debiteur_desk.store.settings_store import get_setting


@dataclass(frozen=True)
class Collectability:
    as_of: date
    buckets: tuple[Bucket, ...]
    splits: tuple[Split, ...]  # per bucket
    by_client: Mapping[int, frozenset[Category]]  # the categories each owing client has

    def clients_in(self, kind: Category) -> frozenset[int]:
        return frozenset(c for c, kinds in self.by_client.items() if kind in kinds)


def from_rows(
    rows: Sequence[CategoryRow], buckets: Sequence[Bucket], as_of: date
) -> Collectability:
    """Totals per bucket and per client from the query's (client, category) rows."""
    n = len(buckets)
    cents = [dict.fromkeys(Category, 0) for _ in range(n)]
    counts = [dict.fromkeys(Category, 0) for _ in range(n)]
    by_client: dict[int, set[Category]] = defaultdict(set)
    for row in rows:
        for i in range(n):
            cents[i][row.category] += row.amounts_cents[i]
            counts[i][row.category] += row.counts[i]
        if any(row.counts):
            by_client[row.client_id].add(row.category)
    splits = tuple(Split(cents[i], counts[i]) for i in range(n))
    frozen = {client: frozenset(kinds) for client, kinds in by_client.items()}
    return Collectability(as_of, tuple(buckets), splits, frozen)


def read_collectability(session: Session, as_of: date, buckets: Sequence[Bucket]) -> Collectability:
    """Inside a caller's session (the aging report reads it with its own rows)."""
    return from_rows(collectability_rows(session, as_of, buckets), buckets, as_of)


def collectability(db: Database, as_of: date) -> Collectability:
    """The split of every aging bucket on ``as_of``, with the bucket boundaries from Settings."""
    with db.reading() as session:
        buckets = make_buckets(get_setting(session, "aging.boundaries"))
        return read_collectability(session, as_of, buckets)
