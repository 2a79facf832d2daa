"""The one search for everything (Ctrl+K, issue #18 part 7)."""
