# The fault run of scripts/flink-cluster.sh (--fault), sourced by it: its functions use the
# script's variables (ROOT, WORK, REST_PORT, PARALLELISM, TIMEOUT, TOOLS_JAR, TM_PID, started) and
# its log, fail, start and start_taskmanager.
#   fault_config          the restart strategy, appended to the cluster's config.yaml
#   fault_input DIR       the articles: a slice of the BBC collection, or the bundled sample
#   fault_inject PID      waits until every TaskManager annotates, then FAULT_DELAY seconds
#                         (default 10), kills one (kill -9), starts a new one, and follows the
#                         job until the client PID ends
#   fault_report          the job's end state, restarts and failures, from the JobManager
#   fault_check_records DIRECT FLINK
#                         the doc ids and event ids of both outputs: none missing, none twice
# shellcheck shell=bash

FAULT_TM=taskmanager-2   # the TaskManager killed
FAULT_NEW_TM=taskmanager-3
FAULT_RESTARTS=0

fault_config() {
  cat <<'EOF'
# The fault run: a batch job whose task fails (its TaskManager died) restarts, here at most 3
# times, 10 s apart; the failover strategy restarts the failed task's pipelined region (in Beam's
# batch graph, the tasks connected to it through pipelined exchanges).
restart-strategy.type: fixed-delay
restart-strategy.fixed-delay.attempts: 3
restart-strategy.fixed-delay.delay: 10 s
jobmanager.execution.failover-strategy: region
# The REST answers' task metrics refreshed every second (default 10 s), to see annotation start.
metrics.fetcher.update-interval: 1000
EOF
}

