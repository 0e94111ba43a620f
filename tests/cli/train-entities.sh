# train-entities: CoNLL input as any input is read (gzip, CR LF, long
# lines), and bad training data stops it before a model is written.
. tests/lib.sh

printf -- '-DOCSTART- -X- O O\n\nZorblat\tB-PER\nvisited\tO\nQuux\tB-LOC\n.\tO\n\nAnna Berg\tB-PER\n' >"$T/a.conll"
train-entities -q -e 2 -o "$T/a.model" "$T/a.conll" 2>"$T/err"
t "a model from a small file" '[ -s "$T/a.model" ] && echo ok' 'ok'
sed 's/$/\r/' "$T/a.conll" | gzip >"$T/a.conll.gz"
t "gzip and CR LF give the same model" \
	'train-entities -q -e 2 -o "$T/b.model" "$T/a.conll.gz" && cmp "$T/a.model" "$T/b.model" && echo same' 'same'
long=$(awk 'BEGIN { while (length(s) < 5000) s = s "Zorblatzorblat"; printf "%s", s }')
printf 'The\tO\n%s\tB-ORG\nsaid\tO\n' "$long" >"$T/long.conll"
t "a word longer than 4 KB is one token" \
	'train-entities -t "$T/long.conll" -m "$T/a.model" 2>/dev/null | awk -F"\t" "NF == 3 && \$1 != \"-DOCSTART-\" { print length(\$1), \$2 }"' '3 O
5012 B-ORG
4 O'

printf 'Zorblat\tB-PER\nvisited\tO\nQuux\tX-CITY\n' >"$T/badtag.conll"
terr "an unknown tag: FILE:LINE, status 1" 'train-entities -q -o "$T/c.model" "$T/badtag.conll"' \
	"^train-entities: $T/badtag.conll:3: bad tag 'X-CITY'" 1
t "no model is written after a bad line" '[ -e "$T/c.model" ] || echo none' 'none'
printf 'Zorblat\tB-PER\nvisited\n' >"$T/notag.conll"
terr "a line without a tag column" 'train-entities -q -o "$T/c.model" "$T/notag.conll"' \
	"^train-entities: $T/notag.conll:2: no tag column" 1
head -c 40 "$T/a.conll.gz" >"$T/cut.conll.gz"
terr "a truncated gzip file: status 1" 'train-entities -q -o "$T/c.model" "$T/cut.conll.gz"' \
	"^train-entities: $T/cut.conll.gz: truncated gzip file" 1
terr "a file that cannot be opened: status 2" 'train-entities -q -o "$T/c.model" "$T/none.conll"' \
	"^train-entities: $T/none.conll: cannot open" 2

# numbers are checked whole, and a model that would tag nothing is not
# written (issue 17)
terr "-e ten: status 2" 'train-entities -q -e ten -o "$T/d.model" "$T/a.conll"' \
	"^train-entities: -e: expected a whole number from 1 to 1000, not 'ten'" 2
terr "-c -1: status 2" 'train-entities -q -c -1 -o "$T/d.model" "$T/a.conll"' \
	"^train-entities: -c: expected a whole number" 2
terr "-a 3x: status 2" 'train-entities -q -a 3x -o "$T/d.model" "$T/a.conll"' "^train-entities: -a: " 2
terr "-P -1: status 2" 'train-entities -q -P -1 -o "$T/d.model" "$T/a.conll"' "^train-entities: -P: " 2
: >"$T/empty.conll"
terr "no training sentence: status 1" 'train-entities -q -o "$T/d.model" "$T/empty.conll"' \
	"^train-entities: no feature kept: no training sentences" 1
terr "-c leaving out every feature: status 1" 'train-entities -q -c 1000 -o "$T/d.model" "$T/a.conll"' \
	"^train-entities: no feature kept: -c or -P" 1
t "no empty model is written" '[ -e "$T/d.model" ] || echo none' 'none'
