"""Named users in the window (#20): who is working (the status bar, "Vem arbetar?" at start)
and Arkiv → Användare… to manage the team."""
