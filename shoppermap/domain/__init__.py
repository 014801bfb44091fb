"""The domain: pydantic models of frameworks and workshops, and the editable document. No Qt here."""
