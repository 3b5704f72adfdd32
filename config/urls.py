from django.contrib import admin
from django.urls import include, path

from accounts import views as account_views

urlpatterns = [
    path("", account_views.home, name="home"),
    path("healthz", account_views.healthz, name="healthz"),
    path("bench/baseline/", account_views.baseline, name="baseline"),
    path("accounts/", include("allauth.urls")),
    path("account/", include("accounts.urls")),
    path("logbook/", include("logbook.urls")),
    path("forum/", include("forum.urls")),
    path("articles/", include("articles.urls")),
    path("admin/", admin.site.urls),
]
