"""The schema of `rules/hardware.yaml` and its validation at load.

Kept apart from `extract.hardware.gazetteer` because mypyc, which compiles that module, failed to
compile one that defines pydantic models (its generated C did not build).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from extract import messages
from extract.match.rules import RuleFileError, check_triggers, load_yaml
from extract.text.regex_cache import compile_pattern

Category = Literal[
    "gpu", "tpu", "npu", "cpu", "fpga", "accelerator", "system", "supercomputer", "architecture"
]


class HardwareRecord(BaseModel):
    """One product or machine in the gazetteer."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    canonical: str = Field(min_length=2)
    vendor: str = Field(min_length=2)
    category: Category
    generation: str | None = None
    release_year: int = Field(ge=1990, le=2030)
    memory_gb: list[float] | None = None
    aliases: list[str] = Field(default_factory=list)
    ambiguous: bool = False
    short_name: bool = Field(
        default=False,
        description="its name without the vendor is a short code other things share (`L2` "
        "caches, `CS1` courses): alone it names the product only after its vendor (`NVIDIA "
        "L2`) or before a word of its category (`L2 GPUs`), as a bare number does (`4090`)",
    )
    family: str | None = Field(
        default=None, description="the id of the record of its family or series, if listed"
    )
    source: str = Field(description="where its facts come from: a key of the file's `sources`")


class Source(BaseModel):
    """Where facts come from: a catalogue, a data set or a vendor's documentation."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str = Field(min_length=3)
    url: str | None = None
    licence: str | None = None


class UnknownShape(BaseModel):
    """A regex for hardware-shaped names the gazetteer does not list (yet)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    vendor: str
    category: Category
    prefix: str = Field(description="what the canonical name starts with, e.g. 'NVIDIA GeForce'")
    pattern: str
    triggers: list[str] | None = Field(
        default=None,
        min_length=1,
        description="as a rule's triggers: one must occur in the text's trigger view",
    )

    @field_validator("triggers")
    @classmethod
    def _triggers_are_lower_case(cls, value: list[str] | None) -> list[str] | None:
        return check_triggers(value)

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        compile_pattern(value)
        return value


class GazetteerFile(BaseModel):
    """The whole `hardware.yaml` file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    sources: dict[str, Source] = Field(min_length=1)
    ambiguous_context: dict[Category, list[str]]
    introducing_verbs: list[str] = Field(
        default_factory=list,
        description="an ambiguous name right after one of these and before a comma or colon "
        "names the paper's own system (`We present L4, a runtime`), not hardware",
    )
    company_words: list[str] = Field(
        default_factory=list,
        description="an ambiguous name right before one of these names the company "
        "(`Ampere Computing`), not its product or architecture",
    )
    non_hardware_heads: list[str] = Field(
        default_factory=list,
        description="an ambiguous name right before one of these, or beside a phrase (after "
        "a comma or `is`) that one heads, names something else (`Frontier models`, `a Turing "
        "Machine`, `Aurora, a foundation model`, `Orin is a new dataset`), not hardware",
    )
    hardware: list[HardwareRecord] = Field(min_length=1)
    unknown_shapes: list[UnknownShape] = Field(default_factory=list)


def reference_problems(data: GazetteerFile) -> list[tuple[str, str]]:
    """(record id, problem) for every source or family a record names that is not there.

    A family must be another listed record, and following families must never come back
    to where it started.
    """
    ids = {record.id: record for record in data.hardware}
    problems = []
    for record in data.hardware:
        if record.source not in data.sources:
            problems.append((record.id, f"source {record.source!r} is not in `sources`"))
        if record.family is None:
            continue
        if record.family not in ids:
            problems.append((record.id, f"family {record.family!r} names no record"))
            continue
        seen = {record.id}
        family: str | None = record.family
        while family is not None and family in ids:
            if family in seen:
                problems.append((record.id, f"family chain comes back to {family!r}"))
                break
            seen.add(family)
            family = ids[family].family
    return problems


def read_gazetteer_file(path: Path) -> GazetteerFile:
    """Read and validate a gazetteer file; every problem is named in one RuleFileError."""
    raw_file = load_yaml(path.read_text(encoding="utf-8"))
    try:
        data = GazetteerFile.model_validate(raw_file)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            loc = error["loc"]
            hw_id = "?"
            if len(loc) >= 2 and loc[0] == "hardware" and isinstance(loc[1], int):
                raw = raw_file["hardware"][loc[1]]
                hw_id = raw.get("id", f"#{loc[1]}") if isinstance(raw, dict) else f"#{loc[1]}"
            field = ".".join(map(str, loc[2:])) or ".".join(map(str, loc))
            problems.append(
                messages.GAZETTEER_INVALID.format(
                    file=path.name, hw_id=hw_id, problem=f"{field}: {error['msg']}"
                )
            )
        raise RuleFileError("; ".join(problems)) from exc
    broken = reference_problems(data)
    if broken:
        raise RuleFileError(
            "; ".join(
                messages.GAZETTEER_INVALID.format(file=path.name, hw_id=hw_id, problem=problem)
                for hw_id, problem in broken
            )
        )
    return data
