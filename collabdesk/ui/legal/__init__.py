"""The parties' legal details in the window: the partner's and the library's."""
