"""The renewal pipeline in the window: Renew… enabled from the due date
(and why not before), the list's column and filter, the details' links,
the renewal rate, the banner's line with Show, and the lead-days setting."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from collabdesk.domain.enums import Stage
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.desk import Desk
from collabdesk.services.partners import PartnerDraft
from collabdesk.ui.collaborations import renewal_line
from collabdesk.ui.collaborations.collaboration_table_model import CollaborationTableModel
from collabdesk.ui.shell.i18n import format_date

TODAY = date.today()


def make(desk: Desk, title: str, ends_in: int, stage: Stage = Stage.AGREED) -> int:
    partner = desk.partners.create(PartnerDraft(name=f"Partner {title}")).id
    draft = CollaborationDraft(
        title=title,
        stage=stage,
        partner_ids=(partner,),
        ends_on=TODAY + timedelta(days=ends_in),
    )
    return desk.collaborations.create(draft).id


def open_section(make_window: Any, db: Any) -> Any:
    window = make_window(db)
    window.show_section(window.collaborations)
    return window, window.collaborations


def renewal_column(view: Any) -> dict[str, str]:
    model = view.model
    return {
        model.index(r, CollaborationTableModel.TITLE).data(): model.index(
            r, CollaborationTableModel.RENEWAL
        ).data()
        for r in range(model.rowCount())
    }


def test_renew_is_enabled_from_the_due_date_and_lands_in_preparing(
    make_window: Any, db: Any, desk: Desk, prompts_log: Any
) -> None:
    later = make(desk, "Reading Club", 200)
    soon = make(desk, "Book fair 2027", 40, Stage.DELIVERING)
    _window, view = open_section(make_window, db)
    view.select(later)
    assert not view.renew_button.isEnabled()
    due_on = format_date(TODAY + timedelta(days=110))
    assert view.renew_button.toolTip() == f"The renewal can be prepared from {due_on}."
    assert renewal_column(view) == {"Reading Club": due_on, "Book fair 2027": "due"}
    view.select(soon)
    assert view.renew_button.isEnabled()  # due, though still delivering
    assert "due since" in view.details.fields["renewal"].text()
    prompts_log.confirm_answer = True
    view.renew_button.click()
    assert "preparing" in prompts_log.texts("confirm")[0]
    new_id = view.current_id()
    new = desk.collaborations.get(new_id)
    assert (new.title, new.stage) == ("Book fair 2028", Stage.PREPARING)
    assert view.details.title.text() == "Book fair 2028"
    assert f'href="collaboration:{soon}"' in view.details.fields["renewal"].text()
    view.details.fields["renewal"].linkActivated.emit(f"collaboration:{soon}")
    assert view.current_id() == soon  # the link leads back to the original
    assert "renewed as" in view.details.fields["renewal"].text()
    assert not view.renew_button.isEnabled() and "Already renewed" in view.renew_button.toolTip()
    assert renewal_column(view)["Book fair 2027"] == "renewed"


def test_the_filter_and_the_rate(make_window: Any, db: Any, desk: Desk) -> None:
    make(desk, "Reading Club", 200)
    make(desk, "Book fair 2027", 40)
    done = make(desk, "Summer <b>readings</b> 📚", -20, Stage.COMPLETED)
    make(desk, "Finished too", -30, Stage.COMPLETED)
    _window, view = open_section(make_window, db)
    assert view.renewal_rate.text() == (
        "Renewal rate: 0 % — 0 of 2 completed collaborations renewed"
    )
    view.renewal_filter.setChecked(True)
    assert sorted(renewal_column(view)) == [
        "Book fair 2027",
        "Finished too",
        "Summer <b>readings</b> 📚",
    ]
    desk.renewals.renew(done)
    view.refresh()
    assert sorted(renewal_column(view)) == ["Book fair 2027", "Finished too"]
    assert view.renewal_rate.text() == (
        "Renewal rate: 50 % — 1 of 2 completed collaborations renewed"
    )


def test_the_banner_says_how_many_are_due_and_shows_them(
    make_window: Any, db: Any, desk: Desk
) -> None:
    make(desk, "Reading Club", 200)
    make(desk, "Book fair 2027", 40)
    make(desk, "Staff uniform", 60)
    window = make_window(db)
    line = renewal_line.refresh_for(window)
    assert line is not None
    assert line.text.text() == "2 renewals due: “Book fair 2027”, “Staff uniform”"
    assert any(text.startswith("2 renewals due") for text in window.banner.texts())
    line.show_button.click()
    view = window.collaborations
    assert window.sections.currentWidget() is view
    assert view.renewal_filter.isChecked()
    assert sorted(renewal_column(view)) == ["Book fair 2027", "Staff uniform"]
    line.dismiss_button.click()
    assert window.banner.line(renewal_line.BANNER_KEY) is None
    assert renewal_line.refresh_for(window) is None  # dismissed stays dismissed


def test_no_banner_line_when_nothing_is_due(make_window: Any, db: Any, desk: Desk) -> None:
    make(desk, "Reading Club", 200)
    window = make_window(db)
    assert renewal_line.refresh_for(window) is None
    assert window.banner.line(renewal_line.BANNER_KEY) is None


def test_the_lead_days_setting(make_window: Any, db: Any, desk: Desk, qtbot: Any) -> None:
    from collabdesk.ui.shell.settings_dialog import SettingsDialog

    window = make_window(db)
    dialog = SettingsDialog(window.desk.library, None, window)
    qtbot.addWidget(dialog)
    field = dialog.renewal_lead
    assert field.edit.text() == "90, 60, 30"
    field.edit.setText("90, soon")
    dialog.save()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert "Whole numbers of days" in field.error.text() and not field.error.isHidden()
    assert desk.renewals.lead_days() == (90, 60, 30)  # nothing saved
    field.edit.setText("30;120")
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert desk.renewals.lead_days() == (120, 30)


def test_meeting_mode_keeps_the_renewal_off_the_screen(
    make_window: Any, db: Any, desk: Desk
) -> None:
    from collabdesk.ui.meeting.meeting_screen import MeetingScreen

    soon = make(desk, "Book fair 2027", 40)
    window, view = open_section(make_window, db)
    view.select(soon)
    screen = MeetingScreen(window)
    screen.apply(True)
    assert view.table.isColumnHidden(CollaborationTableModel.RENEWAL)
    assert view.renewal_rate.isHidden() or not view.renewal_rate.isVisibleTo(window)
    assert not view.details.fields["renewal"].isVisibleTo(window)
    screen.apply(False)
    assert not view.table.isColumnHidden(CollaborationTableModel.RENEWAL)
    assert view.renewal_rate.isVisibleTo(window)
    assert view.details.fields["renewal"].isVisibleTo(window)
