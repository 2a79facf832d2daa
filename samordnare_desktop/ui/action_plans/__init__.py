"""The action plans screen: its tab, pages, dialogs and table models."""
