#!/usr/bin/env bash
# Civic Timeline build driver.
#   ./build.sh run [ARGS...]  install what is missing, build, open the viewer
#   ./build.sh test           install what is missing, build, run every test
#   ./build.sh test --sanitize  the same with AddressSanitizer and UBSan, in build-sanitize/
#   ./build.sh fuzz [SECONDS]   build the fuzz targets with clang in build-fuzz/, run each
#                               for SECONDS (60), one line each; exit 1 on any finding
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
  # reading and writing iCalendar (.ics) files
  libical-dev
  # libzip: the zip archives XLSX and ODS spreadsheets are stored in
  libzip-dev
  # simdjson: reading large JSON event lists quickly
  libsimdjson-dev
  # libxml2: the HTML parser for HTML documents added as sources
  libxml2-dev
  # poppler-qt6: the text of PDF documents added as sources, word by word with its place
  libpoppler-qt6-dev
  # fonts for drawing text offscreen and in exports; pdftotext for the export tests
  fontconfig fonts-dejavu-core poppler-utils
  # the package checks of the install test
  desktop-file-utils appstream lintian
)

# Beyond PACKAGES, what the fuzz and sanitizer builds need: clang with libFuzzer and the
# sanitizer runtimes.
FUZZ_PACKAGES=(clang-14 libclang-rt-14-dev)

# ensure_packages [PACKAGE...]: installs those of the packages (PACKAGES by default) that are
# missing.
ensure_packages() {
  local wanted=("$@") missing=() p
  [ $# -gt 0 ] || wanted=("${PACKAGES[@]}")
  for p in "${wanted[@]}"; do
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

# The whole suite with AddressSanitizer and UBSan; any report fails the test it is in.
sanitize_test() {
  ensure_packages "${PACKAGES[@]}" "${FUZZ_PACKAGES[@]}"
  local dir=${CIVIC_SANITIZE_BUILD_DIR:-build-sanitize}
  local flags="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
  if [ ! -f "$dir/build.ninja" ] || [ "${CI:-}" = "true" ]; then
    # -O1 -g1 (line tables only) is what the sanitizers need for located reports, and builds
    # much faster than -O2 -g; the benchmarks are left out: they measure, they do not check.
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCIVIC_WERROR=OFF \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" -DCIVIC_BENCHMARKS=OFF \
      -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined"
  fi
  cmake --build "$dir" --parallel "$(nproc)"
  cd "$dir"
  ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:strict_string_checks=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" "$@"
}

# Builds every tests/fuzz/fuzz_<name>.cpp with clang, libFuzzer, ASan and UBSan, runs each for
# $1 seconds over a copy of its corpus (with <name>.dict when there is one) and prints
# "fuzz NAME execs=N cov=N crashes=K". Findings stay in build-fuzz/findings/.
fuzz() {
  local seconds=${1:-60}
  ensure_packages "${PACKAGES[@]}" "${FUZZ_PACKAGES[@]}"
  local dir=${CIVIC_FUZZ_BUILD_DIR:-build-fuzz}
  local flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
  if [ ! -f "$dir/build.ninja" ]; then
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCIVIC_FUZZ=ON \
      -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_CXX_FLAGS="$flags" \
      -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined"
  fi
  cmake --build "$dir" --parallel "$(nproc)"
  mkdir -p "$dir/findings"
  local failed=0 source name work log execs cov crashes rc before
  for source in tests/fuzz/fuzz_*.cpp; do
    name=$(basename "$source" .cpp)
    name=${name#fuzz_}
    work="$dir/corpus/$name"
    log="$dir/fuzz-$name.log"
    mkdir -p "$work"
    local dict=()
    [ -f "tests/fuzz/$name.dict" ] && dict=("-dict=tests/fuzz/$name.dict")
    rc=0
    before=$(find "$dir/findings" -name "$name-*" | wc -l)
    ASAN_OPTIONS=detect_leaks=0 "$dir/tests/fuzz/fuzz_$name" -max_total_time="$seconds" \
      -timeout=25 -rss_limit_mb=2048 -print_final_stats=1 "${dict[@]}" \
      -artifact_prefix="$dir/findings/$name-" "$work" "tests/fuzz/corpus/$name" >"$log" 2>&1 || rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2 || true)
    crashes=$(( $(find "$dir/findings" -name "$name-*" | wc -l) - before ))
    [ "$rc" -ne 0 ] && [ "$crashes" -eq 0 ] && crashes=1
    echo "fuzz $name execs=${execs:-0} cov=${cov:-0} crashes=$crashes"
    [ "$rc" -eq 0 ] || echo "  see $log" >&2
    [ "$crashes" -eq 0 ] || failed=1
  done
  return $failed
}

cmd=${1:-run}
[ $# -gt 0 ] && shift
case "$cmd" in
  run)
    ensure_packages; configure; build
    exec "$BUILD_DIR/app/civic-timeline" "$@"
    ;;
  test)
    if [ "${1:-}" = "--sanitize" ]; then shift; sanitize_test "$@"; exit; fi
    ensure_packages; configure; build
    cd "$BUILD_DIR"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" "$@"
    ;;
  package)
    ensure_packages; configure; build
    cmake --build "$BUILD_DIR" --target package
    ;;
  bench)
    # Every shape of file at each size (tests/benchmarks/README.md): the generator's JSON and
    # CSV, and the variants make_variants.py writes from that JSON, remade when either changes.
    # The full catalogue only at 100,000: the issue asks for it there.
    ensure_packages; configure; build
    data="$BUILD_DIR/benchdata"
    mkdir -p "$data"
    files=() window_files=()
    for n in 100000 1000000; do
      f="$data/events_$n.json"
      [ -f "$f" ] || python3 ../shared/bench/gen_events.py "$n" "$f"
      shapes=(reordered)
      [ "$n" -le 100000 ] && shapes+=(catalogue)
      for shape in "${shapes[@]}"; do
        v="$data/events_$n.$shape.json"
        if [ ! "$v" -nt "$f" ] || [ ! "$v" -nt tests/benchmarks/make_variants.py ]; then
          python3 tests/benchmarks/make_variants.py "$f" "$data" "$shape"
        fi
      done
      sized=("$f" "$data/events_$n.reordered.json" "$data/events_$n.csv")
      [ "$n" -le 100000 ] && sized+=("$data/events_$n.catalogue.json")
      files+=("${sized[@]}")
      # The window bench stays at 100,000, the most it ran on before.
      [ "$n" -le 100000 ] && window_files+=("${sized[@]}")
    done
    "$BUILD_DIR/tests/benchmarks/civic-timeline-bench" "${files[@]}"
    "$BUILD_DIR/tests/benchmarks/civic-timeline-window-bench" "${window_files[@]}"
    "$BUILD_DIR/tests/benchmarks/civic-timeline-import-bench" 200
    "$BUILD_DIR/tests/benchmarks/civic-timeline-dates-bench" seeds
    ;;
  fuzz)
    fuzz "$@"
    ;;
  *)
    echo "usage: $0 run|test [--sanitize]|package|bench|fuzz [SECONDS]" >&2
    exit 2
    ;;
esac
