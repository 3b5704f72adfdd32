"""The notifications inbox and email preferences (models in accounts.notification_models).

Other apps call services.notifications_send(); accounts never imports them.
"""
