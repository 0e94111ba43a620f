# valgrind.sh: every tool runs clean under valgrind's memcheck (no invalid
# access, no use of uninitialised memory, no leak) over the sample archive,
# a broken gzip file and a malformed JSON line. Release build only (the
# sanitizer build has its own checks); skipped without valgrind.
. tests/lib.sh

[ "$NF_MODE" = san ] && { skip "valgrind" "release build only"; exit 0; }
command -v valgrind >/dev/null 2>&1 || { skip "valgrind" "valgrind not installed"; exit 0; }

gzip -dc "$NF_ROOT/tests/data/sample.jsonl.gz" | head -8 >"$T/s.jsonl"
printf '{"text": "broken\n{"id":"x","text":"Fine. Mr. Smith said “ok” at 9 a.m., up 5%%."}\n' >>"$T/s.jsonl"
printf 'Plain text, cut gzip. President Ana Silva said: "We paid $4.5m."\n' | gzip -c >"$T/g.gz"
head -c $(($(wc -c <"$T/g.gz") - 6)) "$T/g.gz" >"$T/cut.gz"
# vg NAME [VALGRIND-OPTION...] TOOL [ARG...]: TOOL over the files above
vg() {
	n=$1; shift
	valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
		"$@" "$T/s.jsonl" "$T/cut.gz" >/dev/null 2>"$T/vg"
	st=$?
	if [ $st = 1 ] && ! grep -q '^==' "$T/vg"; then
		pass "valgrind: $n"
	else
		fail "valgrind: $n" "exit $st: $(grep '^==' "$T/vg" | head -5 | tr '\n' '|')"
	fi
}
for tool in split-sentences tag-entities pull-quotes count-figures; do
	[ -x "$B/$tool" ] && vg "$tool" "$B/$tool"
done
# tag-entities with its own names (-g, -p) and with -u, which writes each
# record at once. PCRE2's JIT scans with aligned SIMD loads that run past
# the end of the subject into the buffer's unwritten tail (its maintainers
# say so: PCRE2Project/pcre2#995), which memcheck reports as jumps on
# uninitialised values in unknown code; the run with -p checks invalid
# accesses and leaks only.
if [ -x "$B/tag-entities" ]; then
	printf 'PER\tAna Silva\nORG\tAcme Widgets\n' | gzip -c >"$T/gaz.gz"
	vg "tag-entities -u -g" "$B/tag-entities" -u -g "$T/gaz.gz"
	vg "tag-entities -p" --undef-value-errors=no "$B/tag-entities" \
		-p 'MISC=\b[A-Z]+-[0-9]+\b' -p 'ORG=Acme \w+'
fi
