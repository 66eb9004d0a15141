"""Company details for the letterhead and the signature under every letter."""

from debiteur_desk.domain import text_limits
from debiteur_desk.ui.settings_dialog import SettingsDialog


def test_signature_fields_are_offered_and_checked(qtbot, tmp_path):
    dialog = SettingsDialog(None, {"company.name": "Van Dam"}, "nl")
    qtbot.addWidget(dialog)
    for key in (
        "company.signatory_name",
        "company.signatory_role",
        "company.signature_path",
        "company.bic",
        "company.website",
    ):
        assert key in dialog.fields
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert ok.isEnabled()
    qtbot.keyClicks(dialog.fields["company.signature_path"], str(tmp_path / "geen.png"))
    assert not ok.isEnabled()
    assert "bestaat niet" in dialog.errors["company.signature_path"].text()
    image = tmp_path / "handtekening.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n")
    dialog.fields["company.signature_path"].setText(str(image))
    qtbot.keyClicks(dialog.fields["company.signatory_name"], "Jan van Dam")
    assert ok.isEnabled()
    assert dialog.values["company.signatory_name"] == "Jan van Dam"
    assert dialog.values["company.signature_path"] == str(image)


def test_company_texts_take_no_more_than_the_settings_service_allows(qtbot):
    dialog = SettingsDialog(None, {"company.name": "Van Dam"}, "nl")
    qtbot.addWidget(dialog)
    for key, limit in text_limits.SETTINGS.items():
        assert dialog.fields[key].maxLength() == limit.maximum, key
    qtbot.keyClicks(dialog.fields["company.city"], "Westerhaar-Vriezenveensewijk " * 3)
    assert len(dialog.values["company.city"]) <= text_limits.CITY.maximum
