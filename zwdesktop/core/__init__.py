"""The domain of a future workshop: plain Python, no Qt and no SQL."""
