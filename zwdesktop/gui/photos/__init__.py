"""The Photos section: pinboard photos with captions."""
