#!/usr/bin/env bash
# Build benchmark: Versus against Hugo and MkDocs on the same notes, plus the reload latency of `versus serve`.
# Not part of `mvn verify` except for the 5-note smoke run (--smoke, from BenchSmokeIT). Run `--help` for options.
set -uo pipefail   # no -e: a peer that fails or times out is reported in the table, not fatal

usage() {
  cat <<'EOF'
Usage: bash src/bench/run.sh [options]

Builds the same notes with Versus, Hugo and MkDocs, alternately (Versus, Hugo, MkDocs, Versus, …), each build into a
fresh temporary folder, and prints a Markdown table of wall-time medians, CPU time and peak memory (RSS), with the
Versus/peer ratios and Versus's time per note. Then measures the reload latency of `versus serve`
(src/bench/reload.js). The report goes to stdout and to src/bench/RESULTS.md.

Needs target/versus and target/versus.jar (mvn -q -DskipTests package), node (to generate corpora), GNU time (/usr/bin/time). Hugo,
MkDocs and mkdocs-material are installed with apt-get when missing (skip with --no-install).

Options:
  --sizes "5 1000 10000"  note counts; 5 is the repository's own content/, others are generated
                          (src/bench/corpus/generate-corpus.js, seed 42). SIZE:RUNS sets the runs of one size,
                          e.g. "5 1000 10000:2".
  --runs N                builds per tool and size (default 5)
  --limit SECONDS         time limit of one Hugo or MkDocs build (default 600); a tool that exceeds it at a size
                          is not run again at that size and is reported as "did not finish"
  --versus-limit SECONDS  the same for Versus (default 3600: Versus's own time is what is measured)
  --versus-opts "FLAGS"   also build with `java FLAGS -jar target/versus.jar` (not the launcher), as an extra row
                          "Versus (java FLAGS -jar)"; --versus-opts -Xshare:auto is a plain `java -jar` row
  --floor                 also run src/bench/java/versus/bench/LibraryFloor.java, as a row "flexmark + jsoup
                          alone": the notes rendered by flexmark and sanitized by jsoup, a page each, with the
                          launcher's JVM options and a class-data archive of its own; what Versus cannot go below
                          while it uses those libraries (needs target/test-classes: mvn -q -Pbench test-compile)
  --no-peers              Versus only
  --no-reload             skip the reload latency benchmark
  --reload-edits N        measured edits per reload site (default 20, after 3 warm-up edits)
  --no-install            do not apt-get install missing peers (they are then left out)
  --results FILE          where to write the report (default src/bench/RESULTS.md); --results - writes none
  --append                add this run's section to the results file instead of replacing the file (e.g. a
                          separate run with fewer builds at 10,000 notes)
  --keep                  keep the temporary folder (its path is printed)
  --smoke                 CI smoke run: Versus only, the 5 repository notes, 1 run, no reload, no results file
  -h, --help              this text
EOF
}

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
JAR="$ROOT/target/versus.jar"
LAUNCHER="$ROOT/target/versus"   # what README runs: the jar with its JVM options and class-data archive
SIZES="5 1000 10000"
RUNS=5
LIMIT=600
VERSUS_LIMIT=3600
APPEND=0
VERSUS_OPTS=""
FLOOR=0
PEERS=1
RELOAD=1
RELOAD_EDITS=20
INSTALL=1
RESULTS="$ROOT/src/bench/RESULTS.md"
KEEP=0
SMOKE=0
COMMAND="bash src/bench/run.sh $*"

while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES=${2:?--sizes needs a value}; shift ;;
    --runs) RUNS=${2:?--runs needs a value}; shift ;;
    --limit) LIMIT=${2:?--limit needs a value}; shift ;;
    --versus-limit) VERSUS_LIMIT=${2:?--versus-limit needs a value}; shift ;;
    --append) APPEND=1 ;;
    --versus-opts) VERSUS_OPTS=${2:?--versus-opts needs a value}; shift ;;
    --floor) FLOOR=1 ;;
    --no-peers) PEERS=0 ;;
    --no-reload) RELOAD=0 ;;
    --reload-edits) RELOAD_EDITS=${2:?--reload-edits needs a value}; shift ;;
    --no-install) INSTALL=0 ;;
    --results) RESULTS=${2:?--results needs a value}; shift ;;
    --keep) KEEP=1 ;;
    --smoke) SMOKE=1 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

