"""csp-desk: the desk of a Crowdsourcing Producer (クラウドソーシング・プロデューサー)."""

__version__ = "0.1.0"
