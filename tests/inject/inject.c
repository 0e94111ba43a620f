/* inject.c: an LD_PRELOAD shim that makes reads and writes fail on demand,
 * to test the error paths that real disks and pipes rarely take:
 *   NF_FAIL_READ=N   read(2) on a file (fd > 2) fails with EIO once N bytes
 *                    have been read from it (counted per open file)
 *   NF_FAIL_WRITE=N  write(2) to standard output fails with EIO after N bytes
 * (jq's inject_errors.c does the same for its tests.) */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

static long long limit(const char *name)
{
	const char *s = getenv(name);
	return s ? atoll(s) : -1;
}

/* Bytes read so far per descriptor, reset when it is closed. */
static long long done_by_fd[1024];

int close(int fd)
{
	static int (*real)(int);

	if (!real)
		real = (int (*)(int))dlsym(RTLD_NEXT, "close");
	if (fd >= 0 && fd < 1024)
		done_by_fd[fd] = 0;
	return real(fd);
}

ssize_t read(int fd, void *buf, size_t n)
{
	static ssize_t (*real)(int, void *, size_t);
	static long long spare;
	long long *done = fd >= 0 && fd < 1024 ? &done_by_fd[fd] : &spare;
	long long lim = limit("NF_FAIL_READ");

	if (!real)
		real = (ssize_t (*)(int, void *, size_t))dlsym(RTLD_NEXT, "read");
	if (fd > 2 && lim >= 0) {
		if (*done >= lim) {
			errno = EIO;
			return -1;
		}
		if ((long long)n > lim - *done)
			n = (size_t)(lim - *done);
	}
	ssize_t r = real(fd, buf, n);
	if (r > 0 && fd > 2)
		*done += r;
	return r;
}

ssize_t write(int fd, const void *buf, size_t n)
{
	static ssize_t (*real)(int, const void *, size_t);
	static long long done;
	long long lim = limit("NF_FAIL_WRITE");

	if (!real)
		real = (ssize_t (*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
	if (fd == 1 && lim >= 0) {
		if (done >= lim) {
			errno = EIO;
			return -1;
		}
		if ((long long)n > lim - done)
			n = (size_t)(lim - done);
	}
	ssize_t r = real(fd, buf, n);
	if (r > 0 && fd == 1)
		done += r;
	return r;
}
