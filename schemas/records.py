"""Pydantic v2 record types: one model per claim kind on a shared base, plus Paper."""

from __future__ import annotations

import math
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, model_validator

SCHEMA_VERSION = "1.3"

Qualifier = Literal["up_to", "at_least", "average", "approx"]
Direction = Literal["increase", "decrease"]
MetricGroup = Literal[
    "throughput",
    "latency",
    "time",
    "speed",
    "memory",
    "energy",
    "cost",
    "accuracy",
    "communication",
    "utilization",
    "size",
    "other",
]
# `text` is free text given to `claims explain` or the spaCy component, not a paper field.
FieldName = Literal["title", "abstract", "text"]
# The claims guide's quantity dimensions (their units: `rules/units.yaml`).
Dimension = Literal[
    "time",
    "device_time",
    "throughput",
    "memory",
    "bandwidth",
    "compute",
    "compute_rate",
    "energy",
    "power",
    "energy_efficiency",
    "tokens",
    "context_length",
    "cost",
]
# What a quantity is to the paper: its own result, a condition of its experiments, or a
# figure about the world or prior work.
Role = Literal["result", "setting", "background"]
HardwareCategory = Literal[
    "gpu", "tpu", "npu", "cpu", "fpga", "accelerator", "system", "supercomputer", "architecture"
]


class Record(BaseModel):
    """Base of every record: immutable, and unknown fields are an error."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Paper(Record):
    """One input paper: its id, text fields and where it was read from."""

    paper_id: str = Field(min_length=1)
    title: str
    abstract: str
    source: str = Field(description="file (or '-') the paper was read from")
    record: int = Field(ge=1, description="1-based line or record number in the source")
    authors: int | None = Field(default=None, ge=0)
    date: str | None = None
    extra: str | None = Field(default=None, description="other simple input fields, as JSON")


class ReadError(Record):
    """One input record that could not be read, and why."""

    source: str
    record: int | None = Field(default=None, description="1-based line/record, None if whole file")
    paper_id: str | None = None
    reason: str


class ClaimBase(Record):
    """Fields every claim carries: provenance and the rule that made it."""

    paper_id: str
    field: FieldName
    text: str = Field(min_length=1)
    start: int = Field(ge=0)
    end: int = Field(ge=1)
    sentence: str
    rule_id: str

    @model_validator(mode="after")
    def _check_offsets(self) -> ClaimBase:
        if self.end - self.start != len(self.text):
            raise ValueError(f"offsets {self.start}:{self.end} do not span text {self.text!r}")
        return self


class NumericClaim(ClaimBase):
    """A claim with a value or range; a single value has low == high."""

    low: float
    high: float
    qualifier: Qualifier | None = None

    @model_validator(mode="after")
    def _check_range(self) -> NumericClaim:
        if not (math.isfinite(self.low) and math.isfinite(self.high)):
            raise ValueError("low and high must be finite")
        if self.low > self.high:
            raise ValueError(f"low {self.low} > high {self.high}")
        return self


class ComparisonFields(BaseModel):
    """What changed, which way, and against what (speedups and percent changes)."""

    direction: Direction | None = None
    metric: str | None = None
    metric_group: MetricGroup | None = Field(
        default=None, description="what the metric measures, one of the claims guide's groups"
    )
    baseline: str | None = None
    baseline_system: str | None = Field(
        default=None, description="canonical name of the software system the baseline names"
    )
    baseline_hardware: str | None = None


class SpeedupClaim(NumericClaim, ComparisonFields):
    """A multiplicative factor: `3.7x over a DGX H100`."""

    kind: Literal["speedup"] = "speedup"
    unit: Literal["x"] = "x"


class PercentChangeClaim(NumericClaim, ComparisonFields):
    """A relative change in percent (`unit="%"`) or percentage points (`unit="pp"`)."""

    kind: Literal["percent_change"] = "percent_change"
    unit: Literal["%", "pp"] = "%"


class ModelSizeClaim(NumericClaim):
    """A model's parameter count, in parameters."""

    kind: Literal["model_size"] = "model_size"
    unit: Literal["parameters"] = "parameters"
    model: str | None = None
    active: bool = False


class GpuCountClaim(NumericClaim):
    """How many accelerator devices a setup has."""

    kind: Literal["gpu_count"] = "gpu_count"
    unit: Literal["devices"] = "devices"
    device: str | None = None


class QuantityClaim(NumericClaim):
    """An absolute amount with a unit, in its dimension's canonical unit: `80 GB`, `<50 ms`."""

    kind: Literal["quantity"] = "quantity"
    dimension: Dimension
    unit: str = Field(min_length=1, description="the canonical unit low and high are in")
    value_text: str = Field(min_length=1, description="the number and unit as written")
    item: str | None = Field(default=None, description="what a throughput or efficiency counts")
    role: Role
    metric: str | None = None


class HardwareClaim(ClaimBase):
    """A named piece of hardware, resolved to its canonical name."""

    kind: Literal["hardware"] = "hardware"
    canonical: str
    vendor: str | None = None
    category: HardwareCategory
    generation: str | None = None
    release_year: int | None = None
    memory_gb: float | None = None
    form_factor: str | None = None
    known: bool = True


Claim = Annotated[
    Union[  # noqa: UP007
        SpeedupClaim,
        PercentChangeClaim,
        ModelSizeClaim,
        GpuCountClaim,
        HardwareClaim,
        QuantityClaim,
    ],
    Field(discriminator="kind"),
]
CLAIM_ADAPTER: TypeAdapter[Claim] = TypeAdapter(Claim)
CLAIM_MODELS: dict[str, type[ClaimBase]] = {
    "speedup": SpeedupClaim,
    "percent_change": PercentChangeClaim,
    "model_size": ModelSizeClaim,
    "gpu_count": GpuCountClaim,
    "hardware": HardwareClaim,
    "quantity": QuantityClaim,
}
KINDS = tuple(CLAIM_MODELS)
