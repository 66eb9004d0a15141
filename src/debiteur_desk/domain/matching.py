"""Which open invoices a bank credit pays, with the reason and how sure we are.

The rules, most certain first (issue 12):

1. the structured reference (betalingskenmerk or RF) of an invoice, compared after
   normalising (a failed check digit still matches: banks' own samples fail it);
2. an invoice number in the remittance text, compared by its digit groups, so that
   "fact 2026-0004", "factuur nr. 2026 0004" and "INV20260004" all name 2026-0004;
   several numbers whose open amounts add up to the payment pay them all;
3. the payer's IBAN known for a client (or, less sure, a name like the client's), with
   the amount equal to one open invoice or to the client's oldest open invoices added up;
4. an invoice number with one digit wrong or two neighbours swapped, only with the
   amount agreeing.

Only rule 1, and rule 2 with the amount agreeing, are certain enough to book without
asking; and never when the next candidate is about as good. Everything else is offered
for review. Pure: the caller gathers the open invoices and the known IBANs.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cached_property
from operator import attrgetter
from typing import NamedTuple, TypeVar

from debiteur_desk.domain.collector import collector_paused


class MatchReason(StrEnum):
    REFERENCE = "reference"
    INVOICE_NUMBER = "invoice_number"
    KNOWN_PAYER = "known_payer"
    MISTYPED_NUMBER = "mistyped_number"


# How a payment the user booked from the review list was matched (not a rule it learned).
CONFIRMED_BY_USER = "confirmed"


class OpenItem(NamedTuple):
    """An open invoice as matching sees it; a tuple, since an import makes one for each
    of a book's open invoices (100,000 in a big book) and a tuple is made fastest."""

    invoice_id: int
    number: str
    client_id: int
    open_cents: int
    due_date: date
    payment_reference: str  # "" when the invoice has none


@dataclass(frozen=True, slots=True)
class Credit:
    amount_cents: int
    payer_iban: str
    payer_name: str
    remittance: str  # the free text, and the end-to-end id (a direct debit's is ours)
    reference: str


@dataclass(frozen=True, slots=True)
class Candidate:
    client_id: int
    allocations: tuple[tuple[int, int], ...]  # (invoice id, cents)
    reason: MatchReason
    confidence: float  # 0..1
    amount_agrees: bool  # the allocations take the whole payment and close the invoices

    @property
    def invoice_ids(self) -> tuple[int, ...]:
        return tuple(invoice_id for invoice_id, _ in self.allocations)


@dataclass(frozen=True)
class Payers:
    """What the book knows of who pays for whom: IBANs learned from confirmed payments
    (and typed on the client), and the clients' names."""

    ibans: Mapping[str, int]  # IBAN -> client id
    names: Mapping[int, str]  # client id -> name

    @cached_property
    def _by_word(self) -> dict[str, set[int]]:
        """Each word of a client name -> the clients whose name has it (built once)."""
        index: dict[str, set[int]] = {}
        for client_id, name in self.names.items():
            for word in _name_tokens(name):
                index.setdefault(word, set()).add(client_id)
        return index

    @cached_property
    def _words(self) -> list[str]:
        return list(self._by_word)

    @cached_property
    def _alike(self) -> dict[str, frozenset[int]]:
        """``alike`` per payer name asked before: a statement names the same payers often."""
        return {}

    def alike(self, payer: str) -> frozenset[int]:
        """The clients whose name has every full word of the payer's name (initials and a
        missing first name are how banks show people: "Y. Koc" is "Yusuf Koç", "M. Celik"
        is "Çelik Bezorgservice"); a one-letter difference in a long word is a typo."""
        found = self._alike.get(payer)
        if found is None:
            found = self._alike[payer] = self._clients_named(payer)
        return found

    def _clients_named(self, payer: str) -> frozenset[int]:
        from rapidfuzz import process
        from rapidfuzz.fuzz import ratio

        words = [w for w in _name_tokens(payer) if len(w) > 1]
        found: set[int] | None = None
        for word in words:
            clients = set(self._by_word.get(word, ()))
            if len(word) > 5:
                for near, _score, _ in process.extract(
                    word, self._words, scorer=ratio, score_cutoff=NAME_ALIKE, limit=None
                ):
                    clients |= self._by_word[near]  # fmt: skip
            found = clients if found is None else found & clients
            if not found:
                return frozenset()
        return frozenset(found or ())


