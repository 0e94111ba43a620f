# input.sh: DESIGN.md's Input section: operands, gzip, line ends, BOM,
# invalid UTF-8, NUL, records from plain text and JSON Lines.
. tests/lib.sh

printf 'One two. Three four.\n' >"$T/a.txt"
printf 'Five six.\n' >"$T/b.txt"
gzip -c "$T/a.txt" >"$T/a.gz"
cp "$T/a.gz" "$T/a.txt.data"   # gzip detected by content, not by name

t "plain file" 'split-sentences -o text "$T/a.txt"' 'One two.
Three four.'
t "stdin when no operand" 'split-sentences -o text <"$T/a.txt"' 'One two.
Three four.'
t "dash is stdin" 'split-sentences -o text "$T/b.txt" - <"$T/a.txt"' 'Five six.
One two.
Three four.'
t "gzip by magic" 'split-sentences -o text "$T/a.txt.data"' 'One two.
Three four.'
t "gzip on stdin" 'split-sentences -o text <"$T/a.gz"' 'One two.
Three four.'
cat "$T/a.gz" "$T/a.gz" >"$T/two.gz"
t "multi-member gzip" 'split-sentences -o text "$T/two.gz"' 'One two.
Three four.
One two.
Three four.'
t "ids and lines" 'split-sentences -o tsv "$T/b.txt" "$T/a.txt" | cut -f1-3 | sed "s|$T/||"' 'b.txt	1	1
a.txt	1	1
a.txt	1	2'
t "missing file between two good ones" \
	'split-sentences -o text "$T/a.txt" "$T/nope.txt" "$T/b.txt"' 'One two.
Three four.
Five six.' 1
terr "missing file message" 'split-sentences "$T/a.txt" "$T/nope.txt" "$T/b.txt"' \
	"^split-sentences: $T/nope.txt: cannot open: No such file or directory" 1

printf 'First line\ncontinues here.\n\n\n  Second para.  \nStill.\n' >"$T/para.txt"
t "paragraphs join lines" 'split-sentences -o tsv "$T/para.txt" | cut -f2,6' '1	First line continues here.
5	Second para.
5	Still.'
t "-l: a record per line" 'split-sentences -l -o tsv "$T/para.txt" | cut -f2,6' '1	First line
2	continues here.
5	Second para.
6	Still.'
printf 'Alpha beta.\r\nGamma.\r\n\r\nDelta.\r\n' >"$T/crlf.txt"
t "CRLF" 'split-sentences -o tsv "$T/crlf.txt" | cut -f2,6 | od -c | grep -c "\\\\r"' '0' 1
t "CRLF paragraphs" 'split-sentences -o tsv "$T/crlf.txt" | cut -f2,6' '1	Alpha beta.
1	Gamma.
4	Delta.'
printf 'Alpha beta.\rGamma.\r\rDelta.' >"$T/cr.txt"
t "lone CR ends a line" 'split-sentences -o tsv "$T/cr.txt" | cut -f2,6' '1	Alpha beta.
1	Gamma.
4	Delta.'
printf '\357\273\277Byte order mark.\n' >"$T/bom.txt"
t "UTF-8 BOM dropped" 'split-sentences "$T/bom.txt" | jq -r "[.start,.text]|@tsv"' '0	Byte order mark.'
printf 'Caf\351 au lait. Bad \377\376 bytes.\n\nAgain \300.\n' >"$T/bad.txt"
t "invalid UTF-8 -> U+FFFD" 'split-sentences -o text "$T/bad.txt"' 'Caf� au lait.
Bad �� bytes.
Again �.'
terr "invalid UTF-8 warned once" 'split-sentences "$T/bad.txt" >/dev/null; split-sentences "$T/bad.txt" 2>&1 >/dev/null | wc -l | grep -qx 1 && echo once >&2' \
	"^split-sentences: $T/bad.txt:1: invalid UTF-8 replaced by U+FFFD" 0
printf 'Nul\000byte here. Next.\n' >"$T/nul.txt"
t "NUL is a space" 'split-sentences -o text "$T/nul.txt"' 'Nul byte here.
Next.'

# A multibyte character across every read-buffer boundary: 3-byte and
# 2-byte characters repeated past several buffer sizes, through a file
# and through a pipe (short reads).
awk 'BEGIN { s = "€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€"
	for (i = 0; i < 12000; i++) printf "%s", s; printf "x Aé"
	for (i = 0; i < 300000; i++) printf "é"; printf ".\n" }' >"$T/mb.txt"
t "multibyte across buffer boundaries (file)" \
	'split-sentences -o text "$T/mb.txt" | cmp - "$T/mb.txt" && echo same' 'same'
t "multibyte across buffer boundaries (pipe)" \
	'cat "$T/mb.txt" | split-sentences -o text | cmp - "$T/mb.txt" && echo same' 'same'
t "multibyte across buffer boundaries (gzip)" \
	'gzip -c "$T/mb.txt" | split-sentences -o text | cmp - "$T/mb.txt" && echo same' 'same'

# JSON Lines records.
cat >"$T/in.jsonl" <<'J'
{"id": "doc-1", "text": "Hello there. General Kenobi.", "date": "2025-12-02"}

{"id": 42, "text": "Numbers work."}
{"text": "No id here."}
{"id": "d", "body": "Other field.", "text": "Ignored."}
J
t "JSON ids: string, number, FILE:LINE" 'split-sentences "$T/in.jsonl" | jq -c "[.id,.text]" | sed "s|$T/||"' '["doc-1","Hello there."]
["doc-1","General Kenobi."]
[42,"Numbers work."]
["in.jsonl:4","No id here."]
["d","Ignored."]'
t "-f picks the text field" 'split-sentences -o text -f body "$T/in.jsonl" 2>/dev/null' 'Other field.' 1
terr "records without the -f field are reported" 'split-sentences -f body "$T/in.jsonl"' \
	"^split-sentences: $T/in.jsonl:1: no \"body\" field" 1
t "-k keeps fields after id" 'split-sentences -k date "$T/in.jsonl" | head -1' \
	'{"id":"doc-1","sent":1,"date":"2025-12-02","start":0,"end":12,"text":"Hello there."}'
t "-i text forces plain text" 'printf "{not json.\n" | split-sentences -i text -o text' '{not json.'
t "-i json forces JSON" 'printf "plain.\n" | split-sentences -i json' '' 1
t "blank line inside JSON text is a paragraph break" \
	'printf "{\"text\":\"one two\\\\n\\\\nthree four\"}\n" | split-sentences -o text' 'one two
three four'
t "sent counts through a document" \
	'printf "{\"id\":\"a\",\"text\":\"One. Two.\"}\n{\"id\":\"a\",\"text\":\"Three.\"}\n{\"id\":\"b\",\"text\":\"Four.\"}\n" | split-sentences | jq -c "[.id,.sent]"' '["a",1]
["a",2]
["a",3]
["b",1]'

# UTF-16 with a byte-order mark is converted to UTF-8 (both byte orders);
# an unpaired surrogate becomes U+FFFD.
printf '\377\376H\000i\000.\000 \000=\330\000\336.\000' >"$T/le.txt"
printf '\376\377\000H\000i\000.\000 \330=\000x\000.' >"$T/be.txt"
t "UTF-16LE with BOM" 'split-sentences -o text "$T/le.txt"' 'Hi.
😀.'
t "UTF-16BE with BOM, lone surrogate" 'split-sentences -o text "$T/be.txt"' 'Hi.
�x.'
t "UTF-16 inside gzip" 'gzip -c "$T/le.txt" | split-sentences -o text' 'Hi.
😀.'
