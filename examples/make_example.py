"""Generates the bundled example experiment (deterministic; re-run to regenerate).

KM12 (TPM3-NTRK1 colorectal cancer, sensitive parental) and KM12-LR (larotrectinib-resistant
derivative with MAPK reactivation), DMSO versus larotrectinib 100 nM for 2 h, three biological
replicates. Three membranes, as a lab would cut and probe them:
  M1: pTRK (Y490), pAKT (S473), GAPDH      M2: pan-TRK, AKT, ERK1/2, GAPDH
  M3: pERK1/2, pEGFR, EGFR, pHER2, HER2, pMET, MET, GAPDH
so TRK, AKT and ERK are phospho/total pairs across membranes (joined through GAPDH) and the
receptor pairs share a membrane. Values: true fractions of vehicle below, ~15 % CV noise.
"""
import csv, math, random

rng = random.Random(12)
lines = [("KM12", "sensitive"), ("KM12-LR", "resistant")]
# fraction of vehicle under larotrectinib (phospho/total), by model
f_true = {
    "KM12":    {"TRK": 0.07, "AKT": 0.22, "ERK": 0.09, "EGFR": 0.95, "HER2": 1.0, "MET": 0.9},
    "KM12-LR": {"TRK": 0.09, "AKT": 0.30, "ERK": 0.82, "EGFR": 1.05, "HER2": 0.95, "MET": 1.0},
}
basal_ratio = {  # vehicle phospho/total, arbitrary units
    "KM12":    {"TRK": 1.0, "AKT": 0.8, "ERK": 0.7, "EGFR": 0.20, "HER2": 0.15, "MET": 0.25},
    "KM12-LR": {"TRK": 0.9, "AKT": 0.9, "ERK": 1.6, "EGFR": 0.25, "HER2": 0.15, "MET": 0.30},
}
total_level = {  # total protein over loading, arbitrary units
    "KM12":    {"TRK": 9000, "AKT": 12000, "ERK": 15000, "EGFR": 4000, "HER2": 3000, "MET": 5000},
    "KM12-LR": {"TRK": 8500, "AKT": 12500, "ERK": 15500, "EGFR": 4400, "HER2": 2900, "MET": 5600},
}
labels = {"TRK": ("pTRK (Y490)", "pan-TRK"), "AKT": ("pAKT (S473)", "AKT"), "ERK": ("pERK1/2", "ERK1/2"),
          "EGFR": ("pEGFR", "EGFR"), "HER2": ("pHER2", "HER2"), "MET": ("pMET", "MET")}
membranes = {
    "M1": ["pTRK (Y490)", "pAKT (S473)", "GAPDH"],
    "M2": ["pan-TRK", "AKT", "ERK1/2", "GAPDH"],
    "M3": ["pERK1/2", "pEGFR", "EGFR", "pHER2", "HER2", "pMET", "MET", "GAPDH"],
}
noise = lambda cv=0.15: math.exp(rng.gauss(0, cv))

rows = []
for membrane, targets in membranes.items():
    lane = 0
    for rep in (1, 2, 3):
        for line, status in lines:
            for treatment, dose in (("DMSO", 0), ("larotrectinib", 100)):
                lane += 1
                loading = 24000 * noise(0.12)
                design = dict(blot=membrane, lane=lane, line=line, status=status, treatment=treatment,
                              dose_nM=dose, time_h=2, replicate=rep)
                for label in targets:
                    if label == "GAPDH":
                        signal = loading
                    else:
                        protein = next(p for p, (ph, to) in labels.items() if label in (ph, to))
                        total = total_level[line][protein] * loading / 24000 * noise(0.10)
                        if label == labels[protein][1]:
                            signal = total
                        else:
                            f = f_true[line][protein] if dose else 1.0
                            signal = basal_ratio[line][protein] * f * total_level[line][protein] * loading / 24000 * noise()
                    rows.append({**design, "target": label, "signal": round(signal, 1)})

with open("trk-bypass-long.csv", "w", newline="") as fh:
    w = csv.DictWriter(fh, fieldnames=list(rows[0].keys()))
    w.writeheader(); w.writerows(rows)

# the same data, one row per lane and membrane, one column per antibody
all_targets = [t for ts in membranes.values() for t in ts if t != "GAPDH"] + ["GAPDH"]
wide = {}
for r in rows:
    key = (r["blot"], r["lane"])
    wide.setdefault(key, {k: r[k] for k in ("blot", "lane", "line", "status", "treatment", "dose_nM", "time_h", "replicate")})
    wide[key][r["target"]] = r["signal"]
with open("trk-bypass-wide.csv", "w", newline="") as fh:
    w = csv.DictWriter(fh, fieldnames=["blot", "lane", "line", "status", "treatment", "dose_nM", "time_h", "replicate"] + all_targets)
    w.writeheader(); w.writerows(wide.values())
