"""Every message the tool shows a user or records as a failure reason, in one place."""

# Input errors that stop a run before it starts (one line each, exit status 2).
INPUT_NOT_FOUND = "input not found: {path}"
GLOB_MATCHED_NOTHING = "no file matches {pattern}"
DIRECTORY_EMPTY = "no readable input files in directory {path}"
URL_UNUSABLE = "cannot read {url} ({detail})"
UNKNOWN_FORMAT = "unknown --format {fmt!r}; choose one of {choices}"

# Run directories read by explain, show, diff, report.
RUN_DIR_NOT_FOUND = "run directory not found: {path} (write one with `claims extract -o DIR`)"
RUN_TABLE_MISSING = "{path} is missing: is this a run directory of `claims extract`?"
PAPER_NOT_IN_RUN = "no paper with id {paper_id!r} in {path}/papers.parquet"

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
EXTRACTION_TIMED_OUT = "extraction timed out ({detail}); the paper is kept without claims"
FIELD_BUDGET_SPENT = "the field's time budget is spent"
PAPER_BUDGET_SPENT = "the paper's CPU budget is spent"
TEXT_TOO_LONG = "field {field!r} is {size:,} characters; texts over {limit:,} are cut to {limit:,}"

# Rule and gazetteer files: loading fails with file, rule id and problem.
RULE_FILE_INVALID = "{file}: rule {rule_id}: {problem}"
RULE_FILE_UNREADABLE = "{file}: line {line}: {problem}"
DUPLICATE_RULE_ID = "{file}: rule id {rule_id!r} is defined twice (also in {other})"
UNKNOWN_MACRO = "unknown macro {{{name}}}"
GAZETTEER_INVALID = "{file}: hardware {hw_id}: {problem}"
DUPLICATE_ALIAS = "{file}: alias {alias!r} of {hw_id} already names {other}"

# Why a rule match made no record (shown by `claims explain`).
FILTER_OVERLAP = "overlaps a longer or earlier kept match"
FILTER_INSIDE_REJECTED = "inside a rejected match of the same kind"
FILTER_HARDWARE_NAME = "inside a hardware name"
FILTER_CHECK = "post-match check: {problem}"
REJECT_IMPLAUSIBLE = "value {values} is outside the plausible range of {kind}"
REJECT_DEVICE_FOLLOWS = "a device or number follows (a device count or a grid, not a speedup)"
REJECT_CONFIGURATION_FOLLOWS = (
    "a configuration, setup or data split follows (devices or folds counted, not a speedup)"
)
REJECT_PARTS = (
    "a fold said of a subject that is no change counts its parts (`contributions are two-fold`)"
)
REJECT_NO_COMPARATIVE = (
    "no comparative word near a spaced 'times', an 'x' prefix or a fold in words"
)
REJECT_REPETITIONS = (
    "a verb of doing again before a spaced 'times' counts repetitions, not a factor"
)
REJECT_MATHS_PRODUCT = "a product of mathematical objects (\\times \\mathbb{R}), not a speedup"
REJECT_PRODUCT_NAME = "an 'X' and number after a capitalised name: a product's name (AgiBot X2)"
REJECT_FROM_TO = "'from A% to B%' is a level moving, not a claimed change"
REJECT_ARROW = "'A% -> B%' is a level moving, not a claimed change"
REJECT_PERCENT_LEVEL = "no change cue: the percentage reads as a level, not a change"
REJECT_MONEY = "a dollar amount, not a model size"
REJECT_PRICE = "a currency sign before the number: a price ({text!r}), not a count"
REJECT_COUNTS_OTHER = "counts something other than the kind's unit ({noun!r} follows)"
REJECT_NAME_NOT_RANGE = "part of a model name, not a size range"
REJECT_LABEL_NOT_RANGE = "{label!r} labels the first number (`Stage 1 to 50.9%`), not a range"
REJECT_LABEL = "{name!r} labels a part or an event (`Task 1B`), not a model"
REJECT_LENGTH = "a length of tokens (`sequence length of 1M`), not a model's size"
REJECT_THOUSANDS_LIST = "a list of thousands before it (`100K, 500K, and 1M`): lengths or counts"
REJECT_DATASET_NAME = "the size of a dataset's name ({name!r}), not of a model"
REJECT_NO_PARAMETERS = "no 'parameters' or 'model' after a spelled-out scale"
REJECT_INSIDE_COMPOUND = "hyphens join it on both sides: a word inside a compound"
REJECT_MEMORY_SIZE = "{unit!r} follows the number: a device's memory size, not a count"
REJECT_UNKNOWN_DEVICE = "{device!r} is not a known accelerator and no accelerator noun follows"
DUPLICATE_UNIT = "spelling {spelling!r} of unit {unit} already names unit {other}"
DUPLICATE_SYSTEM = "{file}: {form!r} of {name!r} already names {other!r}"
RULE_FILE_NO_KIND = "rule files {files} name no claim kind (kinds: {kinds})"
REJECT_UNKNOWN_UNIT = "{unit!r} is not a unit of rules/units.yaml, or not of the same dimension"
REJECT_DECADE = "{text!r} is a decade, not seconds"
REJECT_TIME_AGO = "{text!r} ago dates an event: it measures nothing"
REJECT_HUNDREDS_OF = (
    "{text!r} counts hundreds or more (`100s of GB`, `in the 100,000s`), not seconds"
)
REJECT_SCALED_UNIT = "a count scale before {unit}, a unit papers do not scale"
REJECT_PRODUCT = "a factor times an amount: the text does not state the product"
REJECT_NEGATIVE_POWER = "{text!r} raises the unit to a negative power: another unit (m s^-1)"
REJECT_DENOMINATOR = "an amount after `per` is the unit of a rate (per 1M tokens), not a figure"
REJECT_RATE_OF_OTHER = (
    "{text!r} is a rate or density the unit table does not hold (per cycle, per time, per area)"
)
REJECT_HARDWARE_PIECES = "{text!r} counts pieces of hardware, not an amount of its unit"
REJECT_HARDWARE_MEMORY = (
    "{text!r} is the memory of the hardware it names (its memory_gb), not a quantity"
)
REJECT_NO_RULES = "kind {kind!r} builds no claims from rule matches"


