"""The Agenda section: the planned items as an editable table."""
