"""The municipalities screen: its tab, pages, dialogs and table models."""
