"""Stage 4, build: typed claims from raw matches (the builder, context, a module per kind)."""
