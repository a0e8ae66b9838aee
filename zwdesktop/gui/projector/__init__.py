"""The projector: its window (``window``), the menu's control of it (``control``) and its modes.

The modes are the clock (``clock_mode``), the idea wall (``idea_wall``), the dot vote (``vote_mode``), the
agreements and the sign-up (``agreements_modes``); ``modes`` says what a mode is.
"""
