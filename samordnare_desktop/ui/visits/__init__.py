"""The visits screen: its tab, pages, dialogs and table models."""
