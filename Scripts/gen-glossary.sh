#!/bin/sh
# Regenerates Docs/glossary.md from the table in Sources/ChisoCore/Text/GlossaryTable.swift and GlossaryTable+Help.swift.
# GlossaryTests.testDocsGlossaryIsTheGeneratedText fails when Docs/glossary.md is out of date.
set -e
cd "$(dirname "$0")/.."
RECORD_SNAPSHOTS=1 swift test --scratch-path "${SCRATCH:-.build-ui}" --filter 'ChisoCoreTests.GlossaryTests/testDocsGlossaryIsTheGeneratedText'
echo "Docs/glossary.md regenerated"
