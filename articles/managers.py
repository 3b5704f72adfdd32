from django.db import models

from . import workflow


class ArticleQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=workflow.PUBLISHED)

    def with_tag(self, tag: str):
        return self.filter(tags__contains=[tag])

    def due_for_review(self, on_date):
        return self.published().filter(next_review_due__lte=on_date)

    def scheduled_due(self, now):
        return self.filter(status=workflow.SCHEDULED, publish_at__lte=now)

    def for_list(self):
        return self.only(
            "id", "slug", "title", "summary", "tags", "audience", "published_at", "updated_at"
        )
