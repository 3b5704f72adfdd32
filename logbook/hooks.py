"""What logbook adds to the hook points of accounts (accounts/hooks.py).

Imported once by LogbookConfig.ready().
"""

from accounts import hooks

from . import account_data, demo_content
from .selectors import access

hooks.register(hooks.DATA_EXPORT, account_data.logbook_export, key="logbook")
# Logbooks the user alone owns go, with their files; memberships end.
hooks.register(hooks.USER_DELETING, account_data.logbook_user_deleted, key="logbook")
hooks.register(hooks.DEMO_SEED, demo_content.seed_logbook, key="logbook", order=20)
hooks.register(hooks.DELETION_WARNING, account_data.logbook_deletion_warnings, key="logbook")
# One logbook -> its timeline, several -> the list.
hooks.register(hooks.LOGIN_LANDING, access.landing_for, key="logbook")
