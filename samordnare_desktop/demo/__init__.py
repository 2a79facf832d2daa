"""``python main.py demo``: a realistic, fictitious programme to try the app on, built through
the services like any user action. :mod:`.steps` lists the steps in order; each area's step lives
in its own module here (visits, agendas, participants, action plans, time studies)."""
