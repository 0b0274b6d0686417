"""Generates the bundled follow-up example, trk-follow-up.csv (deterministic; re-run to regenerate).

The experiment a lab runs after blotbypass called MAPK bypass in KM12-LR and advised "test a TRK +
MEK inhibitor combination": KM12 (sensitive parental) and KM12-LR (larotrectinib-resistant, MAPK
reactivation) treated for 2 h with DMSO, larotrectinib 100 nM, selitrectinib 100 nM (a next-
generation TRK inhibitor), trametinib 10 nM alone, and larotrectinib 100 nM + trametinib 10 nM
(the dose column holds the TRK inhibitor's dose), three replicates, each replicate's ten lanes on
one gel, probed as in make_series.py (pTRK Y490, pan-TRK, pERK1/2, ERK1/2, pAKT S473, AKT, GAPDH).
True fractions of vehicle: the TRK inhibitors suppress pTRK in both models, and pERK only in KM12
(in KM12-LR it stays at 85 %, with either generation); trametinib suppresses pERK in both models
but not pTRK; the combination suppresses pERK in KM12-LR too (6 %).
Expected answer: trk-follow-up.expected.txt.
"""
import random

from make_series import write

ARMS = [("DMSO", 0), ("larotrectinib", 100), ("selitrectinib", 100), ("trametinib", 10), ("larotrectinib + trametinib", 100)]
TRK_OFF = {"TRK": 0.05, "ERK": 0.06, "AKT": 0.25}
TRUTH = {
    "KM12": {"larotrectinib": TRK_OFF, "selitrectinib": TRK_OFF, "trametinib": {"ERK": 0.07},
             "larotrectinib + trametinib": {**TRK_OFF, "ERK": 0.04}},
    "KM12-LR": {"larotrectinib": {**TRK_OFF, "ERK": 0.85, "AKT": 0.3}, "selitrectinib": {**TRK_OFF, "ERK": 0.85, "AKT": 0.3},
                "trametinib": {"ERK": 0.08}, "larotrectinib + trametinib": {**TRK_OFF, "ERK": 0.06, "AKT": 0.25}},
}

if __name__ == "__main__":
    write("trk-follow-up.csv", random.Random(53), [(treatment, dose, 2) for treatment, dose in ARMS],
          lambda line, protein, dose, time, treatment: TRUTH[line].get(treatment, {}).get(protein, 1.0))
