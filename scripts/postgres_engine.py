"""A throw-away PostgreSQL for scripts/sql-test: a cluster in a temporary directory (UTF-8,
locale C.UTF-8, so that regular expressions class Unicode letters), listening only on a Unix
socket there, started with Debian's initdb and pg_ctl and stopped after; cq's CSV export
loaded into the tables that `cq sql --schema --dialect postgres` creates. As root the server
runs as the `postgres` user (initdb refuses root)."""
import glob
import os
import shutil
import subprocess
import tempfile

from export_schema import create_tables


def tool(name):
    """A PostgreSQL program: on PATH, else in Debian's /usr/lib/postgresql/VERSION/bin."""
    found = shutil.which(name) or next(iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), None)
    if found is None:
        raise SystemExit(f"sql-test: {name} is missing (scripts/setup installs postgresql)")
    return found


class ThrowAwayPostgres:
    def __init__(self, log):
        self.log = log
        self.directory = tempfile.mkdtemp(prefix="cq-pg-")
        self.data = os.path.join(self.directory, "data")
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_user:
            shutil.chown(self.directory, "postgres")
        self.initdb, self.pg_ctl, self.psql_program = tool("initdb"), tool("pg_ctl"), tool("psql")

    def __enter__(self):
        self.log(f"starting PostgreSQL in {self.directory}")
        subprocess.run(self.as_user + [self.initdb, "-D", self.data, "-A", "trust", "-U", "cq", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"], check=True, capture_output=True)
        options = f"-k {self.directory} -c listen_addresses='' -c fsync=off"
        subprocess.run(self.as_user + [self.pg_ctl, "-D", self.data, "-o", options, "-w", "-l", os.path.join(self.directory, "log"), "start"],
                       check=True, capture_output=True)
        return self

    def __exit__(self, *_):
        subprocess.run(self.as_user + [self.pg_ctl, "-D", self.data, "-m", "immediate", "-w", "stop"], capture_output=True)
        shutil.rmtree(self.directory, ignore_errors=True)

    def psql(self, sql=None, arguments=()):
        """Runs psql on the cluster's database, with SQL on its standard input."""
        command = [self.psql_program, "-h", self.directory, "-U", "cq", "-d", "postgres", "-X", "-q", "-v", "ON_ERROR_STOP=1", *arguments]
        return subprocess.run(command, input=sql, capture_output=True, text=True)

    def load_csv_export(self, cq, csv_directory):
        """The export's tables, each filled from its CSV file of `csv_directory`."""
        script = []
        for table, create in create_tables(cq, "postgres"):
            script.append(create + ";")
            script.append(f"\\copy {table} FROM '{os.path.join(csv_directory, table + '.csv')}' WITH (FORMAT csv, HEADER true)")
        result = self.psql("\n".join(script) + "\n")
        if result.returncode != 0:
            raise SystemExit(f"sql-test: loading PostgreSQL failed:\n{result.stderr}")
