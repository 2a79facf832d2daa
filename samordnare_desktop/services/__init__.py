"""Use cases in plain Python (no Qt): each opens one unit of work, commits or rolls back."""
