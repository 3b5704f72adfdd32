"""Every write of articles (`<noun>_<verb>`, keyword-only arguments).

editing.py writes article text; review.py runs the medical review workflow and
publishing; reader.py holds readers' writes (feedback, comments) and the forum
discussion thread. Rules live here and in the pure `workflow` and `rendering`
modules, never in views.
"""
