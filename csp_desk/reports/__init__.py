"""Word and Excel documents for the client. Always Japanese; no Qt here."""
