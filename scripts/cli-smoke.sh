#!/usr/bin/env bash
# The built gwtls binary on a real fixture: every command runs and exits as documented.
set -euo pipefail
cd "$(dirname "$0")/.."
case_dir=src/core/testdata/cases/seed-wildcard-tls
gwtls() { node dist-cli/gwtls.mjs "$@"; }
# Certificates are judged at a fixed instant, so the smoke test reads no clock.
at=(--at 2030-01-01T00:00:00Z)
gwtls --help >/dev/null
gwtls status "$case_dir/gateway.yaml" "$case_dir/secrets.yaml" --output json | node -e '
  const l = JSON.parse(require("fs").readFileSync(0, "utf8"));
  if (l.kind !== "List" || l.items.length !== 1) process.exit(1);'
gwtls check "$case_dir/gateway.yaml" "$case_dir/secrets.yaml" "${at[@]}" >/dev/null
gwtls check "$case_dir/gateway.yaml" "$case_dir/secrets.yaml" "${at[@]}" --output json \
  | grep -q '"at": "2030-01-01T00:00:00.000Z"'
gwtls hosts "$case_dir/gateway.yaml" "$case_dir/secrets.yaml" "${at[@]}" | grep -q 'wildcard-https'
gwtls sni "$case_dir/gateway.yaml" "$case_dir/secrets.yaml" "${at[@]}" --gateway default/wildcard-tls-gateway --port 443 --host foo.example.com --output json \
  | grep -q '"listener": "foo-https"'
cmp <(gwtls export "$case_dir/gateway.yaml") "$case_dir/gateway.yaml"
set +e; gwtls status /nonexistent >/dev/null 2>&1; [ $? = 2 ] || exit 1
printf 'kind: [' | gwtls check - "${at[@]}" >/dev/null; [ $? = 1 ] || exit 1
gwtls check "$case_dir/gateway.yaml" --at tomorrow >/dev/null 2>&1; [ $? = 2 ] || exit 1
echo "cli smoke ok"
