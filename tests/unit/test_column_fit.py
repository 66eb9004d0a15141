"""Which columns a list shows, and how wide, at the width it has (ui/column_fit.py)."""

from debiteur_desk.ui.column_fit import Hide, Shrink, fit_columns

NATURAL = {"name": 240, "kind": 80, "city": 110, "open": 90, "next": 250}
STEPS = (Shrink("name", 170), Hide("kind"), Hide("city"), Shrink("next", 160))


def test_everything_at_its_own_width_where_there_is_room():
    fit = fit_columns(NATURAL, 900, STEPS)
    assert fit.widths == NATURAL and not fit.hidden


def test_the_steps_are_taken_in_order_and_only_as_far_as_needed():
    fit = fit_columns(NATURAL, 730, STEPS)  # 770 wanted: narrowing the name is enough
    assert fit.widths["name"] == 200 and not fit.hidden
    fit = fit_columns(NATURAL, 560, STEPS)
    assert fit.hidden == {"kind", "city"} and fit.widths["next"] == 250


def test_a_column_hidden_later_gives_the_narrowed_ones_their_width_back():
    fit = fit_columns(NATURAL, 650, STEPS)  # name to 170 is not enough; kind hidden frees 80
    assert fit.hidden == {"kind"}
    assert fit.widths["name"] == 200  # 650 - (110 + 90 + 250): what is left


def test_the_most_useful_column_gives_way_last_and_then_the_list_scrolls():
    fit = fit_columns(NATURAL, 300, STEPS)
    assert fit.hidden == {"kind", "city"}
    assert fit.widths["name"] == 170 and fit.widths["next"] == 160  # 420: scrolls sideways


def test_a_step_about_a_missing_column_is_skipped():
    fit = fit_columns({"name": 300, "open": 90}, 300, (Hide("bucket_9"), Shrink("name", 150)))
    assert fit.widths == {"name": 210, "open": 90} and not fit.hidden
