#!/usr/bin/env bash
# Sets loopstep up on a Debian 12 machine, then opens the app or runs the test suite:
#   tools/setup.sh app [loopstep options]   install what is missing, build, open the app
#   tools/setup.sh test                     install what is missing, build, run every test
# Only missing Debian packages are installed (as root, or through sudo), and when none is missing
# apt is not called at all, so a second run goes straight to the incremental build. It needs no
# input, so CI runs it as it is (.ci/run).
set -euo pipefail

# Build tools, the GUI stack (Dear ImGui, GLFW, glad, stb, Mesa's software OpenGL, Xvfb for the
# GUI tests), Catch2, the CJK fonts the lessons need, python3 (CPython is the reference) and
# clang with its runtime for the libFuzzer target.
readonly packages=(
  build-essential cmake ninja-build pkg-config python3
  libimgui-dev libstb-dev libglfw3-dev python3-glad catch2
  xvfb xauth libgl1-mesa-dri fonts-noto-cjk
  clang libclang-rt-14-dev
)

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build"
jobs="$(nproc 2>/dev/null || echo 2)"

say() { printf 'setup: %s\n' "$*"; }
die() {
  printf 'setup: %s\n' "$*" >&2
  exit 1
}

usage() {
  cat <<USAGE
usage: tools/setup.sh app [loopstep options]   set up, build and open the app
       tools/setup.sh test                     set up, build and run the test suite
USAGE
}

install_missing_packages() {
  local missing=() p
  for p in "${packages[@]}"; do
    if [[ "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null)" != installed ]]; then
      missing+=("$p")
    fi
  done
  if ((${#missing[@]} == 0)); then
    say "all ${#packages[@]} Debian packages are installed"
    return
  fi
  local as_root=()
  if ((EUID != 0)); then
    command -v sudo >/dev/null ||
      die "installing ${missing[*]} needs root: run this as root, or install sudo"
    as_root=(sudo)
  fi
  say "installing ${missing[*]}"
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
    --no-install-recommends -o Dpkg::Options::=--force-confdef \
    -o Dpkg::Options::=--force-confold "${missing[@]}"
}

configure_and_build() {
  local generator=()
  # The generator of an existing build folder cannot change; a new one gets Ninja.
  if [[ ! -f "$build/CMakeCache.txt" ]] && command -v ninja >/dev/null; then
    generator=(-G Ninja)
  fi
  say "configuring $build"
  cmake -S "$root" -B "$build" "${generator[@]}"
  say "building with $jobs jobs"
  cmake --build "$build" -j "$jobs"
}

command="${1:-}"
case "$command" in
  app | test) shift ;;
  -h | --help)
    usage
    exit 0
    ;;
  *)
    usage >&2
    exit 2
    ;;
esac

install_missing_packages
configure_and_build

if [[ "$command" == app ]]; then
  say "opening loopstep"
  exec "$build/app/loopstep" "$@"
fi
(($# == 0)) || die "'test' takes no arguments"
say "running the test suite"
cd "$build"
exec ctest --output-on-failure -j "$jobs" -LE 'fuzz|bench' --timeout 900
