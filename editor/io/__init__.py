"""Reading and writing reports: one module per format (native JSON, JATS, DOCX, ...).

Import the module you need (``from editor.io import native``); this package
imports nothing on its own, so loading one format never pulls in the others.
"""
