"""The workshop JSON: reading and writing the documented interchange format."""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .. import atomic
from ..domain.labels import drop_unset_stale
from ..domain.models import WORKSHOP_FORMAT, WORKSHOP_JSON_VERSION, Workshop
from ..domain.sales_periods import migrated_period


class WorkshopJsonError(Exception):
    """A workshop JSON that cannot be used; the message is one line for the user."""


class _DuplicateKey(ValueError):
    pass


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict:
    # json.loads keeps the last of two equal keys: a second "journeys" would drop the first silently
    data = {}
    for key, value in pairs:
        if key in data:
            raise _DuplicateKey(key)
        data[key] = value
    return data


def workshop_to_data(
    workshop: Workshop, *, journeys: list[str] | None = None, language: str | None = None
) -> dict:
    """The workshop as JSON-ready data; optionally only some journeys, labels in one language."""
    data = workshop.model_dump(mode="json")
    drop_unset_stale(data)
    if journeys is not None:
        data["journeys"] = [j for j in data["journeys"] if j["id"] in journeys]
    if language is not None:
        _keep_language(data, language)
        for period in data["periods"]:
            period["name"] = _one_language(period["name"], language)
    return data


def _one_language(label: dict, language: str) -> dict:
    other = "en" if language == "pl" else "pl"
    return {language: label.get(language) or label.get(other)}


def _keep_language(node: Any, language: str) -> None:
    if isinstance(node, dict):
        label = node.get("label")
        if isinstance(label, dict) and set(label) <= {"pl", "en", "stale"}:
            node["label"] = _one_language(label, language)
        for value in node.values():
            _keep_language(value, language)
    elif isinstance(node, list):
        for value in node:
            _keep_language(value, language)


def dumps(data: dict) -> str:
    """JSON text with literal Polish letters and stable indentation."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_json(path: Path, data: dict) -> None:
    """Write JSON to `path`; the file appears whole or not at all (see shoppermap.atomic)."""
    atomic.write_text(path, dumps(data))


def workshop_from_data(data: object, *, name: str = "workshop JSON") -> Workshop:
    """Validate workshop JSON data, with one readable line for each way it can be wrong."""
    if not isinstance(data, dict):
        raise WorkshopJsonError(f"{name}: not a ShopperMap workshop (expected a JSON object)")
    if data.get("format") != WORKSHOP_FORMAT:
        raise WorkshopJsonError(f"{name}: not a ShopperMap workshop (format is not '{WORKSHOP_FORMAT}')")
    version = data.get("version")
    if type(version) is int and version == 1:
        data = upgrade_version_1(data)
        version = data["version"]
    # version 2 reads as 3 (see Workshop.version); `true == 1` in Python, hence the type check
    if type(version) is not int or version not in (2, WORKSHOP_JSON_VERSION):
        raise WorkshopJsonError(
            f"{name}: workshop JSON version {version!r} is not supported "
            f"(this ShopperMap reads versions 1 to {WORKSHOP_JSON_VERSION})"
        )
    try:
        return Workshop.model_validate(data)
    except RecursionError:
        raise WorkshopJsonError(f"{name}: nested too deeply to be a workshop") from None
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(top level)"
        message = first["msg"].removeprefix("Value error, ")
        raise WorkshopJsonError(f"{name}: {where}: {message}") from None


def upgrade_version_1(data: dict) -> dict:
    """A version-1 workshop JSON as version 2 (the caller's data is left as it was).

    Version 1 had a free-text `period` on each opportunity. Each distinct text (trimmed) becomes a
    sales period without dates, named by the text in both languages, listed in map order of first
    use, and the opportunities name that period by id; an empty text becomes null. The ids are
    derived from the text, as when a version-1 workshop file is opened.
    """
    if "periods" in data:
        raise WorkshopJsonError("workshop JSON version 1 has no 'periods'; is the version right?")
    upgraded = {**data, "version": 2, "periods": []}
    periods: dict[str, dict] = {}
    journeys = []
    for journey in data.get("journeys") or []:
        journeys.append(_upgraded_tree(journey, periods))
    if "journeys" in data:
        upgraded["journeys"] = journeys
    upgraded["periods"] = list(periods.values())
    return upgraded


def _upgraded_tree(node: Any, periods: dict[str, dict]) -> Any:
    # copies down to the opportunities, whose text period becomes a period id
    if not isinstance(node, dict):
        return node
    node = dict(node)
    for key in ("stages", "phases", "cards"):
        if isinstance(node.get(key), list):
            node[key] = [_upgraded_tree(child, periods) for child in node[key]]
    if isinstance(node.get("opportunities"), list):
        node["opportunities"] = [_upgraded_opportunity(o, periods) for o in node["opportunities"]]
    return node


def _upgraded_opportunity(opportunity: Any, periods: dict[str, dict]) -> Any:
    if not isinstance(opportunity, dict) or not isinstance(opportunity.get("period", ""), str):
        return opportunity  # validation will say what is wrong with it
    opportunity = dict(opportunity)
    text = opportunity.pop("period", "").strip()
    if text and text not in periods:
        periods[text] = migrated_period(text).model_dump(mode="json")
    opportunity["period"] = periods[text]["id"] if text else None
    return opportunity


def read_workshop_json(path: Path) -> Workshop:
    """Read a workshop JSON file."""
    name = path.name
    try:
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise WorkshopJsonError(f"{name}: is a folder, not a file")
        if not stat.S_ISREG(mode):
            # reading a FIFO would wait for a writer forever
            raise WorkshopJsonError(f"{name}: is not a regular file (a pipe or a device)")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise WorkshopJsonError(f"{name}: no such file") from None
    except PermissionError:
        raise WorkshopJsonError(f"{name}: cannot be read (no permission)") from None
    except OSError as exc:
        raise WorkshopJsonError(f"{name}: cannot be read ({exc.strerror})") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"), object_pairs_hook=_refuse_duplicates)
    except UnicodeDecodeError:
        raise WorkshopJsonError(f"{name}: is not UTF-8 text") from None
    except RecursionError:
        raise WorkshopJsonError(f"{name}: nested too deeply to be a workshop") from None
    except _DuplicateKey as exc:
        raise WorkshopJsonError(f"{name}: the key '{exc}' is given twice in one object") from None
    except json.JSONDecodeError as exc:
        raise WorkshopJsonError(
            f"{name}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    return workshop_from_data(data, name=name)


def workshop_json_schema() -> dict:
    """The JSON Schema of the workshop JSON."""
    schema = Workshop.model_json_schema(mode="serialization")
    schema["$id"] = f"urn:shoppermap:workshop-json:{WORKSHOP_JSON_VERSION}"
    schema["title"] = "ShopperMap workshop"
    return schema
