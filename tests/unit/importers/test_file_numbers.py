"""The numbers an export gave so far, kept on disk (issue 12: memory flat in the file
size): a number given again, in the same block or a later one, is found with the line it
first came from, and then nothing of that block is remembered."""

from debiteur_desk.importers.file_numbers import FileNumbers


def test_a_number_again_in_a_later_block_names_both_lines():
    numbers = FileNumbers()
    try:
        assert numbers.add([("F-1", 2), ("F-2", 3)]) is None
        assert numbers.add([("F-3", 4), ("F-1", 5)]) == ("F-1", 5, 2)
        assert "F-3" not in numbers  # the refused block left nothing behind
        assert "F-2" in numbers and "credit:F-2" not in numbers
    finally:
        numbers.close()


def test_a_number_twice_in_one_block_and_more_keys_than_one_query_takes():
    numbers = FileNumbers()
    try:
        many = [(f"N{n}", n) for n in range(1, 1201)]
        assert numbers.add(many) is None
        assert numbers.add([("X", 1), ("X", 2)]) == ("X", 2, 1)
        assert numbers.add([("new", 1300), ("N1200", 1301)]) == ("N1200", 1301, 1200)
    finally:
        numbers.close()
