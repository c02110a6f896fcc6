#!/usr/bin/env bash
# Fuzzes one target for 10 minutes (coverage-guided, Jazzer; the duration is each target's @FuzzTest maxDuration,
# stop earlier with Ctrl-C). Run from the repository root:
#   fuzz/run-fuzzer.sh SpectrumFileFuzzTest#jcampDx
# Targets: SpectrumFileFuzzTest#{textColumns,jcampDx,brukerParameters,brukerFid,brukerAcqus,brukerProcs,bruker1r,brukerSer,
#          zipArchive}, InputFileFuzzTest#{scenarioFile,modelFile,cyclerFile}, VoxelFileFuzzTest#{npy,rawJsonHeader,tiffStack}.
# A finding (any exception but the project's own refusal, an OutOfMemoryError, a non-finite spectrum value) stops the
# run and is written as crash-<hash> into fuzz/src/test/resources/org/metalnmr/fuzz/<Class>Inputs/<method>/, where
# `mvn verify` replays it from then on (regression mode). The corpus grown while fuzzing stays in fuzz/.cifuzz-corpus/.
set -euo pipefail
target="${1:?usage: fuzz/run-fuzzer.sh Class#method}"
cd "$(dirname "$0")/.."
# -am builds the modules the targets use; the test filter leaves their own tests out
JAZZER_FUZZ=1 mvn -B test -pl fuzz -am -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false
