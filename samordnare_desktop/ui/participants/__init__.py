"""The participants screen: its tab, pages, dialogs and table models."""
