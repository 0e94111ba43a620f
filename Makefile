# newsfilter: streaming Unix filters for news text.
# `make` builds bin/*, `make check` runs every suite (plain and under
# ASan+UBSan), `make fuzz` builds the libFuzzer targets.

PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
MANDIR  ?= $(PREFIX)/share/man
VERSION  = 0.1.0

CC      ?= cc
CFLAGS  ?= -O2
# Compressed input: zlib, libzstd, liblzma, libbz2 (no .pc file in Debian)
# and libarchive for tar and zip; gzip through ISA-L when it is installed
# (ISAL=no forces zlib; the sanitizer build does, so the suites cover both).
PKGS     = libutf8proc libpcre2-8 zlib libzstd liblzma libarchive
ISAL    ?= $(shell pkg-config --exists libisal && echo yes)
ifeq ($(ISAL),yes)
PKGS    += libisal
ISAL_DEF = -DNF_HAVE_ISAL
endif
BZ2_LIBS := $(shell pkg-config --exists bzip2 2>/dev/null && pkg-config --libs bzip2 || echo -lbz2)
# A static link takes the libraries pkg-config --static lists that have an
# archive here: libarchive also lists libraries (ACL, lz4, XML) for parts
# we never call, and Debian ships no libacl.a or liblz4.a.
static_libs = $(foreach l,$(1),$(if $(filter -l%,$(l)),$(if $(wildcard $(shell $(CC) -print-file-name=lib$(l:-l%=%).a)),$(l)),$(l)))
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS))
# libarchive comes in from its archive where there is one, in every build:
# as a shared library it loads libxml2, ICU and libstdc++ with it, for
# parts we never call (measured on a run over an empty input: 5.2 M
# instructions and 5.2 MB resident, against 0.7 M and 2.1 MB linked in).
ARCHIVE_A := $(wildcard $(shell $(CC) -print-file-name=libarchive.a))
ifeq ($(STATIC),yes)
PKG_LIBS   := $(call static_libs,$(shell pkg-config --static --libs $(PKGS)) $(BZ2_LIBS))
else ifneq ($(ARCHIVE_A),)
PKG_LIBS   := $(shell pkg-config --libs $(filter-out libarchive,$(PKGS))) $(BZ2_LIBS) \
	-Wl,-Bstatic $(call static_libs,$(shell pkg-config --static --libs libarchive)) -Wl,-Bdynamic
else
PKG_LIBS   := $(shell pkg-config --libs $(PKGS)) $(BZ2_LIBS)
endif
NF_LIBS  = $(PKG_LIBS) -lm -pthread
NF_CFLAGS = -std=c11 -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L -pthread \
	-DNF_VERSION='"$(VERSION)"' $(ISAL_DEF) -Iinclude -I$(O)/gen $(PKG_CFLAGS)

# O is the build directory; the sanitizer build uses O=build/san.
O       ?= build/rel
BIN     ?= bin

