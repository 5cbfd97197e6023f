"""Quotes, invoices and credit notes (issue 17): the documents, their numbering, the mentions
each status requires, and the Factur-X e-invoice. No Qt."""
