"""Text in two languages, with one falling back to the other."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, model_validator

Language = Literal["pl", "en"]
LANGUAGES: tuple[Language, ...] = ("pl", "en")


class Label(BaseModel):
    """A label in Polish and English; a label may carry only one language."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    pl: str | None = None
    en: str | None = None

    @model_validator(mode="after")
    def _one_language_at_least(self) -> Label:
        if not (self.pl or self.en):
            raise ValueError("a label needs text in at least one language (pl or en)")
        return self

    def text(self, language: str = "en") -> str:
        """The label in `language`, or in the other language when that one is missing."""
        if language == "pl":
            return self.pl or self.en or ""
        return self.en or self.pl or ""

    def with_text(self, language: str, text: str) -> Label:
        """A copy whose `language` text is replaced; the other language stays."""
        if language == "pl":
            return Label(pl=text, en=self.en)
        return Label(pl=self.pl, en=text)

    @classmethod
    def same(cls, text: str) -> Label:
        """A label with the same text in both languages (custom cards typed by a team)."""
        return cls(pl=text, en=text)


def each_once(*parts: str) -> list[str]:
    """The non-empty parts, trimmed, each said once: a journey named as its workshop is not repeated."""
    said: list[str] = []
    for part in parts:
        part = part.strip()
        if part and part.casefold() not in {s.casefold() for s in said}:
            said.append(part)
    return said
