# output.sh: DESIGN.md's Output and Errors sections: formats and escaping,
# broken gzip inputs, closed pipes, full disks, usage errors.
. tests/lib.sh

printf '{"id":"q\\"1","text":"Tab\\there. Quote \\"x\\" back\\\\slash. Line\\u2028sep \\u2029 end. Ctrl\\u0001 é ✓ 😀."}\n' >"$T/esc.jsonl"
# (jq 1.6 writes U+2028 raw, so the round trip leaves those lines out.)
t "JSON output unchanged by jq -c ." 'split-sentences "$T/esc.jsonl" | grep -v u202 >"$T/o.json"; jq -c . "$T/o.json" | cmp - "$T/o.json" && wc -l <"$T/o.json"' '3'
t "JSON escapes U+2028/2029, keeps UTF-8" 'split-sentences "$T/esc.jsonl" | sed -n 3p' \
	'{"id":"q\"1","sent":3,"start":32,"end":47,"text":"Line\u2028sep \u2029 end."}'
t "JSON escapes controls" 'split-sentences "$T/esc.jsonl" | sed -n 4p' \
	'{"id":"q\"1","sent":4,"start":48,"end":60,"text":"Ctrl\u0001 é ✓ 😀."}'
t "offsets count code points" 'split-sentences "$T/esc.jsonl" | jq -r "select(.sent==4) | [.start,.end,(.text|length)] | @tsv"' '48	60	12'
t "TSV escaping as jq @tsv" 'split-sentences -o tsv "$T/esc.jsonl" | head -2' 'q"1		1	0	9	Tab\there.
q"1		2	10	31	Quote "x" back\\slash.'
t "TSV equals jq @tsv of the JSON" \
	'split-sentences -o tsv "$T/esc.jsonl" >"$T/a"; split-sentences "$T/esc.jsonl" | jq -r "[.id,(.line//\"\"),.sent,.start,.end,.text]|@tsv" | cmp - "$T/a" && echo same' 'same'
t "TSV header" 'printf "A b.\n" | split-sentences -o tsv -H' 'id	line	sent	start	end	text
-	1	1	0	4	A b.'
t "TSV header with kept fields" 'printf "{\"text\":\"A.\",\"src\":[1,2]}\n" | split-sentences -o tsv -H -k src' 'id	line	sent	src	start	end	text
-:1		1	[1,2]	0	2	A.'
t "text output: one line per record" 'printf "{\"text\":\"A b\\\\nc d.\"}\n" | split-sentences -o text' 'A b c d.'

# Broken gzip files: what was decoded before the fault is processed,
# the fault is reported with the file name, the next input still runs.
printf 'After. The fault.\n' >"$T/after.txt"
for f in truncated_mid_stream truncated_no_trailer bad_crc trailing_garbage multimember_second_truncated; do
	g=$S/data/bad/$f.txt.gz
	if ! need "$g"; then skip "broken gzip $f" "no $g"; continue; fi
	t "broken gzip $f: decoded part processed, next input read" \
		'split-sentences -o text "$g" "$T/after.txt" >"$T/got"; st=$?; zcat "$g" 2>/dev/null | split-sentences -o text | sed "\$d" >"$T/want"; head -n "$(wc -l <"$T/want")" "$T/got" | cmp - "$T/want" >&2 && tail -2 "$T/got" && echo $st' 'After.
The fault.
1'
	terr "broken gzip $f: reported" 'split-sentences "$g" >/dev/null' "^split-sentences: $g: " 1
done
for f in trailing_zero_padding.txt.gz gzip_of_empty.gz empty_file.gz not_gzip_but_named.gz; do
	g=$S/data/bad/$f
	if ! need "$g"; then skip "gzip $f" "no $g"; continue; fi
	t "gzip $f is read whole, exit 0" \
		'split-sentences -o text "$g" >"$T/got" && { zcat -f "$g" 2>/dev/null | split-sentences -o text | cmp - "$T/got"; } && [ ! -s "$T/err" ] && echo ok' 'ok'
done
g=$S/data/bad/long_line_16MiB.txt.gz
if need "$g"; then
	# White space may move at sentence edges (the splitter trims NBSP and
	# thin spaces too); no other byte may be lost.
	squeeze() { sed 's/\xc2\xa0//g; s/\xe2\x80\x89//g' | tr -d '\n ' | wc -c; }
	t "16 MiB line" 'split-sentences -l -o text "$g" | squeeze' "$(zcat "$g" | squeeze)"
else
	skip "16 MiB line" "no $g"
fi

