"""Items a block at a time: the one helper behind both imports' blocks and the demo book's
batches."""

import pytest

from debiteur_desk.domain.blocks import blocks


def test_full_blocks_then_the_rest_read_as_asked_for():
    read = []

    def items():
        for n in range(7):
            read.append(n)
            yield n

    taken = blocks(items(), 3)
    assert next(taken) == [0, 1, 2] and read == [0, 1, 2]
    assert list(taken) == [[3, 4, 5], [6]]
    assert list(blocks([], 3)) == []


def test_a_block_size_below_one_is_refused():
    with pytest.raises(ValueError):
        next(blocks([1], 0))
