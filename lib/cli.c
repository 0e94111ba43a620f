/* cli.c: the options every tool shares and the loop over inputs and
 * records. A tool's main() is one call to nf_main with its description. */
#include <getopt.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsfilter/buf.h"
#include "newsfilter/cli.h"
#include "newsfilter/input.h"
#include "newsfilter/msg.h"
#include "newsfilter/utf8.h"

static const char common_help[] =
	"  -i FORMAT     input format: json, text or sfeed (default: from the content)\n"
	"  -l            plain text: every non-blank line is a record\n"
	"  -f NAME       JSON input: the text field (default: text)\n"
	"  -k FIELD,...  JSON input: copy these fields into every output record\n"
	"                (NAME=FIELD: under another name)\n"
	"  -L SIZE       skip records longer than SIZE bytes (k, M, G; default 64M;\n"
	"                0: no limit)\n"
	"  -o FORMAT     output format: json, tsv or text (default: json)\n"
	"  -H            TSV output: write a header line first\n"
	"  -u            flush the output after every input record\n"
	"  -h, --help    show this help and exit\n"
	"  -V, --version show the version and exit\n";

static void usage_error(const struct nf_tool *t, const char *fmt, const char *arg)
{
	fprintf(stderr, "%s: ", t->name);
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\nTry '%s --help' for more information.\n", t->name);
	exit(2);
}

/* -L SIZE: bytes, with an optional k, M or G (powers of 1024). */
static int parse_size(const char *s, size_t *size)
{
	unsigned long long v = 0;
	const char *p = s;

	if (*p < '0' || *p > '9')
		return -1;
	for (; *p >= '0' && *p <= '9'; p++) {
		if (v > (1ULL << 40))
			return -1;
		v = v * 10 + (unsigned long long)(*p - '0');
	}
	int shift = 0;
	switch (*p) {
	case 'k': case 'K': shift = 10; p++; break;
	case 'm': case 'M': shift = 20; p++; break;
	case 'g': case 'G': shift = 30; p++; break;
	}
	if (*p || v > (1ULL << 40) >> shift || (v << shift) > SIZE_MAX / 4)
		return -1;
	*size = (size_t)(v << shift);
	return 0;
}

/* A -k output name must be a new key: not id, line or sent, not one of
 * the tool's own fields (count-figures -c has "date"), not given twice,
 * and UTF-8 (it is written as a JSON key and a TSV header). A clash is a
 * usage error, which says how to rename: -k NAME=FIELD. */
static void check_keep(const struct nf_tool *t, const char **names, size_t n)
{
	static const char *const fixed[] = { "id", "line", "sent", NULL };

	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(names[i]);
		if (nf_utf8_clean_prefix(names[i], len) != len)
			usage_error(t, "-k: field name '%s' is not UTF-8", names[i]);
		for (size_t j = 0; fixed[j]; j++)
			if (strcmp(names[i], fixed[j]) == 0)
				usage_error(t, "-k: '%s' is a field of every output record "
					"(rename it: -k NAME=FIELD)", names[i]);
		for (size_t j = 0; t->columns && t->columns[j]; j++)
			if (strcmp(names[i], t->columns[j]) == 0)
				usage_error(t, "-k: '%s' is a field of this tool's output "
					"(rename it: -k NAME=FIELD)", names[i]);
		for (size_t j = 0; j < i; j++)
			if (strcmp(names[i], names[j]) == 0)
				usage_error(t, "-k: '%s' is named twice", names[i]);
	}
}

static void print_help(const struct nf_tool *t)
{
	printf("usage: %s [options] [file ...]\n%s\n\n", t->name, t->summary);
	if (t->options_help && *t->options_help)
		fputs(t->options_help, stdout);
	fputs(common_help, stdout);
	printf("\nFiles may be compressed (gzip, zstd, xz, bzip2) or tar, zip or WARC\n"
		"archives; none, or -, means standard input.\n"
		"Exit status: 0 all well, 1 some input or record was bad, 2 usage error.\n"
		"See %s(1) and newsfilter(5).\n", t->name);
}

/* Write stdout's stdio buffer and exit; a failed write is an error. */
static void stdio_exit(void)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "%s: standard output: write error\n", nf_prog);
		exit(1);
	}
	exit(0);
}

