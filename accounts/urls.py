from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("", views.account_home, name="home"),
    path("profile/", views.profile_edit, name="profile"),
    path("export/", views.data_export, name="export"),
    path("delete/", views.account_delete, name="delete"),
]
