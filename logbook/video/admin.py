"""Admin: job state and share-link bookkeeping only. No player, no file links, no
family names: staff do not browse private videos (DESIGN: default deny)."""

from django.contrib import admin

from .models import ShareLink, UploadSession, Video


@admin.register(Video)
class VideoAdmin(admin.ModelAdmin):
    list_display = ("id", "status", "attempts", "duration_s", "size_bytes", "created_at")
    list_filter = ("status",)
    fields = ("status", "error", "attempts", "duration_s", "size_bytes", "created_at")
    readonly_fields = fields

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(UploadSession)
class UploadSessionAdmin(admin.ModelAdmin):
    list_display = ("id", "size_bytes", "received_bytes", "updated_at")
    fields = list_display
    readonly_fields = fields

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(ShareLink)
class ShareLinkAdmin(admin.ModelAdmin):
    list_display = ("id", "created_at", "expires_at", "revoked_at")
    fields = list_display
    readonly_fields = fields

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