int nf_main(const struct nf_tool *t, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	struct nf_read_opts ro = { .format = NF_IN_AUTO, .text_field = "text",
		.max_record = NF_MAX_RECORD_DEFAULT };
	enum nf_output_format of = NF_OUT_JSON;
	int header = 0, unbuffered = 0, c;
	struct nf_buf shortopts = { 0 };
	const char **keep = NULL, **keep_as = NULL;   /* -k fields, their names */
	size_t nkeep = 0;

	nf_prog = t->name;
	/* A closed pipe ends the tool as SIGPIPE does (status 141), even when
	 * the caller ignores SIGPIPE (trap '' PIPE) or blocks it: both are
	 * inherited across exec. Should a write still see EPIPE, nf_out_flush
	 * raises the signal itself. */
	sigset_t pipe;
	signal(SIGPIPE, SIG_DFL);
	sigemptyset(&pipe);
	sigaddset(&pipe, SIGPIPE);
	sigprocmask(SIG_UNBLOCK, &pipe, NULL);

	nf_buf_adds(&shortopts, ":i:lf:k:L:o:HuhV");
	nf_buf_adds(&shortopts, t->shortopts ? t->shortopts : "");
	nf_buf_addc(&shortopts, '\0');
	opterr = 0;
	while ((c = getopt_long(argc, argv, shortopts.data, longopts, NULL)) != -1) {
		switch (c) {
		case 'i':
			if (strcmp(optarg, "json") == 0)
				ro.format = NF_IN_JSON;
			else if (strcmp(optarg, "text") == 0)
				ro.format = NF_IN_TEXT;
			else if (strcmp(optarg, "sfeed") == 0)
				ro.format = NF_IN_SFEED;
			else
				usage_error(t, "unknown input format '%s' (json, text or sfeed)", optarg);
			break;
		case 'l':
			ro.lines = 1;
			break;
		case 'f':
			if (!*optarg)
				usage_error(t, "empty field name for -f%s", "");
			ro.text_field = optarg;
			break;
		case 'k': {
			/* FIELD, or NAME=FIELD: FIELD written as NAME */
			char *s = optarg, *comma, *eq;
			do {
				comma = strchr(s, ',');
				if (comma)
					*comma = '\0';
				eq = strchr(s, '=');
				if (eq)
					*eq = '\0';
				if (!*s || (eq && !eq[1]))
					usage_error(t, "-k: empty field name%s", "");
				keep = nf_xrealloc(keep, (nkeep + 1) * sizeof *keep);
				keep_as = nf_xrealloc(keep_as, (nkeep + 1) * sizeof *keep_as);
				keep[nkeep] = eq ? eq + 1 : s;
				keep_as[nkeep++] = s;
				s = comma + 1;
			} while (comma);
			break;
		}
		case 'L':
			if (parse_size(optarg, &ro.max_record) < 0)
				usage_error(t, "-L: bad size '%s' (bytes, or a number with k, M or G)", optarg);
			break;
		case 'o':
			if (strcmp(optarg, "json") == 0)
				of = NF_OUT_JSON;
			else if (strcmp(optarg, "tsv") == 0)
				of = NF_OUT_TSV;
			else if (strcmp(optarg, "text") == 0)
				of = NF_OUT_TEXT;
			else
				usage_error(t, "unknown output format '%s' (json, tsv or text)", optarg);
			break;
		case 'H':
			header = 1;
			break;
		case 'u':
			unbuffered = 1;
			break;
		case 'h':
			print_help(t);
			stdio_exit();
			break;
		case 'V':
			printf("%s (newsfilter) %s\n", t->name, NF_VERSION);
			stdio_exit();
			break;
		case ':': {
			char o[2] = { (char)optopt, 0 };
			usage_error(t, "option -%s needs an argument", optopt ? o : "-");
			break;
		}
		case '?':
			if (optopt) {
				char o[2] = { (char)optopt, 0 };
				usage_error(t, "unknown option -%s", o);
			}
			usage_error(t, "unknown option %s", argv[optind - 1]);
			break;
		default:
			if (!t->option || t->option(c, optarg) < 0) {
				fprintf(stderr, "Try '%s --help' for more information.\n", t->name);
				exit(2);
			}
		}
	}
	nf_buf_free(&shortopts);
	if (ro.format == NF_IN_SFEED && nkeep == 0) {
		/* A feed item carries its time and link unless -k says otherwise. */
		static const char *sfeed_keep[] = { "timestamp", "link" };
		keep = nf_xmalloc(sizeof sfeed_keep);
		keep_as = nf_xmalloc(sizeof sfeed_keep);
		memcpy(keep, sfeed_keep, sizeof sfeed_keep);
		memcpy(keep_as, sfeed_keep, sizeof sfeed_keep);
		nkeep = 2;
	}
	check_keep(t, keep_as, nkeep);
	ro.keep = keep;
	ro.nkeep = nkeep;

	if (t->start) {
		int st = t->start(of);
		if (st)
			return st;
	}
	struct nf_out *out = nf_out_new(1, of, nkeep, keep_as);
	nf_out_set_unbuffered(out, unbuffered);
	if (header)
		nf_out_header(out, t->columns);

	char *stdin_only[] = { "-", NULL };
	char **files = optind < argc ? argv + optind : stdin_only;
	for (; *files; files++) {
		struct nf_input *in = nf_input_open(*files);
		struct nf_record r;
		if (!in)
			continue;
		struct nf_reader *rd = nf_reader_new(in, &ro);
		while (nf_reader_next(rd, &r)) {
			if (t->record(&r, out) < 0)
				nf_status = 1;
			if (unbuffered)
				nf_out_flush(out);
		}
		nf_reader_close(rd);
	}
	if (t->finish)
		t->finish(out);
	nf_out_close(out);
	free(keep);
	free(keep_as);
	return nf_status;
}
