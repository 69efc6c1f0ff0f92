#!/usr/bin/env python3
# Rebuilds src/Bantin.Text/Resources/camel-case-names.txt.gz (docs/data.md):
#   python3 scripts/camel-case-names.py ../shared/data/lexicon_vi/vietnews_word_freq.tsv | gzip -9n > src/Bantin.Text/Resources/camel-case-names.txt.gz
import sys
# Camel-case names (VinFast, VietinBank, McCain): one-token words with a capital after a lower-case letter, seen 3+ times.
names = set()
for line in open(sys.argv[1], encoding='utf-8'):
    if line.startswith('#'): continue
    word, count, syllables = line.rstrip('\n').split('\t')
    if syllables == '1' and int(count) >= 3 and word.isalpha() and word[0].isupper() \
       and any(word[i].isupper() and word[i - 1].islower() for i in range(1, len(word))):
        names.add(word)
sys.stdout.write(''.join(n + '\n' for n in sorted(names)))
