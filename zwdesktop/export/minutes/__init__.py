"""The minutes (Protokoll) as a tagged PDF or an editable Word document: the story, its sections, the file."""
