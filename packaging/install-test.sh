#!/usr/bin/env bash
# Install test: build the Debian package, unpack it into a scratch root with dpkg -x and run
# the installed program from there, so a broken install layout fails the tests. Where the
# tools are installed, desktop-file-validate, appstreamcli and lintian check the package too.
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
for lib in libc6 libqt6core6 libqt6gui6 libqt6widgets6; do
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
    elif ! file -b "$root/$png" | grep -q "PNG image data, $size x $size,"; then
        fail "$png is not a $size x $size PNG: $(file -b "$root/$png")"
    fi
done

step "one version everywhere"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml" \
    || fail "the metainfo's release is not $version"
zcat "$root/usr/share/man/man1/civic-timeline.1.gz" | grep -q "^\.TH .*\"Civic Timeline $version\"" \
    || fail "the man page is not for version $version"
zcat "$root/usr/share/doc/civic-timeline/changelog.gz" | head -n 1 | grep -qF "civic-timeline ($version)" \
    || fail "the changelog's latest entry is not $version"

step "running the installed program"
bin=$root/usr/bin/civic-timeline
[ -x "$bin" ] || die "$bin is not executable"
if ldd "$bin" | grep -q "not found"; then
    ldd "$bin" >&2
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
    elif ! file -b "$run/out.png" | grep -q "^PNG image data"; then
        fail "--export-filename out.png wrote $(file -b "$run/out.png")"
    fi
else
    fail "--export-filename out.png exits with an error"
fi

step "validators"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/$app_id.desktop" \
        || fail "desktop-file-validate found errors"
else
    echo "SKIP: desktop-file-validate is not installed"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" \
        || fail "appstreamcli validate found problems"
    appstreamcli validate-tree --no-net "$root" \
        || fail "appstreamcli validate-tree found problems"
else
    echo "SKIP: appstreamcli is not installed"
fi
if command -v lintian >/dev/null; then
    # Errors fail the test; remaining warnings are listed in packaging/README.md with reasons.
    lintian --fail-on error --display-info "$deb" || fail "lintian found errors"
else
    echo "SKIP: lintian is not installed"
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all install checks passed"
