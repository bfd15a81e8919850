//! Golden type-error tests: `minigo vet NAME.go` must report what gc
//! reported for every program in `tests/check/` (recorded in `NAME.err` and
//! `NAME.code` by `/work/shared/tools/record-expected.sh`).
//!
//! Line and column must match gc on every line of every file. The message
//! text must match too, except for the files named in `tests/check/TEXT_DIFFS`,
//! one a line as `NAME.go: reason` (`#` starts a comment). Only minigo's
//! `NAME.go:LINE:COL: message` lines are compared, as only those are recorded:
//! gc's indented continuation lines (`\thave (int)`) and `too many errors` are
//! not part of the goldens.
//!
//! Every program also carries `// ERROR "regexp"` comments, in the style of
//! Go's own `test/` directory, at the end of each line gc reports an error on:
//! every regexp must match a message reported on its line, and every message
//! must be matched by a regexp on its line (one regexp may cover several
//! messages, or each may have its own). This holds for TEXT_DIFFS files too:
//! their wording may differ from gc's, but not their gist. The regexps use a
//! small subset of Go's syntax, implemented below (see [`Regex`]).
//!
//! `corpus_is_consistent` checks the goldens themselves, without minigo;
//! `type_errors_match_gc` runs minigo and waits for the type checker.

mod common;

use common::{
    allowed_text_diffs, check_all, compare, golden_files, report_exit, report_panic, run_minigo,
    text_diffs, Verdict,
};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/check");
/// gc stops after this many errors and prints `too many errors`; a golden
/// must stay under it so that every error it has is recorded.
const GC_ERROR_LIMIT: usize = 10;

/// One `NAME.go:line:col: message` line.
#[derive(Debug, Clone, PartialEq, Eq)]
struct ErrLine {
    line: u32,
    col: u32,
    msg: String,
}

impl ErrLine {
    /// Parses a line of `file`'s errors, as record-expected.sh keeps them
    /// (`^NAME\.go:[0-9]+:[0-9]+: `); anything else is `None`.
    fn parse(file: &str, text: &str) -> Option<ErrLine> {
        let rest = text.strip_prefix(file)?.strip_prefix(':')?;
        let (line, rest) = rest.split_once(':')?;
        let (col, msg) = rest.split_once(':')?;
        let msg = msg.strip_prefix(' ')?;
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(line) || !digits(col) {
            return None;
        }
        Some(ErrLine {
            line: line.parse().ok()?,
            col: col.parse().ok()?,
            msg: msg.to_string(),
        })
    }

    fn text(&self, file: &str) -> String {
        format!("{file}:{}:{}: {}", self.line, self.col, self.msg)
    }
}

// ---------------------------------------------------------------------------
// A tiny regexp matcher for the `// ERROR` comments.

/// A compiled `// ERROR` regexp. The subset of Go's syntax it accepts:
/// literal characters; `.` (any character); `*`, `+` and `?` after an atom
/// (greedy); `^` and `$` (start and end of the message); `\` before an ASCII
/// punctuation character (that character, literally); character classes
/// `[abc]`, `[a-z]`, `[^...]` (with `\` escapes inside, and `]` escaped as
/// `\]`); groups `(...)` and
/// alternation `|`. `{` and `}` are always literal (no `{n,m}`), as Go's
/// regexp treats a brace that does not start a repeat count. Anything else
/// (`\d`, `\x22`, an unbalanced parenthesis, a dangling quantifier) is
/// rejected, so a comment cannot silently mean something else. A regexp
/// matches a message if it matches anywhere in it, as Go's test/run.go does.
#[derive(Debug)]
struct Regex {
    alts: Vec<Vec<Node>>,
}

#[derive(Debug)]
enum Node {
    Char(char),
    Any,
    Class {
        negated: bool,
        ranges: Vec<(char, char)>,
    },
    Start,
    End,
    Group(Vec<Vec<Node>>),
    Repeat {
        node: Box<Node>,
        min: usize,
        max: Option<usize>,
    },
}

struct RegexParser<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
}

impl Regex {
    fn new(pattern: &str) -> Result<Regex, String> {
        let mut p = RegexParser {
            chars: pattern.chars().peekable(),
        };
        let alts = p.alternation()?;
        match p.chars.next() {
            None => Ok(Regex { alts }),
            Some(c) => Err(format!("unexpected `{c}`")),
        }
    }