LIB_SRC  = $(sort $(wildcard lib/*.c lib/*/*.c))
LIB_OBJ  = $(LIB_SRC:lib/%.c=$(O)/lib/%.o)
GEN_SRC  =
TOOLS    = $(patsubst tools/%.c,$(BIN)/%,$(sort $(wildcard tools/*.c)))
UNITS    = $(patsubst tests/unit/%.c,$(O)/tests/%,$(sort $(wildcard tests/unit/*.c)))
HEADERS  = $(wildcard include/newsfilter/*.h lib/*.h lib/*/*.h)

# Module makefiles (generated tables, models) add to GEN_SRC and rules.
-include mk/*.mk
GEN_OBJ  = $(GEN_SRC:$(O)/gen/%.c=$(O)/gen/%.o)

all: $(TOOLS)

$(O)/libnewsfilter.a: $(LIB_OBJ) $(GEN_OBJ)
	@mkdir -p $(@D)
	rm -f $@ && ar rcs $@ $^

$(O)/lib/%.o: lib/%.c $(HEADERS) $(GEN_SRC)
	@mkdir -p $(@D)
	$(CC) $(NF_CFLAGS) $(CFLAGS) -c -o $@ $<

$(O)/gen/%.o: $(O)/gen/%.c
	$(CC) $(NF_CFLAGS) $(CFLAGS) -Wno-overlength-strings -c -o $@ $<

$(O)/tools/%.o: tools/%.c $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(NF_CFLAGS) $(CFLAGS) -c -o $@ $<

$(BIN)/%: $(O)/tools/%.o $(O)/libnewsfilter.a
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(O)/libnewsfilter.a $(NF_LIBS)

$(O)/tests/%: tests/unit/%.c tests/unit/test.h $(O)/libnewsfilter.a
	@mkdir -p $(@D)
	$(CC) $(NF_CFLAGS) $(CFLAGS) $(LDFLAGS) -Itests/unit -o $@ $< $(O)/libnewsfilter.a $(NF_LIBS)

# The error-injection shim (tests/inject): reads and writes that fail.
$(O)/tests/inject.so: tests/inject/inject.c
	@mkdir -p $(@D)
	$(CC) -O2 -Wall -Wextra -Werror -shared -fPIC -o $@ $< -ldl

units: $(UNITS) build/rel/tests/inject.so

# The suites run twice: on the release build and on the sanitizer build.
SAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

# The three builds compile on every core (a plain `make check` has no -j,
# and they took minutes one file at a time); tests/run.sh then runs the
# two builds' suites side by side.
NPROC := $(shell nproc 2>/dev/null || echo 1)
check:
	@$(MAKE) --no-print-directory -j$(NPROC) all units static
	@$(MAKE) --no-print-directory -j$(NPROC) O=build/san BIN=build/san/bin ISAL=no \
		CFLAGS='$(SAN_FLAGS)' LDFLAGS='$(SAN_FLAGS)' all units
	@sh tests/run.sh

# Fully static binaries in bin/static/, for shipping one file to a Hadoop
# or Spark worker (glibc's static getpwnam warnings do not apply: no NSS).
# Debian's libisal-dev has no libisal.a: then the static build inflates
# gzip with zlib.
static:
	@$(MAKE) --no-print-directory O=build/static BIN=bin/static STATIC=yes \
		ISAL=$(if $(wildcard $(shell $(CC) -print-file-name=libisal.a)),$(ISAL),no) \
		LDFLAGS='-static' all

bench: all
	scripts/bench

lint:
	mandoc -Tlint -W warning man/*.[0-9]

# libFuzzer targets: tests/fuzz/NAME.c -> tests/fuzz/NAME-fuzz
FUZZ_SRC  = $(sort $(wildcard tests/fuzz/*.c))
FUZZ_BIN  = $(FUZZ_SRC:.c=-fuzz)
FUZZ_FLAGS = -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
fuzz:
	@$(MAKE) --no-print-directory CC=clang O=build/fuzz BIN=build/fuzz/bin \
		CFLAGS='-O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all' build/fuzz/libnewsfilter.a
	@[ -z "$(FUZZ_BIN)" ] || $(MAKE) --no-print-directory $(FUZZ_BIN)

tests/fuzz/%-fuzz: tests/fuzz/%.c $(wildcard tests/fuzz/*.h) build/fuzz/libnewsfilter.a
	clang $(NF_CFLAGS:-I$(O)/gen=-Ibuild/fuzz/gen) $(FUZZ_FLAGS) -o $@ $< build/fuzz/libnewsfilter.a $(NF_LIBS)

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5
	cp -f $(TOOLS) $(DESTDIR)$(BINDIR)/
	for m in man/*.1; do cp -f $$m $(DESTDIR)$(MANDIR)/man1/; done
	for m in man/*.5; do cp -f $$m $(DESTDIR)$(MANDIR)/man5/; done

clean:
	rm -rf bin build tests/fuzz/*-fuzz

.PHONY: all units check static bench lint fuzz install clean
.SECONDARY:
