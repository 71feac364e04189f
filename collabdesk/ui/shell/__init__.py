"""The main window, its menus and settings, and the start-up pieces."""
