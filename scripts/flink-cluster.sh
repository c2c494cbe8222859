#!/usr/bin/env bash
# Runs the pipeline on a real Flink session cluster on this machine and checks that it writes the
# same records as the direct runner:
#   1. builds the fat jar (pipeline/target/newsevents.jar) unless it is there (--build forces it);
#   2. copies Flink's runtime jars from Maven into target/flink-cluster/lib (scripts/flink-cluster/pom.xml);
#   3. starts a JobManager JVM and a TaskManager JVM (2 slots) on free local ports, waits for the
#      TaskManager to register at the JobManager's REST port;
#   4. submits the job: java -jar newsevents.jar --runner=FlinkRunner --flinkMaster=localhost:PORT
#      --filesToStage=newsevents.jar;
#   5. runs the same input on the direct runner and compares the two outputs (compare-outputs);
#   6. stops every process it started, on success, failure, timeout or Ctrl-C.
# With --fault (scripts/flink-cluster/fault.sh): two TaskManagers of one slot each and a restart
# strategy; while the job annotates, one TaskManager is killed (kill -9) and a new one started;
# the job must finish with the direct runner's records, no article missing and none twice.
#
# Usage: scripts/flink-cluster.sh [--build] [--fault] [--input=PATH] [--profile=NAME]
#                                 [--timeout=SECONDS]
#   --input    articles to run (file, directory or glob); default: the bundled sample article
#              and an empty file; with --fault, a slice of ../shared/data/bbc-news (FAULT_ARTICLES
#              files, default 120) or, without it, the bundled sample under 40 names
#   --profile  CoreNLP profile (default: full; with --fault: fast)
#   --timeout  limit for each of the two runs, and for the cluster to come up (default 900 s)
# Environment: FLINK_TM_HEAP (TaskManager task heap, default 3584m; with --fault 3g),
# DIRECT_XMX (default 3g); with --fault, FAULT_ARTICLES and FAULT_DELAY (seconds from both
# TaskManagers annotating to the kill, default 10). Everything it writes is under
# target/flink-cluster/ (logs in target/flink-cluster/logs/).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$ROOT/target/flink-cluster"
JAR="$ROOT/pipeline/target/newsevents.jar"
TOOLS_JAR="$ROOT/tools/target/newsevents-tools.jar"
INPUT=""
PROFILE=""
TIMEOUT=900
BUILD=false
FAULT=false
DIRECT_XMX="${DIRECT_XMX:-3g}"

for arg in "$@"; do
  case "$arg" in
    --build) BUILD=true ;;
    --fault) FAULT=true ;;
    --input=*) INPUT="${arg#--input=}" ;;
    --profile=*) PROFILE="${arg#--profile=}" ;;
    --timeout=*) TIMEOUT="${arg#--timeout=}" ;;
    -h | --help) sed -n '2,26p' "$0"; exit 0 ;;
    *) echo "flink-cluster: unknown argument $arg (see --help)" >&2; exit 2 ;;
  esac
done
if $FAULT; then
  # shellcheck source=flink-cluster/fault.sh
  source "$ROOT/scripts/flink-cluster/fault.sh"
  PROFILE="${PROFILE:-fast}"
  TM_HEAP="${FLINK_TM_HEAP:-3g}"
  SLOTS=1 # per TaskManager: each runs one of the job's 2 parallel instances
  TMS=2
else
  PROFILE="${PROFILE:-full}"
  TM_HEAP="${FLINK_TM_HEAP:-3584m}"
  SLOTS=2
  TMS=1
fi
PARALLELISM=$((SLOTS * TMS))

log() { echo "flink-cluster: $*"; }
fail() { echo "flink-cluster: FAILED: $*" >&2; exit 1; }

