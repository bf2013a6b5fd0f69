"""Find many literal strings in a text in one pass (Aho-Corasick, via pyahocorasick).

Rule triggers and the first words of hardware names are a hundred or so literals each;
testing them one by one costs a scan of the text per literal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

import ahocorasick


def as_written(literal: str) -> tuple[str, ...]:
    """A literal found only as written."""
    return (literal,)


class LiteralFinder:
    """Find many literals, sorted into named groups, in one pass over a text."""

    def __init__(
        self,
        groups: Mapping[str, Iterable[str]],
        spellings: Mapping[str, Callable[[str], Iterable[str]]] | None = None,
    ):
        """`spellings[group](literal)` lists the strings that count as the literal in a text."""
        spellings = spellings or {}
        roles: dict[str, list[tuple[str, str]]] = {}
        for group, literals in groups.items():
            spell = spellings.get(group, as_written)
            for literal in sorted(set(literals)):
                for spelling in spell(literal):
                    roles.setdefault(spelling, []).append((group, literal))
        self._automaton = ahocorasick.Automaton()
        for spelling, found in roles.items():
            self._automaton.add_word(spelling, (len(spelling), tuple(found)))
        self._empty = not roles
        if roles:
            self._automaton.make_automaton()

    def hits(self, text: str) -> list[tuple[int, int, str, str]]:
        """Every (start, end, group, literal) found in `text`, overlapping ones included."""
        if self._empty:
            return []
        return [
            (end - size + 1, end + 1, group, literal)
            for end, (size, found) in self._automaton.iter(text)
            for group, literal in found
        ]

    def occurs(self, text: str) -> bool:
        """True when some literal occurs in `text`."""
        return not self._empty and any(True for _ in self._automaton.iter(text))
