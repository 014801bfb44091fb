"""Text in two languages, with one falling back to the other."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, model_validator

Language = Literal["pl", "en"]
LANGUAGES: tuple[Language, ...] = ("pl", "en")


class Label(BaseModel):
    """A label in Polish and English; a label may carry only one language.

    `stale` names the language whose text was left behind when the team renamed the label in the
    other one while the two were translated separately: it still says the old name, and the
    interface shows it as not translated until someone writes it. The workshop JSON writes it only
    when set (see workshop_json.py).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    pl: str | None = None
    en: str | None = None
    stale: Language | None = None

    @model_validator(mode="after")
    def _one_language_at_least(self) -> Label:
        if not (self.pl or self.en):
            raise ValueError("a label needs text in at least one language (pl or en)")
        if self.stale is not None and not (self.pl and self.en):
            raise ValueError("only a label in both languages can have one left behind")
        return self

    def text(self, language: str = "en") -> str:
        """The label in `language`, or in the other language when that one is missing."""
        if language == "pl":
            return self.pl or self.en or ""
        return self.en or self.pl or ""

    def with_text(self, language: str, text: str) -> Label:
        """A copy whose `language` text is replaced (a translation written); the other language stays."""
        stale = None if self.stale == language else self.stale
        if language == "pl":
            return Label(pl=text, en=self.en, stale=stale)
        return Label(pl=self.pl, en=text, stale=stale)

    def renamed(self, language: str, text: str) -> Label:
        """The label after the team renamed it in `language`.

        The team's text is the label in both languages, unless the other language was translated
        separately (a framework's label, or one the team translated): then that one keeps its text,
        marked as left behind, for someone to translate.
        """
        other = "en" if language == "pl" else "pl"
        here, there = getattr(self, language), getattr(self, other)
        if text == here:
            return self  # nothing renamed: nothing left behind
        if not here or not there or there == here:  # one language showed for both
            return Label.same(text)
        if there == text:
            return Label.same(text)  # renamed to what the other language says: in step again
        return Label(**{language: text, other: there}, stale=other)

    def left_behind(self, language: str) -> bool:
        """True when the `language` text still says an old name the other language has moved on from."""
        return self.stale == language

    @classmethod
    def same(cls, text: str) -> Label:
        """A label with the same text in both languages (custom cards typed by a team)."""
        return cls(pl=text, en=text)


# the names the app gives what it adds, in both languages: a phase added in the Polish interface
# is "Nowa faza" in Polish and "New phase" in English, not "Nowa faza" in both
NEW_PHASE = Label(pl="Nowa faza", en="New phase")
NEW_STAGE = Label(pl="Nowy etap", en="New stage")


def each_once(*parts: str) -> list[str]:
    """The non-empty parts, trimmed, each said once: a journey named as its workshop is not repeated."""
    said: list[str] = []
    for part in parts:
        part = part.strip()
        if part and part.casefold() not in {s.casefold() for s in said}:
            said.append(part)
    return said


def drop_unset_stale(node: Any) -> None:
    """Take `"stale": null` out of every label of workshop JSON data (in place): the format writes
    it only when a language was left behind, so labels read as plain {"pl", "en"} pairs."""
    if isinstance(node, dict):
        for key in ("label", "name"):
            label = node.get(key)
            if isinstance(label, dict) and "stale" in label and label["stale"] is None:
                del label["stale"]
        for value in node.values():
            drop_unset_stale(value)
    elif isinstance(node, list):
        for value in node:
            drop_unset_stale(value)
