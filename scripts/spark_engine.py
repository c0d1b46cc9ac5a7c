"""Apache Spark for scripts/scale-test: PySpark from PyPI in a virtual environment the scripts
own, one local-mode SparkSession for a whole run, and cq's JSON Lines export registered as one
temporary view per table by the DDL of `cq sql --schema --dialect spark`.

That DDL reads each table where it is, `CREATE TEMPORARY VIEW clauses (...) USING json OPTIONS
(path 'clauses')`: the path is made the table's place in the export directory, a directory of
partition files (`clauses/part-KKKKK-of-NNNNN.jsonl`, from `cq export --shard K/N`) or one file
(`clauses.jsonl`). The DDL types a list column (topics, parties, ...) as STRING: Spark's JSON
reader keeps the export's array as compact JSON text (`["041","010"]`), as the other engines
hold it, and the compiler reads it with `from_json(col, 'array<string>')`.
"""
import datetime
import decimal
import glob
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time

# The PySpark of a run: the newest release, of the 4.x line, which needs Java 17 or 21 (the
# machine has OpenJDK 17) and runs ANSI SQL by default. CQ_PYSPARK names another, such as 3.5.9,
# the last of the 3.x line (Java 8, 11 or 17, ANSI off), where 'a''b' reads as 'ab'.
PYSPARK_VERSION = os.environ.get("CQ_PYSPARK") or "4.3.0"

# Quiet logging for the driver JVM (log4j2, as Spark 3.3 and later use): errors only.
LOG4J2 = """\
# The root at WARN, Spark's own default for a shell, so that it does not announce "Setting
# default log level"; the console prints errors only.
rootLogger.level = warn
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.filter.threshold.type = ThresholdFilter
appender.console.filter.threshold.level = error
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = spark: %p %c{1}: %m%n
"""


def venv_python(venv):
    return os.path.join(venv, "bin", "python")


def installed_version(venv):
    """The PySpark version installed in `venv`, or None."""
    found = glob.glob(os.path.join(venv, "lib", "python*", "site-packages", "pyspark-*.dist-info"))
    return os.path.basename(found[0])[len("pyspark-"):-len(".dist-info")] if found else None


def ensure_pyspark(venv, log, version=PYSPARK_VERSION):
    """The Python of `venv`, with pyspark==`version` installed by pip when it is missing or
    another version; logs how long an install took."""
    if installed_version(venv) != version:
        log(f"installing pyspark {version} in {venv}")
        started = time.monotonic()
        if not os.path.exists(venv_python(venv)):
            subprocess.run([sys.executable, "-m", "venv", venv], check=True)
        subprocess.run([venv_python(venv), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                        f"pyspark=={version}"], check=True)
        log(f"installed pyspark {version} in {time.monotonic() - started:.0f} s")
    if installed_version(venv) != version:
        raise SystemExit(f"pyspark {version} is missing in {venv} after pip install")
    return venv_python(venv)


def java_version():
    """The first line of `java -version` (Spark 4 needs Java 17 or later)."""
    try:
        result = subprocess.run(["java", "-version"], capture_output=True, text=True)
    except FileNotFoundError:
        raise SystemExit("java is not on PATH (Spark needs Java 17: apt-get install openjdk-17-jre-headless)")
    return (result.stderr or result.stdout).split("\n", 1)[0]


def quoted(identifier):
    return "`" + identifier.replace("`", "``") + "`"


