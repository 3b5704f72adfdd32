from django.urls import path

from .feeds import ArticleFeed
from .views import discussion, editorial, public

app_name = "articles"

urlpatterns = [
    path("", public.index, name="index"),
    path("feed/", ArticleFeed(), name="feed"),
    path("editorial/", editorial.dashboard, name="editorial"),
    path("editorial/new/", editorial.article_new, name="editorial_new"),
    path("editorial/<int:pk>/", editorial.article_editorial, name="editorial_article"),
    path("editorial/<int:pk>/edit/", editorial.article_edit, name="editorial_edit"),
    path("editorial/<int:pk>/submit/", editorial.article_submit, name="editorial_submit"),
    path("editorial/<int:pk>/review/", editorial.article_review, name="editorial_review"),
    path("editorial/<int:pk>/publish/", editorial.article_publish, name="editorial_publish"),
    path(
        "editorial/<int:pk>/unschedule/", editorial.article_unschedule, name="editorial_unschedule"
    ),
    path("<slug:slug>/", public.detail, name="detail"),
    path("<slug:slug>/feedback/", public.feedback, name="feedback"),
    path("<slug:slug>/discussion/", discussion.discussion, name="discussion"),
    path("<slug:slug>/comment/", discussion.comment, name="comment"),
]
