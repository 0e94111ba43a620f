/* model.c: the tag-entities model image (weights, transitions, gazetteer,
 * word classes), checked and used in place; the compiled-in models. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsfilter/buf.h"
#include "newsfilter/entities.h"

const char *const nf_ent_type_names[NF_ENT_NTYPES] = { "PER", "ORG", "LOC", "MISC" };

int nf_ent_type_parse(const char *s, size_t len)
{
	for (int t = 0; t < NF_ENT_NTYPES; t++)
		if (strlen(nf_ent_type_names[t]) == len && memcmp(s, nf_ent_type_names[t], len) == 0)
			return t;
	return -1;
}

int nf_ent_allowed(int p, int c)
{
	if (p && NF_ENT_POS(p) <= 1)  /* after B or I: I or L of the same type */
		return c && NF_ENT_POS(c) >= 1 && NF_ENT_POS(c) <= 2 &&
			NF_ENT_TYPE(c) == NF_ENT_TYPE(p);
	return c == 0 || NF_ENT_POS(c) == 0 || NF_ENT_POS(c) == 3;
}

/* The image: a header of 128 bytes, then the feature slots, transitions,
 * word class values and keys, gazetteer keys and values, and the rows.
 * Every part starts 8-byte aligned. */
#define MODEL_MAGIC "NFENTMD1"
#define MODEL_VERSION 5
#define MODEL_HEADER 128
#define NTRANS ((1 + NF_ENT_CLASSES) * NF_ENT_CLASSES)

static uint32_t rd32(const unsigned char *p)
{
	uint32_t v;
	memcpy(&v, p, 4);
	return v;
}

static void wr32(unsigned char *p, uint32_t v)
{
	memcpy(p, &v, 4);
}

static int full_table(const uint32_t *keys, uint32_t cap)
{
	uint32_t used = 0;
	for (uint32_t i = 0; i < cap; i++)
		used += keys[i] != 0;
	return cap && used == cap;  /* a full table would never end a probe */
}

/* Map a model image; check == 0 trusts the tables (the compiled-in models,
 * checked when they were made), so that start-up touches only the header. */
static int model_map(struct nf_ent_model *m, const void *data, size_t len, const char **err,
	int check)
{
	const unsigned char *p = data;
	memset(m, 0, sizeof *m);
	if (len < MODEL_HEADER || memcmp(p, MODEL_MAGIC, 8) != 0) {
		*err = "not a tag-entities model";
		return -1;
	}
	if (rd32(p + 8) != MODEL_VERSION || rd32(p + 12) != NF_ENT_CLASSES) {
		*err = rd32(p + 8) == (uint32_t)MODEL_VERSION << 24 ? "model has the wrong byte order"
			: "unsupported model version";
		return -1;
	}
	uint32_t options = rd32(p + 16), fcap = rd32(p + 20), nrows = rd32(p + 24);
	uint32_t gcap = rd32(p + 36), ccap = rd32(p + 40);
	float scale;
	memcpy(&scale, p + 32, 4);
	if (fcap == 0 || (gcap & (gcap - 1)) || (ccap & (ccap - 1)) || nrows >= fcap ||
	    !(scale > 0) || options > 7 || ((uintptr_t)p & 7)) {
		*err = "corrupt model header";
		return -1;
	}
	uint64_t need = MODEL_HEADER + 8ULL * fcap + 4ULL * NTRANS + 12ULL * ccap +
		8ULL * gcap + 2ULL * NF_ENT_CLASSES * nrows;
	if (need != len) {
		*err = need > len ? "model file is truncated" : "corrupt model header";
		return -1;
	}
	m->options = options;
	m->fcap = fcap;
	m->nrows = nrows;
	m->scale = scale;
	m->slots = (const uint32_t *)(p + MODEL_HEADER);
	m->trans = (const int32_t *)(m->slots + 2 * (size_t)fcap);
	m->classes.cap = ccap;
	m->classes.vals = (const uint64_t *)(m->trans + NTRANS);
	m->classes.keys = (const uint32_t *)(m->classes.vals + ccap);
	m->gaz.cap = gcap;
	m->gaz.keys = m->classes.keys + ccap;
	m->gaz.vals = m->gaz.keys + gcap;
	m->rows = (const int16_t *)(m->gaz.vals + gcap);
	if (!check)
		return 0;
	uint32_t used = 0;
	for (uint32_t i = 0; i < fcap; i++)
		if (m->slots[2 * i]) {
			if (m->slots[2 * i + 1] >= nrows) {
				*err = "corrupt model table";
				return -1;
			}
			used++;
		}
	/* transitions: bounded, so that a path's score cannot overflow */
	for (int i = 0; i < NTRANS; i++)
		if (m->trans[i] < -(1 << 24) || m->trans[i] > (1 << 24)) {
			*err = "corrupt model transitions";
			return -1;
		}
	if (used == fcap || full_table(m->gaz.keys, gcap) || full_table(m->classes.keys, ccap)) {
		*err = "corrupt model table";
		return -1;
	}
	return 0;
}

