# json.sh: malformed JSON Lines: each bad record is reported with FILE:LINE
# and skipped, every good record around it is written, exit status 1.
. tests/lib.sh

bad() { # NAME 'JSON LINE' 'message pattern'
	printf '{"id":"g1","text":"Before."}\n%s\n{"id":"g2","text":"After."}\n' "$2" >"$T/in.jsonl"
	t "$1: good records kept" 'split-sentences -o tsv "$T/in.jsonl" >"$T/o" 2>/dev/null; st=$?; cut -f1,6 "$T/o"; exit $st' 'g1	Before.
g2	After.' 1
	terr "$1: reported" 'split-sentences "$T/in.jsonl" >/dev/null' "^split-sentences: $T/in.jsonl:2: $3" 1
}

bad "truncated object" '{"id":"x","text":"cut' 'malformed JSON: unterminated string'
bad "truncated after comma" '{"id":"x",' 'malformed JSON: truncated object'
bad "missing colon" '{"text" "x"}' "malformed JSON: expected ':'"
bad "single quotes" "{'text':'x'}" 'malformed JSON: expected a string key'
bad "trailing comma" '{"text":"x",}' 'malformed JSON: expected a string key'
bad "two objects on a line" '{"text":"x"}{"text":"y"}' 'malformed JSON: text after the object'
bad "array, not object" '["text","x"]' 'malformed JSON: not a JSON object'
bad "text is a number" '{"text":12}' 'the "text" field is not a string'
bad "text is null" '{"text":null}' 'the "text" field is not a string'
bad "text is an object" '{"text":{"a":"b"}}' 'the "text" field is not a string'
bad "no text field" '{"id":"x","body":"y"}' 'no "text" field'
bad "raw tab in string" "$(printf '{"text":"a\tb"}')" 'malformed JSON: control character in string'
bad "bad escape" '{"text":"a\qb"}' 'malformed JSON: bad escape in string'
bad "short unicode escape" '{"text":"a\u12"}' 'malformed JSON: bad \\u escape'
deep=$(awk 'BEGIN { for (i = 0; i < 5000; i++) printf "["; }')
bad "deep nesting" "{\"text\":\"x\",\"a\":$deep" 'malformed JSON: nesting too deep'

printf '{"id":"d","text":"First.","text":"Second wins."}\n' >"$T/dup.jsonl"
t "duplicate keys: the last wins" 'split-sentences -o text "$T/dup.jsonl"' 'Second wins.'
printf '{"id":123456789012345678901234567890,"text":"Huge id.","n":1e999}\n' >"$T/huge.jsonl"
t "huge numbers kept as written" 'split-sentences -k n "$T/huge.jsonl"' \
	'{"id":123456789012345678901234567890,"sent":1,"n":1e999,"start":0,"end":8,"text":"Huge id."}'
printf '{"text":"Nul\\u0000here. Lone \\ud800 high. Pair \\ud83d\\ude00 ok."}\n' >"$T/esc.jsonl"
t "\\u0000 is a space, lone surrogate U+FFFD" 'split-sentences -o text "$T/esc.jsonl"' 'Nul here.
Lone � high.
Pair 😀 ok.'
printf '{"text":"A.","line":"7","sent":-2}\n' >"$T/types.jsonl"
t "line and sent of the wrong type are ignored" 'split-sentences "$T/types.jsonl" | jq -c "[.line,.sent]"' '[null,1]'
printf '{"id":true,"text":"Bool id."}\n' >"$T/boolid.jsonl"
t "an id that is not a string or number: FILE:LINE" 'split-sentences "$T/boolid.jsonl" | jq -r .id | sed "s|$T/||"' 'boolid.jsonl:1'
printf '{"text":"Bad \377 byte."}\n' >"$T/rawbad.jsonl"
t "invalid UTF-8 inside a JSON string" 'split-sentences -o text "$T/rawbad.jsonl"' 'Bad � byte.'
# A kept field goes out as it came, unless it would break the output:
# bytes that are not UTF-8 become U+FFFD (with the warning), a raw U+2028
# or U+2029 its \u escape, inside strings at any depth.
printf '{"id":"k","a":"x\342\200\250y \377 z","b":[1, {"c":"\342\200\251"}],"d":"fine é","text":"Kept."}\n' >"$T/keep.jsonl"
t "kept fields: invalid UTF-8 and raw U+2028/2029 made safe" 'split-sentences -k a,b,d "$T/keep.jsonl"' \
	'{"id":"k","sent":1,"a":"x\u2028y � z","b":[1, {"c":"\u2029"}],"d":"fine é","start":0,"end":5,"text":"Kept."}'
terr "kept fields: invalid UTF-8 is warned about, status 0" 'split-sentences -k a "$T/keep.jsonl" >/dev/null' \
	"^split-sentences: $T/keep.jsonl:1: invalid UTF-8 replaced by U+FFFD" 0
t "kept fields: the JSON reads back with jq" 'split-sentences -k a,b "$T/keep.jsonl" | jq -r ".a, .b[1].c" | od -An -c | tr -s " "' \
	' x 342 200 250 y 357 277 275 z \n 342 200 251 \n'
# An empty id is an id like any other: records that share it are one
# document (sent counts on), and it is written as "".
printf '{"id":"","text":"A."}\n{"id":"","text":"B."}\n{"id":"x","text":"C."}\n' >"$T/emptyid.jsonl"
t "an empty id: one document, written as \"\"" 'split-sentences -o tsv "$T/emptyid.jsonl" | cut -f1,3,6' \
	'	1	A.
	2	B.
x	1	C.'
