"""Payment and earnings exports (PayPal, Wise, Payoneer, Stripe, Upwork, banks) into the
store: read, recognised, previewed, then written in one transaction. See model.py."""
