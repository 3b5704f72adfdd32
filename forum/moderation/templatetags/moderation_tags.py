"""Template tags the forum's pages use to show moderation pieces.

`{% load moderation_tags %}{% curated_answers thread %}` pins the curated answers
under a question without the forum's view having to fetch them.
"""

from django import template

from forum.moderation.selectors import curated_answers_for

register = template.Library()


@register.inclusion_tag("moderation/_curated_answers.html")
def curated_answers(thread):
    return {"curated_answers": curated_answers_for(thread)}
