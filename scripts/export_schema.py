"""The tables of cq's export for engines that load its CSV files (scripts/duckdb_engine.py,
scripts/postgres_engine.py): their CREATE TABLE statements in the engine's dialect, as
`cq sql --schema --dialect DIALECT` prints them."""
import subprocess


def create_tables(cq, dialect):
    """(table name, CREATE TABLE statement) for each table of the export, in the order written."""
    ddl = subprocess.run([cq, "sql", "--schema", "--dialect", dialect], check=True, capture_output=True, text=True).stdout
    statements = [line.rstrip(";") for line in ddl.splitlines() if line.startswith("CREATE TABLE ")]
    return [(statement.split()[2], statement) for statement in statements]
