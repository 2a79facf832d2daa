"""The time study screen: its tab, pages, dialogs and table models."""
