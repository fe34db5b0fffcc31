#!/bin/bash
# Unpacks the product archive into a fresh folder and starts the headless
# saint application from it, as a user of the archive would.
# Usage: smoke-test.sh ARCHIVE WORK_FOLDER RULES_FILE
set -euo pipefail
archive=$1
work=$2
rules=$3

rm -rf "$work"
mkdir -p "$work"
tar -xzf "$archive" -C "$work"

fail() {
    echo "product smoke test failed: $*" >&2
    exit 1
}

output=$("$work/saint" --lang en version) || fail "'saint version' exited with $?"
echo "$output"
case "$output" in
    "SAINT Workbench 0.1.0"*) ;;
    *) fail "'saint version' printed '$output'" ;;
esac

status=0
"$work/saint" --lang en no-such-command 2> "$work/error.txt" || status=$?
[ "$status" -eq 2 ] || fail "an unknown command exited with $status, expected 2"
grep -q "Unknown command 'no-such-command'" "$work/error.txt" || fail "no error message for an unknown command"

output=$("$work/saint" --lang en check "$rules") || fail "'saint check $rules' exited with $?: $output"
echo "$output"
case "$output" in
    *"no errors"*) ;;
    *) fail "'saint check' printed '$output'" ;;
esac

echo "product smoke test passed: $archive"
