"""Every write of episode videos: `<noun>_<verb>`, keyword-only, atomic.

Callers fetch objects through selectors (membership and role are checked
there); these functions enforce what does not depend on who asks.
"""
