"""The privacy screen: its tab, pages, dialogs and table models."""
