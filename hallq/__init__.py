"""hallq: the queue and counter system of a utility customer-service hall (Qt-free core)."""

__version__ = "0.1.0"
