/* quotes.c: unit tests for the quotation analyser: every mark style,
 * nesting, apostrophes, paragraphs, unbalanced marks, attribution orders,
 * pronouns and roles, and records of one document read whole or in parts. */
#include <stdlib.h>

#include "newsfilter/buf.h"
#include "newsfilter/quotes.h"
#include "test.h"

/* Every quote of a document given as records separated by "|" (each a
 * record of the given paragraph kind), one line per quote:
 * "quote|speaker|cue|kind", lines joined by "\n". */
static const char *run(const char *doc, enum nf_quote_para para)
{
	static struct nf_buf out;
	struct nf_quotes *q = nf_quotes_new();
	const struct nf_quote *qs;
	size_t n;
	const char *p = doc;
	int first = 1;

	out.len = 0;
	for (;;) {
		const char *e = strchr(p, '|');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		/* an exact-size copy, so that ASan sees any read past the end */
		char *rec = malloc(len ? len : 1);
		memcpy(rec, p, len);
		n = nf_quotes_scan(q, rec, len, first ? NF_PARA_NEW : para, &qs);
		first = 0;
		for (size_t i = 0; i < n; i++) {
			if (out.len)
				nf_buf_addc(&out, '\n');
			nf_buf_add(&out, qs[i].text, qs[i].len);
			nf_buf_addc(&out, '|');
			if (qs[i].speaker)
				nf_buf_add(&out, qs[i].speaker, qs[i].speaker_len);
			nf_buf_addc(&out, '|');
			if (qs[i].cue)
				nf_buf_add(&out, qs[i].cue, qs[i].cue_len);
			nf_buf_adds(&out, qs[i].kind == NF_QUOTE_DIRECT ? "|d" : "|p");
			/* offsets lie inside the record they refer to */
			if (!qs[i].earlier && (qs[i].start > qs[i].end || qs[i].end > len))
				nf_buf_adds(&out, " BAD-OFFSETS");
		}
		free(rec);
		if (!e)
			break;
		p = e + 1;
	}
	n = nf_quotes_end(q, &qs);
	for (size_t i = 0; i < n; i++) {
		if (out.len)
			nf_buf_addc(&out, '\n');
		nf_buf_add(&out, qs[i].text, qs[i].len);
		nf_buf_adds(&out, "|(end)");
	}
	nf_quotes_free(q);
	nf_buf_addc(&out, 0);
	return out.data;
}

static const char *doc(const char *d) { return run(d, NF_PARA_NEW); }

static char *dup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *d = malloc(n);
	memcpy(d, s, n);
	return d;
}

