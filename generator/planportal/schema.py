"""The shape of the data files, declared once.

The JSON Schemas below are what `planportal schema` publishes (so editors can
validate while typing) and what the loader validates every file against; the
loader turns each schema violation into a FILE:LINE message. Rules that need
more than one file (unknown unit ids, duplicate ids, dangling parents) live in
`validate.py`.
"""

from __future__ import annotations

import copy

ID = {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$", "description": "小写字母、数字和连字符组成的稳定标识"}
DATE = {"type": "string", "format": "date", "description": "ISO 日期，如 2024-12-31"}
TEXT = {"type": "string", "minLength": 1}
OPT_TEXT = {"type": ["string", "null"]}

UNIT_KINDS = ["department", "committee", "town", "village", "enterprise", "group", "organization", "other"]
PLAN_KINDS = ["notice", "plan", "work-points", "task-list", "unit-block", "article"]
ROLES = ["lead", "support", "implement", "supervise", "units"]
DEADLINE_KINDS = ["by", "year", "date", "ongoing", "recurring"]
STATUS_STATES = ["未开始", "进行中", "已完成", "已暂缓"]

ROLE_REF = {
    "type": "object",
    "required": ["written"],
    "additionalProperties": False,
    "properties": {
        "unit": {**ID, "type": ["string", "null"], "description": "单位登记表中的 id；无法识别时为 null"},
        "written": {**TEXT, "description": "原文写法"},
        "carried": {"type": "boolean", "description": "来自“以下任务均须落实，不再列出”一类的统一规定，而非任务本身的文字"},
    },
}

DEADLINE = {
    "type": "object",
    "required": ["text", "kind"],
    "additionalProperties": False,
    "properties": {
        "text": {**TEXT, "description": "原文写法，如 2024年底前"},
        "kind": {"enum": DEADLINE_KINDS},
        "date": {"anyOf": [DATE, {"type": "null"}]},
    },
}

STATUS = {
    "type": "object",
    "required": ["state"],
    "additionalProperties": False,
    "properties": {
        "state": {"enum": STATUS_STATES},
        "date": {"anyOf": [DATE, {"type": "null"}]},
        "note": OPT_TEXT,
    },
}

SOURCE = {
    "type": "object",
    "required": ["file", "line"],
    "additionalProperties": False,
    "properties": {"file": TEXT, "line": {"type": "integer", "minimum": 1}},
}

GROUP = {
    "type": "object",
    "required": ["id", "title"],
    "additionalProperties": False,
    "properties": {
        "id": {**ID, "description": "本方案内唯一"},
        "parent": {**ID, "type": ["string", "null"]},
        "number": OPT_TEXT,
        "title": TEXT,
        "line": {"type": "integer", "minimum": 1},
    },
}

TASK = {
    "type": "object",
    "required": ["id", "title", "text", "line"],
    "additionalProperties": False,
    "properties": {
        "id": {**ID, "description": "全站唯一，出现在任务页地址中"},
        "number": OPT_TEXT,
        "group": {**ID, "type": ["string", "null"]},
        "title": TEXT,
        "text": TEXT,
        "line": {"type": "integer", "minimum": 1, "description": "任务在原文中的起始行"},
        **{role: {"type": "array", "items": ROLE_REF} for role in ROLES},
        "deadlines": {"type": "array", "items": DEADLINE},
        "status": STATUS,
        "inferred": {
            "type": "array",
            "items": {"enum": ROLES + ["deadlines"]},
            "description": "从表格上一行继承（合并单元格）而来、属于推测的字段",
        },
    },
}

OWNER = {
    "type": "object",
    "required": ["written"],
    "additionalProperties": False,
    "description": "方案的主管单位（行业子方案的主管部门、单位块的单位），即使没有任务写明它",
    "properties": {
        "unit": {**ID, "type": ["string", "null"], "description": "单位登记表中的 id；无法识别时为 null"},
        "written": {**TEXT, "description": "原文写法"},
        "inferred": {"type": "boolean", "description": "由标题中的行业推断（不是原文写明）"},
    },
}

PLAN = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "planportal 方案文件 (data/plans/*.yml)",
    "type": "object",
    "required": ["id", "title", "source"],
    "additionalProperties": False,
    "properties": {
        "id": ID,
        "title": {**TEXT, "description": "发布时的标题"},
        "kind": {"enum": PLAN_KINDS},
        "issuer": {**OPT_TEXT, "description": "发文单位：发出这份文件的机关（标题、落款、发文字号所示）"},
        "publisher": {**OPT_TEXT, "description": "发布机构：登载这份文件的网页所写的发布机构、来源，不一定是发文单位"},
        "jurisdiction": OPT_TEXT,
        "doc_number": {**OPT_TEXT, "description": "发文字号，如 巴南安办〔2024〕24号"},
        "written": {"anyOf": [DATE, {"type": "null"}], "description": "成文日期"},
        "published": {"anyOf": [DATE, {"type": "null"}], "description": "发布日期"},
        "period": {**OPT_TEXT, "description": "实施期，如 2024—2026年"},
        "parent": {**ID, "type": ["string", "null"], "description": "上级方案（如印发通知）的 id"},
        "owner": OWNER,
        "source": SOURCE,
        "groups": {"type": "array", "items": GROUP},
        "tasks": {"type": "array", "items": TASK},
    },
}

