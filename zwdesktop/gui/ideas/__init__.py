"""The Ideas section: capture, the idea list, clusters, the assistant station, merging another laptop's ideas."""
