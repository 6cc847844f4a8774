#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks the built D-Bus service file: the desktop entry is DBusActivatable,
# so the session bus must find a service named after the application id that
# starts the installed binary as a GApplication service.
#
# Usage: check-dbus-service.sh SERVICE_FILE APPLICATION_ID BINDIR

if [ $# -ne 3 ]; then
  echo "usage: $0 SERVICE_FILE APPLICATION_ID BINDIR" >&2
  exit 2
fi

file=$1
app_id=$2
bindir=$3
status=0

if [ ! -f "$file" ]; then
  echo "$file: missing" >&2
  exit 1
fi

if [ "$(basename "$file")" != "$app_id.service" ]; then
  echo "$file: not named $app_id.service" >&2
  status=1
fi

if [ "$(grep -v '^[[:space:]]*$' "$file" | grep -v '^#' | head -n 1)" != '[D-BUS Service]' ]; then
  echo "$file: does not start with a [D-BUS Service] group" >&2
  status=1
fi

if ! grep -qxF "Name=$app_id" "$file"; then
  echo "$file: no line Name=$app_id" >&2
  status=1
fi

if ! grep -qxF "Exec=$bindir/cordon --gapplication-service" "$file"; then
  echo "$file: no line Exec=$bindir/cordon --gapplication-service" >&2
  status=1
fi

[ $status -eq 0 ] && echo "$file: ok"
exit $status
