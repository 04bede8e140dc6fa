"""Would a cascade save the contextual model's CPU time? On a TRAIN-only proxy fold, injection-minilm scores a text only
when the rules + CNN calibrated score reaches a bound; prints the held-out AUCs and the share of benign BIPIA-train chunks
that would still go to it.
usage: proxy_cascade.py <cnn proxy dir (proxy_combine.py's)> <fold> <minilm scores.jsonl> <minilm threshold>"""
import json, math, os, statistics, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from metrics import auc
W=sys.argv[1]; f=int(sys.argv[2]); mthr=float(sys.argv[4])
def load(p): return [json.loads(l) for l in open(p)]
def logit(p):
    p=min(max(p,1e-7),1-1e-7); return math.log(p/(1-p))
sig=lambda z: 1/(1+math.exp(-z))
def cal(s,t): return 0.5*s/t if s<t else 0.5+0.5*(s-t)/(1-t)
mem=[load(f'{W}/as{s}-f{f}.scores.jsonl') for s in (13,14,15)]
thr=[json.load(open(f'{W}/m/as{s}-f{f}/manifest.json'))['threshold'] for s in (13,14,15)]
ct=sig(statistics.mean(logit(x) for x in thr))
rules=load(f'{W}/rules-f{f}.scores.jsonl'); mm=load(sys.argv[3])
n=len(rules)
cnn=[sig(statistics.mean(logit(m[i]['score']) for m in mem)) for i in range(n)]
y=[r['label'] for r in rules]; kind=['deepset' if '/deepset' in r['source'] else 'bipia' for r in rules]
base=[max(cal(cnn[i],ct), cal(rules[i]['score'],0.25)) for i in range(n)]
full=[max(base[i], cal(mm[i]['score'],mthr)) for i in range(n)]
for lo in [0.0, 0.01, 0.02, 0.05, 0.1, 0.2]:
    sc=[full[i] if base[i]>=lo else base[i] for i in range(n)]
    out=[]
    for part in ('bipia','deepset'):
        idx=[i for i in range(n) if kind[i]==part]
        out.append(auc([sc[i] for i in idx],[y[i] for i in idx]))
    ben=[i for i in range(n) if kind[i]=='bipia' and y[i]==0]
    frac=sum(base[i]>=lo for i in ben)/len(ben)
    print(f"run MiniLM when rules+CNN >= {lo:.2f}: BIPIA {out[0]:.4f} deepset {out[1]:.4f}; benign BIPIA chunks sent to MiniLM {frac:.1%}")
