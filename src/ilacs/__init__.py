"""ilacs: Ofsted inspections of English LA children\x27s services as data."""

__version__ = "0.1.0"