if [ "$SMOKE" = 1 ]; then
  SIZES="5"; RUNS=1; PEERS=0; RELOAD=0; INSTALL=0; RESULTS="-"; VERSUS_OPTS=""; FLOOR=0
fi
for v in "$RUNS" "$LIMIT" "$VERSUS_LIMIT" "$RELOAD_EDITS"; do
  [[ "$v" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: '$v' is not a positive whole number" >&2; exit 2; }
done
for s in $SIZES; do
  [[ "$s" =~ ^[1-9][0-9]*(:[1-9][0-9]*)?$ ]] || { echo "run.sh: bad size '$s' (want N or N:RUNS)" >&2; exit 2; }
done

log() { echo "run.sh: $*" >&2; }

if [ ! -f "$JAR" ] || [ ! -x "$LAUNCHER" ]; then
  log "$JAR or $LAUNCHER is missing: build them first with 'mvn -q -DskipTests package'"
  exit 2
fi

# ---------------------------------------------------------------------------------------------------------------
# Tools. Installs are idempotent: a package is installed only when its command is missing.
# ---------------------------------------------------------------------------------------------------------------
APT_UPDATED=0
apt_install() {
  [ "$INSTALL" = 1 ] || return 1
  command -v apt-get >/dev/null 2>&1 || return 1
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  if [ "$APT_UPDATED" = 0 ]; then
    $sudo apt-get update -qq >&2 || return 1
    APT_UPDATED=1
  fi
  log "installing $*"
  $sudo apt-get install -y -qq --no-install-recommends "$@" >&2
}

# GNU time gives each build's CPU time and peak RSS. The smoke run does without it (RSS then shows as n/a), so that CI
# needs nothing beyond Java.
TIME_BIN=/usr/bin/time
if [ ! -x "$TIME_BIN" ] && [ "$SMOKE" = 0 ]; then apt_install time; fi
[ -x "$TIME_BIN" ] || { TIME_BIN=""; log "GNU time (/usr/bin/time) not found: no CPU time or peak RSS"; }

# Debian's mkdocs-material is a theme folder that mkdocs finds, not a Python module: the honest test is a build.
mkdocs_has_material() {
  local probe
  probe=$(mktemp -d "${TMPDIR:-/tmp}/versus-bench-probe.XXXXXX") || return 1
  mkdir -p "$probe/docs" && echo "# Probe" >"$probe/docs/index.md"
  printf 'site_name: probe\ntheme:\n  name: material\n' >"$probe/mkdocs.yml"
  mkdocs build --quiet --config-file "$probe/mkdocs.yml" --site-dir "$probe/site" >/dev/null 2>&1
  local ok=$?
  rm -rf "$probe"
  return $ok
}

TOOLS="versus"
[ -n "$VERSUS_OPTS" ] && TOOLS="$TOOLS versus_opts"
FLOOR_CP="$ROOT/target/test-classes:$JAR"
if [ "$FLOOR" = 1 ]; then
  if [ ! -f "$ROOT/target/test-classes/versus/bench/LibraryFloor.class" ]; then
    log "--floor needs target/test-classes: run 'mvn -q -Pbench test-compile' first"
    exit 2
  fi
  TOOLS="$TOOLS floor"
fi
MKDOCS_THEME=""
NOTES_ON_PEERS=()
if [ "$PEERS" = 1 ]; then
  command -v hugo >/dev/null 2>&1 || apt_install hugo
  if command -v hugo >/dev/null 2>&1; then TOOLS="$TOOLS hugo"; else NOTES_ON_PEERS+=("Hugo is not installed: left out."); fi
  command -v mkdocs >/dev/null 2>&1 || apt_install mkdocs
  if command -v mkdocs >/dev/null 2>&1; then
    mkdocs_has_material || apt_install mkdocs-material
    if mkdocs_has_material; then
      MKDOCS_THEME=material
    else
      MKDOCS_THEME=mkdocs
      NOTES_ON_PEERS+=("mkdocs-material is not installed: MkDocs used its built-in 'mkdocs' theme.")
    fi
    TOOLS="$TOOLS mkdocs"
  else
    NOTES_ON_PEERS+=("MkDocs is not installed: left out.")
  fi
fi
need_node=0
for s in $SIZES; do [ "${s%%:*}" != 5 ] && need_node=1; done
[ "$RELOAD" = 1 ] && need_node=1
if [ "$need_node" = 1 ] && ! command -v node >/dev/null 2>&1; then
  log "node is needed to generate corpora and to measure reloads (apt-get install nodejs)"
  exit 2
fi

label() {
  case "$1" in
    versus) echo "Versus" ;;
    versus_opts) echo "Versus (java $VERSUS_OPTS -jar)" ;;
    floor) echo "flexmark + jsoup alone (LibraryFloor)" ;;
    hugo) echo "Hugo" ;;
    mkdocs) echo "MkDocs ($MKDOCS_THEME theme)" ;;
  esac
}

