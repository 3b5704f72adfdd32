from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from accounts import views as account_views
from articles.sitemaps import sitemaps as article_sitemaps
from forum.moderation import views as moderation_views
from forum.urls import search_urlpatterns

urlpatterns = [
    path("", account_views.home, name="home"),
    path("healthz", account_views.healthz, name="healthz"),
    path("bench/baseline/", account_views.baseline, name="baseline"),
    path("accounts/", include("allauth.urls")),
    path("account/notifications/", include("accounts.notifications.urls")),
    path("account/", include("accounts.urls")),
    path("logbook/", include("logbook.video.urls")),
    path("logbook/", include("logbook.urls")),
    path("s/", include("logbook.video.share_urls")),
    path("forum/", include("forum.urls")),
    path("moderation/", include("forum.moderation.urls")),
    path("community-guidelines/", moderation_views.guidelines, name="community_guidelines"),
    path("articles/", include("articles.urls")),
    path("search/", include(search_urlpatterns)),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": article_sitemaps},
        name="django.contrib.sitemaps.views.sitemap",
    ),
    path("admin/", admin.site.urls),
]
