# entities.mk: the tag-entities models. The committed model files in
# lib/data/ are compiled into the library as arrays (scripts/bin2c), so a
# plain `make` trains nothing; `make model` and `make model-open` retrain
# them from ../shared/data/ner (reproducibly: a fixed shuffling seed).

# (`all:` first, so that this file does not change the default goal)
all:

NF_SHARED ?= ../shared
NER       ?= $(NF_SHARED)/data/ner
ENT_GAZ   = -g lib/data/gazetteer.tsv -g lib/data/titles.tsv
ENT_OPEN  = $(NER)/open/wikigold.conll $(NER)/open/gum_open_train.conll \
	$(NER)/open/uner_ewt.conll $(NER)/open/uner_pud.conll \
	$(NER)/open/btc.conll $(NER)/open/wnut17.conll $(NER)/open/re3d_open.conll
# CoNLL-2003 counts three times: Reuters text is what eng.testa measures
# (twice: testa F1 88.3, three times: 89.4; GUM news about the same).
ENT_CONLL = $(NER)/conll2003/eng.train
ENT_TRAIN_DEFAULT = $(ENT_CONLL) $(ENT_CONLL) $(ENT_CONLL) $(ENT_OPEN)
# -c 5: features seen fewer than 5 times are left out (a smaller model,
# and on testa better than 3 or 8); -a 10: every 10th sentence again in
# capitals or title case (headlines); -e 8 -d: the best of 8 epochs on
# eng.testa (it is the third: more passes over CoNLL overfit).
ENT_FLAGS_DEFAULT = -q -c 5 -a 10 -e 8 -d $(NER)/conll2003/eng.testa
ENT_FLAGS_OPEN    = -q -c 5 -a 10 -e 10

ENT_MODEL_DIR ?= lib/data

GEN_SRC += $(O)/gen/entities-default.c $(O)/gen/entities-open.c

$(O)/gen/entities-%.c: lib/data/entities-%.model scripts/bin2c
	@mkdir -p $(@D)
	sh scripts/bin2c nf_ent_model_$* $< >$@.tmp && mv $@.tmp $@

# A model file may be absent before the first `make model`.
lib/data/entities-%.model:
	@:

model: $(BIN)/train-entities
	$(BIN)/train-entities $(ENT_FLAGS_DEFAULT) $(ENT_GAZ) \
		-o $(ENT_MODEL_DIR)/entities-default.model $(ENT_TRAIN_DEFAULT)

model-open: $(BIN)/train-entities
	$(BIN)/train-entities $(ENT_FLAGS_OPEN) $(ENT_GAZ) \
		-o $(ENT_MODEL_DIR)/entities-open.model $(ENT_OPEN)

.PHONY: model model-open
