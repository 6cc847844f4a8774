#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks that each Flatpak manifest parses with flatpak-builder without a
# warning (an unknown or misspelt property is only a warning there), that its
# id matches its file name and that it runs the cordon binary.
#
# Usage: check-flatpak-manifest.sh FLATPAK_BUILDER MANIFEST...

if [ $# -lt 2 ]; then
  echo "usage: $0 FLATPAK_BUILDER MANIFEST..." >&2
  exit 2
fi

builder=$1
shift

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

status=0
for manifest in "$@"; do
  ok=1
  if ! "$builder" --show-manifest "$manifest" >"$tmp/out" 2>"$tmp/err"; then
    echo "$manifest: flatpak-builder cannot parse it:" >&2
    cat "$tmp/err" >&2
    status=1
    ok=0
    continue
  fi
  if [ -s "$tmp/err" ]; then
    echo "$manifest: flatpak-builder warns:" >&2
    cat "$tmp/err" >&2
    status=1
    ok=0
  fi
  id=$(basename "$manifest" .json)
  if ! grep -q "^  \"id\" : \"$id\",\$" "$tmp/out"; then
    echo "$manifest: id is not $id" >&2
    status=1
    ok=0
  fi
  if ! grep -q '^  "command" : "cordon",$' "$tmp/out"; then
    echo "$manifest: command is not cordon" >&2
    status=1
    ok=0
  fi
  if [ $ok -eq 1 ]; then
    echo "$manifest: ok"
  fi
done

exit $status
