import Foundation

let pythonCSV = """
    import csv, datetime, sys
    rows = []
    with open(sys.argv[1], newline='') as f:
        r = csv.reader(f); next(r)
        for d, v, q, s in r:
            rows.append((datetime.date.fromisoformat(d), float(v), q, s))
    print(len(rows))
    """
let pythonPandas = """
    import sys, pandas as pd
    df = pd.read_csv(sys.argv[1], parse_dates=['date'], dtype={'qualifier': 'category', 'source': 'category'})
    print(len(df))
    """

func python(_ script: String) -> [String]? {
    let probe = script.contains("pandas") ? "import pandas" : "import csv"
    guard let r = try? runProcess("/usr/bin/env", ["python3", "-c", probe]), r.ok else { return nil }
    return ["python3", "-c", script]
}

let pythonMonthly = """
    import sys, pandas as pd
    df = pd.read_csv(sys.argv[1], parse_dates=['date'], index_col='date', usecols=['date', 'value'])
    monthly = df['value'].diff().dropna().resample('MS').sum()
    monthly.to_csv(sys.stdout)
    """
