"""References: parsing, formatting (Vancouver, CSL), identifier checks, duplicates."""
