/* msg.c: "prog: file:line: message" on standard error, and the exit status
 * that bad input implies. Like sbase's eprintf, a format ending in ':'
 * gets strerror(errno) appended. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsfilter/msg.h"

const char *nf_prog = "newsfilter";
int nf_status;

static void vmsg(const char *file, long line, const char *fmt, va_list ap)
{
	int saved = errno;
	size_t n = strlen(fmt);

	fprintf(stderr, "%s: ", nf_prog);
	if (file && line > 0)
		fprintf(stderr, "%s:%ld: ", file, line);
	else if (file)
		fprintf(stderr, "%s: ", file);
	vfprintf(stderr, fmt, ap);
	if (n && fmt[n - 1] == ':')
		fprintf(stderr, " %s", strerror(saved));
	fputc('\n', stderr);
}

void nf_error(const char *file, long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(file, line, fmt, ap);
	va_end(ap);
	nf_status = 1;
}

void nf_warn(const char *file, long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(file, line, fmt, ap);
	va_end(ap);
}

void nf_die(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(NULL, 0, fmt, ap);
	va_end(ap);
	exit(status);
}

const char *nf_size_str(size_t n, char *buf, size_t cap)
{
	if (n && n % (1u << 30) == 0)
		snprintf(buf, cap, "%zu GiB", n >> 30);
	else if (n && n % (1u << 20) == 0)
		snprintf(buf, cap, "%zu MiB", n >> 20);
	else if (n && n % (1u << 10) == 0)
		snprintf(buf, cap, "%zu KiB", n >> 10);
	else
		snprintf(buf, cap, "%zu bytes", n);
	return buf;
}

void nf_error_too_long(const char *file, long line, size_t limit)
{
	char size[32];

	nf_error(file, line, "record longer than %s skipped (-L sets the limit)",
		nf_size_str(limit, size, sizeof size));
}
