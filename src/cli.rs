//! The command line: what the user asked for, and the help text.
//!
//! Hand-written: four commands and one flag do not pay for a parser crate's
//! compile time.

use std::ffi::{OsStr, OsString};
use std::path::PathBuf;

/// When diagnostics are drawn as reports instead of gc's plain lines.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ColorChoice {
    /// Reports when stderr is a terminal (without colors when `NO_COLOR` is
    /// set), plain lines otherwise.
    #[default]
    Auto,
    Always,
    Never,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// `minigo` alone: the REPL.
    Repl,
    /// `minigo run`: `-` (stdin), a directory, or files, then the
    /// program's arguments.
    Run {
        files: Vec<PathBuf>,
        args: Vec<OsString>,
    },
    Parse {
        files: Vec<PathBuf>,
    },
    Vet {
        file: PathBuf,
    },
    Version,
    /// Help on one command, or on minigo when `None`.
    Help(Option<String>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invocation {
    pub color: ColorChoice,
    pub command: Command,
}

/// A command line that means nothing; exit status 2.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UsageError {
    pub msg: String,
    /// The usage line to show beneath it.
    pub usage: &'static str,
}

pub const USAGE: &str =
    "usage: minigo [--color=WHEN] <command> [arguments]\nRun 'minigo help' for usage.";
const RUN_USAGE: &str = "usage: minigo run [--color=WHEN] FILE.go... | DIR | - [arguments...]\nRun 'minigo help run' for details.";
const PARSE_USAGE: &str =
    "usage: minigo parse [--color=WHEN] FILE.go...\nRun 'minigo help parse' for details.";
const VET_USAGE: &str =
    "usage: minigo vet [--color=WHEN] FILE.go\nRun 'minigo help vet' for details.";
const VERSION_USAGE: &str = "usage: minigo version";
const HELP_USAGE: &str = "usage: minigo help [command]";

pub const HELP: &str = "\
minigo runs Go programs. It is a Go interpreter: a front end that reports
syntax and type errors as the Go compiler, gc, words and places them; a
compiler to register bytecode; and a VM whose goroutines run in parallel on
a GMP scheduler of its own (GOMAXPROCS threads), with channels, select,
timers, a garbage collector and a standard library (fmt, strings, strconv,
bytes, bufio, io, os, time, sync, sort, math, errors, unicode, container)
mostly written in Go. Not yet: generics; a construct the VM cannot run is
reported at its position.

Usage:

    minigo [flags]                      start the interactive prompt (REPL)
    minigo [flags] <command> [arguments]

Commands:

    run FILE.go... [arguments...]  check, compile and run a program
    run DIR [arguments...]         run the package main made of DIR's .go files
    run - [arguments...]           run the program read from stdin
    vet FILE.go                    check FILE.go's syntax and types
    parse FILE.go...               check the syntax of every file
    version                        print minigo's version and default GOMAXPROCS
    help [command]                 show this help, or a command's

Flags (before or after the command name):

    --color=WHEN  how errors are drawn: 'auto' (default) draws a report quoting
                  the source line when stderr is a terminal, without colors if
                  NO_COLOR is set, and gc's plain 'file:line:col: message'
                  lines otherwise; 'always' draws reports in color; 'never'
                  prints plain lines
    -h, --help    show help

Environment (for run; 'minigo help run' has more):

    GOMAXPROCS=N       how many goroutines run at once (default: the CPUs)
    GOGC=N|off         the collector's pacing, as Go's (default 100)
    GODEBUG=gctrace=1  a line on stderr per collection
    GODEBUG=schedtrace=N[,scheddetail=1]
                       the scheduler's state every N ms (every P, M and G)
    MINIGO_GCSTRESS=1  collect garbage at every allocation (a test mode)
    MINIGO_DISASM=1    print the program's bytecode on stderr

