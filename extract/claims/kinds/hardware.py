"""hardware: a named product or machine, resolved by the gazetteer (not by rule matches)."""

from __future__ import annotations

from extract.claims.kinds.base import ClaimKind
from extract.hardware.gazetteer import HardwareMention
from schemas import ClaimBase, HardwareClaim


class Hardware(ClaimKind):
    """One record per name the gazetteer finds; a paper keeps each canonical name once."""

    name = "hardware"

    def mention_records(
        self, mentions: list[HardwareMention], source: str, common: dict
    ) -> list[ClaimBase]:
        """A record per name; `rule_id` says whether the gazetteer knew it or its shape did."""
        records: list[ClaimBase] = []
        for mention in mentions:
            source_of_name = "gazetteer." if mention.known else ""
            records.append(
                HardwareClaim(
                    text=source[mention.start : mention.end],
                    start=mention.start,
                    end=mention.end,
                    rule_id=f"hardware.{source_of_name}{mention.record_id}",
                    canonical=mention.canonical,
                    vendor=mention.vendor,
                    category=mention.category,
                    generation=mention.generation,
                    release_year=mention.release_year,
                    memory_gb=mention.memory_gb,
                    form_factor=mention.form_factor,
                    known=mention.known,
                    **common,
                )
            )
        return records

    def identity(self, claim: ClaimBase) -> tuple:
        """Hardware is one claim per canonical name."""
        return ("hardware", getattr(claim, "canonical", None))


KIND = Hardware
