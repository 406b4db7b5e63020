"""`plancheck parse --format json`: the Plan as the public, versioned JSON contract."""

from __future__ import annotations

import json

from plancheck.model import Plan, dump

PARSE_SCHEMA_VERSION = 1


def plan_to_dict(plan: Plan) -> dict:
    data = dump(plan)
    return {"version": PARSE_SCHEMA_VERSION, **data}


def render_plan_json(plan: Plan) -> str:
    return json.dumps(plan_to_dict(plan), ensure_ascii=False, indent=2) + "\n"
