"""Stage 3, match (names): the hardware gazetteer and the schema of its file."""
