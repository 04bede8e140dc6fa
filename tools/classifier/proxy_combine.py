"""Proxy AUC (TRAIN-only folds) of detector combinations: the CNN seed ensemble's fold members (logits averaged), a
second model's scores of the same rows (train_minilm.py --proxy-holdout --proxy-deepset, scored with SecureKernel.Eval
--rows), the rule detector's, and their combinations as EnsemblePolicy.Calibrated combines them (each detector's threshold
mapped to 0.5, max). BIPIA-train held-out categories and deepset-train's held-out third reported apart."""
import json, math, os, statistics, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from metrics import auc
# usage: proxy_combine.py <cnn proxy dir> <fold> <minilm scores.jsonl> <minilm threshold>
#   <cnn proxy dir>: proxy_ensemble.py's work dir with the CNN members' as13/as14/as15-f<fold> scores and models, and
#   rules-f<fold>.scores.jsonl (SecureKernel.Eval --rules-only on the same proxy rows)
W=sys.argv[1]
f=int(sys.argv[2]); mini=sys.argv[3]; mthr=float(sys.argv[4])
def load(p): return [json.loads(l) for l in open(p)]
def logit(p):
    p=min(max(p,1e-7),1-1e-7); return math.log(p/(1-p))
sig=lambda z: 1/(1+math.exp(-z))
def cal(s,t): return 0.5*s/t if s<t else 0.5+0.5*(s-t)/(1-t)
mem=[load(f'{W}/as{s}-f{f}.scores.jsonl') for s in (13,14,15)]
thr=[json.load(open(f'{W}/m/as{s}-f{f}/manifest.json'))['threshold'] for s in (13,14,15)]
ct=sig(statistics.mean(logit(x) for x in thr))
rules=load(f'{W}/rules-f{f}.scores.jsonl'); mm=load(mini)
n=len(rules)
assert all(rules[i]['source']==mm[i]['source'] for i in range(n))
cnn=[sig(statistics.mean(logit(m[i]['score']) for m in mem)) for i in range(n)]
y=[r['label'] for r in rules]; kind=['deepset' if '/deepset' in r['source'] else 'bipia' for r in rules]
conf={
 'cnn ensemble (3.0.0 recipe)': lambda i: cnn[i],
 'minilm': lambda i: mm[i]['score'],
 'rules+cnn (max calibrated, as apps run)': lambda i: max(cal(cnn[i],ct), cal(rules[i]['score'],0.25)),
 'rules+minilm (max calibrated)': lambda i: max(cal(mm[i]['score'],mthr), cal(rules[i]['score'],0.25)),
 'cnn+minilm logits averaged': lambda i: (logit(cnn[i])+logit(mm[i]['score']))/2,
 'cnn+minilm (max calibrated)': lambda i: max(cal(cnn[i],ct), cal(mm[i]['score'],mthr)),
 'cnn+minilm (mean of probabilities)': lambda i: (cnn[i]+mm[i]['score'])/2,
 'cnn+minilm (mean of calibrated)': lambda i: (cal(cnn[i],ct)+cal(mm[i]['score'],mthr))/2,
 'rules+cnn+minilm (max calibrated)': lambda i: max(cal(cnn[i],ct), cal(mm[i]['score'],mthr), cal(rules[i]['score'],0.25)),
}
for k,fn in conf.items():
    s=[fn(i) for i in range(n)]
    out=[]
    for part in ('bipia','deepset'):
        idx=[i for i in range(n) if kind[i]==part]
        out.append(auc([s[i] for i in idx],[y[i] for i in idx]))
    kinds={}
    for kk in ('email','table','code'):
        idx=[i for i in range(n) if f'/bipia/{kk}/' in rules[i]['source']]
        kinds[kk]=round(auc([s[i] for i in idx],[y[i] for i in idx]),3)
    print(f"fold {f} {k:42s} BIPIA {out[0]:.4f} deepset {out[1]:.4f} {kinds}")