    fn is_match(&self, text: &str) -> bool {
        let text: Vec<char> = text.chars().collect();
        (0..=text.len()).any(|start| match_alts(&self.alts, &text, start, &mut |_| true))
    }
}

impl RegexParser<'_> {
    fn alternation(&mut self) -> Result<Vec<Vec<Node>>, String> {
        let mut alts = vec![self.sequence()?];
        while self.chars.peek() == Some(&'|') {
            self.chars.next();
            alts.push(self.sequence()?);
        }
        Ok(alts)
    }

    fn sequence(&mut self) -> Result<Vec<Node>, String> {
        let mut seq = Vec::new();
        while let Some(&c) = self.chars.peek() {
            if c == '|' || c == ')' {
                break;
            }
            self.chars.next();
            let atom = match c {
                '(' => {
                    let alts = self.alternation()?;
                    if self.chars.next() != Some(')') {
                        return Err("missing `)`".to_string());
                    }
                    Node::Group(alts)
                }
                '[' => self.class()?,
                '.' => Node::Any,
                '^' => Node::Start,
                '$' => Node::End,
                '\\' => Node::Char(self.escape()?),
                '*' | '+' | '?' => return Err(format!("`{c}` repeats nothing")),
                c => Node::Char(c),
            };
            let (min, max) = match self.chars.peek() {
                Some('*') => (0, None),
                Some('+') => (1, None),
                Some('?') => (0, Some(1)),
                _ => {
                    seq.push(atom);
                    continue;
                }
            };
            self.chars.next();
            if matches!(self.chars.peek(), Some('*' | '+' | '?')) {
                return Err("stacked quantifiers are not supported".to_string());
            }
            if matches!(atom, Node::Start | Node::End) {
                return Err("an anchor cannot repeat".to_string());
            }
            seq.push(Node::Repeat {
                node: Box::new(atom),
                min,
                max,
            });
        }
        Ok(seq)
    }

    fn escape(&mut self) -> Result<char, String> {
        match self.chars.next() {
            Some(c) if c.is_ascii_punctuation() => Ok(c),
            Some(c) => Err(format!("unsupported escape `\\{c}`")),
            None => Err("trailing `\\`".to_string()),
        }
    }

    fn class(&mut self) -> Result<Node, String> {
        let negated = self.chars.peek() == Some(&'^');
        if negated {
            self.chars.next();
        }
        let mut ranges = Vec::new();
        loop {
            let lo = match self.chars.next() {
                None => return Err("missing `]`".to_string()),
                Some(']') if !ranges.is_empty() => break,
                Some(']') => return Err("empty character class".to_string()),
                Some('\\') => self.escape()?,
                Some(c) => c,
            };
            let mut hi = lo;
            if self.chars.peek() == Some(&'-') {
                self.chars.next();
                hi = match self.chars.next() {
                    None => return Err("missing `]`".to_string()),
                    Some(']') => {
                        // `[a-]`: the dash is literal.
                        ranges.push((lo, lo));
                        ranges.push(('-', '-'));
                        break;
                    }
                    Some('\\') => self.escape()?,
                    Some(c) => c,
                };
                if hi < lo {
                    return Err(format!("bad range `{lo}-{hi}`"));
                }
            }
            ranges.push((lo, hi));
        }
        Ok(Node::Class { negated, ranges })
    }
}

/// Backtracking match of `alts` at `pos`; `k` continues with the position
/// after the match and says whether the rest of the pattern matched.
fn match_alts(
    alts: &[Vec<Node>],
    text: &[char],
    pos: usize,
    k: &mut dyn FnMut(usize) -> bool,
) -> bool {
    alts.iter().any(|seq| match_seq(seq, text, pos, k))
}

fn match_seq(seq: &[Node], text: &[char], pos: usize, k: &mut dyn FnMut(usize) -> bool) -> bool {
    match seq.split_first() {
        None => k(pos),
        Some((node, rest)) => match_node(node, text, pos, &mut |p| match_seq(rest, text, p, k)),
    }
}

