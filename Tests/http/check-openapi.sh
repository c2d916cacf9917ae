#!/usr/bin/env bash
# Runs schemathesis against `reckon serve`, as Serve/openapi.yaml describes it: starts the server on a
# free loopback port over a copy of a workspace and sends it the requests schemathesis makes from the
# description (its examples, the edge values of every parameter, then generated ones, valid and
# invalid, with every method), checking that no answer is a server error and that every status,
# content type, header and JSON body is the one described. Used by `make check-openapi`.
#
#   bash Tests/http/check-openapi.sh SERVER WORKSPACE
#
# schemathesis is installed, at the version below, into a virtual environment in the build folder
# (.build/schemathesis-venv) the first time. EXAMPLES (generated cases per operation) and SEED may be set.
set -euo pipefail
server_binary=$(realpath "$1")
workspace=$(realpath "$2")
root=$(cd "$(dirname "$0")/../.." && pwd)
spec=$root/Serve/openapi.yaml
version=4.32.5
venv=$root/.build/schemathesis-venv
examples=${EXAMPLES:-100}
seed=${SEED:-20260101}

if [ "$("$venv/bin/schemathesis" --version 2>/dev/null || true)" != "schemathesis, version $version" ]; then
  echo "check-openapi: installing schemathesis $version into $venv"
  python3 -m venv --clear "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "schemathesis==$version"
fi

work=$(mktemp -d)
cleanup() {
  [ -n "${server:-}" ] && kill -TERM "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  [ -n "${KEEP:-}" ] || rm -rf "$work"
}
trap cleanup EXIT

# The sample workspace is whole: a 500 would be the server's fault, so not_a_server_error must hold.
mkdir "$work/ws"
cp -r "$workspace/Series" "$workspace/Reports" "$workspace/reckon.yaml" "$work/ws/"

"$server_binary" -C "$work/ws" --port 0 --log-level warning >"$work/stdout" 2>"$work/stderr" &
server=$!
for _ in $(seq 100); do grep -q "listening on" "$work/stdout" 2>/dev/null && break; sleep 0.1; done
base=$(sed -n 's/.*listening on //p' "$work/stdout")
[ -n "$base" ] || { cat "$work/stderr"; echo "check-openapi: the server did not start" >&2; exit 1; }

# Run from the temporary folder, so that nothing (reports, hypothesis' files) lands in the repository.
cd "$work"
checks=not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance
checks=$checks,response_headers_conformance,negative_data_rejection,unsupported_method,allow_header_conformance
schemathesis() {
  "$venv/bin/schemathesis" run "$spec" --url "$base" --seed "$seed" --generation-database none --workers 1 \
    --request-timeout 60 --no-color "$@"
}
# First the description's own examples, each a request the server must answer (2xx, or 404 for the
# unknown chart, series and report among them); then the edge values of every parameter and generated
# requests, valid and invalid (these may be refused with a 4xx, never answered with a 5xx).
status=0
schemathesis --phases examples --checks "$checks,positive_data_acceptance" || status=$?
if [ "$status" -eq 0 ]; then
  schemathesis --phases coverage,fuzzing --checks "$checks" --max-examples "$examples" || status=$?
fi
if [ "$status" -ne 0 ]; then
  echo "check-openapi: schemathesis found failures (exit $status); the server's log:" >&2
  tail -n 50 "$work/stderr" >&2
fi
exit "$status"
