"""`make screenshots` (`python -m tools.screenshots OUTDIR`) and the sample records it shows:
brainstorm boards, a translation project in mid-review, the main dialogs on store records."""
