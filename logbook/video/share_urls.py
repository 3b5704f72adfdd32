"""Clinician share links, under /s/ (no account needed; the token is the key)."""

from django.urls import path

from .views import share

app_name = "share"

urlpatterns = [
    path("<str:token>/", share.page, name="page"),
    path("<str:token>/videos/<uuid:pk>/notes/", share.shared_note, name="note"),
    path("<str:token>/videos/<uuid:pk>/<str:kind>", share.shared_media, name="media"),
]
