#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for a while on its committed seed corpus.
#
#   Scripts/fuzz.sh [--merge] [--build-only] [SECONDS] [TARGET...]
#
#   SECONDS      how long each target runs (default 60)
#   TARGET       observations, resolutions, dashboard (default: all three, one after another)
#   --merge      fold the new interesting inputs into Tests/Fuzz/corpus/TARGET afterwards
#                (without it the committed corpus is only read: the run works on a temporary copy)
#   --build-only build the binaries and stop
#
# The binaries are built with `swiftc -sanitize=fuzzer,address -parse-as-library` straight from
# Sources/ChisoCore, Sources/ChisoUI, Yams (compiled from the SwiftPM checkout, instrumented too)
# and Tests/Fuzz/{Shared,TARGET}. Everything goes to .build-fuzz/. A crash or broken invariant
# is saved as .build-fuzz/artifacts/TARGET/crash-*; copy it to Tests/Fuzz/regressions/TARGET/
# so `make test` replays it (Tests/Fuzz/Replay/FuzzRegressionTests.swift).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
SCRATCH="$ROOT/.build-fuzz"
OUT="$SCRATCH/fuzz"
ALL_TARGETS=(observations resolutions dashboard)

seconds=60
merge=0
build_only=0
targets=()
for arg in "$@"; do
  case "$arg" in
    --merge) merge=1 ;;
    --build-only) build_only=1 ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    ''|*[!0-9]*)
      if [[ " ${ALL_TARGETS[*]} " == *" $arg "* ]]; then targets+=("$arg")
      else echo "fuzz.sh: unknown argument '$arg' (targets: ${ALL_TARGETS[*]})" >&2; exit 2; fi ;;
    *) seconds=$arg ;;
  esac