fn match_node(node: &Node, text: &[char], pos: usize, k: &mut dyn FnMut(usize) -> bool) -> bool {
    match node {
        Node::Char(c) => text.get(pos) == Some(c) && k(pos + 1),
        Node::Any => pos < text.len() && k(pos + 1),
        Node::Class { negated, ranges } => match text.get(pos) {
            Some(&c) => {
                let inside = ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi);
                inside != *negated && k(pos + 1)
            }
            None => false,
        },
        Node::Start => pos == 0 && k(pos),
        Node::End => pos == text.len() && k(pos),
        Node::Group(alts) => match_alts(alts, text, pos, k),
        Node::Repeat { node, min, max } => match_repeat(node, *min, *max, 0, text, pos, k),
    }
}

/// Greedy repetition: one more `node` first, then the rest of the pattern.
fn match_repeat(
    node: &Node,
    min: usize,
    max: Option<usize>,
    count: usize,
    text: &[char],
    pos: usize,
    k: &mut dyn FnMut(usize) -> bool,
) -> bool {
    let below_max = match max {
        Some(m) => count < m,
        None => true,
    };
    if below_max {
        // An iteration that consumes nothing cannot help; skipping it also
        // keeps `(a*)*` from looping forever.
        let more = match_node(node, text, pos, &mut |p| {
            p != pos && match_repeat(node, min, max, count + 1, text, p, k)
        });
        if more {
            return true;
        }
    }
    count >= min && k(pos)
}

// ---------------------------------------------------------------------------
// The golden files.

/// The `// ERROR "re"...` comments of a program: line number -> regexps.
fn error_comments(src: &str) -> Result<BTreeMap<u32, Vec<String>>, Vec<String>> {
    const MARK: &str = "// ERROR ";
    let mut comments = BTreeMap::new();
    let mut problems = Vec::new();
    for (i, line) in src.lines().enumerate() {
        let n = i as u32 + 1;
        let Some(at) = line.rfind(MARK) else {
            if line.contains("// ERROR") {
                problems.push(format!("line {n}: malformed `// ERROR` comment"));
            }
            continue;
        };
        let mut rest = line[at + MARK.len()..].trim_end();
        let mut regexps = Vec::new();
        let mut malformed = false;
        while !rest.is_empty() {
            let Some(body) = rest.strip_prefix('"') else {
                problems.push(format!("line {n}: expected a quoted regexp at `{rest}`"));
                malformed = true;
                break;
            };
            let Some(end) = body.find('"') else {
                problems.push(format!("line {n}: unterminated regexp"));
                malformed = true;
                break;
            };
            let re = &body[..end];
            if re.is_empty() {
                problems.push(format!("line {n}: empty regexp"));
            } else if let Err(e) = Regex::new(re) {
                problems.push(format!("line {n}: bad regexp \"{re}\": {e}"));
            }
            regexps.push(re.to_string());
            rest = body[end + 1..].trim_start();
        }
        if regexps.is_empty() && !malformed {
            problems.push(format!("line {n}: `// ERROR` without a regexp"));
        }
        comments.insert(n, regexps);
    }
    if problems.is_empty() {
        Ok(comments)
    } else {
        Err(problems)
    }
}

/// Checks `// ERROR` comments against the messages reported per line;
/// returns one line per problem.
fn check_comments(comments: &BTreeMap<u32, Vec<String>>, errors: &[ErrLine]) -> Vec<String> {
    let mut by_line: BTreeMap<u32, Vec<&str>> = BTreeMap::new();
    for e in errors {
        by_line.entry(e.line).or_default().push(&e.msg);
    }
    let mut problems = Vec::new();
    for (line, regexps) in comments {
        let msgs = by_line.get(line).map(Vec::as_slice).unwrap_or_default();
        for re in regexps {
            let Ok(rx) = Regex::new(re) else { continue };
            if !msgs.iter().any(|m| rx.is_match(m)) {
                problems.push(format!(
                    "line {line}: // ERROR \"{re}\" matches no error on the line {msgs:?}"
                ));
            }
        }
    }
    for (line, msgs) in &by_line {
        let regexps: Vec<Regex> = comments
            .get(line)
            .map(|rs| rs.iter().filter_map(|r| Regex::new(r).ok()).collect())
            .unwrap_or_default();
        for m in msgs {
            if !regexps.iter().any(|rx| rx.is_match(m)) {
                let why = if comments.contains_key(line) {
                    "matched by no // ERROR regexp on the line"
                } else {
                    "on a line without an // ERROR comment"
                };
                problems.push(format!("line {line}: error \"{m}\" {why}"));
            }
        }
    }
    problems
}

