"""Typed records of paper-claims and their exported JSON Schemas."""

from schemas.records import (
    CLAIM_ADAPTER,
    CLAIM_MODELS,
    KINDS,
    SCHEMA_VERSION,
    Claim,
    ClaimBase,
    GpuCountClaim,
    HardwareClaim,
    ModelSizeClaim,
    Paper,
    PercentChangeClaim,
    QuantityClaim,
    ReadError,
    SpeedupClaim,
)

__all__ = [
    "CLAIM_ADAPTER",
    "CLAIM_MODELS",
    "KINDS",
    "SCHEMA_VERSION",
    "Claim",
    "ClaimBase",
    "GpuCountClaim",
    "HardwareClaim",
    "ModelSizeClaim",
    "Paper",
    "PercentChangeClaim",
    "QuantityClaim",
    "ReadError",
    "SpeedupClaim",
]
