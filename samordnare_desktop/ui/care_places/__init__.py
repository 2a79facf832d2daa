"""The Vårdplatser tab (issue #17): placement figures per municipality and period, compared with
the programme, places against needs, the import with preview, and the focus groups."""
