"""The overview screen: its tab, pages, dialogs and table models."""