_DUE_ORDER = attrgetter("due_date", "invoice_id")
_K = TypeVar("_K")


@dataclass(frozen=True)
class Asked:
    """The keys some credits look open invoices up by: their references, the invoice
    numbers in their text (as ``_tokens``) and their amounts."""

    references: frozenset[str]
    numbers: frozenset[tuple[int, ...]]
    amounts: frozenset[int]


class Asking:
    """What credits will look up, gathered one credit at a time (as a file is read)."""

    def __init__(self) -> None:
        self._references: set[str] = set()
        self._numbers: set[tuple[int, ...]] = set()
        self._amounts: set[int] = set()

    def add(self, credit: Credit) -> None:
        self._references.add(normalise_reference(credit.reference))
        self._numbers.update(_tokens(credit.remittance))
        self._amounts.add(credit.amount_cents)

    def asked(self) -> Asked:
        return Asked(frozenset(self._references), frozenset(self._numbers),
                     frozenset(self._amounts))  # fmt: skip


def asked_by(credits: Iterable[Credit]) -> Asked:
    """What these credits will look up, to build an index for them alone."""
    asking = Asking()
    for credit in credits:
        asking.add(credit)
    return asking.asked()


def _looked_up(index: Mapping[_K, list[int]], key: _K, asked: frozenset[_K] | None) -> list[int]:
    """The positions under ``key``; ``asked``: the only keys the index kept (None: all)."""
    if asked is not None and key not in asked:
        raise KeyError(f"{key!r} was not asked for when this index was built")
    return index.get(key, [])


class OpenItems:
    """The open invoices, indexed once so that many credits are matched by lookups, not
    by scanning every invoice per credit (a statement of 10,000 lines against a book of
    100,000 invoices). An item's open amount changes as an import books payments.

    ``asked``: the only keys it will be asked for (``asked_by`` the credits to match);
    then it keeps only those, not one entry per invoice for every reference, number and
    amount. Asking it for another key is a programming error (``KeyError``), not a miss.
    """

    def __init__(self, items: Iterable[OpenItem], asked: Asked | None = None) -> None:
        # None: every key kept.
        self._references = asked.references if asked else None
        self._numbers = asked.numbers if asked else None
        self._amounts = asked.amounts if asked else None
        with collector_paused():
            self._index(items)

    def _index(self, items: Iterable[OpenItem]) -> None:
        # Oldest due first: then each client's positions are appended in that order.
        self._items: list[OpenItem] = sorted(items, key=_DUE_ORDER)
        self._position = {item.invoice_id: p for p, item in enumerate(self._items)}
        self._by_reference: defaultdict[str, list[int]] = defaultdict(list)
        self._by_number: defaultdict[tuple[int, ...], list[int]] = defaultdict(list)
        self._by_client: defaultdict[int, list[int]] = defaultdict(list)
        self._by_amount: defaultdict[int, list[int]] = defaultdict(list)  # may hold moved ones
        # Locals bound once: this loop runs once per open invoice (100,000 in a big book).
        find_runs = _DIGIT_RUNS.findall
        by_reference, by_number = self._by_reference, self._by_number
        by_client, by_amount = self._by_client, self._by_amount
        references, numbers, amounts = self._references, self._numbers, self._amounts
        for position, item in enumerate(self._items):
            if item.payment_reference:
                reference = normalise_reference(item.payment_reference)
                if references is None or reference in references:
                    by_reference[reference].append(position)
            runs = find_runs(item.number)  # what digit_groups reads, found once
            if runs:  # the number as its groups, and as one number ("2026-0004", "20260004")
                groups = tuple(map(int, runs))
                if numbers is None or groups in numbers:
                    by_number[groups].append(position)
                if len(groups) > 1:  # one group: the same key
                    whole = (int("".join(runs)),)
                    if numbers is None or whole in numbers:
                        by_number[whole].append(position)
            by_client[item.client_id].append(position)
            if amounts is None or item.open_cents in amounts:
                by_amount[item.open_cents].append(position)

    def __getitem__(self, invoice_id: int) -> OpenItem:
        return self._items[self._position[invoice_id]]

    def __setitem__(self, invoice_id: int, item: OpenItem) -> None:
        position = self._position[invoice_id]
        old = self._items[position]
        cents = item.open_cents
        if old.open_cents != cents and (self._amounts is None or cents in self._amounts):
            self._by_amount[cents].append(position)
        self._items[position] = item

    def _at(self, positions: Iterable[int]) -> list[OpenItem]:
        """The items at these positions, oldest due first."""
        return [self._items[p] for p in sorted(positions)]

    def with_reference(self, reference: str) -> list[OpenItem]:
        """The items with this (normalised) reference, oldest due first."""
        return self._at(_looked_up(self._by_reference, reference, self._references))

    def named(self, tokens: Iterable[tuple[int, ...]]) -> list[OpenItem]:
        """The items whose number is any of these (``_tokens``), oldest due first."""
        index, asked = self._by_number, self._numbers
        return self._at({p for t in tokens for p in _looked_up(index, t, asked)})

    def with_open(self, cents: int) -> list[OpenItem]:
        """The items with this much open now, oldest due first."""
        positions = _looked_up(self._by_amount, cents, self._amounts)
        return self._at({p for p in positions if self._items[p].open_cents == cents})

    def of_client(self, client_id: int) -> list[OpenItem]:
        """The client's open items, oldest due first."""
        return [self._items[p] for p in self._by_client.get(client_id, ())]

    def values(self) -> list[OpenItem]:
        return list(self._items)


