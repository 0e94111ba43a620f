# entities.mk: the tag-entities models. The committed model files in
# lib/data/ are compiled into the library as arrays (scripts/bin2c), so a
# plain `make` trains nothing; `make model` and `make model-open` retrain
# them from ../shared/data/ner (reproducibly: fixed shuffling seeds, one
# thread), and `make wordclasses` relearns the word classes they use from
# ../shared/data/unlabeled (an hour at most, run niced).

# (`all:` first, so that this file does not change the default goal)
all:

# The tagger's modules live in lib/entities/.
LIB_SRC := $(sort $(LIB_SRC) $(wildcard lib/entities/*.c))
HEADERS := $(sort $(HEADERS) $(wildcard lib/entities/*.h))

NF_SHARED ?= ../shared
NER       ?= $(NF_SHARED)/data/ner
ENT_GAZ   = -g lib/data/gazetteer.tsv -g lib/data/titles.tsv
ENT_WC    = -w lib/data/wordclasses.tsv
# CoNLL-2003 counts twice: Reuters text is what eng.testa measures. With
# the open sets' development part held out, three times against twice:
# testa 93.2 against 93.1, open dev 70.4 both, its GUM part (PER/ORG/LOC)
# 68.9 against 70.9: twice, for news that is not 1996 Reuters.
ENT_CONLL = $(NER)/conll2003/eng.train
# The open sets have no development set of their own: every tenth document
# of the news-like ones is kept out of training for one (scripts/split-conll),
# by both models, so that both are tuned and scored on text they never saw.
ENT_SPLIT = $(O)/ner-open
ENT_DEV_NAMES = wikigold gum_open_train uner_ewt uner_pud re3d_open
ENT_OPEN_TRAIN = $(ENT_DEV_NAMES:%=$(ENT_SPLIT)/%.train) \
	$(NER)/open/btc.conll $(NER)/open/wnut17.conll
ENT_TRAIN_DEFAULT = $(ENT_CONLL) $(ENT_CONLL) $(ENT_OPEN_TRAIN)
# -c 5: features seen fewer than 5 times are left out (a smaller model,
# and on testa better than 3 or 8); -a 10: every 10th sentence again in
# capitals or title case (headlines); -e 8 -d -d: the best of 8 epochs on
# the mean F1 of eng.testa and the open sets' development part (testa
# alone picks the epoch that knows 1996 Reuters best).
ENT_FLAGS_DEFAULT = -q -c 5 -a 10 -e 8 -d $(NER)/conll2003/eng.testa -d $(ENT_SPLIT)/dev.conll
# The open model: WikiGold, whose conventions are CoNLL's, counts twice.
ENT_TRAIN_OPEN = $(ENT_SPLIT)/wikigold.train $(ENT_OPEN_TRAIN)
ENT_FLAGS_OPEN = -q -c 5 -a 10 -e 10 -d $(ENT_SPLIT)/dev.conll

ENT_MODEL_DIR ?= lib/data

GEN_SRC += $(O)/gen/entities-default.c $(O)/gen/entities-open.c

$(O)/gen/entities-%.c: lib/data/entities-%.model scripts/bin2c
	@mkdir -p $(@D)
	sh scripts/bin2c nf_ent_model_$* $< >$@.tmp && mv $@.tmp $@

# A model file may be absent before the first `make model`.
lib/data/entities-%.model:
	@:

model: $(BIN)/train-entities $(ENT_SPLIT)/dev.conll
	nice -n 10 $(BIN)/train-entities $(ENT_FLAGS_DEFAULT) $(ENT_GAZ) $(ENT_WC) \
		-o $(ENT_MODEL_DIR)/entities-default.model $(ENT_TRAIN_DEFAULT)

$(ENT_SPLIT)/dev.conll: scripts/split-conll $(ENT_DEV_NAMES:%=$(NER)/open/%.conll)
	sh scripts/split-conll $(ENT_SPLIT) $(ENT_DEV_NAMES:%=$(NER)/open/%.conll)
	cat $(ENT_DEV_NAMES:%=$(ENT_SPLIT)/%.dev) >$@

model-open: $(BIN)/train-entities $(ENT_SPLIT)/dev.conll
	nice -n 10 $(BIN)/train-entities $(ENT_FLAGS_OPEN) $(ENT_GAZ) $(ENT_WC) \
		-o $(ENT_MODEL_DIR)/entities-open.model $(ENT_TRAIN_OPEN)

# Word classes from unlabeled text (scripts/wordclasses.c); the committed
# lib/data/wordclasses.tsv is what the models were trained with.
WC_TEXT = $(NF_SHARED)/data/unlabeled/enwiki-2014-slice.wikiextractor.txt.gz
WC_FLAGS = -v 100000 -k 64,256,1024

$(O)/wordclasses: scripts/wordclasses.c $(O)/libnewsfilter.a
	$(CC) $(NF_CFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ scripts/wordclasses.c \
		$(O)/libnewsfilter.a $(PKG_LIBS) -lm

wordclasses: $(O)/wordclasses
	nice -n 10 $(O)/wordclasses $(WC_FLAGS) $(WC_TEXT) >lib/data/wordclasses.tsv.tmp
	mv lib/data/wordclasses.tsv.tmp lib/data/wordclasses.tsv

# The gazetteer from ../shared/data/ner/gazetteers (scripts/gen-gazetteer).
gazetteer:
	python3 scripts/gen-gazetteer $(NER)/gazetteers >lib/data/gazetteer.tsv.tmp
	mv lib/data/gazetteer.tsv.tmp lib/data/gazetteer.tsv

.PHONY: model model-open wordclasses gazetteer
