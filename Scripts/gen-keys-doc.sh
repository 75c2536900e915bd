#!/bin/sh
# Regenerates Docs/keys.md (and the dashboard snapshots) from the key table in
# Sources/ChisoUI/State/Keymap.swift. The test KeymapTests.testDocsKeysMarkdownIsTheGeneratedText fails
# when Docs/keys.md is out of date.
set -e
cd "$(dirname "$0")/.."
RECORD_SNAPSHOTS=1 swift test --scratch-path "${SCRATCH:-.build-ui}" --filter 'ChisoUITests.KeymapTests/testDocsKeysMarkdownIsTheGeneratedText'
echo "Docs/keys.md regenerated"