/// A golden as recorded: gc's exit code and error lines.
struct Golden {
    code: i32,
    errors: Vec<ErrLine>,
}

fn read_golden(name: &str) -> Result<Golden, Vec<String>> {
    let base = Path::new(DIR).join(name);
    let mut problems = Vec::new();
    let code = match fs::read_to_string(base.with_extension("code")) {
        Ok(s) => match s.trim().parse() {
            Ok(c) => c,
            Err(_) => {
                problems.push(format!("bad .code `{}`", s.trim()));
                0
            }
        },
        Err(e) => {
            problems.push(format!("no .code: {e}"));
            0
        }
    };
    let mut errors = Vec::new();
    match fs::read_to_string(base.with_extension("err")) {
        Ok(text) => {
            for line in text.lines() {
                match ErrLine::parse(name, line) {
                    Some(e) => errors.push(e),
                    None => problems.push(format!(".err line is not `{name}:L:C: msg`: {line}")),
                }
            }
        }
        Err(e) => problems.push(format!("no .err: {e}")),
    }
    if problems.is_empty() {
        Ok(Golden { code, errors })
    } else {
        Err(problems)
    }
}

fn check_file(name: &str, allowed_reason: Option<&str>) -> Verdict {
    let golden = match read_golden(name) {
        Ok(g) => g,
        Err(problems) => {
            return Verdict::fail(name, format!("  bad golden: {}\n", problems.join("; ")))
        }
    };
    let src = fs::read_to_string(Path::new(DIR).join(name)).unwrap_or_default();
    let comments = error_comments(&src).unwrap_or_default();
    let outcome = match run_minigo(DIR, &["vet", name]) {
        Ok(o) => o,
        Err(e) => return Verdict::fail(name, format!("  {e}\n")),
    };
    let mut report = String::new();
    let mut failed = report_exit(&outcome, golden.code, &mut report);
    if report_panic(&outcome, &mut report) {
        for w in &golden.errors {
            let _ = writeln!(report, "  ! want {}", w.text(name));
        }
        return Verdict::fail(name, report);
    }
    let mut got = Vec::new();
    let mut other = Vec::new();
    for line in outcome.stderr.lines().filter(|l| !l.is_empty()) {
        match ErrLine::parse(name, line) {
            Some(e) => got.push(e),
            // gc's continuation lines and its limit line are not recorded.
            None if line.starts_with('\t') || line == "too many errors" => {}
            None => other.push(line),
        }
    }
    let table = compare(
        &golden.errors,
        &got,
        |w, g| (w.line, w.col) == (g.line, g.col),
        |e| e.text(name),
        allowed_reason.is_some(),
    );
    let (text_differs, lines_bad) = (table.text_differs, table.lines_bad);
    let comment_problems = check_comments(&comments, &got);
    if lines_bad || !comment_problems.is_empty() || (text_differs && allowed_reason.is_none()) {
        failed = true;
    }
    if lines_bad || text_differs {
        report.push_str(&table.text);
    }
    // With the lines themselves wrong, the table already says it all.
    if !lines_bad {
        for p in &comment_problems {
            let _ = writeln!(report, "  ! {p}");
        }
    }
    if failed && !other.is_empty() {
        let _ = writeln!(report, "  other stderr lines:");
        for line in other.iter().take(5) {
            let _ = writeln!(report, "    {line}");
        }
    }
    Verdict::new(name, failed, text_differs, allowed_reason, report)
}