int nf_ent_model_map(struct nf_ent_model *m, const void *data, size_t len, const char **err)
{
	return model_map(m, data, len, err, 1);
}

void nf_ent_model_write(struct nf_buf *out, const struct nf_ent_image *im)
{
	unsigned char h[MODEL_HEADER] = { 0 };
	memcpy(h, MODEL_MAGIC, 8);
	wr32(h + 8, MODEL_VERSION);
	wr32(h + 12, NF_ENT_CLASSES);
	wr32(h + 16, im->options);
	wr32(h + 20, im->fcap);
	wr32(h + 24, im->nrows);
	wr32(h + 28, im->nrows * NF_ENT_CLASSES * 2);
	memcpy(h + 32, &im->scale, 4);
	wr32(h + 36, im->gaz.cap);
	wr32(h + 40, im->classes.cap);
	wr32(h + 44, NF_GAZ_MAXLEN);
	out->len = 0;
	nf_buf_add(out, h, sizeof h);
	nf_buf_add(out, im->slots, (size_t)im->fcap * 8);
	nf_buf_add(out, im->trans, NTRANS * 4);
	if (im->classes.cap) {
		nf_buf_add(out, im->classes.vals, (size_t)im->classes.cap * 8);
		nf_buf_add(out, im->classes.keys, (size_t)im->classes.cap * 4);
	}
	if (im->gaz.cap) {
		nf_buf_add(out, im->gaz.keys, (size_t)im->gaz.cap * 4);
		nf_buf_add(out, im->gaz.vals, (size_t)im->gaz.cap * 4);
	}
	nf_buf_add(out, im->rows, (size_t)im->nrows * NF_ENT_CLASSES * 2);
}

int nf_ent_model_read(struct nf_ent_model *m, const char *path, const char **err)
{
	FILE *fp = fopen(path, "rb");
	if (!fp) {
		*err = NULL;
		return -1;
	}
	struct nf_buf b = { 0 };
	char tmp[65536];
	size_t k;
	while ((k = fread(tmp, 1, sizeof tmp, fp)) > 0)
		nf_buf_add(&b, tmp, k);
	int bad = ferror(fp);
	fclose(fp);
	if (bad) {
		nf_buf_free(&b);
		*err = NULL;
		return -1;
	}
	/* malloc'd memory is aligned for any type */
	if (nf_ent_model_map(m, b.data ? b.data : "", b.len, err) != 0) {
		nf_buf_free(&b);
		return -1;
	}
	m->owned = b.data;
	return 0;
}

void nf_ent_model_free(struct nf_ent_model *m)
{
	free(m->owned);
	m->owned = NULL;
}

const int16_t *nf_ent_model_row(const struct nf_ent_model *m, uint32_t key)
{
	uint32_t s = (uint32_t)(((uint64_t)key * m->fcap) >> 32);
	for (;;) {
		uint32_t k = m->slots[2 * s];
		if (k == key)
			return m->rows + (size_t)m->slots[2 * s + 1] * NF_ENT_CLASSES;
		if (k == 0)
			return NULL;
		if (++s == m->fcap)
			s = 0;
	}
}

/* ---- the compiled-in models (scripts/bin2c, mk/entities.mk) ---- */

extern const char nf_ent_model_default_data[], nf_ent_model_open_data[];
extern const size_t nf_ent_model_default_len, nf_ent_model_open_len;

const struct nf_ent_model *nf_ent_model_builtin(const char *name)
{
	static struct nf_ent_model models[2];
	static int state[2];  /* 0 unmapped, 1 good, -1 bad or absent */
	int k;
	const char *data;
	size_t len;
	if (strcmp(name, "default") == 0) {
		k = 0;
		data = nf_ent_model_default_data;
		len = nf_ent_model_default_len;
	} else if (strcmp(name, "open") == 0) {
		k = 1;
		data = nf_ent_model_open_data;
		len = nf_ent_model_open_len;
	} else {
		return NULL;
	}
	if (!state[k]) {
		const char *err;
		state[k] = len && model_map(&models[k], data, len, &err, 0) == 0 ? 1 : -1;
	}
	return state[k] == 1 ? &models[k] : NULL;
}
