from django.urls import path

from .views import episodes, members, records, reports, subjects

app_name = "logbook"

subject = "<int:subject_id>/"

urlpatterns = [
    path("", subjects.index, name="index"),
    path("new/", subjects.subject_create, name="subject_create"),
    path("invitations/<str:token>/", members.invitation_accept, name="invitation_accept"),
    path(subject, subjects.timeline, name="timeline"),
    path(subject + "edit/", subjects.subject_edit, name="subject_edit"),
    path(subject + "delete/", subjects.subject_delete, name="subject_delete"),
    path(subject + "calendar/", subjects.calendar, name="calendar"),
    path(subject + "charts/", reports.charts, name="charts"),
    path(subject + "report/", reports.report, name="report"),
    path(subject + "report.pdf", reports.report_pdf, name="report_pdf"),
    path(subject + "export.csv", reports.export_csv, name="export_csv"),
    path(subject + "describe/", reports.describe, name="describe"),
    path(subject + "log/", episodes.quick_log, name="quick_log"),
    path(subject + "episodes/new/", episodes.episode_create, name="episode_create"),
    path(subject + "episodes/<int:pk>/", episodes.episode_edit, name="episode_edit"),
    path(subject + "episodes/<int:pk>/delete/", episodes.episode_delete, name="episode_delete"),
    path(subject + "episodes/<int:pk>/restore/", episodes.episode_restore, name="episode_restore"),
    path(subject + "nights/", records.nights, name="nights"),
    path(subject + "medicines/", records.medicines, name="medicines"),
    path(subject + "medicines/<int:pk>/delete/", records.medicine_delete, name="medicine_delete"),
    path(subject + "members/", members.members, name="members"),
    path(subject + "members/invite/", members.invite, name="invite"),
    path(subject + "members/<int:pk>/role/", members.member_role, name="member_role"),
    path(subject + "members/<int:pk>/remove/", members.member_remove, name="member_remove"),
    path(
        subject + "invitations/<int:pk>/revoke/",
        members.invitation_revoke,
        name="invitation_revoke",
    ),
    path(
        subject + "invitations/<int:pk>/confirm/",
        members.invitation_confirm,
        name="invitation_confirm",
    ),
    path(
        subject + "invitations/<int:pk>/decline/",
        members.invitation_decline,
        name="invitation_decline",
    ),
]
