"""Thin views of episode videos: parse, call a selector or a service, respond."""
