"""Command line: ``python -m pipeline <command>``; ``python -m pipeline --help`` lists them.

The CLI is thin: it parses options and calls one library function per command. A
:class:`PipelineError` (a problem the user can fix) becomes one line on stderr and exit code 1;
argparse answers unknown options with the usage and exit code 2.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from datetime import datetime
from pathlib import Path

from pipeline.config import DEFAULT_OUT, DEFAULT_TOPIC, EFFECT_MEASURES, POOLING_METHODS, load_topic
from pipeline.errors import PipelineError
from pipeline.eutils import redact

log = logging.getLogger("pipeline")


class RedactingFilter(logging.Filter):
    """Keeps the NCBI API key out of every log line."""

    def __init__(self, secret: str | None):
        super().__init__()
        self.secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage(), self.secret)
        record.args = ()
        return True


def _date(text: str):
    try:
        return datetime.strptime(text, "%Y/%m/%d").date()
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date like 2026/11/29, got {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress details")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: outputs/)")
    common.add_argument("--topic", type=Path, default=DEFAULT_TOPIC, help="topic file (default: %(default)s)")
    sourced = argparse.ArgumentParser(add_help=False)
    sourced.add_argument("--source", choices=("snapshot", "live"), default="snapshot",
                         help="bundled data (default) or live PubMed")
    sourced.add_argument("--until", type=_date, help="last Entrez date to search, YYYY/MM/DD (default: today)")
    sourced.add_argument("--batch-size", type=int, default=500, help="records per efetch request (default: 500)")

    run = commands.add_parser("run", parents=[common, sourced], help="run every stage")
    run.add_argument("--no-progress", action="store_true", help="hide progress bars")
    fetch = commands.add_parser("fetch", parents=[common, sourced], help="stage 1: search and download")
    fetch.add_argument("--no-progress", action="store_true", help="hide progress bars")
    parse = commands.add_parser("parse", parents=[common], help="PubMed XML / MEDLINE files -> records.csv")
    parse.add_argument("files", nargs="*", type=Path, help="files to parse (default: the raw cache of --out)")
    commands.add_parser("screen", parents=[common], help="stage 2: duplicates, design, condition, PRISMA")
    commands.add_parser("extract", parents=[common], help="stage 3: outcome numbers with provenance")
    commands.add_parser("pool", parents=[common], help="stage 4: random-effects meta-analyses")
    commands.add_parser("grade", parents=[common], help="stage 5a: certainty of evidence and verdicts")
    commands.add_parser("report", parents=[common], help="stage 5b: report.html, report.md, run.json")

    meta = commands.add_parser("meta", help="pool your own CSV as R's metafor rma() does")
    meta.add_argument("--input", type=Path, required=True, help="CSV: study,n1,m1,sd1,n2,m2,sd2 or study,yi,vi")
    meta.add_argument("--measure", choices=EFFECT_MEASURES, required=True)
    meta.add_argument("--method", choices=POOLING_METHODS, default="REML")
    meta.add_argument("--hksj", action="store_true", help="Hartung-Knapp-Sidik-Jonkman CI (t, k-1 df)")
    meta.add_argument("--by", help="run one analysis per value of this column")
    meta.add_argument("--output", type=Path, required=True)

    bench = commands.add_parser("bench-extract", help="score the extractor on an annotated benchmark")
    bench.add_argument("--dataset", type=Path, required=True, help="folder with annotations.csv and texts/")
    bench.add_argument("--predictions", type=Path, help="write the predictions to this CSV")
    bench.add_argument("--split", help="only rows of this split (e.g. TEST)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    secret = os.environ.get("NCBI_API_KEY", "").strip() or None
    for handler in logging.getLogger().handlers:
        handler.addFilter(RedactingFilter(secret))
    try:
        return dispatch(args)
    except PipelineError as exc:
        print(f"error: {redact(str(exc), secret)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted: rerun the same command to continue", file=sys.stderr)
        return 130


def dispatch(args: argparse.Namespace) -> int:
    # stage modules are imported on use: `parse` and `fetch` do not load the statistics and plotting stack
    if args.command == "meta":
        from pipeline.metafile import run_meta

        rows = run_meta(args.input, args.output, args.measure, args.method, args.hksj, args.by)
        print(f"meta: {len(rows)} analysis(es) -> {args.output}")
        return 0
    from pipeline import runner

    if args.command == "bench-extract":
        from pipeline.extract.benchmark import format_score, run_benchmark

        print(format_score(run_benchmark(args.dataset, args.predictions, args.split)))
        return 0
    topic = load_topic(args.topic)
    if args.command == "run":
        summary = runner.run_all(topic, args.out, args.source, until=args.until, batch_size=args.batch_size,
                                 progress=not args.no_progress)
        print(summary)
    elif args.command == "fetch":
        print(runner.run_fetch(topic, args.out, args.source, until=args.until, batch_size=args.batch_size,
                               progress=not args.no_progress))
    elif args.command == "parse":
        report = runner.run_parse(args.out, args.files)
        print(f"parsed {report.files} file(s): {report.records_written} record(s) -> {args.out / 'records.csv'}")
        if report.errors:
            for error in report.errors:
                print(f"error: {error}", file=sys.stderr)
            return 1
    elif args.command in ("screen", "extract", "pool", "grade", "report"):
        print(runner.run_stage(args.command, topic, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
