"""Every message the tool shows a user or records as a failure reason, in one place."""

# Input errors that stop a run before it starts (one line each, exit status 2).
INPUT_NOT_FOUND = "input not found: {path}"
GLOB_MATCHED_NOTHING = "no file matches {pattern}"
DIRECTORY_EMPTY = "no readable input files in directory {path}"
UNKNOWN_FORMAT = "unknown --format {fmt!r}; choose one of {choices}"

# Per-record or per-file failures, written to errors.parquet.
EMPTY_FILE = "file is empty"
UNDECODABLE_LINE = "line is not valid UTF-8 text ({detail})"
TRUNCATED_FILE = "file ends early or is corrupt ({detail})"
NOT_JSON = "line is not JSON ({detail})"
NOT_OBJECT = "JSON value is a {type}, expected an object with title and abstract"
MISSING_FIELD = "record has no {field}"
WRONG_TYPE = "field {field!r} is {type}, expected text"
EMPTY_FIELD = "field {field!r} is empty"
MISSING_COLUMNS = (
    "table has no column(s) {missing}; columns are {present} (see --title-col/--abstract-col)"
)
UNREADABLE_TABLE = "cannot read table ({detail})"
TITLE_WITHOUT_ABSTRACT = "listing entry {title!r} has no abstract"
DUPLICATE_ID = "duplicate paper id {paper_id} with a different title (first read from {first})"
EXTRACTION_FAILED = "extraction failed ({detail})"
TEXT_TOO_LONG = "field {field!r} is {size} characters; texts over {limit} are cut to {limit}"

# Rule and gazetteer files: loading fails with file, rule id and problem.
RULE_FILE_INVALID = "{file}: rule {rule_id}: {problem}"
RULE_FILE_UNREADABLE = "{file}: line {line}: {problem}"
DUPLICATE_RULE_ID = "{file}: rule id {rule_id!r} is defined twice (also in {other})"
UNKNOWN_MACRO = "unknown macro {{{name}}}"
GAZETTEER_INVALID = "{file}: hardware {hw_id}: {problem}"
DUPLICATE_ALIAS = "{file}: alias {alias!r} of {hw_id} already names {other}"

# Console summaries.
RUN_SUMMARY = "{papers} papers, {claims} claims, {errors} failed records -> {out}"
FAILED_RECORDS_HINT = "{errors} input record(s) failed; see {path}"
