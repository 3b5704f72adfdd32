from django.contrib import admin

from .models import (
    AuditLog,
    CuratedAnswer,
    Flag,
    MemberStanding,
    ReasonTemplate,
    StaffNote,
    WatchedRule,
)


@admin.register(WatchedRule)
class WatchedRuleAdmin(admin.ModelAdmin):
    list_display = ["pattern", "is_regex", "action", "active", "created_at"]
    list_filter = ["action", "active"]
    # Edits go through the site's rules page (audited, cache version bumped).
    readonly_fields = ["created_by", "created_at"]

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False


@admin.register(ReasonTemplate)
class ReasonTemplateAdmin(admin.ModelAdmin):
    list_display = ["title", "position"]


@admin.register(AuditLog)
class AuditLogAdmin(admin.ModelAdmin):
    list_display = ["created_at", "actor", "action", "target_type", "target_id"]
    list_filter = ["action", "target_type"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Flag)
class FlagAdmin(admin.ModelAdmin):
    list_display = ["post", "reporter", "reason", "trusted", "created_at", "resolved_at"]
    raw_id_fields = ["post", "reporter"]


@admin.register(CuratedAnswer)
class CuratedAnswerAdmin(admin.ModelAdmin):
    list_display = ["title", "situation"]
    readonly_fields = ["body_html"]


@admin.register(MemberStanding)
class MemberStandingAdmin(admin.ModelAdmin):
    list_display = ["user", "banned", "suspended_until", "silenced_until"]
    raw_id_fields = ["user"]

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(StaffNote)
class StaffNoteAdmin(admin.ModelAdmin):
    list_display = ["user", "author", "created_at"]
    raw_id_fields = ["user", "author"]
