from django.urls import path

from . import views

app_name = "forum"

urlpatterns = [
    path("", views.index, name="index"),
    path("ask/", views.ask, name="ask"),
    path("ask/similar/", views.similar, name="similar"),
    path("preview/", views.preview, name="preview"),
    path("c/<slug:slug>/", views.category, name="category"),
    path("c/<slug:slug>/follow/", views.follow_category, name="follow_category"),
    path("t/<int:pk>/", views.thread, name="thread"),
    path("t/<int:pk>/reply/", views.reply, name="reply"),
    path("t/<int:pk>/follow/", views.follow_thread, name="follow_thread"),
    path("t/<int:pk>/outcome/", views.outcome, name="outcome"),
    path("t/<int:pk>/flags/", views.thread_flags, name="thread_flags"),
    path("p/<int:pk>/", views.post, name="post"),
    path("p/<int:pk>/edit/", views.post_edit, name="post_edit"),
    path("p/<int:pk>/delete/", views.post_delete, name="post_delete"),
    path("p/<int:pk>/history/", views.post_history, name="post_history"),
    path("p/<int:pk>/react/<str:kind>/", views.react, name="react"),
    path("u/<str:handle>/", views.profile, name="profile"),
]

# Included at /search/ by config/urls.py: one search page for the whole site.
search_urlpatterns = [
    path("", views.search, name="search"),
]
