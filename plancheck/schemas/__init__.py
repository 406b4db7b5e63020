"""JSON Schemas of plancheck's public JSON outputs.

The committed ``*.schema.json`` files are the published contract; they are
generated from the model dataclasses by pydantic (``python -m plancheck.schemas``) and a test
fails when model and file drift apart.
"""

from __future__ import annotations

import dataclasses
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def plan_schema() -> dict:
    from pydantic import TypeAdapter

    from plancheck.model import Plan

    schema = TypeAdapter(Plan).json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "plancheck parse output"
    schema["properties"] = {"version": {"const": 1}, **schema["properties"]}
    schema["required"] = ["version", *schema.get("required", [])]
    return schema


def load(name: str) -> dict:
    with open(os.path.join(HERE, f"{name}.schema.json"), encoding="utf-8") as fh:
        return json.load(fh)


def check_schema() -> dict:
    from pydantic import TypeAdapter

    from plancheck.model import Finding

    finding = TypeAdapter(Finding).json_schema()
    finding_defs = finding.pop("$defs", {})
    internal = {f.name for f in dataclasses.fields(Finding) if f.metadata.get("internal")}
    for name in internal:  # kept in memory for highlighting, never written out
        finding["properties"].pop(name, None)
        if name in finding.get("required", []):
            finding["required"].remove(name)
    finding["additionalProperties"] = False
    nullable_str = {"type": ["string", "null"]}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "plancheck check output",
        "type": "object",
        "required": ["version", "files", "graph", "summary"],
        "$defs": {**finding_defs, "Finding": finding},
        "properties": {
            "version": {"const": 3},
            "plancheck": {"type": "string"},
            "files": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": [
                        "path",
                        "status",
                        "passed",
                        "not_checked_because",
                        "doc_type",
                        "number",
                        "level",
                        "packs",
                        "findings",
                    ],
                    "properties": {
                        "path": {"type": "string"},
                        "status": {"enum": ["checked", "not_checked", "unreadable"]},
                        "passed": {"type": ["boolean", "null"]},
                        "not_checked_because": {"enum": ["news", "unknown", "no_pack", None]},
                        "kind": nullable_str,
                        "doc_type": nullable_str,
                        "number": nullable_str,
                        "level": nullable_str,
                        "year": {"type": ["integer", "null"]},
                        "packs": {"type": "array", "items": {"type": "string"}},
                        "themes": {
                            "type": "array",
                            "items": {"type": "object", "required": ["theme", "covered", "score"]},
                        },
                        "findings": {"type": "array", "items": {"$ref": "#/$defs/Finding"}},
                    },
                },
            },
            "graph": {
                "type": "object",
                "required": ["nodes", "edges"],
                "properties": {
                    "nodes": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["id", "path", "number", "date", "issuer", "level", "external"],
                            "properties": {
                                "id": {"type": "string"},
                                "path": nullable_str,
                                "doc_type": nullable_str,
                                "number": nullable_str,
                                "date": nullable_str,
                                "issuer": nullable_str,
                                "level": nullable_str,
                                "place": nullable_str,
                                "external": {"type": "boolean"},
                                "corpus": {"type": "boolean"},
                            },
                        },
                    },
                    "edges": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["source", "target", "resolved", "status", "line"],
                            "properties": {
                                "source": {"type": "string"},
                                "target": {"type": "string"},
                                "resolved": {"type": "boolean"},
                                "status": {"enum": ["resolved", "external", "mismatch", "ambiguous"]},
                                "line": {"type": "integer"},
                                "column": {"type": "integer"},
                                "text": {"type": "string"},
                                "candidates": {"type": "array", "items": {"type": "string"}},
                                "reasons": {"type": "array", "items": {"enum": ["number", "date", "issuer"]}},
                            },
                        },
                    },
                },
            },
            "statistics": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["rule", "kind", "count"],
                    "properties": {
                        "rule": {"type": "string"},
                        "kind": {"type": "string"},
                        "count": {"type": "integer"},
                    },
                },
            },
            "summary": {
                "type": "object",
                "required": ["files", "errors", "warnings", "infos", "passed", "failed", "not_checked", "unreadable"],
                "properties": {
                    k: {"type": "integer"}
                    for k in ("files", "errors", "warnings", "infos", "passed", "failed", "not_checked", "unreadable")
                },
            },
        },
    }


GENERATORS = {"plan": plan_schema, "check": check_schema}


def write_all() -> None:
    for name, make in GENERATORS.items():
        with open(os.path.join(HERE, f"{name}.schema.json"), "w", encoding="utf-8") as fh:
            json.dump(make(), fh, ensure_ascii=False, indent=2)
            fh.write("\n")
