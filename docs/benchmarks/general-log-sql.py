#!/usr/bin/env python3
"""The read statements one application ran, taken from a MariaDB general log, for national-load.sh.

    general-log-sql.py LOG DATABASE [THREAD_ID,...]

Prints, each ended by ";", every SELECT (or WITH) statement that the given connections ran, and
those of any connection the log shows opening on DATABASE, whole (with any "SET STATEMENT
max_statement_time=N FOR" the JDBC query timeout puts in front). MariaDB Connector/J prepares
statements on the client by default, so the log holds each statement with its parameters already
inlined: what is printed runs as it is in the mariadb client.

A log entry starts with "<date> <time>\\t<id> <Command>\\t<argument>" (or "\\t\\t<id> ..." within the
same second); the lines that follow, up to the next entry, continue a multi-line statement.
"""
import re
import sys

ENTRY = re.compile(r"^(?:\d{6}\s+\d{1,2}:\d{2}:\d{2}|\t)\t\s*(\d+) ([A-Za-z][A-Za-z ]*?)\t(.*)$")
SET_STATEMENT = re.compile(r"(?is)^SET\s+STATEMENT\s+.*?\s+FOR\s+")
LEADING_COMMENTS = re.compile(r"^\s*(?:/\*.*?\*/\s*|--[^\n]*\n\s*|#[^\n]*\n\s*)*", re.S)


def entries(path):
    current = None
    with open(path, encoding="utf-8", errors="replace") as log:
        for line in log:
            line = line.rstrip("\n")
            match = ENTRY.match(line)
            if match:
                if current:
                    yield current
                current = [int(match.group(1)), match.group(2), match.group(3)]
            elif current:
                current[2] += "\n" + line
    if current:
        yield current


def main():
    path, database = sys.argv[1], sys.argv[2]
    threads = {int(t) for t in (sys.argv[3] if len(sys.argv) > 3 else "").split(",") if t.strip()}
    for thread, command, argument in entries(path):
        if command == "Connect" and re.search(r"\bon " + re.escape(database) + r"\b", argument):
            threads.add(thread)
            continue
        if thread not in threads or command not in ("Query", "Execute"):
            continue
        statement = LEADING_COMMENTS.sub("", argument, count=1).strip().rstrip(";").strip()
        # A JDBC query timeout arrives as "SET STATEMENT max_statement_time=N FOR <statement>":
        # the statement is kept whole, as it ran; what follows FOR decides whether it is a read.
        body = SET_STATEMENT.sub("", statement, count=1)
        if re.match(r"(?i)\(?\s*(select|with)\b", body):
            print(statement + ";")


if __name__ == "__main__":
    main()