# ---------------------------------------------------------------------------------------------------------------
# Work folder: one project per tool and size, each build into its own fresh output folder, all removed at the end.
# ---------------------------------------------------------------------------------------------------------------
WORK=$(mktemp -d "${TMPDIR:-/tmp}/versus-bench.XXXXXX")
WORK_FS=$(df -T "$WORK" 2>/dev/null | awk 'NR == 2 { print $2 }')
cleanup() {
  if [ "$KEEP" = 1 ]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
# The floor program gets what the launcher gives Versus: the quick compiler, the serial collector and a class-data
# archive, made here once from the repository's notes.
FLOOR_JAVA=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
if [ "$FLOOR" = 1 ]; then
  java -XX:ArchiveClassesAtExit="$WORK/floor.jsa" "${FLOOR_JAVA[@]:1}" -cp "$FLOOR_CP" versus.bench.LibraryFloor \
    "$ROOT/content" "$WORK/floor-training" >/dev/null 2>&1 && rm -rf "$WORK/floor-training"
  [ -f "$WORK/floor.jsa" ] && FLOOR_JAVA+=("-XX:SharedArchiveFile=$WORK/floor.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off)
fi
RAW="$WORK/raw.tsv"   # one line per build: tool size run status wall_ms cpu_s rss_kb html_files
: >"$RAW"

# The notes of one size, in $WORK/corpus-SIZE/content: the repository's own notes for 5, generated ones otherwise.
make_corpus() {
  local size=$1 dir="$WORK/corpus-$1"
  if [ "$size" = 5 ]; then
    mkdir -p "$dir" && cp -r "$ROOT/content" "$dir/content"
  else
    node "$ROOT/src/bench/corpus/generate-corpus.js" "$size" "$dir" 42 >&2 || return 1
  fi
}

# Each tool's project for a size. Versus gets the repository's themes/ and versus.yml; Hugo the harness's minimal
# theme (src/bench/hugo: a list and a single-page template); MkDocs a mkdocs.yml with the notes as docs/.
make_project() {
  local tool=$1 size=$2 corpus="$WORK/corpus-$2" dir="$WORK/$1-$2"
  rm -rf "$dir" && mkdir -p "$dir"
  case "$tool" in
    versus|versus_opts|floor)
      cp -r "$corpus/content" "$dir/content"
      cp -r "$ROOT/themes" "$dir/themes"
      cp "$ROOT/versus.yml" "$dir/versus.yml" ;;
    hugo)
      cp -r "$ROOT/src/bench/hugo/." "$dir/"
      cp -r "$corpus/content" "$dir/content" ;;
    mkdocs)
      sed "s/^  name: .*/  name: $MKDOCS_THEME/" "$ROOT/src/bench/mkdocs/mkdocs.yml" >"$dir/mkdocs.yml"
      cp -r "$corpus/content" "$dir/docs" ;;
  esac
}

# Makes sure every build is a cold one: the Versus project holds only what a user writes (content/, themes/,
# versus.yml), so no cache left by an earlier build can be reused.
reset_versus_project() {
  local dir=$1 f
  for f in "$dir"/* "$dir"/.[!.]*; do
    [ -e "$f" ] || continue
    case "${f##*/}" in content|themes|versus.yml) ;; *) rm -rf "$f" ;; esac
  done
}

