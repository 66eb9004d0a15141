"""A client whose name carries a Dutch legal form is a business, whatever the export
leaves out (issue 12: an Excel export without a KvK column made "Bouwbedrijf Hendriks
B.V." a consumer). A legal person (B.V., N.V., stichting, vereniging, coöperatie) is
never a consumer, who is a natural person not acting in a profession or business
(art. 6:96 lid 6 BW, the rule the 14-dagenbrief hangs on; also art. 7:5 lid 1 BW); a
v.o.f. or c.v. is its partners acting in their business. A name that only looks like one
stays unknown: treating a business as a consumer is only more careful, the other way
round is not."""

import pytest

from debiteur_desk.domain.parties import ClientKind, has_legal_form
from debiteur_desk.importers.invoice_rows import client_kind


@pytest.mark.parametrize(
    "name",
    ["Bouwbedrijf Hendriks B.V.", "Jansen BV", "bakker b.v", "Philips N.V.",
     "Hotel De Drie Linden V.O.F.", "Snel vof", "Bouw C.V.", "Coöperatie Buurtwerk Lombok U.A.",
     "Stichting Kinderopvang Het Fietsje", "Vereniging Eigen Huis", "Maatschap De Hoeve"],
)  # fmt: skip
def test_a_legal_form_in_the_name_makes_a_business(name):
    assert has_legal_form(name)
    assert client_kind("", "", "", name) == ClientKind.BUSINESS


@pytest.mark.parametrize(
    "name",
    ["Pieter Bakker", "Zoë de Vries", "Bakkerij Van Dijk & Zn.", "Thijs van ’t Hof",
     "Lisa Wa", "Jan Ua", "CV Service Jansen", "Installatie Bv Jansen", "Koffie & Co",
     "Eva Bvelt"],
)  # fmt: skip
def test_a_name_without_one_leaves_the_kind_unknown(name):
    assert not has_legal_form(name)
    assert client_kind("", "", "", name) is None


def test_the_files_own_type_column_still_wins():
    assert client_kind("particulier", "", "", "Jansen B.V.") == ClientKind.CONSUMER