# Closed pipes and full disks.
yes 'A sentence here. And another one.' | head -n 200000 >"$T/big.txt"
t "| head -1 is silent" 'split-sentences -o text "$T/big.txt" | head -1; [ ! -s "$T/err" ]' 'A sentence here.'
t "| head -1 silent with SIGPIPE ignored" \
	'sh -c "trap \"\" PIPE; split-sentences -o text \"$T/big.txt\" 2>\"$T/err2\"; echo \$? >\"$T/st\"" | head -1; [ ! -s "$T/err2" ] && cat "$T/st"' 'A sentence here.
141'
# With SIGPIPE blocked (not only ignored) by the caller, as some job
# runners leave it: still the status of a death by SIGPIPE.
if command -v python3 >/dev/null; then
	printf '%s\n' 'import os, signal, sys' 'signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGPIPE])' \
		'signal.signal(signal.SIGPIPE, signal.SIG_IGN)' 'os.execvp(sys.argv[1], sys.argv[1:])' >"$T/blockpipe.py"
	yes '"We will pay $5 million," said John Smith in Oslo.' | head -n 50000 >"$T/many.txt"
	for tool in split-sentences tag-entities pull-quotes count-figures; do
		t "| head -1 with SIGPIPE blocked and ignored: $tool ends by SIGPIPE" \
			'{ python3 "$T/blockpipe.py" $tool -l -o tsv "$T/many.txt" 2>"$T/err2"; echo $? >"$T/st"; } | head -1 >/dev/null; [ ! -s "$T/err2" ] && cat "$T/st"' '141'
	done
else
	skip "SIGPIPE blocked" "no python3"
fi
if [ -w /dev/full ]; then
	terr ">/dev/full: exit 1 and a message" 'split-sentences "$T/big.txt" >/dev/full' 'write error' 1
	terr "--help >/dev/full: exit 1" 'split-sentences --help >/dev/full' 'write error' 1
else
	skip ">/dev/full" "no /dev/full"
fi

# -k: names are JSON keys, escaped as such; NAME=FIELD renames; a name the
# record already has, or one given twice, is a usage error; a kept null is
# an empty TSV field.
printf '{"id":"k","text":"A b.","x\\"y":1,"n":null,"s":"q","date":"2026-01-02","t":true}\n' >"$T/keep.jsonl"
t "-k: a name with a quote is escaped" 'split-sentences -k "x\"y" "$T/keep.jsonl"' \
	'{"id":"k","sent":1,"x\"y":1,"start":0,"end":4,"text":"A b."}'
t "-k: the JSON reads back" 'split-sentences -k "x\"y,n" "$T/keep.jsonl" | jq -c "[.[\"x\\\"y\"], .n]"' '[1,null]'
t "-k NAME=FIELD: written under NAME" 'split-sentences -k "published=date,s" "$T/keep.jsonl"' \
	'{"id":"k","sent":1,"published":"2026-01-02","s":"q","start":0,"end":4,"text":"A b."}'
t "-k NAME=FIELD: TSV header" 'split-sentences -k "published=date" -o tsv -H "$T/keep.jsonl" | head -1' \
	'id	line	sent	published	start	end	text'
t "-k: a field whose name holds = is kept by renaming it" \
	'printf "{\"a=b\":5,\"text\":\"A.\"}\n" | split-sentences -k "ab=a=b" | jq -c .ab' '5'
for name in start end text id line sent; do
	terr "-k $name: clashes with a field of the record, exit 2" 'split-sentences -k "$name" "$T/keep.jsonl"' \
		"^split-sentences: -k: '$name' is a field of .* (rename it: -k NAME=FIELD)$" 2
done
terr "-k: a name given twice, exit 2" 'split-sentences -k s,n,s "$T/keep.jsonl"' "^split-sentences: -k: 's' is named twice$" 2
terr "-k: renamed onto another kept name, exit 2" 'split-sentences -k s,s=n "$T/keep.jsonl"' "^split-sentences: -k: 's' is named twice$" 2
terr "-k: empty names, exit 2" 'split-sentences -k "a,,b" "$T/keep.jsonl"' "^split-sentences: -k: empty field name$" 2
terr "-k: empty rename, exit 2" 'split-sentences -k "=a" "$T/keep.jsonl"' "^split-sentences: -k: empty field name$" 2
terr "-k: a name that is not UTF-8, exit 2" 'split-sentences -k "$(printf "caf\351")" "$T/keep.jsonl"' "is not UTF-8" 2
t "-k: sfeed's default keep does not clash" 'printf "1700000000\tTitle\thttp://x/\n" | split-sentences -i sfeed -o tsv -H | head -1' \
	'id	line	sent	timestamp	link	start	end	text'
