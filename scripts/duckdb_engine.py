"""DuckDB for the project's scripts (scripts/bench, scripts/sql-test): its CLI from PyPI in a
virtual environment the scripts own, and cq's CSV export loaded into the tables that
`cq sql --schema --dialect duckdb` creates (export_schema.py)."""
import os
import subprocess

from export_schema import create_tables


def ensure_cli(venv, log):
    """The path of the duckdb CLI in `venv`, installing duckdb-cli with pip when it is missing."""
    duckdb = os.path.join(venv, "bin", "duckdb")
    if not os.path.exists(duckdb):
        log(f"installing duckdb-cli in {venv}")
        subprocess.run(["python3", "-m", "venv", venv], check=True)
        subprocess.run([os.path.join(venv, "bin", "pip"), "install", "-q", "duckdb-cli"], check=True)
    if not os.path.exists(duckdb):
        raise SystemExit(f"{duckdb} is missing after pip install duckdb-cli")
    return duckdb


def import_csv_export(duckdb, cq, csv_directory, database):
    """Creates `database` with the export's tables, each filled from its CSV file of `csv_directory`."""
    if os.path.exists(database):
        os.remove(database)
    statements = []
    for table, create in create_tables(cq, "duckdb"):
        path = os.path.join(csv_directory, f"{table}.csv")
        statements.append(f"{create}; COPY {table} FROM '{path}' (FORMAT csv, HEADER true, QUOTE '\"', ESCAPE '\"');")
    subprocess.run([duckdb, database, "-c", " ".join(statements)], check=True, capture_output=True)
