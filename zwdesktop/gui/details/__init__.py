"""The Details section: the workshop record as a form."""
