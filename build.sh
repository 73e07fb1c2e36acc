#!/usr/bin/env bash
# Civic Timeline build driver.
#   ./build.sh run [ARGS...]  install what is missing, build, open the viewer
#   ./build.sh test           install what is missing, build, run every test
#   ./build.sh package        build the Debian package into build/
#   ./build.sh bench          build and run the benchmarks on generated data
# Re-running is incremental. Set CIVIC_BUILD_DIR to build elsewhere.
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=${CIVIC_BUILD_DIR:-build}

# The one list of what building, testing and packaging need on Debian 12: the README points
# here. Installed without recommended packages, so everything needed is named.
PACKAGES=(
  # compiler and build tools
  cmake ninja-build g++ pkgconf dpkg-dev file
  # Qt 6.4: Core, Gui, Widgets, Charts, Svg, PrintSupport, Test, Linguist. Qt6Charts needs
  # Qt6OpenGL's CMake files, which qt6-base-dev only recommends.
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libgl-dev
  qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  # fonts for drawing text offscreen and in exports; pdftotext for the export tests
  fontconfig fonts-dejavu-core poppler-utils
  # the package checks of the install test
  desktop-file-utils appstream lintian
)

ensure_packages() {
  local missing=() p
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing missing packages: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

configure() {
  local werror=OFF
  [ "${CI:-}" = "true" ] && werror=ON
  if [ ! -f "$BUILD_DIR/build.ninja" ] || [ "${CI:-}" = "true" ]; then
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCIVIC_WERROR="$werror"
  fi
}

build() {
  cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}

cmd=${1:-run}
[ $# -gt 0 ] && shift
case "$cmd" in
  run)
    ensure_packages; configure; build
    exec "$BUILD_DIR/app/civic-timeline" "$@"
    ;;
  test)
    ensure_packages; configure; build
    cd "$BUILD_DIR"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" "$@"
    ;;
  package)
    ensure_packages; configure; build
    cmake --build "$BUILD_DIR" --target package
    ;;
  bench)
    ensure_packages; configure; build
    mkdir -p "$BUILD_DIR/benchdata"
    files=()
    for n in 1000 10000 100000; do
      f="$BUILD_DIR/benchdata/events_$n.json"
      [ -f "$f" ] || python3 ../shared/bench/gen_events.py "$n" "$f"
      files+=("$f")
    done
    "$BUILD_DIR/tests/benchmarks/civic-timeline-bench" "${files[@]}"
    ;;
  *)
    echo "usage: $0 run|test|package|bench" >&2
    exit 2
    ;;
esac
