from django import template

from forum.related import related_for_thread

register = template.Library()


@register.inclusion_tag("forum/_related.html")
def related_reading(thread):
    return {"related_links": related_for_thread(thread)}
