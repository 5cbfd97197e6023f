"""Windows, pages, dialogs and widgets."""