# One timed build. Wall time from the shell's clock (nanoseconds); CPU time and peak RSS from GNU time, which waits
# for `timeout`, whose wait covers the tool: so the figures are the tool's own.
measure() {
  local tool=$1 size=$2 run=$3
  local project="$WORK/$tool-$size" out="$WORK/out-$tool-$size-$run" times="$WORK/times.txt"
  local logf="$WORK/log-$tool-$size.txt" cmd=() limit=$LIMIT
  [[ "$tool" == versus* ]] && limit=$VERSUS_LIMIT
  case "$tool" in
    versus) reset_versus_project "$project"
      cmd=("$LAUNCHER" build --source "$project" --quiet --force --out "$out") ;;
    versus_opts) reset_versus_project "$project"
      # shellcheck disable=SC2206 # the flags are meant to be split into words
      cmd=(java $VERSUS_OPTS -jar "$JAR" build --source "$project" --quiet --force --out "$out") ;;
    floor)
      cmd=("${FLOOR_JAVA[@]}" -cp "$FLOOR_CP" versus.bench.LibraryFloor "$project/content" "$out") ;;
    hugo)
      rm -rf "$project/resources" "$project/.hugo_build.lock"
      cmd=(hugo --source "$project" --destination "$out" --cacheDir "$WORK/hugo-cache-$run" --quiet) ;;
    mkdocs)
      cmd=(mkdocs build --quiet --config-file "$project/mkdocs.yml" --site-dir "$out") ;;
  esac
  rm -rf "$out" "$times"
  local timer=()
  [ -n "$TIME_BIN" ] && timer=("$TIME_BIN" -f "%U %S %M" -o "$times")
  local start end status
  start=$(date +%s%N)
  "${timer[@]}" timeout --kill-after=10 "$limit" "${cmd[@]}" >"$logf" 2>&1 </dev/null
  status=$?
  end=$(date +%s%N)
  local wall_ms=$(( (end - start) / 1000000 )) cpu="-" rss="-" html=0
  if [ -s "$times" ]; then
    # GNU time writes "Command exited with non-zero status N" first when the tool failed: the figures are last.
    read -r u s rss < <(tail -n 1 "$times")
    cpu=$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')
  fi
  [ -d "$out" ] && html=$(find "$out" -name '*.html' | wc -l)
  local state=ok
  if [ "$status" = 124 ] || [ "$status" = 137 ]; then state=dnf
  elif [ "$status" != 0 ]; then state="exit$status"
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$size" "$run" "$state" "$wall_ms" "$cpu" "$rss" "$html" >>"$RAW"
  log "$(label "$tool"), $size notes, run $run: $state, $(awk -v m="$wall_ms" 'BEGIN { printf "%.2f s", m / 1000 }'), CPU $cpu s, RSS $rss KB, $html HTML files"
  if [ "$state" != ok ]; then
    log "last lines of its output:"; tail -n 15 "$logf" >&2
  fi
  rm -rf "$out"   # 10,000-note sites are large; removing them is not part of the timing
}

