"""Thin views of the logbook: parse, call a selector or a service, render."""