done
[ ${#targets[@]} -eq 0 ] && targets=("${ALL_TARGETS[@]}")

command -v swiftc >/dev/null || { echo "fuzz.sh: swiftc not found: install the Swift toolchain" >&2; exit 1; }
CLANG=$(dirname "$(command -v swiftc)")/clang
[ -x "$CLANG" ] || CLANG=clang

mkdir -p "$OUT"
SAN=(-sanitize=fuzzer,address)
SWIFTFLAGS=(-O -g -parse-as-library -wmo "${SAN[@]}")

# newer OUTPUT INPUT... : true when OUTPUT is missing or older than any input
newer() {
  local out=$1; shift
  [ -e "$out" ] || return 0
  [ -n "$(find "$@" -newer "$out" -type f 2>/dev/null | head -1)" ]
}

build() {
  # Yams: the version Package.resolved pins, from SwiftPM's checkout.
  if [ ! -d "$SCRATCH/checkouts/Yams" ]; then
    echo "== resolving packages"
    swift package --scratch-path "$SCRATCH" resolve >/dev/null
  fi
  local Y="$SCRATCH/checkouts/Yams/Sources"
  local c
  for c in "$Y"/CYaml/src/*.c; do
    local o="$OUT/cyaml-$(basename "$c" .c).o"
    if newer "$o" "$c"; then
      echo "== cc $(basename "$c")"
      "$CLANG" -c -O1 -g -fsanitize=fuzzer-no-link,address -DYAML_DECLARE_EXPORT -I "$Y/CYaml/include" -o "$o" "$c"
    fi
  done
  if newer "$OUT/Yams.o" "$Y/Yams"; then
    echo "== swiftc Yams"
    swiftc -module-name Yams "${SWIFTFLAGS[@]}" -D SWIFT_PACKAGE -I "$Y/CYaml/include" -suppress-warnings \
      -emit-module -emit-module-path "$OUT/Yams.swiftmodule" -c -o "$OUT/Yams.o" "$Y"/Yams/*.swift
    touch "$OUT/Yams.o"   # swiftc keeps an unchanged object's old time stamp
  fi
  # CWidth (wcwidth for DisplayWidth): the C file instrumented, and a module map for swiftc.
  if newer "$OUT/cwidth.o" Sources/CWidth; then
    echo "== cc chiso_width.c"
    "$CLANG" -c -O1 -g -fsanitize=fuzzer-no-link,address -I Sources/CWidth/include -o "$OUT/cwidth.o" Sources/CWidth/chiso_width.c
    mkdir -p "$OUT/CWidth"
    printf 'module CWidth {\n  header "%s/Sources/CWidth/include/chiso_width.h"\n  export *\n}\n' "$ROOT" > "$OUT/CWidth/module.modulemap"
  fi
  if newer "$OUT/ChisoCore.o" Sources/ChisoCore "$OUT/Yams.o" "$OUT/cwidth.o"; then
    echo "== swiftc ChisoCore"
    swiftc -module-name ChisoCore "${SWIFTFLAGS[@]}" -suppress-warnings -enable-testing -I "$OUT" -I "$OUT/CWidth" \
      -emit-module -emit-module-path "$OUT/ChisoCore.swiftmodule" -c -o "$OUT/ChisoCore.o" \
      $(find Sources/ChisoCore -name '*.swift' | sort)
    touch "$OUT/ChisoCore.o"
  fi
  if newer "$OUT/ChisoUI.o" Sources/ChisoUI "$OUT/ChisoCore.o"; then
    echo "== swiftc ChisoUI"
    swiftc -module-name ChisoUI "${SWIFTFLAGS[@]}" -suppress-warnings -I "$OUT" -I "$OUT/CWidth" \
      -emit-module -emit-module-path "$OUT/ChisoUI.swiftmodule" -c -o "$OUT/ChisoUI.o" \
      $(find Sources/ChisoUI -name '*.swift' | sort)
    touch "$OUT/ChisoUI.o"
  fi
  local t
  for t in "${targets[@]}"; do
    if newer "$OUT/fuzz-$t" Tests/Fuzz/Shared Tests/Fuzz/$t "$OUT"/*.o; then
      echo "== swiftc fuzz-$t"
      swiftc -module-name "fuzz_$t" "${SWIFTFLAGS[@]}" -I "$OUT" -I "$OUT/CWidth" \
        Tests/Fuzz/Shared/FuzzEntries.swift "Tests/Fuzz/$t/main.swift" \
        "$OUT/ChisoUI.o" "$OUT/ChisoCore.o" "$OUT/Yams.o" "$OUT"/cyaml-*.o "$OUT/cwidth.o" \
        -use-ld=lld -o "$OUT/fuzz-$t"
    fi
  done
}

build
[ "$build_only" = 1 ] && exit 0

export CHISO_DATA="$ROOT/Data"
# Swift's runtime keeps metadata caches alive on purpose; leak reports would be noise.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}"
# libFuzzer reports crashes itself; Swift's backtracer would only slow each one down.
export SWIFT_BACKTRACE=enable=no

summary=()
status=0
for t in "${targets[@]}"; do
  work=$(mktemp -d "${TMPDIR:-/tmp}/chiso-fuzz-$t.XXXXXX")
  cp Tests/Fuzz/corpus/"$t"/* "$work"/ 2>/dev/null || true
  artifacts="$SCRATCH/artifacts/$t"
  mkdir -p "$artifacts"
  stamp="$work.stamp"; : >"$stamp"
  log="$SCRATCH/fuzz-$t.log"
  dict=()
  [ -f "Tests/Fuzz/dict/$t.dict" ] && dict=(-dict="Tests/Fuzz/dict/$t.dict")
  echo "== fuzzing $t for ${seconds}s (log: ${log#$ROOT/})"
  set +e
  "$OUT/fuzz-$t" "$work" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" "${dict[@]}" >"$log" 2>&1
  rc=$?
  set -e
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  corp=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$last")
  found=$(find "$artifacts" -type f -newer "$stamp" | sort)
  nfound=$(printf '%s' "$found" | grep -c . || true)
  line="$t: ${execs:-?} executions, cov ${cov:-?}, features ${ft:-?}, corpus ${corp:-?}, findings $nfound (exit $rc)"
  echo "$line"
  [ -n "$found" ] && { echo "$found" | sed 's/^/   /'; grep -E 'ERROR:|Fatal error|invariant broken|SUMMARY' "$log" | head -5 | sed 's/^/   /'; }
  summary+=("$line")
  if [ "$rc" -ne 0 ] || [ "$nfound" -gt 0 ]; then status=1; fi
  if [ "$merge" = 1 ]; then
    "$OUT/fuzz-$t" -merge=1 -max_len=8192 "Tests/Fuzz/corpus/$t" "$work" >>"$log" 2>&1
    echo "   merged into Tests/Fuzz/corpus/$t ($(ls Tests/Fuzz/corpus/$t | wc -l) files)"
  fi
  rm -rf "$work" "$stamp"
done
echo "== summary"
printf '%s\n' "${summary[@]}"
exit $status
