"""Admin: structure only. Private logbook content is not browsable by staff
(DESIGN.md: staff see private logbooks only through an explicit, logged path,
or not at all), so only counts and ids are listed."""

from django.contrib import admin

from .models import Subject


@admin.register(Subject)
class SubjectAdmin(admin.ModelAdmin):
    list_display = ("pk", "kind", "time_zone", "created_at")
    fields = ("kind", "time_zone", "created_at")
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
