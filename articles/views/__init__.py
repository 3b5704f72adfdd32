"""Article views: public pages (public.py) and editorial staff pages (editorial.py)."""
