#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Keeps po/POTFILES.in in step with the sources: every file under src/ and
# data/ that holds translatable strings must be listed (or named in
# po/POTFILES.skip), every listed file must exist, and the list must be
# sorted as LC_ALL=C sort sorts it, without duplicates.
#
# Usage: check-potfiles.sh SOURCE_ROOT

LC_ALL=C
export LC_ALL

if [ $# -ne 1 ]; then
  echo "usage: $0 SOURCE_ROOT" >&2
  exit 2
fi

root=$1
potfiles=po/POTFILES.in
skipfile=po/POTFILES.skip

cd "$root" || exit 1
if [ ! -f "$potfiles" ]; then
  echo "$potfiles: missing" >&2
  exit 1
fi

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

# The entries, without comments and blank lines
grep -v '^[[:space:]]*#' "$potfiles" | grep -v '^[[:space:]]*$' >"$tmp/listed"
: >"$tmp/skipped"
if [ -f "$skipfile" ]; then
  grep -v '^[[:space:]]*#' "$skipfile" | grep -v '^[[:space:]]*$' >"$tmp/skipped"
fi

status=0

# 1. Every entry names an existing file
while IFS= read -r entry; do
  if [ ! -f "$entry" ]; then
    echo "$potfiles: lists $entry, which does not exist" >&2
    status=1
  fi
done <"$tmp/listed"

# 2. The list is sorted and has no duplicates
if ! sort -c -u "$tmp/listed" 2>"$tmp/sort"; then
  disorder=$(sed -n 's/.*disorder: //p' "$tmp/sort")
  echo "$potfiles: not sorted (LC_ALL=C sort -u), first out of place: $disorder" >&2
  status=1
fi

# 3. Every file with translatable strings is listed
dirs=
for d in src data; do
  [ -d "$d" ] && dirs="$dirs $d"
done

: >"$tmp/wanted"
if [ -n "$dirs" ]; then
  # C: the gettext macros of glib/gi18n.h and the gettext calls
  c_re='(^|[^[:alnum:]_])(_|N_|C_|NC_|Q_|ngettext|g_dngettext|g_dgettext|g_dpgettext|g_dpgettext2|g_dcgettext)[[:space:]]*\('
  # $dirs is a list of plain folder names, split on purpose
  # shellcheck disable=SC2086
  {
    find $dirs -type f \( -name '*.c' -o -name '*.h' \) \
      -exec grep -l -E "$c_re" {} +
    # GtkBuilder files
    find $dirs -type f -name '*.ui' \
      -exec grep -l -E "translatable=[\"']yes[\"']" {} +
    # Desktop entries, AppStream metadata and GSettings schemas
    find $dirs -type f \( -name '*.desktop.in' -o -name '*.desktop.in.in' \
      -o -name '*.metainfo.xml.in' -o -name '*.metainfo.xml.in.in' \
      -o -name '*.gschema.xml' -o -name '*.gschema.xml.in' \)
  } >"$tmp/wanted"
fi

while IFS= read -r file; do
  if ! grep -qxF "$file" "$tmp/listed" && ! grep -qxF "$file" "$tmp/skipped"; then
    echo "$potfiles: $file has translatable strings but is not listed" >&2
    status=1
  fi
done <"$tmp/wanted"

if [ $status -eq 0 ]; then
  echo "$potfiles: ok ($(wc -l <"$tmp/listed") files)"
fi
exit $status
