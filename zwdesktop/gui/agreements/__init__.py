"""The agreements block: project groups, the steering group, the mailing list, their exports and a person's data."""
