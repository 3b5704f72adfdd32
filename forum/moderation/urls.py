from django.urls import path

from . import views

app_name = "moderation"

urlpatterns = [
    path("check/", views.check, name="check"),
    path("guidelines/", views.guidelines, name="guidelines"),
    path("flag/<int:pk>/", views.flag, name="flag"),
    path("queue/", views.queue, name="queue"),
    path("queue/bulk/", views.queue_bulk, name="queue_bulk"),
    path("queue/<int:pk>/", views.item, name="item"),
    path("queue/<int:pk>/approve/", views.item_approve, name="approve"),
    path("queue/<int:pk>/edit-approve/", views.item_edit_approve, name="edit_approve"),
    path("queue/<int:pk>/reject/", views.item_reject, name="reject"),
    path("members/<str:handle>/", views.member, name="member"),
    path("members/<str:handle>/sanction/", views.member_sanction, name="member_sanction"),
    path("members/<str:handle>/note/", views.member_note, name="member_note"),
    path("rules/", views.rules, name="rules"),
    path("rules/<int:pk>/", views.rules, name="rule_edit"),
    path("rules/<int:pk>/delete/", views.rule_delete, name="rule_delete"),
    path("answers/", views.answers, name="answers"),
    path("answers/<int:pk>/", views.answers, name="answer_edit"),
    path("threads/<int:pk>/", views.thread, name="thread"),
    path("audit/", views.audit, name="audit"),
]
