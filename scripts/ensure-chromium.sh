#!/usr/bin/env bash
# Prints the path of a Chromium to drive; installs Debian's package when none is there.
# Playwright's own browser download does not work on these machines (no internet beyond
# npm and Debian), so the tests always use the system Chromium.
set -euo pipefail
for c in "${CHROME_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -n "$c" ] && [ -x "$c" ]; then echo "$c"; exit 0; fi
done
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
echo "Chromium not found; installing Debian's chromium package..." >&2
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2 || {
  $SUDO apt-get update -qq >&2 && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2; }
echo /usr/bin/chromium
