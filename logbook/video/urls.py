"""Episode videos, under /logbook/ (included before the logbook's own URLs)."""

from django.urls import path

from .views import share, uploads, watch

app_name = "videos"

subject = "<int:subject_id>/"
video = "videos/<uuid:pk>/"

urlpatterns = [
    path(subject + "videos/new/", uploads.start_from_video, name="start"),
    path(subject + "videos/uploads/", uploads.upload_start, name="upload_start"),
    path("videos/uploads/<uuid:pk>/", uploads.upload_chunk, name="upload_chunk"),
    path(video, watch.detail, name="detail"),
    path(video + "status/", watch.status, name="status"),
    path(video + "moments/<int:moment_pk>/", watch.moment_state, name="moment_state"),
    path(video + "moments/add/", watch.moment_add, name="moment_add"),
    path(video + "moments/<int:moment_pk>/move/", watch.moment_move, name="moment_move"),
    path(video + "moments/<int:moment_pk>/remove/", watch.moment_remove, name="moment_remove"),
    path(video + "apply/", watch.apply, name="apply"),
    path(video + "delete/", watch.delete, name="delete"),
    path(video + "<str:kind>", watch.media, name="media"),
    path(subject + "shares/", share.shares, name="shares"),
    path(subject + "shares/<int:pk>/revoke/", share.share_revoke, name="share_revoke"),
]
