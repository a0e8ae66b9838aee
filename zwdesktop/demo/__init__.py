"""The demo workshop (Aulendorf): its details, agenda, ideas, dot votes, agreements and photos, made on demand. Uses the core, never the store or the window."""
