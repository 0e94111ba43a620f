# lib.sh: helpers for the CLI suites, sourced by tests/cli/*.sh.
# A test is one line: a name, a shell command, the expected standard output
# and the expected exit status. $B is the directory of the tools under test,
# $S the shared data, $T a scratch directory removed at the end.

B=${NF_BIN:?run through tests/run.sh}
S=${NF_SHARED:-../shared}
T=$(mktemp -d) || exit 2
trap 'rm -rf "$T"' EXIT INT TERM
PATH=$B:$PATH
export LC_ALL=C.UTF-8

pass() { echo "PASS $1"; }
fail() { echo "FAIL $1: $2"; }
skip() { echo "SKIP $1: $2"; }

# t NAME 'COMMAND' 'EXPECTED STDOUT' [STATUS]
# Compares stdout exactly (with a final newline added to EXPECTED unless it
# is empty) and the exit status (default 0). Stderr is kept in $T/err.
t() {
	_n=$1 _c=$2 _e=$3 _s=${4:-0}
	( eval "$_c" ) >"$T/out" 2>"$T/err"
	_st=$?
	if [ -n "$_e" ]; then printf '%s\n' "$_e" >"$T/exp"; else : >"$T/exp"; fi
	if [ "$_st" != "$_s" ]; then
		fail "$_n" "exit status $_st, expected $_s; stderr: $(head -c 300 "$T/err")"
	elif ! cmp -s "$T/out" "$T/exp"; then
		fail "$_n" "output differs: $(diff "$T/exp" "$T/out" | head -8 | cut -c1-300 | tr '\n' '|')"
	else
		pass "$_n"
	fi
}

# terr NAME 'COMMAND' 'GREP PATTERN for stderr' [STATUS]
terr() {
	_n=$1 _c=$2 _p=$3 _s=${4:-1}
	( eval "$_c" ) >"$T/out" 2>"$T/err"
	_st=$?
	if [ "$_st" != "$_s" ]; then
		fail "$_n" "exit status $_st, expected $_s; stderr: $(head -c 300 "$T/err")"
	elif ! grep -q -- "$_p" "$T/err"; then
		fail "$_n" "stderr lacks /$_p/: $(head -c 300 "$T/err")"
	else
		pass "$_n"
	fi
}

# need FILE...: skip the calling suite part when shared data is absent.
need() {
	for _f; do [ -e "$_f" ] || return 1; done
}
