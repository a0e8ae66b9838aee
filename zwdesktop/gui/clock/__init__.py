"""The live clock: its controller, actions, page, planned against actual, the gong, ending on time."""
