"""The report's choices the command line offers, apart from the modules that need pandas.

`claims extract` builds the whole parser; keeping these here spares it pandas' import.
"""

# What `claims table` can write.
FORMATS = ("csv", "markdown", "latex", "html", "parquet")
# What `claims table --agg` can compute per group.
AGGREGATES = ("count", "median", "max", "min", "mean", "sum", "papers")