fault_input() {
  local dir=$1 bbc="$ROOT/../shared/data/bbc-news" want=${FAULT_ARTICLES:-120} files step i
  rm -rf "$dir"
  mkdir -p "$dir"
  if [ -d "$bbc" ]; then
    mapfile -t files < <(cd "$bbc" && find . -name '*.txt' | sed 's|^\./||' | LC_ALL=C sort)
    step=$((${#files[@]} / want))
    [ "$step" -ge 1 ] || step=1
    for ((i = 0; i < ${#files[@]} && i / step < want; i += step)); do
      cp "${bbc}/${files[$i]}" "$dir/${files[$i]//\//-}"
    done
    log "input: $(find "$dir" -type f | wc -l) BBC articles (every ${step}th file of the sorted" \
      "collection), copied to $dir"
  else
    log "input: no $bbc; the bundled sample under 40 names"
    for i in $(seq -w 1 40); do
      cp "$ROOT/pipeline/src/main/resources/samples/"*.txt "$dir/sample-$i.txt"
    done
  fi
  FAULT_INPUTS=$(find "$dir" -type f | wc -l)
}

# The job's REST answer for PATH (under /jobs/JOB), or nothing.
fault_rest() {
  curl -sf "http://localhost:$REST_PORT/jobs/$FAULT_JOB$1" 2>/dev/null || true
}

# "TASKMANAGER STATUS WRITTEN" per subtask of the annotating step: the task that chains it, not
# the tasks named after its outputs ("Annotate And Extract.out0" ...).
fault_annotators() {
  local vertex
  vertex=$(fault_rest "" |
    jq -r '[.vertices[]? | select(.name | contains("Extract Events/Annotate And Extract)"))][0].id // empty')
  [ -n "$vertex" ] || return 0
  fault_rest "/vertices/$vertex" |
    jq -r '.subtasks[]? | "\(.["taskmanager-id"]) \(.status) \(.metrics["write-records"])"'
}

fault_inject() {
  local client=$1 deadline=$((SECONDS + TIMEOUT)) subtasks state restarts
  FAULT_JOB=""
  until [ -n "$FAULT_JOB" ]; do
    kill -0 "$client" 2>/dev/null || fail "the Flink client ended before its job ran"
    [ $SECONDS -lt $deadline ] || fail "no job running within $TIMEOUT s"
    sleep 1
    FAULT_JOB=$(curl -sf "http://localhost:$REST_PORT/jobs/overview" 2>/dev/null |
      jq -r '[.jobs[] | select(.state == "RUNNING")][0].jid // empty' || true)
  done
  log "job $FAULT_JOB running $((SECONDS - started)) s after submission; waiting until every" \
    "TaskManager has annotated an article"
  while :; do
    kill -0 "$client" 2>/dev/null ||
      fail "the job ended before a TaskManager was killed: give it more articles (FAULT_ARTICLES)"
    [ $SECONDS -lt $deadline ] || fail "the annotating step did not start within $TIMEOUT s"
    subtasks=$(fault_annotators)
    if [ "$(echo "$subtasks" | awk '$2 == "RUNNING" && $3 > 0' | wc -l)" -ge "$PARALLELISM" ]; then
      break
    fi
    sleep 1
  done
  log "every TaskManager annotating $((SECONDS - started)) s after submission; the kill in" \
    "${FAULT_DELAY:-10} s"
  sleep "${FAULT_DELAY:-10}"
  kill -0 "$client" 2>/dev/null || fail "the job ended before a TaskManager was killed"
  subtasks=$(fault_annotators)
  FAULT_KILLED_AT=$((SECONDS - started))
  { kill -9 "${TM_PID[$FAULT_TM]}" && wait "${TM_PID[$FAULT_TM]}"; } 2>/dev/null || true
  log "killed $FAULT_TM (kill -9, pid ${TM_PID[$FAULT_TM]}) $FAULT_KILLED_AT s after submission," \
    "load average $(cut -d' ' -f1-3 /proc/loadavg); records (articles and events) each annotating" \
    "task had written: $(echo "$subtasks" | awk '{printf "%s%s %s %s", (NR > 1 ? ", " : ""), $1, $2, $3}')"
  start_taskmanager "$FAULT_NEW_TM"
  log "started $FAULT_NEW_TM (pid ${TM_PID[$FAULT_NEW_TM]})"
  # Follow the job until the client ends: its state changes and restarts as the JobManager saw them.
  local last=""
  while kill -0 "$client" 2>/dev/null; do
    state=$(fault_rest "" | jq -r '.state // empty')
    restarts=$(fault_rest "/metrics?get=numRestarts" | jq -r '.[0].value // empty')
    if [ -n "$restarts" ] && [ "$restarts" -gt "$FAULT_RESTARTS" ]; then
      FAULT_RESTARTS=$restarts
    fi
    if [ -n "$state" ] && [ "$state/$restarts" != "$last" ]; then
      log "job $state, restarts ${restarts:-?}, $((SECONDS - started)) s after submission"
      last="$state/$restarts"
    fi
    sleep 2
  done
}

fault_report() {
  local job exceptions jm="$WORK/logs/jobmanager.log"
  # The client can return a moment before the JobManager marks the job FINISHED: wait for a final
  # state (at most 30 s).
  for _ in $(seq 1 15); do
    job=$(fault_rest "")
    case "$(echo "$job" | jq -r '.state')" in FINISHED | FAILED | CANCELED) break ;; esac
    sleep 2
  done
  exceptions=$(fault_rest "/exceptions")
  log "job $(echo "$job" | jq -r '.state') after $(($(echo "$job" | jq -r '.duration') / 1000)) s" \
    "(JobManager), load average $(cut -d' ' -f1-3 /proc/loadavg); restarts (numRestarts) at least" \
    "$FAULT_RESTARTS; failures in the exception history, oldest first:"
  echo "$exceptions" | jq -r '.exceptionHistory.entries | reverse[] |
    "  \(.stacktrace | split("\n")[0] | .[0:220]) (task \(.taskName // "?" | .[0:60])...)"'
  log "JobManager log: $(grep -c 'to recover the failed task' "$jm" || true) failover(s);" \
    "$(grep -o '[0-9]* tasks will be restarted' "$jm" | paste -sd ',' - || true)"
  [ "$(echo "$job" | jq -r '.state')" = FINISHED ] || fail "the job did not finish"
  grep -q 'to recover the failed task' "$jm" ||
    fail "the JobManager restarted no task: the kill did not hit the job"
}

# The key (a jq expression) of every record of KIND in a run's output DIR, sorted: fault_ids DIR
# KIND KEY.
fault_ids() {
  java -Xmx1g -jar "$TOOLS_JAR" inspect --output="$1" --records="$2" | jq -r "$3" | LC_ALL=C sort
}

fault_check_records() {
  local direct=$1 flink=$2 kind want got twice
  declare -A key=([articles]='.doc_id' [events]='.event_id'
    [errors]='"\(.source) \(.doc_id) \(.stage)"') # an error has no id: where and at which stage
  for kind in articles events errors; do
    fault_ids "$direct" "$kind" "${key[$kind]}" >"$WORK/out/$kind-direct.ids"
    fault_ids "$flink" "$kind" "${key[$kind]}" >"$WORK/out/$kind-flink.ids"
    want=$(wc -l <"$WORK/out/$kind-direct.ids")
    got=$(wc -l <"$WORK/out/$kind-flink.ids")
    twice=$(uniq -d "$WORK/out/$kind-flink.ids" | wc -l)
    log "$kind: direct $want, Flink $got, Flink ids written twice: $twice"
    [ "$twice" = 0 ] || fail "the Flink run wrote $twice $kind ids twice"
    cmp -s "$WORK/out/$kind-direct.ids" "$WORK/out/$kind-flink.ids" ||
      fail "the Flink run's $kind ids differ from the direct run's"
  done
  # With an --input of its own (a file may hold many articles) the summary's balance stands for this.
  [ -n "${FAULT_INPUTS:-}" ] || return 0
  got=$(($(wc -l <"$WORK/out/articles-flink.ids") + $(wc -l <"$WORK/out/errors-flink.ids")))
  [ "$got" = "$FAULT_INPUTS" ] ||
    fail "$FAULT_INPUTS input files, but $got articles and error records"
  log "every one of the $FAULT_INPUTS input files is one article or one error record, once"
}
