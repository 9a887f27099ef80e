"""The map component's side in Python: the protocol (message kinds, layer ids, fields,
declared once; the TypeScript types are generated from it), the pydeck spec, the
payloads and how a pick is read back."""