CERTAIN = 0.9
NAME_ALIKE = 90  # rapidfuzz ratio from which two words of a name are the same word
CLOSE = 0.15  # a runner-up this near the best makes the best unsafe to book


_REFERENCE_NOISE = re.compile(r"[\s.\-/]")


def normalise_reference(text: str) -> str:
    """Spaces, dots and dashes out, upper case: "RF18 5390 0754 7034" -> "RF18539007547034"."""
    if text.isalnum():  # nothing to take out (a stored kenmerk, mostly): skip the regex
        return text.upper()
    return _REFERENCE_NOISE.sub("", text).upper()


_NUMBERISH = re.compile(r"[A-Za-z]*\d+(?:[\s.\-/_]?\d+)*")


_DIGIT_RUNS = re.compile(r"\d+")


def digit_groups(text: str) -> tuple[int, ...]:
    """The numbers in ``text`` in order: "2026-0004" -> (2026, 4)."""
    return tuple(map(int, _DIGIT_RUNS.findall(text)))


def _tokens(remittance: str) -> list[tuple[int, ...]]:
    """Number-like tokens of 4 or more digits, as digit groups; a run with separators is
    also tried whole ("2026 0004") and as one number ("20260004")."""
    found = []
    for match in _NUMBERISH.finditer(remittance):
        groups = digit_groups(match.group())
        digits = "".join(re.findall(r"\d", match.group()))
        if len(digits) >= 4:
            found.append(groups)
            found.append((int(digits),))
    return found


def _one_typo(typed: str, real: str) -> bool:
    """One digit wrong, or two neighbours swapped (same length)."""
    if len(typed) != len(real) or typed == real:
        return False
    diff = [i for i, (a, b) in enumerate(zip(typed, real, strict=True)) if a != b]
    if len(diff) == 1:
        return True
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and typed[diff[0]] == real[diff[1]]
        and typed[diff[1]] == real[diff[0]]
    )


def _allocate(items: Sequence[OpenItem], cents: int) -> tuple[tuple[int, int], ...]:
    """Oldest due first, as far as the money goes."""
    allocations, left = [], cents
    for item in sorted(items, key=lambda i: (i.due_date, i.invoice_id)):
        if left <= 0:
            break
        take = min(left, item.open_cents)
        allocations.append((item.invoice_id, take))
        left -= take
    return tuple(allocations)


def _candidate(
    items: Sequence[OpenItem], credit: Credit, reason: MatchReason, certain: float, unsure: float
) -> Candidate:
    total = sum(item.open_cents for item in items)
    agrees = total == credit.amount_cents
    return Candidate(
        items[0].client_id,
        _allocate(items, credit.amount_cents),
        reason,
        certain if agrees else unsure,
        agrees,
    )


