from django import template

from articles import bylines

register = template.Library()

register.filter("byline_name", bylines.byline_name)
register.filter("byline_credentials", bylines.byline_credentials)
register.filter("byline_bio", bylines.byline_bio)
