#!/usr/bin/env bash
# Install test: build the Debian package, unpack it into a scratch root with dpkg -x and run
# the installed program from there, so a broken install layout fails the tests;
# desktop-file-validate, appstreamcli and lintian check the package too.
#   install-test.sh BUILD_DIR VERSION APP_ID
set -euo pipefail

build_dir=$(cd "$1" && pwd)
version=$2
app_id=$3

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
die() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# The program must not read or write the real user's settings.
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/.config XDG_DATA_HOME=$scratch/home/.local/share
export XDG_RUNTIME_DIR=$scratch/runtime
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

step "building the package"
if ! cmake --build "$build_dir" --target package >"$scratch/package.log" 2>&1; then
    cat "$scratch/package.log" >&2
    die "building the package failed"
fi
deb=$build_dir/civic-timeline_${version}_$(dpkg --print-architecture).deb
[ -s "$deb" ] || die "no package at $deb"
echo "$deb"

step "package metadata"
dpkg-deb --info "$deb"
[ "$(dpkg-deb -f "$deb" Package)" = civic-timeline ] || fail "package name is not civic-timeline"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
# The libraries the program reads documents, spreadsheets and calendars with, too.
for lib in libc6 libqt6core6 libqt6gui6 libqt6widgets6 libpoppler-qt6-3 libxml2 libzip4 libical3; do
    grep -qE "(^|, )$lib( |,|$)" <<<"$depends" || fail "Depends does not name $lib: dpkg-shlibdeps did not run?"
done

step "unpacking into a scratch root"
root=$scratch/root
dpkg -x "$deb" "$root"
(cd "$root" && find . -type f -o -type l | sort)
expected=(
    usr/bin/civic-timeline
    usr/share/applications/$app_id.desktop
    usr/share/metainfo/$app_id.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/$app_id.svg
    usr/share/man/man1/civic-timeline.1.gz
    usr/share/doc/civic-timeline/copyright
    usr/share/doc/civic-timeline/changelog.gz
)
for file in "${expected[@]}"; do
    [ -s "$root/$file" ] || fail "the package does not install $file"
done
for size in 16 22 24 32 48 64 128 256 512; do
    png=usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    if [ ! -s "$root/$png" ]; then
        fail "the package does not install $png"
    else
        kind=$(file -b "$root/$png")
        [[ $kind == "PNG image data, $size x $size,"* ]] || fail "$png is not a $size x $size PNG: $kind"
    fi
done

step "desktop entry points at what is installed"
desktop=$root/usr/share/applications/$app_id.desktop
metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
if [ -f "$desktop" ]; then
    exec_binary=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
    [ -n "$exec_binary" ] && [ -x "$root/usr/bin/$exec_binary" ] \
        || fail "the desktop file runs '$exec_binary', which is not in usr/bin"
    icon=$(sed -n 's/^Icon=//p' "$desktop")
    [ "$icon" = "$app_id" ] || fail "the desktop file's icon is '$icon', not $app_id"
fi
if [ -f "$metainfo" ]; then
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
        || fail "the metainfo does not launch $app_id.desktop"
fi

step "one version everywhere"
grep -qs "<release version=\"$version\"" "$metainfo" \
    || fail "the metainfo's release is not $version"
man_page=$(zcat -f "$root/usr/share/man/man1/civic-timeline.1.gz" 2>/dev/null || true)
grep -q "^\.TH .*\"Civic Timeline $version\"" <<<"$man_page" \
    || fail "the man page is not for version $version"
changelog=$(zcat -f "$root/usr/share/doc/civic-timeline/changelog.gz" 2>/dev/null || true)
[ "$(head -n 1 <<<"$changelog" | cut -d' ' -f1-2)" = "civic-timeline ($version)" ] \
    || fail "the changelog's latest entry is not $version"

step "running the installed program"
bin=$root/usr/bin/civic-timeline
[ -x "$bin" ] || die "$bin is not executable"
unresolved=$(ldd "$bin" | grep "not found" || true)
if [ -n "$unresolved" ]; then
    echo "$unresolved" >&2
    fail "the installed program needs libraries that are not found"
fi
run=$scratch/run
mkdir -p "$run"
cd "$run" # nothing from the source or build tree beside it

if out=$("$bin" --version 2>&1); then
    echo "$out"
    grep -qF "$version" <<<"$out" || fail "--version does not print $version"
else
    echo "$out" >&2
    fail "--version exits with an error"
fi

if ! "$bin" --check; then
    fail "--check fails on the built-in catalogue"
fi

if "$bin" --export-filename "$run/out.png"; then
    if [ ! -s "$run/out.png" ]; then
        fail "--export-filename out.png wrote no image"
    else
        kind=$(file -b "$run/out.png")
        [[ $kind == "PNG image data"* ]] || fail "--export-filename out.png wrote $kind"
    fi
else
    fail "--export-filename out.png exits with an error"
fi

step "validators"
# The validators are in build.sh's package list: a missing one is a failure, not a skip.
for tool in desktop-file-validate appstreamcli lintian; do
    command -v "$tool" >/dev/null || die "$tool is not installed (build.sh installs it)"
done
if desktop-file-validate "$desktop"; then
    echo "desktop-file-validate: no errors"
else
    fail "desktop-file-validate found errors"
fi
appstreamcli validate --no-net "$metainfo" \
    || fail "appstreamcli validate found problems"
appstreamcli validate-tree --no-net "$root" \
    || fail "appstreamcli validate-tree found problems"
# Errors fail the test; remaining warnings are listed in packaging/README.md with reasons.
lintian --fail-on error --display-info "$deb" || fail "lintian found errors"

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all install checks passed"
