#!/bin/sh
# run.sh: run every suite against the release build (bin/) and the
# sanitizer build (build/san/bin), and end with "N passed, N failed".
# Every test program prints "PASS name", "FAIL name: why" or
# "SKIP name: why" lines; any other line is shown as information (scores).
# NF_SUITES="cli/basic" limits the run to matching suites. With two
# cores or more (NF_JOBS, default nproc) the release and sanitizer runs
# go side by side, each to its own log, printed in turn when both end:
# make check's time is then the longer of the two, not their sum.

cd "$(dirname "$0")/.." || exit 2
root=$(pwd)
shared=${NF_SHARED:-$root/../shared}
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

run_one() { # label command...
	label=$1; shift
	t0=$(date +%s)
	"$@" 2>&1 | while IFS= read -r l; do
		case $l in
		PASS\ *|FAIL\ *|SKIP\ *) printf '%s [%s]\n' "$l" "$label" ;;
		*) printf '    %s\n' "$l" ;;
		esac
	done | tee -a "$log" | grep -a -v '^PASS ' || :
	# The suites' times, to find what to cut when make check grows slow.
	echo "$(( $(date +%s) - t0 )) s $label" >>"$times"
}

# run_unit label program: as run_one, and a program that dies (a
# sanitizer's abort, a signal) or exits non-zero counts as a failure even
# when it printed no FAIL line before it died.
run_unit() {
	run_one "$1" sh -c '"$1"; rc=$?; [ $rc -eq 0 ] || echo "FAIL ${1##*/}: exit status $rc"' sh "$2"
}

# run_mode rel|san: every suite of one build; PASS/FAIL/SKIP lines to
# $tmp/MODE.log, suite times to $tmp/MODE.times, all else to stdout.
run_mode() {
	mode=$1 log=$tmp/$1.log times=$tmp/$1.times
	: >"$log"; : >"$times"
	if [ $mode = rel ]; then bin=$root/bin units=$root/build/rel/tests
	else bin=$root/build/san/bin units=$root/build/san/tests; fi
	[ -d "$bin" ] || return 0
	export NF_BIN=$bin NF_SHARED=$shared NF_MODE=$mode NF_ROOT=$root
	export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1
	echo "== $mode"
	for u in "$units"/*; do
		[ -f "$u" ] && [ -x "$u" ] || continue
		case $u in *.so) continue ;; esac
		case " $NF_SUITES" in " ") ;; *"unit/${u##*/}"*) ;; *) continue ;; esac
		run_unit "$mode unit/${u##*/}" "$u"
	done
	for s in tests/cli/*.sh tests/suites/*.sh; do
		[ -f "$s" ] || continue
		n=${s#tests/}; n=${n%.sh}
		case " $NF_SUITES" in " ") ;; *"$n"*) ;; *) continue ;; esac
		run_one "$mode $n" sh "$s"
	done
}

jobs=${NF_JOBS:-$(nproc 2>/dev/null || echo 1)}
start=$(date +%s)
if [ "$jobs" -ge 2 ]; then
	run_mode rel >"$tmp/rel.out" 2>&1 &
	run_mode san >"$tmp/san.out" 2>&1 &
	wait
	cat "$tmp/rel.out" "$tmp/san.out"
else
	run_mode rel
	run_mode san
fi

cat "$tmp/rel.log" "$tmp/san.log" >"$tmp/all.log" 2>/dev/null
pass=$(grep -a -c '^PASS ' "$tmp/all.log")
fail=$(grep -a -c '^FAIL ' "$tmp/all.log")
skip=$(grep -a -c '^SKIP ' "$tmp/all.log")
echo "slowest suites:"; cat "$tmp/rel.times" "$tmp/san.times" 2>/dev/null |
	sort -rn | head -5 | sed 's/^/    /'
for m in rel san; do
	[ -s "$tmp/$m.times" ] && echo "    $(awk '{ s += $1 } END { print s }' "$tmp/$m.times") s in all $m suites"
done
echo "    $(( $(date +%s) - start )) s for the tests, $jobs job(s)"
[ "$skip" -gt 0 ] && echo "$skip skipped"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
