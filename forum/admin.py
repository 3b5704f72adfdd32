from django.contrib import admin

from .models import Category, Post, Thread


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    """Moderators manage categories (permissions granted by migration 0002)."""

    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["name"]}


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
