#!/usr/bin/env bash
# Resident memory of a JVM (-Xmx256m) with the intent model loaded and after it has classified on two threads.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/nlu/classpath.sh test
exec java -Xmx256m ${JAVA_OPTS:-} -cp "$CP" com.dianxiaoer.nlu.bench.MemoryCheck 2> >(grep -v '^SLF4J' >&2)
