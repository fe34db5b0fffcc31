#!/bin/bash
# Installs the SAINT features from the built update site into a fresh plain
# Eclipse platform with the p2 director, then starts the installed platform
# headless and runs the saint command line application in it.
# Usage: install-test.sh PLATFORM_ARCHIVE UPDATE_SITE_FOLDER WORK_FOLDER RULES_FILE
set -euo pipefail
archive=$1
site=$2
work=$3
rules=$4
platform=$work/platform

fail() {
    echo "installation test failed: $*" >&2
    exit 1
}

rm -rf "$work"
mkdir -p "$platform"
tar -xzf "$archive" -C "$platform"
launcher=$(ls "$platform"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
java=$JAVA_HOME/bin/java

"$java" -jar "$launcher" -nosplash -consoleLog \
    -application org.eclipse.equinox.p2.director \
    -repository "file:$site" \
    -installIU no.saint.runtime.feature.feature.group,no.saint.rules.feature.feature.group,no.saint.workbench.feature.feature.group \
    -destination "$platform" -profile DefaultProfile \
    -p2.os linux -p2.ws gtk -p2.arch x86_64 \
    > "$work/director.log" 2>&1 || director_status=$?
if [ "${director_status:-0}" -ne 0 ]; then
    cat "$work/director.log"
    fail "the p2 director exited with $director_status"
fi
grep -q "Operation completed" "$work/director.log" || { cat "$work/director.log"; fail "the p2 director did not complete"; }
ls "$platform"/plugins/no.saint.cli_*.jar > /dev/null || fail "no.saint.cli is not installed"

run_saint() {
    "$java" -jar "$launcher" -nosplash -data @none -application no.saint.cli.app --lang en "$@"
}

output=$(run_saint version) || fail "'saint version' exited with $?"
echo "$output"
case "$output" in
    "SAINT Workbench 0.1.0"*) ;;
    *) fail "'saint version' printed '$output'" ;;
esac

output=$(run_saint check "$rules") || fail "'saint check $rules' exited with $?: $output"
echo "$output"
case "$output" in
    *"no errors"*) ;;
    *) fail "'saint check' printed '$output'" ;;
esac

echo "installation test passed: SAINT installed from $site into $platform"
