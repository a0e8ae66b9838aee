"""The exports of the window: the minutes (PDF or Word), the sign-up poster and the press text."""
