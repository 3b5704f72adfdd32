"""Every read a logbook page shows, filtered by what the user may see.

Someone else's logbook (or an action above your role) is a 404, never a 403.
"""
