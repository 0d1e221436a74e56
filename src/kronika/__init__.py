"""Krónika: a sourced, queryable record of Hungarian news."""

__version__ = "0.1.0"
