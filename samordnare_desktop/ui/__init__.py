"""Qt widgets only: they call services, never SQL."""
