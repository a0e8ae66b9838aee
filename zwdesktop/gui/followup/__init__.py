"""The follow-up section (Nachbereitung): where the groups stand weeks after the workshop."""
