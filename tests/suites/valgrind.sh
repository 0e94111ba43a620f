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
for tool in split-sentences tag-entities pull-quotes count-figures; do
	[ -x "$B/$tool" ] || continue
	valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
		"$B/$tool" "$T/s.jsonl" "$T/cut.gz" >/dev/null 2>"$T/vg"
	st=$?
	if [ $st = 1 ] && ! grep -q '^==' "$T/vg"; then
		pass "valgrind: $tool"
	else
		fail "valgrind: $tool" "exit $st: $(grep '^==' "$T/vg" | head -5 | tr '\n' '|')"
	fi
done
