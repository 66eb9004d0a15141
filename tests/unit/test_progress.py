"""A job run as one part of a longer one shows its progress on the one bar
(``domain/progress.as_part``), and its result is passed on."""

from debiteur_desk.domain.progress import Progress, as_part
from tests.progress_steps import steps_and_result


def _counting(total: int):
    for done in range(total):
        yield Progress(done, total, f"item {done}")
    return "klaar"


def _unknown():
    yield Progress(5)  # no total: a busy bar
    return 1


def test_a_part_is_mapped_onto_its_stretch_of_the_bar():
    steps, result = steps_and_result(as_part(_counting(4), 300, 1000, 1000))
    assert result == "klaar"
    assert [(p.done, p.total, p.item) for p in steps] == [
        (300, 1000, "item 0"), (475, 1000, "item 1"), (650, 1000, "item 2"),
        (825, 1000, "item 3"),
    ]  # fmt: skip


def test_a_part_without_a_total_stays_at_its_start():
    steps, result = steps_and_result(as_part(_unknown(), 0, 300, 1000))
    assert result == 1 and [(p.done, p.total) for p in steps] == [(0, 1000)]
