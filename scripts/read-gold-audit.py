#!/usr/bin/env python3
# Sorts the misread bodies of a structure-recovery run by what the gold asks for (docs/decisions/0013):
#   bantin eval read --gold ../shared/data/vietnews/vietnews_dev_2k.jsonl --noise --write DIR
#   python3 scripts/read-gold-audit.py DIR
# An article whose body sequence (paragraphs, then the author) differs from the gold's is counted under the first
# that applies:
#   text      the text differs, not only the cuts (credits lifted out of the by-line, normalization, a title misread)
#   corpus    every wrong cut is one the gold cannot ask of a reader: a cut after a title or place abbreviation
#             before a name (`TP.|Hà Nội`), before a lower-case word or closing punctuation (`cháu Tr.|có mâu
#             thuẫn`, `vì sao?|", ông nói`), after an initial before a dash or bracket (`N. Q. D.|- phó
#             phòng`); the by-line and its source note, kept as one line or two (`Minh Phương|Theo Reuters`,
#             `Theo Thu Hà|VietQ.vn`); a cut the reader made where the gold paragraph itself runs one sentence into
#             the next (`lâu.Paul`: the fused text is the same as at a paragraph break; a word run into a name,
#             `vuaVũ Đinh`, is not excused: it looks like `AstraZeneca`)
#   reader    any other wrong cut
import json, os, re, sys, collections

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'tools'))
from fuse_eval import norm, lines  # noqa: E402

PREFIX = re.compile(r'\b(TP|Tp|Q|P|TS|ThS|GS|PGS|BS|KTS|NSƯT|NSND|TX|TT|St|Mr|Ms|Dr)\.$')
BYLINE = re.compile(r'Theo |\(tổng hợp\)|Ảnh:')
CLOSING = ('",', '" ,', '”', ')', ',', ';', ':')
INITIALS = re.compile(r'\b[A-ZĐ]\.( ?[A-ZĐ]\.)*$')


def fields(title, sapo, body, author):
    return [norm(x) for x in [title, sapo] + body + ([author] if author else [])]


def cuts(seq):
    pos, out = 0, set()
    for x in seq[:-1]:
        pos += len(x.replace(' ', ''))
        out.add(pos)
    return out


def verdict(gold_seq, missed, extra):
    joined = ' '.join(gold_seq)
    at = [i for i, ch in enumerate(joined) if ch != ' ']
    last_fields = len(''.join(gold_seq[:-2]).replace(' ', ''))
    for kind, cut in [('missed', c) for c in missed] + [('extra', c) for c in extra]:
        i = at[cut] if cut < len(at) else len(joined)
        left, right = joined[:i].rstrip(), joined[i:].lstrip()
        if cut >= last_fields - 1 and (BYLINE.match(right) or re.search(r'(^|\s)Theo [^.!?]{1,40}$', left[-45:])):
            continue  # the by-line and its source note, one line or two
        if kind == 'missed' and (PREFIX.search(left) or right.startswith(CLOSING) or right[:1].islower()
                                 or INITIALS.search(left) and right[:1] in '-–('):
            continue
        if kind == 'extra' and re.search(r'\w[.!?…]["”\')]?$', left) and right[:1].isupper():
            continue  # a sentence run into the next inside the gold paragraph: the source's own glue
        return 'reader'
    return 'corpus'


def main(run):
    gold = [json.loads(l) for l in open(os.path.join(run, 'gold.jsonl'), encoding='utf-8')]
    pred = {}
    for l in open(os.path.join(run, 'pred.jsonl'), encoding='utf-8'):
        r = json.loads(l)
        key = os.path.splitext(os.path.basename(r.get('file') or r.get('id')))[0]
        pred[key] = r
    counts = collections.Counter()
    for g in gold:
        p = pred[g['id']]
        gs = fields(g['title'], g['sapo'], g['body'], g.get('author'))
        ps = fields(p.get('title') or '', p.get('sapo') or '', lines(p.get('body')), p.get('author'))
        if gs[2:] == ps[2:]:
            counts['right'] += 1
        elif ''.join(gs).replace(' ', '') != ''.join(ps).replace(' ', ''):
            counts['text'] += 1
        else:
            g_cuts, p_cuts = cuts(gs), cuts(ps)
            counts[verdict(gs, sorted(g_cuts - p_cuts), sorted(p_cuts - g_cuts))] += 1
    n = len(gold)
    print(f"{n} articles: body right {counts['right']}, misread {n - counts['right']}: "
          f"text {counts['text']}, corpus {counts['corpus']}, reader {counts['reader']}")
    print(f"body exact {100 * counts['right'] / n:.2f}; with the corpus-only ones excused "
          f"{100 * (counts['right'] + counts['corpus']) / n:.2f}")


if __name__ == '__main__':
    main(sys.argv[1])
