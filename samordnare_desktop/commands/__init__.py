"""Command-line sub-commands, one module per area; each exposes ``register(CommandGroups)``."""
