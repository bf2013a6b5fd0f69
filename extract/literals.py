"""Find many literal strings in a text in one pass (Aho-Corasick, via pyahocorasick).

Rule triggers and the first words of hardware names are a hundred or so literals each;
testing them one by one costs a scan of the text per literal.
"""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick


class LiteralFinder:
    """Which of a fixed set of literals occur in a text, and where they start."""

    def __init__(self, literals: Iterable[str]):
        self.literals = frozenset(literals)
        self._automaton = ahocorasick.Automaton()
        for literal in self.literals:
            self._automaton.add_word(literal, literal)
        if self.literals:
            self._automaton.make_automaton()

    def present(self, text: str) -> set[str]:
        """The literals that occur in `text`."""
        if not self.literals:
            return set()
        return {literal for _, literal in self._automaton.iter(text)}

    def starts(self, text: str) -> list[int]:
        """Sorted distinct offsets where some literal starts in `text`."""
        if not self.literals:
            return []
        return sorted({end - len(literal) + 1 for end, literal in self._automaton.iter(text)})
