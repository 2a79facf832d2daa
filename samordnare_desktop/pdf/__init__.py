"""ReportLab documents built from plain data; knows nothing of Qt. Import lazily (ReportLab costs ~0.15 s)."""
