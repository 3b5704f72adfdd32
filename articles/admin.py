from django.contrib import admin

from .models import Article, ArticleRevision, Byline, Feedback, ReviewComment, Source


class SourceInline(admin.TabularInline):
    model = Source
    extra = 0


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    """Read-mostly: edits go through the editorial pages, which keep the rules."""

    list_display = ("title", "status", "author", "reviewer", "published_at", "next_review_due")
    list_filter = ("status",)
    search_fields = ("title", "slug")
    readonly_fields = ("body_html", "toc", "version", "search_vector", "discussion_thread_id")
    inlines = [SourceInline]


@admin.register(ArticleRevision)
class ArticleRevisionAdmin(admin.ModelAdmin):
    list_display = ("article", "number", "note", "created_by", "created_at")


@admin.register(Feedback)
class FeedbackAdmin(admin.ModelAdmin):
    list_display = ("article", "helpful", "reason", "created_at")
    list_filter = ("helpful", "reason")


admin.site.register(Byline)
admin.site.register(ReviewComment)
