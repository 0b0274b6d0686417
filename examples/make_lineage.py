"""Generates examples/trk-lineage.csv, the bundled lineage (deterministic; re-run to regenerate).

KM12 (TPM3-NTRK1, the sensitive parental) and the same line after 2, 4, 8 and 16 weeks on
larotrectinib (KM12-LR w2 ... KM12-LR w16), all five populations on one 10-lane gel per replicate
(DMSO and larotrectinib 100 nM, 2 h), three replicates, probed for pTRK (Y490), pan-TRK, pERK1/2,
ERK1/2, pAKT (S473), AKT and GAPDH. The `weeks_on_drug` column gives each population's time on drug
(empty on the parental's rows).

True fractions of vehicle under the drug: pTRK stays suppressed at every stage (the fusion is still
inhibited); pERK is suppressed at weeks 2 and 4 like the parental and escapes from week 8 on (a MAPK
bypass emerging between weeks 4 and 8, and growing); pAKT is unchanged.
Noise: ~15 % CV per band, ~12 % lane loading, membrane exposure differences.
"""
import csv, math, random

LABELS = {"TRK": ("pTRK (Y490)", "pan-TRK"), "ERK": ("pERK1/2", "ERK1/2"), "AKT": ("pAKT (S473)", "AKT")}
TOTAL = {"TRK": 9000, "ERK": 15000, "AKT": 12000}
# (line, status, weeks on drug, fraction of vehicle of pTRK, pERK, pAKT under 100 nM)
POPULATIONS = [
    ("KM12", "sensitive", "", {"TRK": 0.05, "ERK": 0.07, "AKT": 0.30}),
    ("KM12-LR w2", "resistant", 2, {"TRK": 0.05, "ERK": 0.08, "AKT": 0.30}),
    ("KM12-LR w4", "resistant", 4, {"TRK": 0.06, "ERK": 0.10, "AKT": 0.30}),
    ("KM12-LR w8", "resistant", 8, {"TRK": 0.06, "ERK": 0.65, "AKT": 0.32}),
    ("KM12-LR w16", "resistant", 16, {"TRK": 0.06, "ERK": 0.95, "AKT": 0.33}),
]


def main():
    rng = random.Random(2028)
    noise = lambda cv=0.15: math.exp(rng.gauss(0, cv))
    rows = []
    for rep in (1, 2, 3):
        membrane = f"R{rep}"
        exposure = {label: 1000 * math.exp(rng.gauss(0, 0.4)) for pair in LABELS.values() for label in pair}
        lane = 0
        for line, status, weeks, truth in POPULATIONS:
            for treatment, dose in (("DMSO", 0), ("larotrectinib", 100)):
                lane += 1
                loading = 24000 * noise(0.12)
                design = dict(blot=membrane, lane=lane, line=line, status=status, weeks_on_drug=weeks,
                              treatment=treatment, dose_nM=dose, replicate=rep)
                rows.append({**design, "target": "GAPDH", "signal": round(loading * noise(0.05), 1)})
                for protein, (p_label, t_label) in LABELS.items():
                    total = TOTAL[protein] * loading / 24000
                    f = 1.0 if dose == 0 else truth[protein]
                    rows.append({**design, "target": p_label, "signal": round(exposure[p_label] * f * total / 1000 * noise(), 1)})
                    rows.append({**design, "target": t_label, "signal": round(exposure[t_label] * total / 1000 * noise(0.10), 1)})
    with open("trk-lineage.csv", "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0].keys()))
        writer.writeheader()
        writer.writerows(rows)


main()
