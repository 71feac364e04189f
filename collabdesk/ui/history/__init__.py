"""History, undo and redo, and the Trash."""
