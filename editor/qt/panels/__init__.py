"""One panel per part of the report."""
