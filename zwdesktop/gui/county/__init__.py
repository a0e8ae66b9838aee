"""The county view: several workshop files side by side (File → County overview…)."""
