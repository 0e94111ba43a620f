# bad-input.sh: every tool over every file in ../shared/data/bad. Each run
# must end with the exit status DESIGN.md gives, name the file in its
# message when something was wrong, never trip a sanitizer, and write the
# good records before the fault and those of a good file given after it.
. tests/lib.sh

dir=$S/data/bad
if ! need "$dir"; then skip "bad-input" "no $dir"; exit 0; fi

printf 'After the fault. Paris is in France.\n' >"$T/good.txt"

# The expected status and message for a file (status 0 with a pattern:
# a warning that does not change the status).
expect() {
	case $1 in
	bad_crc.txt.gz) echo "1 corrupt gzip data" ;;
	trailing_garbage.txt.gz) echo "1 trailing garbage" ;;
	truncated_*|multimember_second_truncated.txt.gz) echo "1 truncated gzip file" ;;
	cp1252_in_utf8.txt|*cp1252.txt|encoding_iso8859-1_crlf.rss|uolNoticias_undeclared_latin1.rss)
		echo "0 invalid UTF-8 replaced by U+FFFD" ;;
	# WARC pages are decoded by their declared charset (windows-1252 when
	# they are not UTF-8); a record with a bad header is skipped.
	example-trunc.warc) echo "1 bad WARC record header" ;;
	*) echo "0 -" ;;
	esac
}

for tool in split-sentences tag-entities pull-quotes count-figures; do
	[ -x "$B/$tool" ] || continue
	"$tool" -o text "$T/good.txt" >"$T/good.out" 2>/dev/null
	n=$(wc -l <"$T/good.out")
	for f in $(find "$dir" -type f ! -name 'LICENSE*' | sort); do
		base=${f##*/}
		set -- $(expect "$base")
		st=$1 pat=$2
		name="bad-input $tool ${f#$dir/}"
		"$tool" -o text "$f" "$T/good.txt" >"$T/out" 2>"$T/err"
		got=$?
		if grep -q -e 'Sanitizer' -e 'runtime error' "$T/err"; then
			fail "$name" "sanitizer: $(grep -m1 -e Sanitizer -e 'runtime error' "$T/err")"
		elif [ "$got" != "$st" ]; then
			fail "$name" "exit status $got, expected $st: $(head -c 200 "$T/err")"
		elif [ "$pat" != - ] && ! grep -q "^$tool: $f[:0-9]*: $pat" "$T/err"; then
			fail "$name" "no message naming the file: $(head -c 200 "$T/err")"
		elif [ "$pat" = - ] && [ -s "$T/err" ]; then
			fail "$name" "unexpected message: $(head -c 200 "$T/err")"
		elif [ "${NF_MODE:-rel}" = san ]; then
			# Under the sanitizers what matters is above; which
			# records come out is the same code, checked on the
			# release run (this halves the slowest suite).
			pass "$name"
		else
			# The good file after the bad one was read: the output of
			# the pair ends with the output of the good file alone
			# ($T/good.out, made once per tool above).
			# What was decoded before the fault: all but the last line
			# of what zcat gets out of it, processed alone.
			gzip -dcf "$f" 2>/dev/null | "$tool" -o text >"$T/before" 2>/dev/null
			sed '$d' "$T/before" >"$T/before.cut"
			if ! tail -n "$n" "$T/out" | cmp -s - "$T/good.out"; then
				fail "$name" "records of the next input missing"
			elif ! head -n "$(wc -l <"$T/before.cut")" "$T/out" | cmp -s - "$T/before.cut"; then
				fail "$name" "records before the fault missing"
			else
				pass "$name"
			fi
		fi
	done
done
