"""A long ``--json`` report written from disk (issue 12) is exactly the text
``json.dump(indent=2)`` writes: keys before and after the lists, full and empty lists,
text that is not ASCII."""

import io
import json

from debiteur_desk.cli.json_spool import JsonSpool


def test_the_text_is_json_dumps_own():
    spool = JsonSpool(["invoices", "empty"])
    try:
        entries = [
            {"number": "2026-0001", "client": "Zoë", "changes": []},
            {"number": "2026-0002", "client": "’t Hof", "changes": [{"old": "1"}]},
        ]
        for entry in entries:
            spool.add("invoices", entry)
        out = io.StringIO()
        spool.write_json(out, head={"new": 2, "batch_id": None}, tail={"ids": [1, 2]})
        expected = {"new": 2, "batch_id": None, "invoices": entries, "empty": [], "ids": [1, 2]}
        assert out.getvalue() == json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
        assert spool.count("invoices") == 2 and list(spool.entries("empty")) == []
    finally:
        spool.close()