Examples:

    minigo
    minigo run examples/hello.go
    minigo run . first second
    echo 'package main; func main() { println(\"hi\") }' | minigo run -
    GOMAXPROCS=1 GODEBUG=schedtrace=100 minigo run examples/goroutines.go
    minigo vet main.go
    minigo parse main.go util.go
    minigo --color=never parse $(find . -name '*.go')

Exit status: 0 on success, 1 when a file has errors or cannot be read,
2 when the command line is wrong; a program that panics exits with 2, and
os.Exit(n) with n.
";

const RUN_HELP: &str = "\
usage: minigo run [--color=WHEN] FILE.go... | DIR | - [arguments...]

Run checks a Go program as gc does (syntax and type errors, at most 10,
then 'too many errors'; exit status 1), compiles it to bytecode and runs
it. A construct the VM cannot run yet is reported at its position, exit
status 1. A panic prints Go's message and traceback on stderr and exits
with status 2; os.Exit(n) exits with n. The arguments after the program
are the program's (os.Args[1:]).

The program is, as with 'go run':

    FILE.go...  one or more files of package main (every argument ending
                in .go, up to the first that does not), all in one
                directory; errors name them as given
    DIR         the package main made of DIR's .go files, sorted by name,
                without _test.go files, files whose names start with _
                or ., and files whose build constraints (a //go:build
                line, a _GOOS or _GOARCH name) exclude linux/amd64;
                errors name them as the go command does (relative to the
                current directory when that is shorter: ./a.go, dir/a.go)
    -           one file read from stdin, named <standard input> in
                errors; the program's own stdin is then at its end

As the go command, run stops before compiling when DIR has no Go files
('no Go files in DIR'), when the files' package clauses differ ('found
packages main (a.go) and foo (b.go) in DIR'), or when the package is not
main ('package DIR is not a main package'). Named files are used
whatever their build constraints, as go run uses them.

Environment:

    GOMAXPROCS=N  how many goroutines run at once: Ps, as Go's (default:
                  the CPUs available; 'minigo version' shows it)
    GOGC=N|off    the collector's pacing, as Go's: the heap grows by N%
                  of the live heap between collections (default 100);
                  off turns the collector off
    GODEBUG       comma-separated settings, as Go's: gctrace=1 prints a
                  line per collection on stderr; schedtrace=N prints the
                  scheduler's state every N ms, and scheddetail=1 with it
                  every P, M and G
    MINIGO_GCSTRESS=1  collects garbage at every allocation (a test mode)
    MINIGO_DISASM=1    prints the program's bytecode on stderr first

Examples:

    minigo run examples/hello.go
    minigo run main.go util.go -v input.txt
    minigo run ./cmd/tool
    echo 'package main; func main() { println(\"hi\") }' | minigo run -
";

const PARSE_HELP: &str = "\
usage: minigo parse [--color=WHEN] FILE.go...

Parse checks the syntax of each file, like 'gofmt -e' without the output:
silent with exit status 0 when every file parses, else every file's errors
(at most 10 per file, as gc) and exit status 1. Files need not be valid
UTF-8; invalid bytes are reported as gc reports them.

Example:

    minigo parse $(find . -name '*.go')
";

const VET_HELP: &str = "\
usage: minigo vet [--color=WHEN] FILE.go

Vet checks FILE.go as the Go compiler would before running it: its syntax,
then its types, reporting gc's errors with gc's positions and wording (at
most 10, then 'too many errors'). Silent with exit status 0 when the program
is valid Go; else the errors and exit status 1.

Example:

    minigo vet examples/hello.go
";

const VERSION_HELP: &str = "\
usage: minigo version

Version prints minigo's version and the GOMAXPROCS programs get: the
GOMAXPROCS environment variable if it is set to a positive number, else the
CPUs available.
";

