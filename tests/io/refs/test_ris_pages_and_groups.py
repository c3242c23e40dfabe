"""RIS details a user notices: an end page written short, an organisation known by its acronym."""

from __future__ import annotations

from editor.domain.references import PersonName, Reference
from editor.io.refs import dumps, export_references, import_references


def test_an_end_page_written_short_is_read_in_full(tmp_path):
    path = tmp_path / "short.ris"
    path.write_bytes(b"TY  - JOUR\r\nAU  - Radhakrishnan, J.\r\nTI  - KDIGO guideline\r\nT2  - Kidney Int\r\n"
                     b"PY  - 2012\r\nVL  - 82\r\nSP  - 840\r\nEP  - 56\r\nER  - \r\n")
    [ref] = import_references(path).references
    assert (ref.first_page, ref.last_page) == ("840", "856")


def test_a_group_author_known_by_its_acronym_stays_a_group(tmp_path):
    ref = Reference(kind="report", group_author="KDIGO", title="Clinical practice guideline for glomerular diseases",
                    publisher="KDIGO", year=2021)
    person = Reference(authors=[PersonName(family="Smith")], title="A person without initials", container="BMJ",
                       year=2020)
    assert "AU  - KDIGO\n" in dumps([ref], "ris")
    path = tmp_path / "groups.ris"
    export_references([ref, person], "ris", path)
    group, single = import_references(path).references
    assert (group.group_author, group.authors) == ("KDIGO", [])
    assert [a.family for a in single.authors] == ["Smith"] and single.group_author is None
