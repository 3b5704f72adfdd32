from django.contrib import admin

from .models import Category, Post, Thread
from .services import versions


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    """Moderators manage categories (permissions granted by migration 0002). A change
    moves on the versions of every page that names the category (forum.caching)."""

    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["name"]}
    exclude = ["version"]  # moved by forum.services.versions only

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        old_slug = form.initial.get("slug") if change else None
        versions.category_changed(category_id=obj.pk, old_slug=old_slug)

    def delete_model(self, request, obj):
        # Before the rows go: the new tokens are also set again after the commit.
        versions.category_changed(category_id=obj.pk)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for pk in queryset.values_list("pk", flat=True):
            versions.category_changed(category_id=pk)
        super().delete_queryset(request, queryset)


@admin.register(Thread)
class ThreadAdmin(admin.ModelAdmin):
    """Read-only: thread text changes only through forum.services (moderation)."""

    list_display = ["title", "category", "state", "pinned", "closed", "reply_count"]
    list_filter = ["state", "category", "pinned", "closed"]
    search_fields = ["title"]
    readonly_fields = [f.name for f in Thread._meta.fields]

    def has_add_permission(self, request):
        return False


@admin.register(Post)
class PostAdmin(admin.ModelAdmin):
    list_display = ["thread", "position", "author", "state", "urgent", "created_at"]
    list_filter = ["state", "urgent"]
    readonly_fields = [f.name for f in Post._meta.fields]

    def has_add_permission(self, request):
        return False