# ---------------------------------------------------------------------------------------------------------------
# Run: per size, per round, each tool once (alternating, so a slow phase of the machine hits every tool alike).
# ---------------------------------------------------------------------------------------------------------------
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)
for spec in $SIZES; do
  size=${spec%%:*}
  runs=$RUNS
  [ "$spec" != "$size" ] && runs=${spec#*:}
  log "preparing $size notes"
  make_corpus "$size" || { log "could not generate $size notes"; exit 1; }
  for tool in $TOOLS; do make_project "$tool" "$size"; done
  declare -A gave_up=()
  for run in $(seq 1 "$runs"); do
    for tool in $TOOLS; do
      [ -n "${gave_up[$tool]:-}" ] && continue
      measure "$tool" "$size" "$run"
      # A tool past the time limit would only be past it again: one "did not finish" is enough.
      [ "$(tail -n 1 "$RAW" | cut -f4)" = dnf ] && gave_up[$tool]=1
    done
  done
  unset gave_up
  rm -rf "$WORK"/*-"$size" "$WORK/corpus-$size"
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)

# ---------------------------------------------------------------------------------------------------------------
# Report.
# ---------------------------------------------------------------------------------------------------------------
# Median of the numbers on stdin (mean of the middle two for an even count).
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) exit; if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
field() { awk -F'\t' -v t="$1" -v s="$2" -v c="$3" '$1 == t && $2 == s && $4 == "ok" { print $c }' "$RAW"; }
thousands() { echo "$1" | sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/' -e 'ta'; }
secs() { awk -v m="$1" 'BEGIN { if (m >= 10000) printf "%.1f s", m / 1000; else printf "%.2f s", m / 1000 }'; }

REPORT="$WORK/report.md"
{
  echo "| notes | tool | builds | wall, median | wall, min–max | CPU (user+sys), median | peak RSS, max | HTML files | Versus ÷ tool (wall) |"
  echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|"
  for spec in $SIZES; do
    size=${spec%%:*}
    versus_median=$(field versus "$size" 5 | median)
    for tool in $TOOLS; do
      ok=$(field "$tool" "$size" 5 | wc -l)
      tried=$(awk -F'\t' -v t="$tool" -v s="$size" '$1 == t && $2 == s' "$RAW" | wc -l)
      [ "$tried" = 0 ] && continue
      name=$(label "$tool")
      n=$(thousands "$size")
      if [ "$ok" = 0 ]; then
        why=$(awk -F'\t' -v t="$tool" -v s="$size" '$1 == t && $2 == s { print $4; exit }' "$RAW")
        limit=$LIMIT; [[ "$tool" == versus* ]] && limit=$VERSUS_LIMIT
        if [ "$why" = dnf ]; then why="did not finish in $limit s"; else why="failed (${why#exit} exit status)"; fi
        echo "| $n | $name | 0 of $tried | $why | | | | | |"
        continue
      fi
      med=$(field "$tool" "$size" 5 | median)
      lo=$(field "$tool" "$size" 5 | sort -n | head -n 1)
      hi=$(field "$tool" "$size" 5 | sort -n | tail -n 1)
      cpu=$(field "$tool" "$size" 6 | grep -v '^-$' | median | awk '{ printf "%.2f", $1 }')
      rss=$(field "$tool" "$size" 7 | grep -v '^-$' | sort -n | tail -n 1)
      html=$(field "$tool" "$size" 8 | sort -n | tail -n 1)
      builds="$ok"; [ "$ok" != "$tried" ] && builds="$ok of $tried"
      ratio=""
      if [ "$tool" != versus ] && [ -n "$versus_median" ]; then
        ratio=$(awk -v a="$versus_median" -v b="$med" 'BEGIN { printf "%.1f×", a / b }')
      fi
      cpu_text="n/a"; [ -n "$cpu" ] && cpu_text="$cpu s"
      rss_text="n/a"; [ -n "$rss" ] && rss_text="$(awk -v k="$rss" 'BEGIN { printf "%d MiB", k / 1024 + 0.5 }')"
      echo "| $n | $name | $builds | $(secs "$med") | $(secs "$lo")–$(secs "$hi") | $cpu_text | $rss_text | $html | $ratio |"
    done
  done
  # Linear scaling: the issue asks that time per note at 10,000 notes be at most 1.2 × that at 1,000.
  per_note() { local m; m=$(field "$1" "$2" 5 | median); [ -n "$m" ] && awk -v m="$m" -v n="$2" 'BEGIN { printf "%.2f", m / n }'; }
  if [[ " $SIZES " =~ \ 1000(:[0-9]+)?\  ]] && [[ " $SIZES " =~ \ 10000(:[0-9]+)?\  ]]; then
    echo
    echo "| tool | time per note at 1,000 | time per note at 10,000 | ratio 10,000 ÷ 1,000 (issue: ≤ 1.2) |"
    echo "|---|---:|---:|---:|"
    for tool in $TOOLS; do
      a=$(per_note "$tool" 1000); b=$(per_note "$tool" 10000)
      [ -z "$a" ] && [ -z "$b" ] && continue
      r=""; [ -n "$a" ] && [ -n "$b" ] && r=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", b / a }')
      echo "| $(label "$tool") | ${a:-–} ms | ${b:-–} ms | ${r:-–} |"
    done
  fi
  # How far the libraries alone are from Hugo, and how much Versus adds to them.
  if [[ " $TOOLS " == *" floor "* ]] && [[ " $TOOLS " == *" hugo "* ]]; then
    echo
    echo "| notes | flexmark + jsoup alone ÷ Hugo (wall) | Versus ÷ flexmark + jsoup alone (wall) |"
    echo "|---:|---:|---:|"
    for spec in $SIZES; do
      size=${spec%%:*}
      f=$(field floor "$size" 5 | median); h=$(field hugo "$size" 5 | median); v=$(field versus "$size" 5 | median)
      [ -z "$f" ] && continue
      fh="–"; [ -n "$h" ] && fh=$(awk -v a="$f" -v b="$h" 'BEGIN { printf "%.2f×", a / b }')
      vf="–"; [ -n "$v" ] && vf=$(awk -v a="$v" -v b="$f" 'BEGIN { printf "%.2f×", a / b }')
      echo "| $(thousands "$size") | $fh | $vf |"
    done
  fi
} >"$REPORT"

# Every build must have written a page per note: a run that built nothing would otherwise look fast.
status=0
while IFS=$'\t' read -r tool size run state wall cpu rss html; do
  if [ "$state" = ok ] && [ "$html" -lt "$size" ]; then
    log "$(label "$tool") wrote only $html HTML files for $size notes (run $run)"; status=1
  fi
  if [[ "$tool" == versus* ]] && [ "$state" != ok ]; then status=1; fi
done <"$RAW"

RELOAD_REPORT="$WORK/reload.md"
: >"$RELOAD_REPORT"
if [ "$RELOAD" = 1 ]; then
  {
    echo "| site | edits | reload after write, median | p90 | max | server rebuild with comparison and search index, median | serve peak RSS |"
    echo "|---|---:|---:|---:|---:|---:|---:|"
  } >"$RELOAD_REPORT"
  # Prose edits leave the comparison as it was; table edits change it, so its pages are made again.
  for case in "5 prose" "1000 prose" "1000 table"; do
    set -- $case
    log "reload latency, $1 notes, $2 edits"
    if ! node "$ROOT/src/bench/reload.js" --notes "$1" --kind "$2" --edits "$RELOAD_EDITS" --jar "$JAR" --row >>"$RELOAD_REPORT"; then
      echo "| $1 notes, $2 edits | failed: see the log above | | | | | |" >>"$RELOAD_REPORT"; status=1
    fi
  done
fi

cat "$REPORT"
[ -s "$RELOAD_REPORT" ] && { echo; cat "$RELOAD_REPORT"; }

if [ "$RESULTS" != "-" ]; then
  mem_kb=$(awk '/^MemTotal/ { print $2 }' /proc/meminfo)
  cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
  versions="Versus $(java -jar "$JAR" --version 2>/dev/null | head -n 1 | sed "s/^versus //") (commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet HEAD -- src/main themes pom.xml 2>/dev/null || echo ', with uncommitted changes')); $(java -version 2>&1 | head -n 1)"
  for tool in $TOOLS; do
    case "$tool" in
      hugo) versions="$versions; $(hugo version | cut -d' ' -f1-2)" ;;
      mkdocs) versions="$versions; $(mkdocs --version | cut -d' ' -f1-3)"
        [ "$MKDOCS_THEME" = material ] && versions="$versions, mkdocs-material $(dpkg-query -W -f '${Version}' mkdocs-material 2>/dev/null || echo '?')" ;;
    esac
  done
  if [ "$APPEND" = 0 ] || [ ! -s "$RESULTS" ]; then
    {
      echo "# Build benchmark results"
      echo
      echo "Written by \`src/bench/run.sh\`; see \`src/bench/README.md\` for what is measured and how."
    } >"$RESULTS"
  fi
  {
    echo
    echo "## Run of $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "- Machine: $(nproc) cores, $(awk -v k="$mem_kb" 'BEGIN { printf "%.1f GiB", k / 1048576 }') memory, $cpu_model; load average $LOAD_BEFORE before, $LOAD_AFTER after"
    echo "- Versions: $versions"
    echo "- Command: \`$COMMAND\`"
    echo "- Corpora and outputs on: $WORK_FS (\$TMPDIR: ${TMPDIR:-unset})"
    for n in "${NOTES_ON_PEERS[@]+"${NOTES_ON_PEERS[@]}"}"; do echo "- $n"; done
    echo
    echo "### Full builds"
    echo
    cat "$REPORT"
    if [ -s "$RELOAD_REPORT" ]; then
      echo
      echo "### Reload latency of \`versus serve\` (from the file write to the \`reload\` event listing the page)"
      echo
      cat "$RELOAD_REPORT"
    fi
  } >>"$RESULTS"
  log "wrote $RESULTS"
fi
exit $status
