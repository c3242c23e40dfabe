"""Table models over the report's lists: each only names its columns (see ``ListTableModel``)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from editor.domain.numbers import format_number
from editor.domain.timepoints import describe

from ..widgets.timepoint_edit import parse_time_point, show_time_point
from .list_table import Column, ListTableModel


def _time_column(title: str = "Time") -> Column:
    """Shown with its anchor in words (``_TimedTableModel``); edited as typed, the anchor by id."""
    return Column(title, lambda item: show_time_point(item.time), "/time", parse=parse_time_point,
                  edit=lambda item: show_time_point(item.time),
                  tooltip=lambda item: "2016-03, 6 months, 1 year after course-2, or words")


class _TimedTableModel(ListTableModel):
    """A list whose "/time" column names the item a time counts from ("2 weeks after rituximab 500 mg, line 5")."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.DisplayRole and index.isValid() and 0 <= index.row() < self.rowCount()
                and self.columns[index.column()].field == "/time"):
            return describe(self.item(index.row()).time, self.document.report)
        return super().data(index, role)


def _number_or_text(text: str):
    """What a person types as a result: 3.2 is a number, "positive" stays text."""
    text = str(text).strip()
    if not text:
        return None
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        return text
    return int(number) if number.is_integer() and "." not in text and "," not in text else number


def _shown(value) -> str:
    """A result as a person reads it: 320, 3.2, negative (never 320.0)."""
    if value is None:
        return ""
    return format_number(value) if isinstance(value, (int, float)) else str(value)


class KeywordTableModel(ListTableModel):
    list_pointer = "/metadata/keywords"
    columns = [Column("Keyword", lambda k: k, "")]


class AuthorTableModel(ListTableModel):
    list_pointer = "/metadata/authors"
    columns = [
        Column("Family name", lambda a: a.family, "/family"),
        Column("Given names", lambda a: a.given, "/given"),
        Column("Initials", lambda a: a.initials, "/initials"),
        Column("ORCID", lambda a: a.orcid, "/orcid"),
        Column("Corresponding", lambda a: "yes" if a.corresponding else ""),
        Column("Affiliations", lambda a: ", ".join(a.affiliation_ids)),
    ]


class AffiliationTableModel(ListTableModel):
    list_pointer = "/metadata/affiliations"
    columns = [
        Column("Id", lambda a: a.id),
        Column("Department", lambda a: a.department, "/department"),
        Column("Institution", lambda a: a.institution, "/institution"),
        Column("City", lambda a: a.city, "/city"),
        Column("Country", lambda a: a.country, "/country"),
    ]


class DiagnosisTableModel(_TimedTableModel):
    list_pointer = "/diagnoses"
    columns = [
        Column("Diagnosis", lambda d: d.label, "/label"),
        Column("Code", lambda d: " ".join(p for p in (d.code.system, d.code.value) if p) if d.code else ""),
        Column("Basis", lambda d: d.basis, "/basis"),
        _time_column(),
        Column("Primary", lambda d: "yes" if d.primary else ""),
    ]


class InvestigationTableModel(_TimedTableModel):
    list_pointer = "/investigations"
    columns = [
        Column("Investigation", lambda i: i.name, "/name"),
        Column("Value", lambda i: _shown(i.value), "/value", parse=_number_or_text, edit=lambda i: _shown(i.value)),
        Column("Unit", lambda i: i.unit, "/unit"),
        Column("Reference range", lambda i: i.reference_range, "/reference_range"),
        _time_column(),
        Column("Note", lambda i: i.note, "/note"),
    ]


class TimelineEventTableModel(_TimedTableModel):
    list_pointer = "/timeline"
    columns = [
        _time_column("When"),
        Column("What happened", lambda e: e.description, "/description"),
    ]