PIDS=()
cleanup() {
  local status=$?
  for pid in "${PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
    fi
  done
  # Flink's processes shut down on SIGTERM; give them a moment, then force.
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 20); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
  if [ ${#PIDS[@]} -gt 0 ]; then
    log "stopped ${#PIDS[@]} process(es) it started"
  fi
  rm -rf "$WORK/run"
  if [ "$status" -ne 0 ] && [ -d "$WORK/logs" ]; then
    for f in "$WORK"/logs/*.log; do
      [ -f "$f" ] || continue
      echo "---- last lines of $f" >&2
      tail -n 15 "$f" >&2
    done
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A port nobody listens on now (bash's /dev/tcp connects only if someone does).
free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  fail "no free port found"
}

# Runs a command in the background under a time limit, as its own process (recorded for cleanup).
start() {
  local name=$1
  shift
  "$@" >"$WORK/logs/$name.log" 2>&1 &
  PIDS+=($!)
}

SECONDS=0
mkdir -p "$WORK/logs"
rm -f "$WORK"/logs/*.log

# 1. The fat jar.
if $BUILD || [ ! -f "$JAR" ] || [ ! -f "$TOOLS_JAR" ]; then
  log "building the fat jar (mvn -DskipTests package)"
  (cd "$ROOT" && mvn -q -B -ntp -DskipTests package) || fail "could not build $JAR"
fi
[ -f "$JAR" ] || fail "no $JAR"

# 2. Flink's jars, fetched once (Maven's own cache makes later runs offline).
if [ ! -f "$WORK/lib/.complete" ]; then
  log "copying Flink's jars into $WORK/lib"
  rm -rf "$WORK/lib"
  mvn -q -B -ntp -f "$ROOT/scripts/flink-cluster/pom.xml" dependency:copy-dependencies \
    -DoutputDirectory="$WORK/lib" || fail "could not fetch Flink's jars"
  touch "$WORK/lib/.complete"
fi
CLASSPATH_FLINK="$(printf '%s:' "$WORK"/lib/*.jar)"

# 3. The cluster: configuration, JobManager, TaskManager.
RUN="$WORK/run"
rm -rf "$RUN"
mkdir -p "$RUN/conf" "$RUN/tmp" "$RUN/blobs"
RPC_PORT=$(free_port)
REST_PORT=$(free_port)
while [ "$REST_PORT" = "$RPC_PORT" ]; do REST_PORT=$(free_port); done
cat >"$RUN/conf/config.yaml" <<EOF
jobmanager.rpc.address: localhost
jobmanager.rpc.port: $RPC_PORT
jobmanager.bind-host: localhost
jobmanager.memory.process.size: 1024m
rest.address: localhost
rest.bind-address: localhost
rest.port: $REST_PORT
taskmanager.host: localhost
taskmanager.bind-host: localhost
taskmanager.numberOfTaskSlots: $SLOTS
taskmanager.memory.task.heap.size: $TM_HEAP
taskmanager.memory.framework.heap.size: 128m
taskmanager.memory.managed.size: 256m
# Beam's batch graph has many blocking shuffles at once; each sort-shuffle partition holds
# taskmanager.network.sort-shuffle.min-buffers buffers (512 by default, which exhausted even 256 MB).
taskmanager.memory.network.min: 256m
taskmanager.memory.network.max: 256m
taskmanager.network.sort-shuffle.min-buffers: 64
taskmanager.memory.jvm-metaspace.size: 512m
parallelism.default: $PARALLELISM
io.tmp.dirs: $RUN/tmp
blob.storage.directory: $RUN/blobs
web.tmpdir: $RUN/tmp
# The job's submission (a 600 MB jar) and CoreNLP's model load take longer than the defaults allow.
rest.client.max-content-length: 2147483647
rest.server.max-content-length: 2147483647
heartbeat.timeout: 180000
akka.ask.timeout: 120 s
EOF
if $FAULT; then fault_config >>"$RUN/conf/config.yaml"; fi

# Flink 1.19 on Java 17 needs these modules opened (as flink-dist's own configuration does).
JAVA_OPENS=(
  --add-exports=java.base/sun.net.util=ALL-UNNAMED
  --add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED
  --add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.text=ALL-UNNAMED
  --add-opens=java.base/java.time=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED
)

# The JVM flags and dynamic properties Flink derives from the memory settings, as its own
# jobmanager.sh and taskmanager.sh get them.
memory_params() {
  local out
  out=$(java -cp "$CLASSPATH_FLINK" org.apache.flink.runtime.util.bash.BashJavaUtils "$1" \
    --configDir "$RUN/conf" 2>&1) || fail "BashJavaUtils $1: $out"
  echo "$out" | grep '^BASH_JAVA_UTILS_EXEC_RESULT:' | sed 's/^BASH_JAVA_UTILS_EXEC_RESULT://'
}
JM_PARAMS=$(memory_params GET_JM_RESOURCE_PARAMS)
JM_JVM=$(echo "$JM_PARAMS" | sed -n 1p)
JM_DYN=$(echo "$JM_PARAMS" | sed -n 2p)
TM_PARAMS=$(memory_params GET_TM_RESOURCE_PARAMS)
TM_JVM=$(echo "$TM_PARAMS" | sed -n 1p)
TM_DYN=$(echo "$TM_PARAMS" | sed -n 2p)
[ -n "$JM_JVM" ] && [ -n "$TM_JVM" ] || fail "no memory settings from BashJavaUtils"

# A TaskManager named NAME (its log, its GC log and its resource id in Flink's REST answers).
declare -A TM_PID
start_taskmanager() {
  # shellcheck disable=SC2086 # the derived flags are words
  start "$1" java $TM_JVM "${JAVA_OPENS[@]}" -Xlog:gc:file="$WORK/logs/$1-gc.log" \
    -cp "$CLASSPATH_FLINK" org.apache.flink.runtime.taskexecutor.TaskManagerRunner \
    --configDir "$RUN/conf" $TM_DYN -D taskmanager.resource-id="$1"
  TM_PID[$1]=${PIDS[-1]}
}

log "starting a JobManager (RPC $RPC_PORT, REST $REST_PORT) and $TMS TaskManager(s) ($SLOTS slot(s) each, JVM $TM_JVM)"
# shellcheck disable=SC2086 # the derived flags are words
start jobmanager java $JM_JVM "${JAVA_OPENS[@]}" -cp "$CLASSPATH_FLINK" \
  org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint --configDir "$RUN/conf" $JM_DYN
if [ "$TMS" = 1 ]; then
  start_taskmanager taskmanager
else
  for i in $(seq 1 "$TMS"); do start_taskmanager "taskmanager-$i"; done
fi

deadline=$((SECONDS + TIMEOUT))
until curl -sf "http://localhost:$REST_PORT/overview" 2>/dev/null | grep -q "\"slots-total\":$PARALLELISM"; do
  for pid in "${PIDS[@]}"; do
    kill -0 "$pid" 2>/dev/null || fail "a cluster process ended before the cluster was up"
  done
  [ $SECONDS -lt $deadline ] || fail "the TaskManager did not register within $TIMEOUT s"
  sleep 1
done
log "cluster up after ${SECONDS} s: $(curl -sf "http://localhost:$REST_PORT/overview")"

# 4. The job on the cluster; 5. the same input on the direct runner.
OUT="$WORK/out"
rm -rf "$OUT"
mkdir -p "$OUT"
if [ -z "$INPUT" ] && $FAULT; then
  INPUT="$WORK/fault-input"
  fault_input "$INPUT"
elif [ -z "$INPUT" ]; then
  # The bundled sample and an empty file (an error record), at a path both runs share: the
  # records name their source file.
  INPUT="$WORK/input"
  rm -rf "$INPUT"
  mkdir -p "$INPUT"
  cp "$ROOT/pipeline/src/main/resources/samples/"*.txt "$INPUT/"
  : >"$INPUT/empty.txt"
fi
ARGS=(--profile="$PROFILE" --input="$INPUT")

started=$SECONDS
log "submitting to localhost:$REST_PORT"
FLINK_JOB=(timeout "$TIMEOUT" java -Xmx1g -jar "$JAR" --runner=FlinkRunner
  --flinkMaster="localhost:$REST_PORT" --filesToStage="$JAR" --parallelism=$PARALLELISM
  "${ARGS[@]}" --output="$OUT/flink")
if $FAULT; then
  start flink-job "${FLINK_JOB[@]}"
  client=${PIDS[-1]}
  fault_inject "$client"
  wait "$client" || fail "the Flink job failed or timed out (see $WORK/logs/flink-job.log)"
else
  "${FLINK_JOB[@]}" >"$WORK/logs/flink-job.log" 2>&1 ||
    fail "the Flink job failed or timed out (see $WORK/logs/flink-job.log)"
fi
flink_seconds=$((SECONDS - started))
log "Flink: $(grep '^newsevents:' "$WORK/logs/flink-job.log" | tail -n 1) [client ${flink_seconds} s]"
if $FAULT; then fault_report; fi
# G1's log lines read "Pause ... 2100M->1650M(3712M)": the most occupied before a collection and
# the most still live after one.
for gc in "$WORK"/logs/taskmanager*-gc.log; do
  heap=$(grep -o '[0-9]*M->[0-9]*M' "$gc" |
    awk -F'M->|M' '$1 > b {b = $1} $2 > a {a = $2} END {printf "%d MB occupied, %d MB live after GC", b, a}')
  name=$(basename "$gc" -gc.log)
  log "TaskManager${name#taskmanager} heap at most: $heap (JVM $TM_JVM)"
done

started=$SECONDS
timeout "$TIMEOUT" java -Xmx"$DIRECT_XMX" -jar "$JAR" "${ARGS[@]}" --output="$OUT/direct" \
  >"$WORK/logs/direct-job.log" 2>&1 || fail "the direct run failed or timed out (see $WORK/logs/direct-job.log)"
log "direct: $(grep '^newsevents:' "$WORK/logs/direct-job.log" | tail -n 1) [$((SECONDS - started)) s]"

if grep -q UNBALANCED "$WORK/logs/flink-job.log" "$WORK/logs/direct-job.log"; then
  fail "a run's counts do not balance (inputs != articles + errors)"
fi
java -jar "$TOOLS_JAR" compare-outputs --expected="$OUT/direct" --actual="$OUT/flink" \
  | tee "$WORK/logs/compare.log" || fail "the Flink output differs from the direct runner's"
if $FAULT; then fault_check_records "$OUT/direct" "$OUT/flink"; fi
log "PASSED in ${SECONDS} s: the Flink session cluster wrote the direct runner's records"
