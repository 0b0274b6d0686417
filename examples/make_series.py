"""Generates the bundled dose-response and time-course examples (deterministic; re-run to regenerate).

`write` is shared with make_follow_up.py.

KM12 (TPM3-NTRK1, sensitive parental) and KM12-LR (larotrectinib-resistant, MAPK reactivation).
Each replicate's lysates of both models run on one 17-well gel (16 lanes), probed for pTRK (Y490),
pan-TRK, pERK1/2, ERK1/2, pAKT (S473), AKT and GAPDH (stripped and re-probed).

trk-dose-response.csv: larotrectinib 0 (DMSO), 1, 3, 10, 30, 100, 300, 1000 nM for 2 h, three
  replicates. True curves (fraction of vehicle = bottom + (1 - bottom) / (1 + (dose / IC50)^hill)):
  pTRK IC50 8 nM in both models (the fusion is still inhibited); pERK IC50 10 nM in KM12 but
  levelling off at 85 % of vehicle in KM12-LR (bypass); pAKT IC50 15 nM, bottom 25 % in both.
trk-time-course.csv: DMSO or larotrectinib 100 nM for 1, 6, 24 and 48 h, three replicates, a DMSO
  lane at each time. pTRK stays suppressed in both; pERK is suppressed at 1 h in KM12-LR and comes
  back by 24 h (adaptive reactivation), while KM12 stays suppressed.
Noise: ~15 % CV per band, ~12 % lane loading, membrane exposure differences.
"""
import csv, math, random

LABELS = {"TRK": ("pTRK (Y490)", "pan-TRK"), "ERK": ("pERK1/2", "ERK1/2"), "AKT": ("pAKT (S473)", "AKT")}
TOTAL = {"TRK": 9000, "ERK": 15000, "AKT": 12000}
BASAL = {"KM12": {"TRK": 1.0, "ERK": 0.7, "AKT": 0.8}, "KM12-LR": {"TRK": 0.9, "ERK": 1.5, "AKT": 0.9}}
MODELS = [("KM12", "sensitive"), ("KM12-LR", "resistant")]


def curve(dose, ic50, bottom, hill=1.0):
    return 1.0 if dose == 0 else bottom + (1 - bottom) / (1 + (dose / ic50) ** hill)


DOSE_TRUTH = {
    "KM12": {"TRK": (8, 0.04), "ERK": (10, 0.06), "AKT": (15, 0.25)},
    "KM12-LR": {"TRK": (8, 0.04), "ERK": (10, 0.85), "AKT": (15, 0.25)},
}
TIME_TRUTH = {  # fraction of vehicle under 100 nM at 1, 6, 24, 48 h
    "KM12": {"TRK": [0.05, 0.05, 0.06, 0.07], "ERK": [0.06, 0.08, 0.10, 0.12], "AKT": [0.25, 0.25, 0.3, 0.3]},
    "KM12-LR": {"TRK": [0.06, 0.06, 0.07, 0.08], "ERK": [0.08, 0.35, 0.85, 0.95], "AKT": [0.3, 0.3, 0.35, 0.35]},
}
TIMES = [1, 6, 24, 48]


def write(path, rng, conditions, fraction):
    """conditions: [(treatment, dose, time)] in lane order; fraction(line, protein, dose, time, treatment) -> f."""
    noise = lambda cv=0.15: math.exp(rng.gauss(0, cv))
    rows = []
    for rep in (1, 2, 3):
        membrane = f"R{rep}"
        exposure = {label: 1000 * math.exp(rng.gauss(0, 0.4)) for pair in LABELS.values() for label in pair}
        for m, (line, status) in enumerate(MODELS):
            for k, (treatment, dose, time) in enumerate(conditions, start=1):
                lane = m * len(conditions) + k
                loading = 24000 * noise(0.12)
                design = dict(blot=membrane, lane=lane, line=line, status=status, treatment=treatment,
                              dose_nM=dose, time_h=time, replicate=rep)
                rows.append({**design, "target": "GAPDH", "signal": round(loading * noise(0.05), 1)})
                for protein, (p_label, t_label) in LABELS.items():
                    total = TOTAL[protein] * loading / 24000
                    f = fraction(line, protein, dose, time, treatment)
                    rows.append({**design, "target": p_label,
                                 "signal": round(exposure[p_label] * BASAL[line][protein] * f * total / 1000 * noise(), 1)})
                    rows.append({**design, "target": t_label, "signal": round(exposure[t_label] * total / 1000 * noise(0.10), 1)})
    with open(path, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0].keys()))
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    doses = [0, 1, 3, 10, 30, 100, 300, 1000]
    write("trk-dose-response.csv", random.Random(31),
          [("DMSO" if d == 0 else "larotrectinib", d, 2) for d in doses],
          lambda line, protein, dose, time, treatment: curve(dose, *DOSE_TRUTH[line][protein]))
    write("trk-time-course.csv", random.Random(47),
          [(treatment, dose, t) for t in TIMES for treatment, dose in (("DMSO", 0), ("larotrectinib", 100))],
          lambda line, protein, dose, time, treatment: 1.0 if dose == 0 else TIME_TRUTH[line][protein][TIMES.index(time)])
