"""The score card aggregation of issue 4 done with pandas groupby, for comparison.

Reads the CSV written by `scorecard-bench CSV_PATH` and computes, for each indicator, count,
mean, median and share favourable (points 4 and 5) by institution, type, district and state.
No intervals, no suppression, no ranks: a lower bound on what pandas would take for the same
score card.

    python pandas_groupby.py /tmp/scorecard-ratings.csv
"""

import resource
import sys
import time

import pandas as pd

INDICATORS = ["responsiveness", "timeliness", "respect", "information", "outcome", "safety", "no_payment"]


def main(path):
    t = time.perf_counter()
    df = pd.read_csv(
        path,
        dtype={"institution_id": "int32", "type": "category", "district": "category", "state": "category",
               **{q: "float32" for q in INDICATORS}},
    )
    read_s = time.perf_counter() - t

    t = time.perf_counter()
    values = df[INDICATORS]
    favourable = (values >= 4).astype("float32").where(values.notna())
    out = {}
    for key in ["institution_id", "type", "district", "state"]:
        grouped = values.groupby(df[key], observed=True)
        # Separate calls run pandas' Cython kernels; agg([...]) with a list is slower.
        stats = pd.concat({"count": grouped.count(), "mean": grouped.mean(), "median": grouped.median()}, axis=1)
        stats.columns = stats.columns.swaplevel(0, 1)
        share = favourable.groupby(df[key], observed=True).mean()
        share.columns = pd.MultiIndex.from_product([share.columns, ["share_favourable"]])
        out[key] = stats.join(share)
    agg_s = time.perf_counter() - t

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"pandas {pd.__version__}: rows {len(df)}, groups "
          + ", ".join(f"{k} {len(v)}" for k, v in out.items()))
    print(f"read_csv: {read_s:.3f} s")
    print(f"groupby aggregation: {agg_s:.3f} s")
    print(f"peak RSS: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/scorecard-ratings.csv")
