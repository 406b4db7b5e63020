"""JSON Schemas of plancheck's public JSON outputs.

The committed ``*.schema.json`` files are the published contract; they are
generated from the pydantic models (``python -m plancheck.schemas``) and a test
fails when model and file drift apart.
"""

from __future__ import annotations

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def plan_schema() -> dict:
    from plancheck.model import Plan

    schema = Plan.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "plancheck parse output"
    schema["properties"] = {"version": {"const": 1}, **schema["properties"]}
    schema["required"] = ["version", *schema.get("required", [])]
    return schema


def load(name: str) -> dict:
    with open(os.path.join(HERE, f"{name}.schema.json"), encoding="utf-8") as fh:
        return json.load(fh)


GENERATORS = {"plan": plan_schema}


def write_all() -> None:
    for name, make in GENERATORS.items():
        with open(os.path.join(HERE, f"{name}.schema.json"), "w", encoding="utf-8") as fh:
            json.dump(make(), fh, ensure_ascii=False, indent=2)
            fh.write("\n")
