"""Every write of moderation (`<noun>_<verb>`, keyword-only arguments).

Each moderator action writes one AuditLog row in the same transaction, so the
log can never miss an action that happened (or show one that rolled back).

rules.py: watched words; review.py: the queue's decisions and urgent alerts;
community.py: flags, curated answers, member standing and slow mode;
common.py: messages, the audit log and notifications.
"""
