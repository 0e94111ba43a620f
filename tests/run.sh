#!/bin/sh
# run.sh: run every suite against the release build (bin/) and the
# sanitizer build (build/san/bin), and end with "N passed, N failed".
# Every test program prints "PASS name", "FAIL name: why" or
# "SKIP name: why" lines; any other line is shown as information (scores).
# NF_SUITES="cli/basic" limits the run to matching suites.

cd "$(dirname "$0")/.." || exit 2
root=$(pwd)
shared=${NF_SHARED:-$root/../shared}
log=$(mktemp) || exit 2
times=$(mktemp) || exit 2
trap 'rm -f "$log" "$times"' EXIT INT TERM

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

for mode in rel san; do
	if [ $mode = rel ]; then bin=$root/bin units=$root/build/rel/tests
	else bin=$root/build/san/bin units=$root/build/san/tests; fi
	[ -d "$bin" ] || continue
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
done

pass=$(grep -a -c '^PASS ' "$log")
fail=$(grep -a -c '^FAIL ' "$log")
skip=$(grep -a -c '^SKIP ' "$log")
echo "slowest suites:"; sort -rn "$times" | head -5 | sed 's/^/    /'
[ "$skip" -gt 0 ] && echo "$skip skipped"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
