from django.urls import path

from . import views

app_name = "logbook"

subject = "<int:subject_id>/"

urlpatterns = [
    path("", views.index, name="index"),
    path("new/", views.subject_create, name="subject_create"),
    path("invitations/<str:token>/", views.invitation_accept, name="invitation_accept"),
    path(subject, views.timeline, name="timeline"),
    path(subject + "edit/", views.subject_edit, name="subject_edit"),
    path(subject + "delete/", views.subject_delete, name="subject_delete"),
    path(subject + "calendar/", views.calendar, name="calendar"),
    path(subject + "charts/", views.charts, name="charts"),
    path(subject + "report/", views.report, name="report"),
    path(subject + "report.pdf", views.report_pdf, name="report_pdf"),
    path(subject + "export.csv", views.export_csv, name="export_csv"),
    path(subject + "describe/", views.describe, name="describe"),
    path(subject + "log/", views.quick_log, name="quick_log"),
    path(subject + "episodes/new/", views.episode_create, name="episode_create"),
    path(subject + "episodes/<int:pk>/", views.episode_edit, name="episode_edit"),
    path(subject + "episodes/<int:pk>/delete/", views.episode_delete, name="episode_delete"),
    path(subject + "episodes/<int:pk>/restore/", views.episode_restore, name="episode_restore"),
    path(subject + "nights/", views.nights, name="nights"),
    path(subject + "medicines/", views.medicines, name="medicines"),
    path(subject + "medicines/<int:pk>/delete/", views.medicine_delete, name="medicine_delete"),
    path(subject + "members/", views.members, name="members"),
    path(subject + "members/invite/", views.invite, name="invite"),
    path(subject + "members/<int:pk>/role/", views.member_role, name="member_role"),
    path(subject + "members/<int:pk>/remove/", views.member_remove, name="member_remove"),
    path(
        subject + "invitations/<int:pk>/revoke/",
        views.invitation_revoke,
        name="invitation_revoke",
    ),
    path(
        subject + "invitations/<int:pk>/confirm/",
        views.invitation_confirm,
        name="invitation_confirm",
    ),
    path(
        subject + "invitations/<int:pk>/decline/",
        views.invitation_decline,
        name="invitation_decline",
    ),
]
