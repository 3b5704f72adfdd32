"""Every write of the forum (`<noun>_<verb>`, keyword-only arguments).

posting.py stores member text (each path passes forum.moderation.moderate);
community.py holds the writes around it.
"""

# The one name re-exported here: the peer benchmark's seeder
# (../shared/peers-bench/hypnic/seed_hypnic.py, README step 5) recounts each thread
# through `forum.services.thread_refresh`.
from .posting import thread_refresh  # noqa: F401
