"""DuckDB for the project's scripts (scripts/bench, scripts/sql-test): its CLI from PyPI in a
virtual environment the scripts own, and cq's CSV export imported with the SQLite export's
column types (export_schema.py)."""
import os
import subprocess

from export_schema import column_types

# The DuckDB type of each of the export's column types.
DUCKDB_TYPES = {"BOOLEAN": "BOOLEAN", "DATE": "DATE", "INTEGER": "BIGINT", "REAL": "DOUBLE", "TEXT": "VARCHAR"}


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


def import_csv_export(duckdb, sqlite_database, csv_directory, database, tables=("statements", "clauses", "entities", "mentions")):
    """Creates `database` with one table per CSV file of `csv_directory`, typed as in the SQLite export."""
    if os.path.exists(database):
        os.remove(database)
    statements = []
    for table in tables:
        columns = [f"'{name}': '{DUCKDB_TYPES[kind]}'" for name, kind in column_types(sqlite_database, table)]
        path = os.path.join(csv_directory, f"{table}.csv")
        statements.append(f"CREATE TABLE {table} AS SELECT * FROM read_csv('{path}', header = true, quote = '\"', "
                          f"escape = '\"', columns = {{{', '.join(columns)}}});")
    subprocess.run([duckdb, database, "-c", " ".join(statements)], check=True, capture_output=True)
