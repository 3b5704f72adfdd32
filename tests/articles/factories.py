import datetime

import factory
from django.utils import timezone

from articles import workflow
from articles.models import Article, Feedback, Source
from articles.rendering import render_article
from tests.factories import UserFactory

BODY = "## Why it happens\n\nMuscles jerk as sleep begins [^nhs].\n\n### At night\n\nMore text.\n"


class ArticleFactory(factory.django.DjangoModelFactory):
    """An article with one source ("nhs") and body_html/toc rendered like the service does."""

    class Meta:
        model = Article
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"article-{n}")
    title = factory.Sequence(lambda n: f"Article number {n}")
    summary = "A short plain summary."
    key_points = factory.LazyFunction(lambda: ["First point", "Second point"])
    body = BODY
    tags = factory.LazyFunction(lambda: ["basics"])
    audience = "Parents"
    author = factory.SubFactory(UserFactory, groups=["Editor"])
    status = workflow.DRAFT

    @factory.lazy_attribute
    def body_html(self):
        return render_article(self.body, ["nhs"]).html

    @factory.lazy_attribute
    def toc(self):
        return render_article(self.body, ["nhs"]).toc_data

    @factory.post_generation
    def sources(self, create, extracted, **kwargs):
        if create and extracted is not False:
            Source.objects.create(
                article=self,
                key="nhs",
                title="Hypnic jerks",
                publisher="NHS",
                year=2024,
                url="https://www.nhs.uk/",
                doi="10.1000/xyz123",
                order=1,
            )

    @factory.post_generation
    def search(self, create, extracted, **kwargs):
        if create:
            from articles.services._base import article_search_refresh

            article_search_refresh(article=self)


class PublishedArticleFactory(ArticleFactory):
    status = workflow.PUBLISHED
    reviewer = factory.SubFactory(UserFactory, groups=["Medical reviewer"])
    published_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=3))
    updated_at = factory.LazyAttribute(lambda o: o.published_at)
    last_reviewed_at = factory.LazyAttribute(lambda o: o.published_at)
    next_review_due = factory.LazyFunction(
        lambda: timezone.localdate() + datetime.timedelta(days=360)
    )


class FeedbackFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Feedback

    article = factory.SubFactory(PublishedArticleFactory)
    visitor_id = factory.Sequence(lambda n: f"visitor-{n}")
    helpful = True
