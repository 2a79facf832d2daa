"""Sync with the team server in the window (issue #20).

- ``controller``: Arkiv → Synkronisera (Ctrl+Shift+S) and the status bar: last sync, changes
  waiting, a conflicts badge; the sync runs off the GUI thread and the window stays usable.
- ``conflicts``: the conflicts side by side ("Din version" | "Serverns version"), kept until
  the user picks one; the choice is a new local change that syncs.
- ``exchange``: Arkiv → Exportera/Importera utbytesfil… (a sealed file, no network needed).

Every call goes through ``services.sync`` (``SyncService``); nothing here knows SQL.
"""
