"""Item models over the document's lists."""