int main(void)
{
	/* Mark styles. */
	CHECK_STR("curly double", doc("“We will win,” Smith said."),
		"We will win|Smith|said|d");
	CHECK_STR("straight double", doc("\"We will win,\" Smith said."),
		"We will win|Smith|said|d");
	CHECK_STR("curly single", doc("‘We will win,’ Smith said."),
		"We will win|Smith|said|d");
	CHECK_STR("straight single", doc("'We will win,' Smith said."),
		"We will win|Smith|said|d");
	CHECK_STR("guillemets", doc("Smith said: «We will win.»"),
		"We will win.|Smith|said|d");
	CHECK_STR("reversed guillemets", doc("Smith said: »We will win.«"),
		"We will win.|Smith|said|d");
	CHECK_STR("low-high German", doc("Smith said: „We will win.“"),
		"We will win.|Smith|said|d");
	CHECK_STR("low-high Polish", doc("Smith said: „We will win.”"),
		"We will win.|Smith|said|d");
	CHECK_STR("single angle", doc("Smith said: ‹We will win.›"),
		"We will win.|Smith|said|d");

	/* Nesting: the inner quote belongs to the outer one. */
	CHECK_STR("nested single in double",
		doc("“She told me, ‘Go home,’ and left,” Jones said."),
		"She told me, ‘Go home,’ and left|Jones|said|d");
	CHECK_STR("nested straight in straight",
		doc("McGurk wrote: \"The \"United States\" is not holding anyone.\""),
		"The \"United States\" is not holding anyone.|McGurk|wrote|d");

	/* Apostrophes are not marks. */
	CHECK_STR("apostrophes inside and before words",
		doc("Russia’s army, rock ’n’ roll and the ’90s don't matter, Ann's friend said."), "");
	CHECK_STR("possessive plural after a quote",
		doc("“It’s the players’ choice,” Lee said."),
		"It’s the players’ choice|Lee|said|d");

	/* Unbalanced marks end at the paragraph end, nothing more. */
	CHECK_STR("unclosed mark ends with its paragraph",
		run("He said “we will win and then left.|Ann said it was “a quote” here.", NF_PARA_NEW),
		"we will win and then left.||said|d\na quote|Ann|said|p");
	CHECK_STR("unclosed mark in one record with newlines",
		doc("He said “we will win.\nLater, Ann said “fine” again."),
		"we will win.||said|d\nfine|Ann|said|p");
	CHECK_STR("stray closing mark", doc("It was” over, Lee said “yes” then."),
		"yes|Lee|said|p");

	/* A quote over several paragraphs: no closing mark, the next opens. */
	CHECK_STR("multi-paragraph quote across records",
		run("Smith said: “We will win.|“We will fight on,” he added.", NF_PARA_NEW),
		"We will win. We will fight on|Smith|added|d");
	CHECK_STR("multi-paragraph quote, then the next paragraph",
		run("Smith said: “We will win.|“We will fight on.”|Jones said it was “fine”.", NF_PARA_NEW),
		"We will win. We will fight on.|Smith|said|d\nfine|Jones|said|p");
	CHECK_STR("multi-paragraph quote in one record",
		doc("Smith said: “We will win.\n“We will fight on.”"),
		"We will win. We will fight on.|Smith|said|d");

	/* Orders of attribution. */
	CHECK_STR("Q, said X", doc("“It is over,” said Bash."),
		"It is over|Bash|said|d");
	CHECK_STR("split quote", doc("“Here,” said Sadiq Khan, “we stand.”"),
		"Here|Sadiq Khan|said|d\nwe stand.|Sadiq Khan|said|d");
	CHECK_STR("continuation inherits speaker, no cue",
		doc("“It was good,” Matt Myers said. “We played well.”"),
		"It was good|Matt Myers|said|d\nWe played well.|Matt Myers||d");
	CHECK_STR("called it",
		doc("Tom Watson called Prime Minister Theresa May's deal “lousy”."),
		"lousy|Tom Watson|called|p");
	CHECK_STR("according to",
		doc("According to Kelly Dittmar, “Women hold fewer seats.”"),
		"Women hold fewer seats.|Kelly Dittmar|According to|d");
	CHECK_STR("cue in the sentence before",
		doc("Brett McGurk also criticized the decision. “It is a mistake.”"),
		"It is a mistake.|Brett McGurk|criticized|d");
	CHECK_STR("title stripped",
		doc("Foreign Minister Dmytro Kuleba said the attacks “threaten freedom of navigation”."),
		"threaten freedom of navigation|Dmytro Kuleba|said|p");
	CHECK_STR("unnamed source gives null",
		doc("A spokesman said the plan was “dead”. His administration describes it as a “bloodbath”."),
		"dead||said|p\nbloodbath||describes|p");
	CHECK_STR("country is not a speaker",
		doc("The U.S. and Ukraine said they had a “refined peace framework.”"),
		"refined peace framework.||said|p");
	CHECK_STR("names and glosses are not quotes",
		doc("A site known as “Welcome To Video” sold the virus “COVID-19”."), "");

	/* Pronouns and roles back to the person. */
	CHECK_STR("he -> last man named",
		doc("President Vladimir Putin spoke in Moscow. A clash, he warned, could escalate “very quickly.”"),
		"very quickly.|Vladimir Putin|warned|p");
	CHECK_STR("she -> last woman named",
		doc("Nancy Pelosi met Donald Trump. “We are ready,” she said."),
		"We are ready|Nancy Pelosi|said|d");
	CHECK_STR("last name -> full name",
		doc("Russian President Vladimir Putin met envoys.|Putin said the “most radical” option was war."),
		"most radical|Vladimir Putin|said|p");
	CHECK_STR("title and last name -> full name",
		doc("Donald Trump met envoys. Later President Trump said it was “a mess”."),
		"a mess|Donald Trump|said|p");
	CHECK_STR("role -> person with that title",
		doc("Foreign Minister Dmytro Kuleba arrived. The minister said it was “time to act”."),
		"time to act|Dmytro Kuleba|said|p");

	/* Kinds. */
	CHECK_STR("fragment is partial, clause is direct",
		doc("Ann Lee said the law “condemned many women”. Ann Lee said, “It must go.”"),
		"condemned many women|Ann Lee|said|p\nIt must go.|Ann Lee|said|d");

	/* One document read whole, as paragraphs, or as sentence records. */
	const char *whole = "Zelenskyy met Ann Lee in Paris. “The next steps will "
		"depend on the signals we receive. We are open,” he told reporters. "
		"“We share the view,” Zelenskyy wrote.";
	const char *sents = "Zelenskyy met Ann Lee in Paris.|“The next steps will "
		"depend on the signals we receive.|We are open,” he told reporters.|"
		"“We share the view,” Zelenskyy wrote.";
	char *w = dup(doc(whole));
	CHECK_STR("sentence records give the same quotes", run(sents, NF_PARA_SAME), w);
	CHECK_STR("sentence records of unknown paragraphs too",
		run(sents, NF_PARA_UNKNOWN), w);
	free(w);

	/* -s matching. */
	CHECK("speaker match: last name", nf_quotes_speaker_match("Vladimir Putin", 14, "Putin", 5));
	CHECK("speaker match: full name", nf_quotes_speaker_match("Vladimir Putin", 14, "Vladimir Putin", 14));
	CHECK("speaker match: not a part of a word", !nf_quotes_speaker_match("Vladimir Putin", 14, "Put", 3));
	CHECK("speaker match: null speaker", !nf_quotes_speaker_match(NULL, 0, "Putin", 5));

	/* Memory is bounded: a document of many names keeps a few hundred. */
	{
		struct nf_quotes *q = nf_quotes_new();
		const struct nf_quote *qs;
		char rec[64], nm[8];
		int ok = 1;
		for (int i = 0; i < 5000; i++) {
			/* names from the number in letters: Bcdf Bcdf */
			for (int k = 0, v = i; k < 4; k++, v /= 20)
				nm[k] = (char)((k ? 'a' : 'A') + v % 20);
			nm[4] = 0;
			int n = snprintf(rec, sizeof rec, "Senator %s %sson spoke.", nm, nm);
			if (nf_quotes_scan(q, rec, (size_t)n, NF_PARA_NEW, &qs) != 0)
				ok = 0;
		}
		char last[64], want[32];
		snprintf(last, sizeof last, "“Yes,” said %sson.", nm);
		int wl = snprintf(want, sizeof want, "%s %sson", nm, nm);
		size_t n = nf_quotes_scan(q, last, strlen(last), NF_PARA_NEW, &qs);
		CHECK("5000 names: latest still resolved", ok && n == 1 && qs[0].speaker &&
			qs[0].speaker_len == (size_t)wl && memcmp(qs[0].speaker, want, (size_t)wl) == 0);
		nf_quotes_free(q);
	}
	TEST_END();
}
