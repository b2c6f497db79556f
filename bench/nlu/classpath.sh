# Sourced by bench/nlu/*.sh: builds conversation-nlu (offline when the dependencies are already local) and sets CP to
# its classes and dependencies for the given Maven scope (runtime: the evaluation; test: JMH and MemoryCheck).
#   source bench/nlu/classpath.sh runtime|test      (from the repository root)
OFFLINE=${OFFLINE:--o}
./mvnw -q $OFFLINE -pl conversation-nlu install -DskipTests
./mvnw -q $OFFLINE -pl conversation-nlu dependency:build-classpath -Dmdep.includeScope="$1" \
  -Dmdep.outputFile="$PWD/conversation-nlu/target/nlu-$1.classpath" >/dev/null
CP="conversation-nlu/target/classes:$(cat "conversation-nlu/target/nlu-$1.classpath")"
if [[ $1 == test ]]; then
  CP="conversation-nlu/target/test-classes:$CP"
fi
