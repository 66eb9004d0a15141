"""The fields camt.053 and MT940 both carry as they are, from the expected file and from
a read statement line, for comparing the two."""


def expected_fields(tx):
    return {
        "booking_date": tx["booking_date"],
        "value_date": tx["value_date"],
        "amount_cents": tx["amount_cents"],
        "counterparty_iban": tx["counterparty_iban"] or "",
        "reference": tx["reference"] or "",
        "end_to_end_id": tx["end_to_end_id"] or "",
        "mandate_id": tx["mandate_id"] or "",
        "bank_reference": tx["bank_reference"],
        "reversal": bool(tx.get("reverses")),
        "return_reason": tx.get("return_reason") or "",
    }


def read_fields(line):
    return {
        "booking_date": line.booking_date.isoformat(),
        "value_date": line.value_date.isoformat(),
        "amount_cents": line.amount_cents,
        "counterparty_iban": line.counterparty_iban,
        "reference": line.reference,
        "end_to_end_id": line.end_to_end_id,
        "mandate_id": line.mandate_id,
        "bank_reference": line.bank_reference,
        "reversal": line.reversal,
        "return_reason": line.return_reason,
    }
