"""Every write of the forum (`<noun>_<verb>`, keyword-only arguments).

posting.py stores member text (each path passes forum.moderation.moderate);
community.py holds the writes around it.
"""
