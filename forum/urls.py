from django.urls import path

from .views import posting, reading

app_name = "forum"

urlpatterns = [
    path("", reading.index, name="index"),
    path("ask/", posting.ask, name="ask"),
    path("ask/similar/", reading.similar, name="similar"),
    path("preview/", posting.preview, name="preview"),
    path("c/<slug:slug>/", reading.category, name="category"),
    path("c/<slug:slug>/follow/", posting.follow_category, name="follow_category"),
    path("t/<int:pk>/", reading.thread, name="thread"),
    path("t/<int:pk>/reply/", posting.reply, name="reply"),
    path("t/<int:pk>/follow/", posting.follow_thread, name="follow_thread"),
    path("t/<int:pk>/outcome/", posting.outcome, name="outcome"),
    path("t/<int:pk>/flags/", posting.thread_flags, name="thread_flags"),
    path("p/<int:pk>/", reading.post, name="post"),
    path("p/<int:pk>/edit/", posting.post_edit, name="post_edit"),
    path("p/<int:pk>/delete/", posting.post_delete, name="post_delete"),
    path("p/<int:pk>/history/", posting.post_history, name="post_history"),
    path("p/<int:pk>/react/<str:kind>/", posting.react, name="react"),
    path("u/<str:handle>/", reading.profile, name="profile"),
]

# Included at /search/ by config/urls.py: one search page for the whole site.
search_urlpatterns = [
    path("", reading.search, name="search"),
]
