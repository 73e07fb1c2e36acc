#!/usr/bin/env bash
# The man page renders without groff warnings (as lintian checks it) and documents exactly
# the options the program's --help lists.
#   check-manpage.sh PAGE BINARY
set -euo pipefail
page=$1
binary=$2
status=0

warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
    man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null) || true
if [ -n "$warnings" ]; then
    echo "man --warnings reports:" >&2
    echo "$warnings" >&2
    status=1
fi

# Options of the man page: the terms of its .TP items. Options of the program: --help.
documented=$(awk 'prev == ".TP" { print } { prev = $1 }' "$page" \
    | sed 's/\\-/-/g' | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u)
help=$(QT_QPA_PLATFORM=offscreen "$binary" --help)
offered=$(grep -E '^ +(-[^-][^ ]*, )*--[a-z]' <<<"$help" \
    | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u)

missing=$(comm -13 <(echo "$documented") <(echo "$offered"))
extra=$(comm -23 <(echo "$documented") <(echo "$offered"))
if [ -n "$missing" ]; then
    echo "--help offers options the man page does not document:" $missing >&2
    status=1
fi
if [ -n "$extra" ]; then
    echo "the man page documents options --help does not offer:" $extra >&2
    status=1
fi
[ $status -eq 0 ] && echo "man page: no warnings, $(wc -w <<<"$documented") options documented"
exit $status
