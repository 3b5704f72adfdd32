from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "articles"

    def ready(self) -> None:
        from accounts import demo, exporting

        from . import demo as articles_demo
        from . import exporting as articles_exporting
        from . import integrations

        # After accounts (order 0) and the forum's seeders: articles open forum threads.
        demo.register_seeder("articles", articles_demo.seed_articles, order=60)
        exporting.register_exporter("articles", articles_exporting.export_articles)
        integrations.register()
