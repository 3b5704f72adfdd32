"""What forum adds to the hook points of accounts (accounts/hooks.py).

Imported once by ForumConfig.ready().
"""

from django.utils.translation import gettext_lazy as _

from accounts import hooks
from accounts.navigation import AccountLink

from . import demo, exporting, search
from .moderation import profile_text_problems
from .services.community import user_detach

# A deleted member's public posts stay, shown as by a "former member".
hooks.register(hooks.USER_DELETING, user_detach, key="forum")
hooks.register(hooks.TEXT_CHECK, profile_text_problems, key="forum")
hooks.register(hooks.DATA_EXPORT, exporting.export_forum, key="forum")
hooks.register(hooks.DEMO_SEED, demo.seed_forum, key="forum", order=20)
hooks.register(hooks.SEARCH_SOURCE, search.ForumSource(), key="forum")
# The inbox and email preferences live in accounts (DESIGN.md); accounts never
# imports the apps above it, so the links come from here.
hooks.register(
    hooks.ACCOUNT_LINK, AccountLink(_("Notifications"), "notifications:inbox"), key="inbox"
)
hooks.register(
    hooks.ACCOUNT_LINK,
    AccountLink(_("Email preferences for notifications"), "notifications:preferences"),
    key="notification-preferences",
)