/// The help text for `topic` (a command name), or `None` if there is no such
/// command.
pub fn help_text(topic: Option<&str>) -> Option<&'static str> {
    match topic {
        None => Some(HELP),
        Some("run") => Some(RUN_HELP),
        Some("parse") => Some(PARSE_HELP),
        Some("vet") => Some(VET_HELP),
        Some("version") => Some(VERSION_HELP),
        Some("help") => Some(HELP),
        Some(_) => None,
    }
}

/// Reads the command line (without the program name).
pub fn parse_args<I>(args: I) -> Result<Invocation, UsageError>
where
    I: IntoIterator<Item = OsString>,
{
    let mut args = args.into_iter();
    let mut color = ColorChoice::Auto;
    let command_name = loop {
        let Some(arg) = args.next() else {
            return Ok(Invocation {
                color,
                command: Command::Repl,
            });
        };
        match flag(&arg, &mut args, &mut color, USAGE)? {
            Flag::Help => {
                return Ok(Invocation {
                    color,
                    command: Command::Help(None),
                })
            }
            Flag::Color | Flag::EndOfFlags => continue,
            Flag::Positional => break arg,
        }
    };
    let Some(name) = command_name.to_str() else {
        return Err(usage_err(
            format!("minigo {}: unknown command", command_name.to_string_lossy()),
            USAGE,
        ));
    };
    let command = match name {
        "run" => run_args(&mut args, &mut color)?,
        "parse" => parse_cmd_args(&mut args, &mut color)?,
        "vet" => match positionals(&mut args, &mut color, VET_USAGE)? {
            Positionals::Help => Command::Help(Some("vet".into())),
            Positionals::Args(files) => match <[OsString; 1]>::try_from(files) {
                Ok([file]) => Command::Vet { file: file.into() },
                Err(files) if files.is_empty() => {
                    return Err(usage_err(
                        "minigo vet: no go files listed".into(),
                        VET_USAGE,
                    ))
                }
                Err(_) => return Err(usage_err(
                    "minigo vet: one file at a time (a package of several files: a later release)"
                        .into(),
                    VET_USAGE,
                )),
            },
        },
        "version" => {
            let rest = positionals(&mut args, &mut color, VERSION_USAGE)?;
            match rest {
                Positionals::Help => Command::Help(Some("version".into())),
                Positionals::Args(a) if a.is_empty() => Command::Version,
                Positionals::Args(_) => {
                    return Err(usage_err(
                        "minigo version: unexpected arguments".into(),
                        VERSION_USAGE,
                    ))
                }
            }
        }
        "help" => match positionals(&mut args, &mut color, HELP_USAGE)? {
            Positionals::Help => Command::Help(None),
            Positionals::Args(a) => match a.as_slice() {
                [] => Command::Help(None),
                [topic] => Command::Help(Some(topic.to_string_lossy().into_owned())),
                _ => {
                    return Err(usage_err(
                        "minigo help: too many arguments".into(),
                        HELP_USAGE,
                    ))
                }
            },
        },
        _ => return Err(usage_err(format!("minigo {name}: unknown command"), USAGE)),
    };
    Ok(Invocation { color, command })
}

fn run_args(
    args: &mut dyn Iterator<Item = OsString>,
    color: &mut ColorChoice,
) -> Result<Command, UsageError> {
    // Flags stop at the program: what follows it belongs to the Go program,
    // as with `go run`.
    while let Some(arg) = args.next() {
        let first = match flag(&arg, args, color, RUN_USAGE)? {
            Flag::Help => return Ok(Command::Help(Some("run".into()))),
            Flag::Color => continue,
            Flag::EndOfFlags => match args.next() {
                Some(first) => first,
                None => break,
            },
            Flag::Positional => arg,
        };
        return Ok(run_command(first, args));
    }
    Err(usage_err(
        "minigo run: no go files listed".into(),
        RUN_USAGE,
    ))
}

