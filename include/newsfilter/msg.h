/* msg.h: messages on standard error in the one format every tool uses,
 * "prog: file:line: what happened", and the exit status they imply. */
#ifndef NEWSFILTER_MSG_H
#define NEWSFILTER_MSG_H

#include <stddef.h>

/* The program name used as the prefix of every message. */
extern const char *nf_prog;

/* The exit status so far: 0, or 1 once any input or record was bad. */
extern int nf_status;

/* "prog: file:line: message" (line 0: "prog: file: message"), and sets
 * nf_status to 1. A format ending in ':' appends strerror(errno). */
void nf_error(const char *file, long line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* The same message without touching the exit status. */
void nf_warn(const char *file, long line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* A size for a message: "64 MiB", "1500 bytes" (as exact as -L took it). */
const char *nf_size_str(size_t n, char *buf, size_t cap);

/* The message for a record longer than the -L limit; sets the status. */
void nf_error_too_long(const char *file, long line, size_t limit);

/* "prog: message" and exit with status. */
void nf_die(int status, const char *fmt, ...)
	__attribute__((format(printf, 2, 3), noreturn));

#endif
