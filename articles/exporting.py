"""The articles part of a member's data export: the feedback they gave."""

import json

from .models import Feedback


def export_articles(user) -> dict[str, str]:
    rows = [
        {
            "article": f.article.slug,
            "helpful": f.helpful,
            "reason": f.reason,
            "comment": f.comment,
            "created_at": f.created_at.isoformat(),
        }
        for f in Feedback.objects.filter(user=user).select_related("article").order_by("pk")
    ]
    return {"feedback.json": json.dumps(rows, indent=2, ensure_ascii=False)}
