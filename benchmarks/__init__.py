"""`make bench`: figures on a large demo store, printed as a table and written as JSON."""