def _by_reference(credit: Credit, items: OpenItems) -> list[Candidate]:
    wanted = normalise_reference(credit.reference)
    if not wanted:
        return []
    hits = items.with_reference(wanted)
    # A partial payment with the right reference is still certain: it books as partial.
    return [_candidate(hits, credit, MatchReason.REFERENCE, 1.0, 0.95)] if hits else []


def _by_number(credit: Credit, items: OpenItems) -> list[Candidate]:
    hits = items.named(_tokens(credit.remittance))
    by_client: dict[int, list[OpenItem]] = {}
    for item in hits:
        by_client.setdefault(item.client_id, []).append(item)
    return [
        _candidate(named, credit, MatchReason.INVOICE_NUMBER, 0.92, 0.7)
        for named in by_client.values()
    ]


_FOLD = str.maketrans({"ø": "o", "æ": "ae", "ß": "ss", "ł": "l", "đ": "d", "ı": "i"})


def _name_tokens(name: str) -> list[str]:
    """Lower case, accents and punctuation off: "Yusuf Koç" -> ["yusuf", "koc"]."""
    folded = unicodedata.normalize("NFKD", name.casefold().translate(_FOLD))
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return re.findall(r"[a-z0-9]+", plain)


def _payer_client(credit: Credit, payers: Payers) -> tuple[int | None, float]:
    """The client the payer is, and how sure: a known IBAN, else one client's name alike."""
    client_id = payers.ibans.get(credit.payer_iban) if credit.payer_iban else None
    if client_id is not None:
        return client_id, 1.0
    alike = payers.alike(credit.payer_name)
    return (next(iter(alike)), 0.85) if len(alike) == 1 else (None, 0.0)


def _by_payer(credit: Credit, items: OpenItems, payers: Payers) -> list[Candidate]:
    client_id, sure = _payer_client(credit, payers)
    if client_id is None:
        return []
    own = items.of_client(client_id)
    single = [i for i in own if i.open_cents == credit.amount_cents]
    if len(single) == 1:
        return [Candidate(client_id, ((single[0].invoice_id, credit.amount_cents),),
                          MatchReason.KNOWN_PAYER, 0.8 * sure, True)]  # fmt: skip
    running, oldest = 0, []
    for item in own:
        running += item.open_cents
        oldest.append(item)
        if running >= credit.amount_cents:
            break
    if oldest and running == credit.amount_cents:
        return [_candidate(oldest, credit, MatchReason.KNOWN_PAYER, 0.75 * sure, 0.5)]
    if own:  # the client is known; the amount says nothing: the user decides
        return [_candidate(own, credit, MatchReason.KNOWN_PAYER, 0.5 * sure, 0.4 * sure)]
    return []


def _by_typo(credit: Credit, items: OpenItems) -> list[Candidate]:
    typed = {"".join(re.findall(r"\d", m.group())) for m in _NUMBERISH.finditer(credit.remittance)}
    if not typed:
        return []
    hits = [
        item
        for item in items.with_open(credit.amount_cents)
        if any(_one_typo(t, "".join(_DIGIT_RUNS.findall(item.number))) for t in typed)
    ]
    return [
        Candidate(i.client_id, ((i.invoice_id, credit.amount_cents),), MatchReason.MISTYPED_NUMBER,
                  0.55, True)
        for i in hits
    ]  # fmt: skip


def candidates(
    credit: Credit, items: OpenItems | Sequence[OpenItem], payers: Payers
) -> list[Candidate]:
    """Every plausible match for an incoming payment, best first (``items``: an index
    built once for many credits, or a plain list)."""
    if credit.amount_cents <= 0:
        return []
    if not isinstance(items, OpenItems):
        items = OpenItems(items)
    found = _by_reference(credit, items) + _by_number(credit, items)
    found += _by_payer(credit, items, payers) + _by_typo(credit, items)
    unique: dict[tuple[int, tuple[int, ...]], Candidate] = {}
    for candidate in sorted(found, key=lambda c: -c.confidence):
        unique.setdefault((candidate.client_id, candidate.invoice_ids), candidate)
    return list(unique.values())


def certain(found: Sequence[Candidate]) -> Candidate | None:
    """The candidate to book without asking, if there is one."""
    if not found or found[0].confidence < CERTAIN:
        return None
    if len(found) > 1 and found[1].confidence > found[0].confidence - CLOSE:
        return None  # two invoices both look right: the user decides
    return found[0]
