"""A quick yes-or-not-sure answer to "does this document have the schema's shape?".

The loader checks every data file against its JSON Schema (schema.py) with jsonschema, which
walks the whole document through its generic validator machinery even when, as almost
always, there is nothing to report. `conforms(shape)(value)` is the schema compiled into
plain nested Python checks of the keywords schema.py uses. It answers True only where
jsonschema finds no error at all; False means "not sure", and the loader then asks
jsonschema for the errors and their messages, exactly as before. So it decides nothing
itself: any keyword it does not know makes the whole schema "not sure", and so does any
value outside the plain YAML shapes (a float where an integer is expected, a boolean in an
enum of texts).
"""

from __future__ import annotations

from typing import Any, Callable

Check = Callable[[Any], bool]

_ANNOTATIONS = {"$schema", "title", "description"}
_KNOWN = {"type", "enum", "const", "pattern", "format", "minLength", "minimum", "maximum", "anyOf", "items",
          "properties", "required", "additionalProperties", "minProperties", "propertyNames"}
# Each JSON type as the exact Python types of the plain YAML values (bool is no integer; a
# float is never taken for an integer here, which jsonschema may do: then "not sure").
_TYPES = {"string": (str,), "integer": (int,), "boolean": (bool,), "null": (type(None),), "array": (list,),
          "object": (dict,)}
_COMPILED: dict[int, tuple[dict, Check]] = {}


class _Unknown(Exception):
    """A keyword or value this module does not check: the schema is always "not sure"."""


def conforms(shape: dict, pattern: Callable[[str], Any], date: Callable[[str], bool]) -> Check:
    """The compiled check of `shape` (kept for the process). `pattern(p)`: the compiled regular
    expression the loader checks pattern `p` with (its `search`); `date(text)`: whether text is
    a valid date as jsonschema's format checker sees it."""
    entry = _COMPILED.get(id(shape))
    if entry is None or entry[0] is not shape:
        try:
            check = _compile(shape, pattern, date)
        except _Unknown:
            check = _never
        entry = _COMPILED[id(shape)] = (shape, check)
    return entry[1]


def _never(_value) -> bool:
    return False


def _compile(schema: dict, pattern, date) -> Check:
    """One function per schema: the value's own keywords, then its items or properties."""
    keys = set(schema) - _ANNOTATIONS
    if keys - _KNOWN:
        raise _Unknown
    types = None
    if "type" in keys:
        names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if any(name not in _TYPES for name in names):
            raise _Unknown
        types = frozenset(t for name in names for t in _TYPES[name])
    enum = None
    if "enum" in keys:
        if not all(isinstance(option, str) for option in schema["enum"]):
            raise _Unknown
        enum = frozenset(schema["enum"])
    if "const" in keys and schema["const"] is not True:
        raise _Unknown
    const = "const" in keys
    if "format" in keys and schema["format"] != "date":
        raise _Unknown
    dated = "format" in keys
    search = pattern(schema["pattern"]).search if "pattern" in keys else None
    least = schema.get("minLength", 0)
    low, high = schema.get("minimum"), schema.get("maximum")
    branches = [_compile(branch, pattern, date) for branch in schema.get("anyOf", ())]
    item = _compile(schema["items"], pattern, date) if "items" in keys else None
    members = _object(schema, pattern, date) if keys & {"properties", "required", "additionalProperties",
                                                         "minProperties", "propertyNames"} else None

    def check(value) -> bool:
        kind = type(value)
        if types is not None and kind not in types:
            return False
        if const and value is not True:
            return False
        if kind is str:
            if enum is not None and value not in enum:
                return False
            if search is not None and search(value) is None:
                return False
            if len(value) < least or (dated and not date(value)):
                return False
        elif enum is not None:  # a value of another type in an enum of texts: not sure
            return False
        elif kind is int:
            if (low is not None and value < low) or (high is not None and value > high):
                return False
        elif kind is float and (low is not None or high is not None):
            return False
        elif kind is list:
            if item is not None:
                for x in value:
                    if not item(x):
                        return False
        elif kind is dict:
            if members is not None and not members(value):
                return False
        if branches:
            for branch in branches:
                if branch(value):
                    return True
            return False
        return True

    return check


def _object(schema: dict, pattern, date) -> Check:
    properties = {name: _compile(sub, pattern, date) for name, sub in schema.get("properties", {}).items()}
    required = tuple(schema.get("required", ()))
    extra = schema.get("additionalProperties", True)
    other = None if extra is True else _never if extra is False else _compile(extra, pattern, date)
    least = schema.get("minProperties", 0)
    names = _compile(schema["propertyNames"], pattern, date) if "propertyNames" in schema else None

    def check(value: dict) -> bool:
        if len(value) < least:
            return False
        for name in required:
            if name not in value:
                return False
        for key, item in value.items():
            if type(key) is not str or (names is not None and not names(key)):
                return False
            sub = properties.get(key)
            if sub is None:
                if other is not None and not other(item):
                    return False
            elif not sub(item):
                return False
        return True

    return check