/// As `go run`: when the first argument is a `.go` file, so is every one
/// after it that ends in `.go`, up to the first that does not; else the
/// first argument alone is the program (`-` or a directory).
fn run_command(first: OsString, args: &mut dyn Iterator<Item = OsString>) -> Command {
    let is_go = |a: &OsString| a.as_encoded_bytes().ends_with(b".go");
    let mut files = vec![PathBuf::from(&first)];
    let mut rest = Vec::new();
    if is_go(&first) {
        for arg in &mut *args {
            if is_go(&arg) {
                files.push(arg.into());
            } else {
                rest.push(arg);
                break;
            }
        }
    }
    rest.extend(args);
    Command::Run { files, args: rest }
}

fn parse_cmd_args(
    args: &mut dyn Iterator<Item = OsString>,
    color: &mut ColorChoice,
) -> Result<Command, UsageError> {
    match positionals(args, color, PARSE_USAGE)? {
        Positionals::Help => Ok(Command::Help(Some("parse".into()))),
        Positionals::Args(files) if files.is_empty() => Err(usage_err(
            "minigo parse: no go files listed".into(),
            PARSE_USAGE,
        )),
        Positionals::Args(files) => Ok(Command::Parse {
            files: files.into_iter().map(PathBuf::from).collect(),
        }),
    }
}

enum Positionals {
    Help,
    Args(Vec<OsString>),
}

/// The non-flag arguments; flags may stand anywhere among them, until `--`.
fn positionals(
    args: &mut dyn Iterator<Item = OsString>,
    color: &mut ColorChoice,
    usage: &'static str,
) -> Result<Positionals, UsageError> {
    let mut out = Vec::new();
    while let Some(arg) = args.next() {
        match flag(&arg, args, color, usage)? {
            Flag::Help => return Ok(Positionals::Help),
            Flag::Color => {}
            Flag::EndOfFlags => {
                out.extend(&mut *args);
                break;
            }
            Flag::Positional => out.push(arg),
        }
    }
    Ok(Positionals::Args(out))
}

enum Flag {
    Help,
    Color,
    /// `--`: everything after it is an argument.
    EndOfFlags,
    Positional,
}

/// Recognises one flag (taking its value from `rest` if it is separate).
/// Go's flag package accepts `-flag` as well as `--flag`; so does minigo.
fn flag(
    arg: &OsStr,
    rest: &mut dyn Iterator<Item = OsString>,
    color: &mut ColorChoice,
    usage: &'static str,
) -> Result<Flag, UsageError> {
    let bytes = arg.as_encoded_bytes();
    if bytes == b"--" {
        return Ok(Flag::EndOfFlags);
    }
    // A lone "-" is an argument (conventionally stdin), not a flag.
    if bytes.first() != Some(&b'-') || bytes == b"-" {
        return Ok(Flag::Positional);
    }
    let text = arg.to_string_lossy();
    let body = text
        .strip_prefix("--")
        .unwrap_or_else(|| text.strip_prefix('-').unwrap_or(&text));
    let (name, value) = match body.split_once('=') {
        Some((n, v)) => (n, Some(v.to_string())),
        None => (body, None),
    };
    match name {
        "h" | "help" if value.is_none() => Ok(Flag::Help),
        "color" => {
            let value = match value {
                Some(v) => v,
                None => match rest.next() {
                    Some(v) => v.to_string_lossy().into_owned(),
                    None => return Err(usage_err("flag needs an argument: --color".into(), usage)),
                },
            };
            *color = color_choice(&value).ok_or_else(|| {
                let msg = format!(
                    "invalid value \"{value}\" for flag --color: want auto, always or never"
                );
                usage_err(msg, usage)
            })?;
            Ok(Flag::Color)
        }
        _ => Err(usage_err(
            format!("flag provided but not defined: -{name}"),
            usage,
        )),
    }
}

fn color_choice(value: &str) -> Option<ColorChoice> {
    match value {
        "auto" => Some(ColorChoice::Auto),
        "always" => Some(ColorChoice::Always),
        "never" => Some(ColorChoice::Never),
        _ => None,
    }
}

