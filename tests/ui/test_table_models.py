"""The table models: Qt's model contract, lazy text, sort and filter through the proxy."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from debiteur_desk.services.demo import fill_demo
from debiteur_desk.services.overview import client_overview, open_invoices
from debiteur_desk.ui.models.filter_proxy import FilterState, RowFilterProxy
from debiteur_desk.ui.models.invoices_model import InvoicesModel, invoice_matches
from debiteur_desk.ui.models.overview_model import ClientOverviewModel, client_matches
from debiteur_desk.ui.models.table_model import ID_ROLE, SORT_ROLE
from tests.ui.translation import dutch


@pytest.fixture(autouse=True)
def _dutch(qapp):
    with dutch(qapp):
        yield


TODAY = date(2026, 11, 22)


@pytest.fixture
def book(db):
    fill_demo(db, clients=25, invoices=200, seed=3, today=TODAY)
    return client_overview(db, TODAY), open_invoices(db, TODAY).lines


@pytest.fixture
def overview_model(book):
    model = ClientOverviewModel("nl")
    model.set_data(book[0].clients, book[0].buckets)
    return model


@pytest.fixture
def invoices_model(book):
    model = InvoicesModel("nl")
    model.set_data(book[1], book[0].buckets)
    return model


def test_models_keep_the_qt_contract(qtmodeltester, overview_model, invoices_model):
    for model, matcher in ((overview_model, client_matches), (invoices_model, invoice_matches)):
        qtmodeltester.check(model)
        proxy = RowFilterProxy(matcher)
        proxy.setSourceModel(model)
        proxy.set_state(FilterState(bucket=4))
        qtmodeltester.check(proxy)


def test_cells_are_dutch_text_with_id_and_sort_roles(overview_model, book):
    first = book[0].clients[0]
    headers = [
        overview_model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(overview_model.columnCount())
    ]
    assert headers[:4] == ["Klant", "Soort", "Plaats", "Open"]
    assert "Niet vervallen" in headers and "90+ dagen" in headers
    index = overview_model.index(0, 3)
    assert index.data(ID_ROLE) == first.id
    assert index.data(SORT_ROLE) == first.open_cents
    assert index.data().startswith("€") and "," in index.data()
    assert overview_model.index(0, 1).data() in ("Particulier", "Zakelijk")


def test_sort_goes_through_the_proxy_and_keeps_selection_rows(overview_model):
    proxy = RowFilterProxy(client_matches)
    proxy.setSourceModel(overview_model)
    proxy.sort(3, Qt.SortOrder.DescendingOrder)
    amounts = [proxy.index(r, 3).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert amounts == sorted(amounts, reverse=True)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(r, 0).data().casefold() for r in range(proxy.rowCount())]
    assert names == sorted(names)


def test_filters_combine(invoices_model, book):
    proxy = RowFilterProxy(invoice_matches)
    proxy.setSourceModel(invoices_model)
    invoices = book[1]
    proxy.set_state(FilterState(bucket=4, kind="business"))
    expected = [i for i in invoices if i.bucket == 4 and i.client_kind == "business"]
    assert proxy.rowCount() == len(expected) > 0
    needle = invoices[0].number
    proxy.set_state(FilterState(text=needle.upper()))
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == [needle]
    proxy.set_state(FilterState(status="overdue"))
    assert proxy.rowCount() == sum(1 for i in invoices if i.days_overdue > 0)
    assert len(proxy.visible_rows()) == proxy.rowCount()


def test_next_action_says_whether_it_is_long_due_due_today_or_later(qapp, book):
    from datetime import timedelta

    from debiteur_desk.services.overview_lines import NextAction
    from tests.ui.translation import dutch

    with dutch(qapp):
        model = ClientOverviewModel("nl")
        model.set_data(book[0].clients, book[0].buckets, TODAY)
        ids = [line.id for line in book[0].clients[:3]]
        model.set_next_actions(
            {
                ids[0]: NextAction("send-reminder", TODAY - timedelta(days=40)),
                ids[1]: NextAction("call", TODAY),
                ids[2]: NextAction("send-final-demand", TODAY + timedelta(days=3)),
            }
        )
        column = next(i for i, c in enumerate(model.columns) if c.key == "next_action")
        texts = [model.index(row, column).data() for row in range(3)]
        tips = [model.index(row, column).data(Qt.ItemDataRole.ToolTipRole) for row in range(3)]
    earlier = (TODAY - timedelta(days=40)).strftime("%d-%m-%Y")
    later = (TODAY + timedelta(days=3)).strftime("%d-%m-%Y")
    assert texts == [
        f"Herinnering sturen (sinds {earlier})",
        "Bellen (vandaag)",
        f"Sommatie sturen ({later})",
    ]
    assert tips == texts
