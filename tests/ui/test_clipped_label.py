"""The totals under a list: one line where there is room, at most two where there is not,
broken between the figures, the rest elided and in the tooltip (ui/clipped_label.py)."""

from debiteur_desk.ui.clipped_label import SEPARATOR, ClippedLabel

PARTS = [
    "Klanten: 60",
    "open € 56.145,41",
    "Niet vervallen € 17.764,61",
    "1–30 dagen € 1.153,07",
    "31–60 dagen € 504,99",
    "61–90 dagen € 8.382,91",
    "90+ dagen € 28.339,83",
]
TEXT = SEPARATOR.join(PARTS)


def test_totals_take_two_lines_at_most_and_say_the_rest_in_the_tooltip(qtbot):
    label = ClippedLabel(max_lines=2)
    qtbot.addWidget(label)
    label.setText(TEXT)
    label.resize(label.fontMetrics().horizontalAdvance(TEXT) + 10, 40)
    label.show()
    assert label.shown_lines() == [TEXT] and not label.toolTip()

    label.resize(label.fontMetrics().horizontalAdvance(SEPARATOR.join(PARTS[:3])) + 10, 40)
    lines = label.shown_lines()
    assert len(lines) == 2
    assert lines[0] == SEPARATOR.join(PARTS[:3])  # broken between figures, not inside one
    assert lines[1].startswith(PARTS[3]) and lines[1].endswith("…")
    assert label.text() == TEXT  # what printing and the tests read: the whole line
    assert label.toolTip() == "\n".join(PARTS)

    label.resize(30, 40)  # as narrow as can be: still two lines, never a column of ten
    assert len(label.shown_lines()) == 2
    assert label.minimumSizeHint().width() == 0  # it never holds the window wide
