"""Stage 6, report: comparison tables, their formats, figures and the HTML report."""
