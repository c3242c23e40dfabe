"""Timeline events: dated moments of the story beyond the courses and outcomes (CARE 7)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout

from editor.domain import TimelineEvent, new_id

from ..models.report_tables import TimelineEventTableModel
from ..widgets.timepoint_edit import TimePointEdit, parse_time_point, show_time_point
from .forms import add_row, text_box
from .list_form import ListFormPanel


class TimelineEventsPanel(ListFormPanel):
    section = "timeline_events"
    title = "Timeline events"
    pointers = ("/timeline",)
    model_class = TimelineEventTableModel
    noun = "event"
    intro = ("Events of the case not recorded elsewhere (first symptoms, referral, biopsy). "
             "Treatment courses and outcomes appear on the timeline by themselves.")

    def new_item(self) -> TimelineEvent:
        return TimelineEvent(id=new_id("event", self.taken_ids()))

    def build_form(self, form: QFormLayout) -> None:
        self.time = TimePointEdit()
        self.description = text_box(3, "What happened; cite with Insert ▸ Citation")
        add_row(form, "&When:", self.time)
        add_row(form, "What &happened:", self.description)
        self.binder.bind_line(self.time, "/time", parse=parse_time_point, show=show_time_point)
        self.binder.bind_text(self.description, "/description")
