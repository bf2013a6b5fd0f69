"""The rule-development subcommands of `claims`: explain, diff, rules and show."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from extract import messages

DEFAULT_RUN = Path("outputs/sample")


def add_rule_dev_commands(sub: argparse._SubParsersAction) -> None:
    """Register explain, diff, rules and show on the `claims` parser."""
    ex = sub.add_parser("explain", help="why a text's claims were (or were not) extracted")
    ex.add_argument("text", nargs="?", help="text to explain (or use --paper)")
    ex.add_argument("--paper", metavar="ID", help="explain one paper of a run")
    ex.add_argument(
        "--run", type=Path, default=DEFAULT_RUN, help=f"run dir (default {DEFAULT_RUN})"
    )
    ex.add_argument("--all", action="store_true", help="also show sentences with no match")
    ex.add_argument("--json", action="store_true", help="print the explanation as JSON")

    df = sub.add_parser("diff", help="claims added, removed and changed between two runs")
    df.add_argument("old_run", type=Path)
    df.add_argument("new_run", type=Path)
    df.add_argument("--format", choices=("text", "markdown"), default="text")
    df.add_argument("--limit", type=int, default=200, help="changes listed (default 200)")
    df.add_argument("--fail-on-change", action="store_true", help="exit 1 when any claim changed")

    ru = sub.add_parser("rules", help="list every rule with its claim count on the sample")
    ru.add_argument("--check", action="store_true", help="only validate the rule files")
    ru.add_argument("--dir", type=Path, help="rules directory (default: the packaged rules)")
    ru.add_argument("--kind", help="list only rules of this kind")

    sh = sub.add_parser("show", help="render claims with displaCy as an HTML page")
    sh.add_argument("target", help="a paper id of --run, or a text")
    sh.add_argument(
        "--run", type=Path, default=DEFAULT_RUN, help=f"run dir (default {DEFAULT_RUN})"
    )
    sh.add_argument("-o", "--output", type=Path, default=Path("claims.html"))


def run_explain(args: argparse.Namespace) -> int:
    """Print tokens, matches with their fate, and records for a text or a run's paper."""
    from extract.develop.explain import explain_field, explanation_as_json, format_explanation
    from extract.run.rundir import find_paper

    if (args.text is None) == (args.paper is None):
        print(f"claims explain: error: {messages.EXPLAIN_NEEDS_ONE}", file=sys.stderr)
        return 2
    if args.paper is not None:
        paper = find_paper(args.run, args.paper)
        fields = [
            explain_field(name, getattr(paper, name), paper.paper_id)
            for name in ("title", "abstract")
        ]
    else:
        fields = [explain_field("text", args.text)]
    if args.json:
        print(json.dumps(explanation_as_json(fields), indent=2))
    else:
        # A text the user typed is shown whole; a paper's quiet sentences only with --all.
        show_all = args.all or args.text is not None
        print(format_explanation(fields, show_all=show_all), end="")
    return 0


def run_diff(args: argparse.Namespace) -> int:
    """Print what changed between two runs' claims."""
    from extract.develop.diff import diff_runs, format_diff

    diff = diff_runs(args.old_run, args.new_run)
    print(format_diff(diff, markdown=args.format == "markdown", limit=args.limit), end="")
    return 1 if args.fail_on_change and diff.changes else 0


def run_rules(args: argparse.Namespace) -> int:
    """Validate the rule files, and list every rule with its claims on the bundled sample."""
    from extract.claims.builder import ClaimBuilder
    from extract.develop.rule_inventory import claims_per_rule, load_rule_files, rule_entries
    from extract.read.sample import sample_corpus

    ruleset, gazetteer = load_rule_files(args.dir)
    entries = rule_entries(ruleset, gazetteer)
    if args.check:
        print(messages.RULES_OK.format(rules=len(entries), path=args.dir or "packaged rules"))
        return 0
    counts = claims_per_rule(ClaimBuilder(ruleset, gazetteer), sample_corpus())
    shown = [e for e in entries if args.kind in (None, e.kind)]
    width = max((len(e.rule_id) for e in shown), default=7)
    print(f"{'rule id':<{width}}  {'kind':<14}  {'file':<20}  claims on sample")
    for entry in shown:
        count = counts.get(entry.rule_id, 0)
        print(f"{entry.rule_id:<{width}}  {entry.kind:<14}  {entry.file:<20}  {count}")
    return 0


def run_show(args: argparse.Namespace) -> int:
    """Write a displaCy page of a run's paper, or of a text when no such paper exists."""
    from extract.develop.show import paper_texts, render_claims_html
    from extract.run.rundir import RunDirError, find_paper

    texts, title = [("text", args.target)], "claims"
    if not any(ch.isspace() for ch in args.target):
        try:
            paper = find_paper(args.run, args.target)
            texts, title = paper_texts(paper), paper.title
        except RunDirError as exc:
            print(messages.SHOW_AS_TEXT.format(problem=exc), file=sys.stderr)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(render_claims_html(texts, title), encoding="utf-8")
    print(messages.WROTE.format(path=args.output))
    return 0
