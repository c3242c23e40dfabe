"""Dialogs that are more than one question (the simple ones live in ``interaction``)."""
