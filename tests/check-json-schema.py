#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-json-schema.py SCHEMA DOCUMENT…
#
# Validates each DOCUMENT against the JSON schema SCHEMA; the $refs of a
# schema resolve to the other schema files beside it (every *.json under
# the folder above SCHEMA's), never to the network. Prints one line per
# fault; exits 0 when every document is valid, 1 when one is not, 2 when
# it cannot check (no python3-jsonschema: build-aux/cordon-dev test
# installs it).
#
# A STIX bundle is validated in two parts: the bundle itself against
# SCHEMA with its objects taken as any objects, then each object against
# the schema of its own type, which must exist (custom x- types aside).
# The OASIS bundle.json cannot check the objects itself: the types its
# list leaves out (incident, note, grouping, location, opinion,
# extension-definition) fall to its custom-object branch, which needs
# exactly one of core.json and cyber-observable-core.json to match, and
# any such object with created and modified matches both.

import copy
import json
import os
import sys

try:
    import jsonschema
    from jsonschema.validators import validator_for
except ImportError:
    sys.stderr.write('check-json-schema: python3-jsonschema is missing\n')
    sys.exit(2)


def load(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def schema_store(top):
    store = {}
    by_name = {}
    for folder, _, names in os.walk(top):
        for name in sorted(names):
            if not name.endswith('.json'):
                continue
            path = os.path.join(folder, name)
            schema = load(path)
            if not isinstance(schema, dict):
                continue
            uri = schema.get('$id') or schema.get('id') or 'file://' + os.path.abspath(path)
            store[uri] = schema
            by_name.setdefault(name[:-len('.json')], (uri, schema))
    return store, by_name


def validator(uri, schema, store):
    cls = validator_for(schema)
    resolver = jsonschema.RefResolver(uri, schema, store=store)
    return cls(schema, resolver=resolver)


def where(error):
    path = '$'
    for part in error.absolute_path:
        path += '[%d]' % part if isinstance(part, int) else '.' + str(part)
    return path


def main(argv):
    if len(argv) < 3:
        sys.stderr.write('usage: check-json-schema.py SCHEMA DOCUMENT…\n')
        return 2

    schema_path = os.path.abspath(argv[1])
    store, by_name = schema_store(os.path.dirname(os.path.dirname(schema_path)))
    schema = load(schema_path)
    uri = schema.get('$id') or schema.get('id') or 'file://' + schema_path
    store[uri] = schema
    check = validator(uri, schema, store)
    envelope = None
    if schema.get('title') == 'bundle':
        envelope_schema = copy.deepcopy(schema)
        envelope_schema['properties']['objects']['items'] = {'type': 'object'}
        envelope = validator(uri, envelope_schema, store)
    faults = 0

    for path in argv[2:]:
        document = load(path)
        is_bundle = envelope is not None and isinstance(document, dict) and document.get('type') == 'bundle'
        errors = sorted((envelope if is_bundle else check).iter_errors(document), key=lambda e: list(e.absolute_path))
        for error in errors:
            print('%s: %s: %s' % (path, where(error), error.message[:2000]))
            faults += 1
        if not is_bundle:
            continue
        for i, item in enumerate(document.get('objects', [])):
            kind = item.get('type', '') if isinstance(item, dict) else ''
            found = by_name.get(kind)
            if found is None:
                if not kind.startswith('x-'):
                    print('%s: $.objects[%d]: no schema for the type "%s"' % (path, i, kind))
                    faults += 1
                continue
            for error in validator(found[0], found[1], store).iter_errors(item):
                print('%s: $.objects[%d] (%s)%s: %s' % (path, i, item.get('id', '?'), where(error)[1:], error.message[:2000]))
                faults += 1

    return 1 if faults else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