# A str subclass, so it cannot be a class of the compiled builder (mypyc compiles no such class).
class ReadingRejected(str):
    """A check's verdict on one reading of the words, not on the number in them.

    `1 GPU 0` read as a count of a device `GPU 0` fails, which says nothing of the shorter
    matches inside it (`1 GPU`), so those are still tried.
    """


# Rule-development commands.
EXPLAIN_NEEDS_ONE = "give either a TEXT or --paper ID (with --run DIR), not both or neither"
RULES_OK = "{rules} rules in {path}: all rule and gazetteer files are valid"
SHOW_AS_TEXT = "{problem}; showing the argument as text"
WROTE = "wrote {path}"

# Installation.
STALE_COMPILED = (
    "compiled code is out of date: {files} changed since `pip install` compiled it. Run"
    " `pip install -e .` again to compile anew, or install with PAPER_CLAIMS_PURE_PYTHON=1"
    " to run the Python source"
)

# Engines and runs.
DASK_MISSING = "--engine dask needs Dask distributed: pip install 'paper-claims[dask]'"
DASK_UNREACHABLE = "cannot reach the Dask scheduler at {address} ({detail})"
BAD_RUN_OPTION = (
    "--jobs must be 0 (all cores) or more and --shard-size 1 or more (got {jobs}, {size})"
)
RUN_DIR_BUSY = (
    "run directory {path} is in use by another run ({holder}); wait for it to finish, or "
    "write to another directory with -o"
)
LOCK_HOLDER = "pid {pid} on {host}, started {started}"
LOCK_HOLDER_UNKNOWN = "holder unknown"
LOCK_TAKEN_OVER = "took over the lock of {holder}, which is no longer running"
LOCK_NOT_POSSIBLE = (
    "note: {path} is on an object store, where a run cannot lock its directory: do not "
    "start two runs into it at once"
)
FOREIGN_FILES = (
    "{path} holds {names}, which this run would replace but no run of this tool wrote; write "
    "to another directory, or pass --overwrite to replace them"
)
RUN_DIR_NOT_A_DIRECTORY = "run directory {path} is not a directory: it is a file"
CANNOT_WRITE = (
    "cannot write {path}: {reason}. {kept} finished shard(s) are kept: {remedy} and run the "
    "same command again to resume"
)
PAPER_IDS_FAILED = (
    "cannot keep the run's table of paper ids in the temporary folder {folder} ({detail}): "
    "free some space there or set TMPDIR to another folder, and run the same command again "
    "to resume"
)
REMEDY_SPACE = "free some space"
REMEDY_PERMISSION = "make the directory writable, or write to another with -o"
REMEDY_OTHER = "fix the cause"
WORKER_DIED = (
    "a worker process died (killed, or out of memory) {times} times while extracting shard "
    "{shard}; the finished shards are kept: run the same command again to resume, with "
    "fewer --jobs or a smaller --shard-size if memory is short"
)
RESUMING = "resuming: {shards} finished shard(s) of an earlier run of this command are kept"

# `claims validate`: what is wrong with a run directory.
VALIDATE_UNREADABLE = "cannot read the file ({detail})"
VALIDATE_SCHEMA = "columns or types differ from the tool's schema (found {found})"
VALIDATE_VERSION = "schema version {found!r} in the metadata; this tool writes {own!r}"
VALIDATE_NO_TOOL_VERSION = "no tool version in the metadata"
VALIDATE_DUPLICATE = "paper id {id!r} appears twice"
VALIDATE_KIND = "unknown claim kind {kind!r}"
VALIDATE_STRAY = "columns {columns} are set but do not belong to this kind"
VALIDATE_NO_PAPER = "paper {id!r} is not in papers.parquet"
VALIDATE_OFFSETS = "start/end do not span {text!r} in the paper's text"
VALIDATE_SENTENCE = "the sentence is not in the paper's text or does not hold the claim"
VALIDATE_TITLE = "the title differs from the paper's title"
VALIDATE_OK = "{path}: valid ({papers:,} papers, {claims:,} claims, {errors:,} failed records)"
VALIDATE_FAILED = "{path}: {count:,} violation(s)"

# Reports and tables.
REPORT_WRITTEN = "wrote {files} files into {out} in {seconds:.1f} s; open {index}"
PARQUET_NEEDS_OUTPUT = "--format parquet needs -o FILE"
BAD_WHERE = "--where {where!r} is not a valid query ({detail})"
BAD_COLUMN = "no column(s) {columns}; choose from {known}"
BAD_AGGREGATE = "unknown aggregate(s) {names}; choose from {known}"

# Console summaries.
RUN_SUMMARY = "{papers} papers, {claims} claims, {errors} failed records -> {out}"
FAILED_RECORDS_HINT = "{errors} input record(s) failed; see {path}"