t "TSV: a kept null is an empty field, true and numbers as JSON" \
	'split-sentences -k n,t,x\"y,s,missing -o tsv "$T/keep.jsonl"' 'k		1		true	1	q		0	4	A b.'
t "TSV: a kept null as jq @tsv writes it" \
	'split-sentences -k n,s -o tsv "$T/keep.jsonl" >"$T/a"; split-sentences -k n,s "$T/keep.jsonl" | jq -r "[.id,(.line//\"\"),.sent,.n,.s,.start,.end,.text]|@tsv" | cmp - "$T/a" && echo same' 'same'

# Ids are valid UTF-8 in every output: a file name in Latin-1 (U+FFFD, with
# a warning), a WARC-Target-URI with raw bytes (percent-encoded).
lat=$(printf 'caf\351.txt')
printf 'One sentence.\n' >"$T/$lat"
t "id from a Latin-1 file name: U+FFFD" '(cd "$T" && split-sentences -o tsv "$lat" | cut -f1)' 'caf�.txt'
# (jq would itself replace bad bytes: the raw JSON line is what is checked.)
t "id from a Latin-1 file name: in JSON" '(cd "$T" && split-sentences "$lat" | cut -d"\"" -f4)' 'caf�.txt'
terr "id from a Latin-1 file name: warned, status 0" '(cd "$T" && split-sentences "$lat" >/dev/null)' \
	'the name is not UTF-8: invalid bytes replaced by U+FFFD in the id' 0
printf '{"text":"No id."}\n' >"$T/$lat.jsonl"
t "FILE:LINE id from a Latin-1 file name" '(cd "$T" && split-sentences "$lat.jsonl" | cut -d"\"" -f4)' 'caf�.txt.jsonl:1'
if command -v python3 >/dev/null; then
	t "WARC-Target-URI with raw bytes: percent-encoded, UTF-8 kept" \
		'python3 tests/mkwarc uri "http://x.org/caf\\xe9/\\xc3\\xa9t\\xe9?q=\\x00" | split-sentences -o tsv | cut -f1 | uniq' \
		'http://x.org/caf%E9/ét%E9?q=%00'
	t "WARC-Target-URI with raw bytes: valid JSON" \
		'python3 tests/mkwarc uri "http://x.org/caf\\xe9" | split-sentences | jq -r .id | uniq' 'http://x.org/caf%E9'
else
	skip "WARC-Target-URI with raw bytes" "no python3"
fi

# Usage.
t "--help on stdout, exit 0" 'split-sentences --help | head -1' 'usage: split-sentences [options] [file ...]'
t "-h is --help" 'split-sentences -h | head -1' 'usage: split-sentences [options] [file ...]'
t "--version" 'split-sentences --version | sed "s/[0-9][0-9.]*$/V/"' 'split-sentences (newsfilter) V'
terr "bad option: exit 2" 'split-sentences -Z' "^split-sentences: unknown option -Z" 2
terr "bad long option: exit 2" 'split-sentences --frobnicate' "^split-sentences: unknown option --frobnicate" 2
terr "missing option argument: exit 2" 'split-sentences -o' "needs an argument" 2
terr "bad output format: exit 2" 'split-sentences -o xml' "unknown output format 'xml'" 2
terr "bad input format: exit 2" 'split-sentences -i csv' "unknown input format 'csv'" 2

# Bad records are reported with FILE:LINE and skipped; the rest is written.
printf '{"text":"Good one."}\n{"text": "trunc\n{"id":1}\n{"text":7}\n[1,2]\n{"text":"Good two."}\n' >"$T/mixed.jsonl"
t "bad records skipped, good ones written, exit 1" 'split-sentences -o text "$T/mixed.jsonl"' 'Good one.
Good two.' 1
terr "malformed JSON reported with file:line" 'split-sentences "$T/mixed.jsonl"' "^split-sentences: $T/mixed.jsonl:2: malformed JSON: unterminated string" 1
terr "missing text field reported" 'split-sentences "$T/mixed.jsonl"' "^split-sentences: $T/mixed.jsonl:3: no \"text\" field" 1
terr "non-string text reported" 'split-sentences "$T/mixed.jsonl"' "^split-sentences: $T/mixed.jsonl:4: the \"text\" field is not a string" 1

# -u: each record is written as soon as it is read.
mkfifo "$T/fifo"
( printf 'First one.\n\n'; sleep 3; printf 'Second one.\n' ) >"$T/fifo" &
t "-u flushes after every record" 'split-sentences -u -o text "$T/fifo" | { start=$(date +%s); read -r l; echo "$l $(( $(date +%s) - start < 2 ))"; cat >/dev/null; }' 'First one. 1'
wait
