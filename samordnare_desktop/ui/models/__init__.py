"""Table models (``QAbstractTableModel``), one module per table, over plain service rows."""
