/* cli.h: the command line and main loop every tool shares. A tool describes
 * itself in a struct nf_tool; nf_main parses the options common to all
 * (-i -l -f -k -o -H -u --help --version), reads every input record and
 * hands it to the tool, and returns the exit status. */
#ifndef NEWSFILTER_CLI_H
#define NEWSFILTER_CLI_H

#include "newsfilter/output.h"
#include "newsfilter/record.h"

struct nf_tool {
	const char *name;
	const char *summary;      /* one line: what the tool writes */
	const char *options_help; /* the tool's own option lines for --help */
	const char *shortopts;    /* the tool's own getopt letters, or "" */
	/* Handle one of the tool's options; return 0, or -1 for a usage error
	 * (after printing what is wrong with nf_warn-style text). */
	int (*option)(int c, const char *arg);
	/* Called once after options are parsed, before any input; may be NULL.
	 * Returns 0, or an exit status to stop with. */
	int (*start)(enum nf_output_format f);
	const char *const *columns; /* the tool's own fields, for -H */
	/* One input record; emit output records on out. Return 0, or -1 when
	 * the record was bad (reported; the exit status becomes 1). */
	int (*record)(const struct nf_record *r, struct nf_out *out);
	/* End of all input: emit anything pending; may be NULL. */
	void (*finish)(struct nf_out *out);
};

int nf_main(const struct nf_tool *t, int argc, char **argv);

#endif