def csv_field(value):
    """A value as cq's CSV output writes it: null empty, booleans true/false, lists as compact
    JSON, dates ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return json.dumps([item.isoformat() if isinstance(item, datetime.date) else item for item in value],
                          separators=(",", ":"), ensure_ascii=False)
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, decimal.Decimal):
        return str(value)
    return str(value)


class SparkError(Exception):
    """Spark refused or failed a query: `kind` is the exception's class (ParseException,
    AnalysisException, ...), `message` its text."""

    def __init__(self, kind, message):
        super().__init__(f"{kind}: {message}")
        self.kind, self.message = kind, message

    def headline(self):
        """The first line of the message, which names the error class and the place."""
        return self.message.strip().split("\n", 1)[0]


class LocalSpark:
    """One local-mode SparkSession (local[2], two shuffle partitions, no UI, errors-only
    logging) for a whole run:

        with LocalSpark(log) as spark:
            spark.register_export("out/", ddl)
            columns, rows = spark.query("SELECT ...")
    """

    def __init__(self, log, cores=2, memory="2g"):
        self.log, self.cores, self.memory = log, cores, memory
        self.session = None
        self.directory = tempfile.mkdtemp(prefix="cq-spark-")
        self.tables = {}

    def __enter__(self):
        from pyspark.sql import SparkSession

        java = java_version()  # before Spark, whose own error for a missing java is obscure
        log4j = os.path.join(self.directory, "log4j2.properties")
        with open(log4j, "w") as file:
            file.write(LOG4J2)
        started = time.monotonic()
        java_options = f"-Dlog4j2.configurationFile=file:{log4j} -Dlog4j.configurationFile=file:{log4j}"
        self.session = (SparkSession.builder
                        .master(f"local[{self.cores}]")
                        .appName("cq-scale-test")
                        .config("spark.ui.enabled", "false")
                        .config("spark.ui.showConsoleProgress", "false")
                        .config("spark.sql.shuffle.partitions", str(self.cores))
                        .config("spark.default.parallelism", str(self.cores))
                        .config("spark.driver.memory", self.memory)
                        .config("spark.driver.extraJavaOptions", java_options)
                        .config("spark.sql.session.timeZone", "UTC")
                        .config("spark.local.dir", os.path.join(self.directory, "local"))
                        .config("spark.sql.warehouse.dir", os.path.join(self.directory, "warehouse"))
                        .getOrCreate())
        self.session.sparkContext.setLogLevel("ERROR")
        try:
            # PySpark 4 also logs each failed query's error as JSON on stderr; the caller has it.
            from pyspark.logger import PySparkLogger
            for name in ("SQLQueryContextLogger", "DataFrameQueryContextLogger"):
                PySparkLogger.getLogger(name).setLevel(logging.CRITICAL + 1)
        except ImportError:
            pass
        self.log(f"Spark {self.session.version} ({java}) started in {time.monotonic() - started:.1f} s")
        return self

    def __exit__(self, *_):
        if self.session is not None:
            self.session.stop()
        shutil.rmtree(self.directory, ignore_errors=True)

    @property
    def version(self):
        return self.session.version

    def register_export(self, directory, ddl):
        """Runs `ddl` (the text of `cq sql --schema --dialect spark`) with each view's path made
        its table's place in the export `directory`, reading strictly (a value that does not fit
        its column's type fails the query). Returns {table: [its JSON Lines files]}."""
        for statement in (line.rstrip(";") for line in ddl.splitlines() if line.startswith("CREATE ")):
            table = statement.split()[3]
            path = os.path.join(directory, table)
            if os.path.isdir(path):
                files = sorted(glob.glob(os.path.join(path, "*.jsonl")))
            else:
                path += ".jsonl"
                files = [path] if os.path.exists(path) else []
            if not files:
                continue
            self.session.sql(statement.replace(f"OPTIONS (path '{table}')", f"OPTIONS (path '{path}', mode 'FAILFAST')"))
            self.tables[table] = files
        return self.tables

    def count(self, table):
        """The rows of a registered table, every value of every row parsed: a bare COUNT(*)
        would only count lines, as Spark reads no column of a JSON file that no column is
        needed of, so a hash of the whole row is taken too."""
        return self.session.sql(f"SELECT COUNT(*), MAX(hash(*)) FROM {quoted(table)}").collect()[0][0]

    def query(self, sql):
        """Runs one SQL statement as written (Spark 3.5 and 4 take its closing `;`) and returns
        (column names, rows as tuples of CSV fields, as csv_field writes them). Raises SparkError
        when Spark refuses or fails it."""
        try:
            frame = self.session.sql(sql)
            rows = frame.collect()
        except Exception as error:  # pyspark's errors (ParseException, AnalysisException, Py4JJavaError, ...)
            raise SparkError(type(error).__name__, str(error)) from None
        return frame.columns, [tuple(csv_field(value) for value in row) for row in rows]
