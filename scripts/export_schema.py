"""The column types of cq's export, for engines that load its CSV files (scripts/duckdb_engine.py,
scripts/postgres_engine.py): read from the SQLite export with sqlite3, where a boolean is an
INTEGER and a date TEXT, so those two are named by column."""
import csv
import io
import subprocess


def column_types(sqlite_database, table):
    """(name, type) for each column of `table`: BOOLEAN, DATE, INTEGER, REAL or TEXT."""
    info = subprocess.run(["sqlite3", "-csv", sqlite_database, f"PRAGMA table_info({table})"], check=True,
                          capture_output=True, text=True).stdout
    columns = []
    for row in csv.reader(io.StringIO(info)):
        name, kind = row[1], row[2]
        columns.append((name, "BOOLEAN" if name == "negated" else "DATE" if name == "date" else kind if kind in ("INTEGER", "REAL") else "TEXT"))
    return columns