/// Files the checker does not get right yet, one name a line (`#` starts a
/// comment): they are run and reported, but do not fail the test. Every
/// other file must match gc.
fn known_failures(dir: &Path) -> Vec<String> {
    fs::read_to_string(dir.join("KNOWN_FAILURES"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn type_errors_match_gc() {
    let names = golden_files(DIR);
    let known = known_failures(Path::new(DIR));
    let allowed = allowed_text_diffs(DIR);
    let tally = check_all(&names, &allowed, check_file);
    let is_known = |name: &&String| known.contains(name);
    let unexpected: Vec<&str> = tally
        .failed_names
        .iter()
        .filter(|n| !is_known(n))
        .map(String::as_str)
        .collect();
    tally.print_stale();
    for name in tally.passed_names.iter().filter(is_known) {
        println!("note: {name} passes now; remove it from KNOWN_FAILURES");
    }
    let (passed, failed, exact) = (tally.passed, tally.failed, tally.exact);
    println!(
        "{passed} passed, {failed} failed ({exact} of {} with gc's exact text; {} known failures)",
        names.len(),
        known.len()
    );
    assert!(
        unexpected.is_empty(),
        "{} golden type-error files failed that are not in KNOWN_FAILURES: {}",
        unexpected.len(),
        unexpected.join(" ")
    );
}

/// The corpus itself, without minigo: every program has its recorded
/// results, and its `// ERROR` comments agree with what gc reported.
#[test]
fn corpus_is_consistent() {
    let names = golden_files(DIR);
    let mut problems: Vec<String> = Vec::new();
    if let Err(p) = text_diffs(Path::new(DIR)) {
        problems.extend(p);
    }
    // Only the programs, their goldens and the two notes belong here.
    if let Ok(entries) = fs::read_dir(DIR) {
        for path in entries.filter_map(|e| e.ok()).map(|e| e.path()) {
            let file = path.file_name().and_then(|n| n.to_str()).unwrap_or("?");
            match path.extension().and_then(|x| x.to_str()) {
                Some("go") => {}
                Some("err" | "code") => {
                    if !path.with_extension("go").is_file() {
                        problems.push(format!("{file}: no matching .go"));
                    }
                }
                _ if file == "README.md" || file == "TEXT_DIFFS" || file == "KNOWN_FAILURES" => {}
                _ => problems.push(format!("{file}: unexpected file")),
            }
        }
    }
    for name in &names {
        let mut mine = Vec::new();
        let src = fs::read_to_string(Path::new(DIR).join(name)).unwrap_or_default();
        if !src.starts_with("package main\n") {
            mine.push("does not start with `package main`".to_string());
        }
        match read_golden(name) {
            Err(p) => mine.extend(p),
            Ok(golden) => {
                if golden.code != 1 {
                    mine.push(format!(
                        "exit code {}, want 1 (a compile error)",
                        golden.code
                    ));
                }
                if golden.errors.is_empty() {
                    mine.push("no errors recorded".to_string());
                }
                if golden.errors.len() >= GC_ERROR_LIMIT {
                    mine.push(format!(
                        "{} errors: gc stops at {GC_ERROR_LIMIT}; keep each program under it",
                        golden.errors.len()
                    ));
                }
                let places: Vec<(u32, u32)> =
                    golden.errors.iter().map(|e| (e.line, e.col)).collect();
                if places.windows(2).any(|w| w[0] > w[1]) {
                    mine.push("errors are not in source order".to_string());
                }
                match error_comments(&src) {
                    Err(p) => mine.extend(p),
                    Ok(comments) => mine.extend(check_comments(&comments, &golden.errors)),
                }
            }
        }
        problems.extend(mine.into_iter().map(|p| format!("{name}: {p}")));
    }
    for p in &problems {
        println!("{p}");
    }
    println!("{} programs, {} problems", names.len(), problems.len());
    assert!(problems.is_empty(), "{} problems in {DIR}", problems.len());
}

#[test]
fn regex_subset_works() {
    let m = |re: &str, s: &str| Regex::new(re).unwrap().is_match(s);
    assert!(m("undefined: x", "undefined: x"));
    assert!(m("not used", "declared and not used: x"));
    assert!(!m("^not used", "declared and not used: x"));
    assert!(m("^declared.*: x$", "declared and not used: x"));
    assert!(!m("x$", "x y"));
    assert!(m(
        r"cannot use x \(variable of type int\)",
        "cannot use x (variable of type int) as"
    ));
    assert!(m(r"\[\]int\{…\}|nope", "[]int{…}"));
    assert!(m("Square{…}", "cannot use Square{…} (value"));
    assert!(m("a(b|c)+d", "xabcbd"));
    assert!(!m("a(b|c)+d", "ad"));
    assert!(m("colou?r", "color") && m("colou?r", "colour"));
    assert!(m("[0-9]+:[0-9]+", "at x.go:12:3"));
    assert!(!m("[^a-z]", "abc"));
    assert!(m("[a-]", "-"));
    assert!(m(r"\|\|", "operator || not"));
    assert!(m("(a*)*b", "aaab"));
    assert!(m("", "anything"));
    for bad in ["(a", "a)", "*a", "a**", r"\d", "[]", "[a", r"a\", "[z-a]"] {
        assert!(Regex::new(bad).is_err(), "{bad:?} should be rejected");
    }
}