# Hand corrections of an imported plan (data/corrections/*.yml): applied on top of the plan at every
# load, so a re-import that rewrites data/plans/<id>.yml never loses them.
CORRECTABLE_PLAN_FIELDS = ["title", "kind", "issuer", "publisher", "jurisdiction", "doc_number", "written", "published", "period",
                           "parent", "owner"]
TASK_FIX = {
    "type": "object",
    "minProperties": 1,
    "additionalProperties": False,
    "properties": {
        **{k: v for k, v in TASK["properties"].items() if k != "id"},
        "remove": {"const": True, "description": "不是任务：从方案中去掉"},
    },
}
CORRECTIONS = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "planportal 人工修正 (data/corrections/*.yml)",
    "type": "object",
    "required": ["plan"],
    "additionalProperties": False,
    "properties": {
        "plan": {**ID, "description": "被修正的方案 id"},
        "set": {
            "type": "object",
            "additionalProperties": False,
            "description": "替换方案的字段",
            "properties": {k: PLAN["properties"][k] for k in CORRECTABLE_PLAN_FIELDS},
        },
        "tasks": {
            "type": "object",
            "description": "按任务 id 替换任务的字段，或 remove: true 去掉",
            "propertyNames": {"pattern": ID["pattern"]},
            "additionalProperties": TASK_FIX,
        },
        "add": {"type": "array", "items": TASK, "description": "导入遗漏的任务"},
    },
}

UNIT = {
    "type": "object",
    "required": ["id", "name", "kind"],
    "additionalProperties": False,
    "properties": {
        "id": ID,
        "name": {**TEXT, "description": "正式名称"},
        "jurisdiction": {**OPT_TEXT, "description": "所属行政区，如 巴南区、河北省；单位名称只在本行政区内有意义"},
        "kind": {"enum": UNIT_KINDS},
        "aliases": {"type": "array", "items": TEXT, "description": "简称、别称，如 区应急局"},
    },
}

UNITS = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "planportal 单位登记表 (data/units.yml)",
    "type": "object",
    "required": ["units"],
    "additionalProperties": False,
    "properties": {"units": {"type": "array", "items": UNIT}},
}


PERIOD = {"type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$", "description": "报送期（年-月），如 2025-03"}

PROGRESS_ENTRY = {
    "type": "object",
    "required": ["task", "state"],
    "additionalProperties": False,
    "properties": {
        "task": {**ID, "description": "任务 id"},
        "state": {"enum": STATUS_STATES, "description": "进展状态"},
        "percent": {"type": ["integer", "null"], "minimum": 0, "maximum": 100, "description": "完成百分比（0—100）"},
        "progress": {**OPT_TEXT, "description": "本期进展"},
        "problems": {**OPT_TEXT, "description": "存在问题"},
        "next_steps": {**OPT_TEXT, "description": "下步计划"},
        "reporter": {**OPT_TEXT, "description": "填报人"},
        "date": {"anyOf": [DATE, {"type": "null"}], "description": "填报日期"},
    },
}

PROGRESS = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "planportal 进展报送 (data/progress/<报送期>/<单位 id>.yml)",
    "type": "object",
    "required": ["unit", "period", "tasks"],
    "additionalProperties": False,
    "properties": {
        "unit": {**ID, "description": "报送单位的 id，须与文件名一致"},
        "period": PERIOD,
        "example": {"type": "boolean", "description": "true：示例数据，网站上标明“示例数据”"},
        "tasks": {"type": "array", "items": PROGRESS_ENTRY},
    },
}


def schemas() -> dict[str, dict]:
    """The published schemas, keyed by the data file they describe."""
    return {"units.yml": copy.deepcopy(UNITS), "plans/*.yml": copy.deepcopy(PLAN),
            "corrections/*.yml": copy.deepcopy(CORRECTIONS), "progress/*/*.yml": copy.deepcopy(PROGRESS)}
