#!/usr/bin/env bash
# Checks `make install`: installs into a temporary DESTDIR and PREFIX, then runs each installed binary
# with the Swift toolchain out of reach (`env -i`, PATH=/usr/bin:/bin, no LD_LIBRARY_PATH), so a binary
# that needs the Swift runtime or Foundation's shared libraries fails here rather than on a machine
# without Swift:
# - `ldd` of each binary names no libswift* or Foundation library (the check that matters on a machine
#   with Swift: SwiftPM gives binaries a RUNPATH into the toolchain, so a dynamically linked one would
#   still start here);
# - `reckon --version`, and `reckon -C <workspace> list` on a copy of this workspace;
# - `reckon-serve` starts on a free port and answers /healthz;
# - `reckon-pull --help`.
#
#   bash Tests/install/check-install.sh     # or `make check-install`
#
# It runs the release builds of `make install`: seconds when they are up to date, several minutes each
# when not; CI does not run it.
set -euo pipefail
cd "$(dirname "$0")/../.."
MAKE=${MAKE:-make}
prefix=/usr/local

root=$(mktemp -d)
cleanup() {
    [ -n "${server:-}" ] && kill -TERM "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
    rm -rf "$root"
}
trap cleanup EXIT
start=$SECONDS
"$MAKE" --no-print-directory install DESTDIR="$root/dest" PREFIX="$prefix"
bin=$root/dest$prefix/bin
echo "installed into $root/dest$prefix in $((SECONDS - start)) s"

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
# Runs a command with an empty environment but for a plain PATH, a HOME and a locale.
bare() { env -i PATH=/usr/bin:/bin HOME="$root/home" LANG=C.UTF-8 "$@"; }
mkdir -p "$root/home"

for binary in reckon reckon-serve reckon-pull; do
    [ -x "$bin/$binary" ] || { fail "$binary is not installed"; continue; }
    if ldd "$bin/$binary" | grep -E 'libswift|libFoundation|lib_FoundationICU|libdispatch|libBlocksRuntime'; then
        fail "$binary links the Swift runtime dynamically (above)"
    else
        pass "$binary links no Swift library dynamically"
    fi
done

# A copy of this workspace, so that nothing the binaries do touches the checkout.
workspace=$root/workspace
mkdir -p "$workspace"
cp -r Series Reports reckon.yaml "$workspace/"

if version=$(bare "$bin/reckon" --version 2>&1); then pass "reckon --version: $version"; else fail "reckon --version: $version"; fi
if listing=$(bare "$bin/reckon" -C "$workspace" list 2>&1) && [ -n "$listing" ]; then
    pass "reckon -C <workspace> list: $(wc -l <<<"$listing") lines"
else
    fail "reckon -C <workspace> list: $listing"
fi

# Not through `bare`: a function in the background is a subshell, and $! would be its pid, not the server's.
env -i PATH=/usr/bin:/bin HOME="$root/home" LANG=C.UTF-8 \
    "$bin/reckon-serve" -C "$workspace" --port 0 --log-level warning >"$root/serve.out" 2>"$root/serve.err" &
server=$!
for _ in $(seq 100); do grep -q "listening on" "$root/serve.out" 2>/dev/null && break; sleep 0.1; done
base=$(sed -n 's/.*listening on //p' "$root/serve.out")
if [ -n "$base" ] && [ "$(curl -sf "$base/healthz")" = "ok" ]; then
    pass "reckon-serve answers $base/healthz"
else
    fail "reckon-serve did not answer /healthz: $(cat "$root/serve.out" "$root/serve.err")"
fi
kill -TERM "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
server=""

if help=$(bare "$bin/reckon-pull" --help 2>&1) && grep -qi "usage" <<<"$help"; then
    pass "reckon-pull --help"
else
    fail "reckon-pull --help: $help"
fi

echo "check-install: $failures failures, $((SECONDS - start)) s"
[ "$failures" -eq 0 ]
