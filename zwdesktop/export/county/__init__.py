"""The county view's files: reading several workshop files, and the report, open data and calendar made of them."""
