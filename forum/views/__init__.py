"""Forum views, thin: parse, call a selector or a service, render.

reading.py serves pages anyone may read; posting.py the member's writes.
"""
