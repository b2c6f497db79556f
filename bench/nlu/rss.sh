#!/usr/bin/env bash
# Resident memory of a JVM (-Xmx256m) with the embedding classifier loaded and after it has classified on two threads.
set -euo pipefail
cd "$(dirname "$0")/../.."
OFFLINE=${OFFLINE:--o}
./mvnw -q $OFFLINE -pl conversation-nlu install -DskipTests
./mvnw -q $OFFLINE -pl conversation-nlu dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/conversation-nlu/target/nlu-bench.classpath" >/dev/null
CP="conversation-nlu/target/test-classes:conversation-nlu/target/classes:$(cat conversation-nlu/target/nlu-bench.classpath)"
exec java -Xmx256m ${JAVA_OPTS:-} -cp "$CP" com.dianxiaoer.nlu.bench.MemoryCheck 2> >(grep -v '^SLF4J' >&2)