fn usage_err(msg: String, usage: &'static str) -> UsageError {
    UsageError { msg, usage }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Invocation, UsageError> {
        parse_args(args.iter().map(OsString::from))
    }

    fn cmd(args: &[&str]) -> Command {
        parse(args).unwrap().command
    }

    #[test]
    fn commands() {
        assert_eq!(cmd(&[]), Command::Repl);
        assert_eq!(cmd(&["version"]), Command::Version);
        assert_eq!(cmd(&["help"]), Command::Help(None));
        assert_eq!(cmd(&["help", "run"]), Command::Help(Some("run".into())));
        assert_eq!(cmd(&["-h"]), Command::Help(None));
        assert_eq!(cmd(&["--help"]), Command::Help(None));
        assert_eq!(
            cmd(&["parse", "--help"]),
            Command::Help(Some("parse".into()))
        );
        assert_eq!(
            cmd(&["parse", "a.go", "b.go"]),
            Command::Parse {
                files: vec!["a.go".into(), "b.go".into()]
            }
        );
    }

    #[test]
    fn run_passes_everything_after_the_file_to_the_program() {
        assert_eq!(
            cmd(&["run", "--color=never", "p.go", "--color=always", "-h", "x"]),
            Command::Run {
                files: vec!["p.go".into()],
                args: vec!["--color=always".into(), "-h".into(), "x".into()]
            }
        );
        assert_eq!(
            cmd(&["run", "--", "-odd.go"]),
            Command::Run {
                files: vec!["-odd.go".into()],
                args: vec![]
            }
        );
        assert_eq!(
            parse(&["run", "--color=always", "p.go", "--color=never"])
                .unwrap()
                .color,
            ColorChoice::Always
        );
    }

    #[test]
    fn run_takes_go_files_up_to_the_first_other_argument() {
        assert_eq!(
            cmd(&["run", "a.go", "b.go", "x", "c.go"]),
            Command::Run {
                files: vec!["a.go".into(), "b.go".into()],
                args: vec!["x".into(), "c.go".into()]
            }
        );
        assert_eq!(
            cmd(&["run", "-", "a.go"]),
            Command::Run {
                files: vec!["-".into()],
                args: vec!["a.go".into()]
            }
        );
        assert_eq!(
            cmd(&["run", "--color=never", "./dir", "b.go"]),
            Command::Run {
                files: vec!["./dir".into()],
                args: vec!["b.go".into()]
            }
        );
    }

    #[test]
    fn color_before_or_after_the_command() {
        for args in [
            &["--color=never", "parse", "a.go"][..],
            &["parse", "--color=never", "a.go"],
            &["parse", "a.go", "--color", "never"],
            &["-color=never", "parse", "a.go"],
        ] {
            let inv = parse(args).unwrap();
            assert_eq!(inv.color, ColorChoice::Never, "{args:?}");
            assert_eq!(
                inv.command,
                Command::Parse {
                    files: vec!["a.go".into()]
                }
            );
        }
        assert_eq!(parse(&["version"]).unwrap().color, ColorChoice::Auto);
        assert_eq!(
            parse(&["--color=always", "version"]).unwrap().color,
            ColorChoice::Always
        );
    }

    #[test]
    fn usage_errors() {
        for args in [
            &["frobnicate"][..],
            &["--color=sometimes", "version"],
            &["--color"],
            &["--verbose", "version"],
            &["run"],
            &["parse"],
            &["version", "extra"],
            &["help", "a", "b"],
        ] {
            assert!(parse(args).is_err(), "{args:?}");
        }
        assert_eq!(
            parse(&["frobnicate"]).unwrap_err().msg,
            "minigo frobnicate: unknown command"
        );
    }

    #[test]
    fn every_command_has_help() {
        for topic in ["run", "parse", "version", "help"] {
            assert!(help_text(Some(topic)).is_some(), "{topic}");
        }
        assert!(help_text(Some("nope")).is_none());
    }
}
