//! The `minigo` command end to end. Expected compiler messages were taken
//! from real gc (`go run` on the same files), never written by hand.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn minigo() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_minigo"));
    cmd.env_remove("NO_COLOR");
    cmd
}

/// A fresh directory for one test's files.
fn scratch(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("cli")
        .join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &Path, name: &str, text: impl AsRef<[u8]>) {
    std::fs::write(dir.join(name), text).unwrap();
}

/// Runs minigo in `dir`, so that file names print as given.
fn run_in(dir: &Path, args: &[&str]) -> Output {
    minigo().current_dir(dir).args(args).output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

const GOOD: &str = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n";

/// gc: `bad.go:4:3: syntax error: unexpected newline in composite literal;
/// possibly missing comma or }`.
const BAD: &str = "package main\nfunc main() {\n\tx := []int{1,\n\t2\n\t}\n}\n";
const BAD_LINE: &str = "bad.go:4:3: syntax error: unexpected newline in composite literal; possibly missing comma or }";

#[test]
fn version() {
    // As `go version` (`go version go1.27.3 linux/amd64`), then the
    // GOMAXPROCS programs get.
    let o = minigo()
        .arg("version")
        .env_remove("GOMAXPROCS")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0));
    let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
    assert_eq!(
        stdout(&o),
        format!(
            "minigo version {} linux/amd64 (GOMAXPROCS={cpus}: the CPUs available)\n",
            env!("CARGO_PKG_VERSION")
        )
    );
    let o = minigo()
        .arg("version")
        .env("GOMAXPROCS", "3")
        .output()
        .unwrap();
    assert_eq!(
        stdout(&o),
        format!(
            "minigo version {} linux/amd64 (GOMAXPROCS=3: from the environment)\n",
            env!("CARGO_PKG_VERSION")
        )
    );
}

#[test]
fn help_lists_commands_flags_and_examples() {
    for flag in ["help", "-h", "--help"] {
        let o = minigo().arg(flag).output().unwrap();
        assert_eq!(o.status.code(), Some(0), "{flag}");
        let out = stdout(&o);
        for word in [
            "run FILE.go",
            "run DIR",
            "run -",
            "interactive prompt",
            "goroutines",
            "parse FILE.go",
            "version",
            "--color=WHEN",
            "Examples:",
            "NO_COLOR",
            "GOMAXPROCS",
            "GOGC",
            "gctrace=1",
            "schedtrace=N",
            "scheddetail=1",
            "MINIGO_GCSTRESS",
            "| minigo run -",
        ] {
            assert!(out.contains(word), "{flag}: no {word:?} in\n{out}");
        }
        assert!(!out.contains("single-goroutine"), "{out}");
    }
    let o = minigo().args(["help", "parse"]).output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).starts_with("usage: minigo parse"));
    let o = minigo().args(["help", "run"]).output().unwrap();
    let out = stdout(&o);
    assert!(out.starts_with("usage: minigo run"), "{out}");
    for word in [
        "<standard input>",
        "_test.go",
        "no Go files in DIR",
        "GODEBUG",
    ] {
        assert!(out.contains(word), "no {word:?} in\n{out}");
    }
}

#[test]
fn unknown_command_is_a_usage_error() {
    let o = minigo().arg("frobnicate").output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("minigo frobnicate: unknown command"), "{err}");
    assert!(err.contains("usage: minigo"), "{err}");
    assert!(o.stdout.is_empty());

    let o = minigo()
        .args(["--color=sometimes", "version"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn no_arguments_without_a_terminal_reads_entries_from_stdin() {
    use std::io::Write;
    use std::process::Stdio;
    let entries = |text: &str| {
        let mut child = minigo()
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    };
    // An entry goes on while a block is open; the session keeps what it
    // declares.
    let o = entries("func double(n int) int {\n\treturn 2 * n\n}\ndouble(21)\n");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "42 (int)\n");
    // os.Exit ends the session with its status.
    let o = entries("x := 7\nos.Exit(x - 3)\nx\n");
    assert_eq!(o.status.code(), Some(4));
    assert!(o.stdout.is_empty());
}

#[test]
fn parse_of_good_files_is_silent() {
    let dir = scratch("parse_good");
    write(&dir, "a.go", GOOD);
    write(
        &dir,
        "b.go",
        "package b\n\ntype Pair[K comparable, V any] struct {\n\tk K\n\tv V\n}\n",
    );
    let o = run_in(&dir, &["parse", "a.go", "b.go"]);
    assert_eq!(stderr(&o), "");
    assert_eq!(stdout(&o), "");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn parse_of_a_bad_file_prints_gc_lines() {
    let dir = scratch("parse_bad");
    write(&dir, "good.go", GOOD);
    write(&dir, "bad.go", BAD);
    let o = run_in(&dir, &["parse", "good.go", "bad.go"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stderr(&o), format!("{BAD_LINE}\n"));
    assert_eq!(stdout(&o), "");
}

#[test]
fn ten_errors_are_too_many() {
    let dir = scratch("too_many");
    let mut text = String::from("package main\n");
    for i in 1..=12 {
        text.push_str(&format!("var x{i} = )\n"));
    }
    write(&dir, "ten.go", text);
    let o = run_in(&dir, &["run", "ten.go"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    let lines: Vec<&str> = err.lines().collect();
    // gc: the first ten errors, then "too many errors" at the tenth.
    assert_eq!(lines.len(), 11, "{err}");
    assert_eq!(
        lines[0],
        "ten.go:2:10: syntax error: unexpected ), expected expression"
    );
    assert_eq!(
        lines[9],
        "ten.go:11:11: syntax error: unexpected ), expected expression"
    );
    assert_eq!(lines[10], "ten.go:11:11: too many errors");
}

#[test]
fn invalid_utf8_columns_count_file_bytes() {
    let dir = scratch("utf8");
    write(&dir, "inv.go", b"package main\nvar s = a\xff\xfe + )\n");
    let o = run_in(&dir, &["parse", "inv.go"]);
    assert_eq!(o.status.code(), Some(1));
    // gc reports one `invalid UTF-8 encoding` per line.
    assert_eq!(
        stderr(&o),
        "inv.go:2:10: invalid UTF-8 encoding\ninv.go:2:15: syntax error: unexpected ), expected expression\n"
    );
}

#[test]
fn run_of_a_missing_file() {
    let dir = scratch("missing");
    let o = run_in(&dir, &["run", "nosuch.go"]);
    assert_eq!(o.status.code(), Some(1));
    // As `go run nosuch.go` says it.
    assert_eq!(stderr(&o), "stat nosuch.go: no such file or directory\n");

    let o = run_in(&dir, &["parse", "nosuch.go"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stderr(&o), "open nosuch.go: no such file or directory\n");
}

#[test]
fn run_of_a_good_file_runs_it() {
    let dir = scratch("run_good");
    write(&dir, "hello.go", GOOD);
    let o = run_in(&dir, &["run", "hello.go", "arg1"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "hi\n");
    assert_eq!(stderr(&o), "");
}

#[test]
fn run_of_what_the_vm_cannot_run_yet_says_so() {
    let dir = scratch("run_unsupported");
    write(
        &dir,
        "s.go",
        "package main\n\nimport \"runtime\"\n\nfunc main() {\n\truntime.Callers(0, nil)\n}\n",
    );
    let o = run_in(&dir, &["run", "s.go"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        "s.go:6:2: runtime.Callers is not supported by minigo's VM yet\n"
    );
}

/// A program that allocates about 40 MB in short-lived slices.
const GARBAGE: &str = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tn := 0\n\tfor i := 0; i < 20000; i++ {\n\t\ts := make([]int, 256)\n\t\tn += len(s)\n\t}\n\tfmt.Println(n)\n}\n";

#[test]
fn gctrace_prints_a_line_per_collection_and_gogc_off_none() {
    let dir = scratch("gctrace");
    write(&dir, "g.go", GARBAGE);
    let o = minigo()
        .current_dir(&dir)
        .args(["run", "g.go"])
        .env("GODEBUG", "gctrace=1")
        .env("GOMAXPROCS", "1")
        .output()
        .expect("run minigo");
    assert_eq!(stdout(&o), "5120000\n");
    let lines: Vec<String> = stderr(&o).lines().map(str::to_string).collect();
    assert!(lines.len() >= 2, "{lines:?}");
    for (i, l) in lines.iter().enumerate() {
        assert!(l.starts_with(&format!("gc {} @", i + 1)), "{l}");
        assert!(
            l.contains(" MB goal, 0 MB stacks, 0 MB globals, 1 P"),
            "{l}"
        );
    }
    let o = minigo()
        .current_dir(&dir)
        .args(["run", "g.go"])
        .env("GODEBUG", "gctrace=1")
        .env("GOGC", "off")
        .output()
        .expect("run minigo");
    assert_eq!(stdout(&o), "5120000\n");
    assert_eq!(stderr(&o), "");
}

#[test]
fn run_of_a_bad_file_reports_errors() {
    let dir = scratch("run_bad");
    write(&dir, "bad.go", BAD);
    let o = run_in(&dir, &["run", "bad.go"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stderr(&o), format!("{BAD_LINE}\n"));
}

/// Drops ANSI escape sequences (ariadne colors character by character).
fn strip_ansi(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            // CSI: ESC [ parameters final-byte
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn color_always_draws_a_report() {
    let dir = scratch("color");
    // gc: bad.go:3:14: syntax error: unexpected ), expected expression
    write(&dir, "bad.go", "package main\n\nvar answer = )\n");
    for args in [
        &["--color=always", "parse", "bad.go"][..],
        &["parse", "--color=always", "bad.go"],
    ] {
        let o = run_in(&dir, args);
        assert_eq!(o.status.code(), Some(1));
        let raw = stderr(&o);
        assert!(raw.contains("\x1b["), "no colors: {raw}");
        let err = strip_ansi(&raw);
        assert!(
            err.contains("syntax error: unexpected ), expected expression"),
            "{err}"
        );
        assert!(err.contains("bad.go:3:14"), "no location: {err}");
        assert!(err.contains("var answer = )"), "no source line: {err}");
    }
    let o = run_in(&dir, &["--color=never", "parse", "bad.go"]);
    assert_eq!(
        stderr(&o),
        "bad.go:3:14: syntax error: unexpected ), expected expression\n"
    );
    // Not a terminal: plain lines whatever NO_COLOR says.
    let o = minigo()
        .current_dir(&dir)
        .env("NO_COLOR", "1")
        .args(["parse", "bad.go"])
        .output()
        .unwrap();
    assert_eq!(
        stderr(&o),
        "bad.go:3:14: syntax error: unexpected ), expected expression\n"
    );
}

#[test]
fn the_hello_example_parses() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let o = minigo()
        .current_dir(root)
        .args(["parse", "examples/hello.go"])
        .output()
        .unwrap();
    assert_eq!(stderr(&o), "");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn a_panic_traceback_names_the_file_of_each_function() {
    let dir = scratch("traceback_files");
    write(
        &dir,
        "p.go",
        "package main\n\nimport \"sort\"\n\nfunc main() {\n\tvar x any = 3\n\tsort.Slice(x, func(i, j int) bool { return false })\n}\n",
    );
    let out = run_in(&dir, &["run", "p.go"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("panic: reflect: call of Swapper on int Value\n"),
        "{err}"
    );
    // The standard function's frame is in minigo's implementation file,
    // the program's in the program's.
    assert!(
        err.contains("sort.Slice(...)\n\t$minigo/go/sort.go:"),
        "{err}"
    );
    assert!(err.contains("main.main()\n\tp.go:7\n"), "{err}");
}

/// The fixture packages of tests/cli/.
fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli")
}

// `go run ./pkg x y` (from tests/cli): main.go and util.go, without
// util_test.go, _ignored.go, util_windows.go and gen.go (//go:build
// ignore), which would not compile with them.
const PKG_OUT: &str = "hello, DIR 2 [x y]\n6\n";

#[test]
fn run_dir_runs_the_package_of_its_files() {
    let o = run_in(&fixtures(), &["run", "./pkg", "x", "y"]);
    assert_eq!(stderr(&o), "");
    assert_eq!(stdout(&o), PKG_OUT);
    assert_eq!(o.status.code(), Some(0));
    // The same from inside, and by an absolute path.
    let o = run_in(&fixtures().join("pkg"), &["run", ".", "x", "y"]);
    assert_eq!((stdout(&o), o.status.code()), (PKG_OUT.into(), Some(0)));
    let abs = fixtures().join("pkg");
    let o = run_in(
        Path::new(env!("CARGO_MANIFEST_DIR")),
        &["run", abs.to_str().unwrap(), "x", "y"],
    );
    assert_eq!((stdout(&o), o.status.code()), (PKG_OUT.into(), Some(0)));
}

#[test]
fn run_files_takes_the_go_files_then_the_arguments() {
    // `go run main.go util.go -v z.go`: the files end at the first argument
    // that is not a .go file.
    let o = run_in(
        &fixtures().join("pkg"),
        &["run", "main.go", "util.go", "-v", "z.go"],
    );
    assert_eq!(stderr(&o), "");
    assert_eq!(stdout(&o), "hello, DIR 2 [-v z.go]\n6\n");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn run_dir_errors_name_the_files_as_the_go_command_does() {
    // go run ./errs, from tests/cli.
    let o = run_in(&fixtures(), &["run", "./errs"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        "errs/a.go:3:17: cannot use \"three\" (untyped string constant) as int value in variable declaration\n\
         errs/b.go:4:2: declared and not used: unused\n"
    );
    // go run ., from tests/cli/errs.
    let o = run_in(&fixtures().join("errs"), &["run", "."]);
    assert_eq!(
        stderr(&o),
        "./a.go:3:17: cannot use \"three\" (untyped string constant) as int value in variable declaration\n\
         ./b.go:4:2: declared and not used: unused\n"
    );
    // Files are named as given (as gc names them: minigo run a.go says
    // a.go, go run's ./a.go is the go command's).
    let o = run_in(&fixtures().join("errs"), &["run", "a.go", "b.go"]);
    assert_eq!(
        stderr(&o),
        "a.go:3:17: cannot use \"three\" (untyped string constant) as int value in variable declaration\n\
         b.go:4:2: declared and not used: unused\n"
    );
    // go run ./dup: a position inside a message names its file too.
    let o = run_in(&fixtures(), &["run", "./dup"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        "dup/b.go:3:6: helper redeclared in this block\n\tdup/a.go:5:6: other declaration of helper\n"
    );
}

#[test]
fn run_dir_stops_where_the_go_command_does() {
    let abs = |d: &str| fixtures().join(d).display().to_string();
    let o = run_in(&fixtures(), &["run", "./mixed"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        format!(
            "found packages main (a.go) and other (b.go) in {}\n",
            abs("mixed")
        )
    );
    // Go: `package m/lib is not a main package` (m, the module's path;
    // minigo has none, and names the directory as given).
    let o = run_in(&fixtures(), &["run", "./lib"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stderr(&o), "package ./lib is not a main package\n");
    let o = run_in(&fixtures().join("lib"), &["run", "lib.go"]);
    assert_eq!(
        stderr(&o),
        "package command-line-arguments is not a main package\n"
    );

    let dir = scratch("run_dir_edges");
    std::fs::create_dir_all(dir.join("empty")).unwrap();
    std::fs::create_dir_all(dir.join("tests")).unwrap();
    write(&dir.join("tests"), "x_test.go", "package main\n");
    let o = run_in(&dir, &["run", "./empty"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        format!("no Go files in {}\n", dir.join("empty").display())
    );
    // Go: `m/tests: no non-test Go files in DIR` (m/tests, the import
    // path; minigo has none and names the directory as given).
    let o = run_in(&dir, &["run", "./tests"]);
    assert_eq!(
        stderr(&o),
        format!(
            "./tests: no non-test Go files in {}\n",
            dir.join("tests").display()
        )
    );
    // Go: `package m/ex: build constraints exclude all Go files in DIR`.
    std::fs::create_dir_all(dir.join("ex")).unwrap();
    write(
        &dir.join("ex"),
        "a_windows.go",
        "package main\n\nfunc main() {}\n",
    );
    let o = run_in(&dir, &["run", "./ex"]);
    assert_eq!(
        stderr(&o),
        format!(
            "package ./ex: build constraints exclude all Go files in {}\n",
            dir.join("ex").display()
        )
    );
    // As Go says it.
    std::fs::create_dir_all(dir.join("badbuild")).unwrap();
    write(
        &dir.join("badbuild"),
        "a.go",
        "//go:build linux &&\n\npackage main\n\nfunc main() {}\n",
    );
    let o = run_in(&dir, &["run", "./badbuild"]);
    assert_eq!(
        stderr(&o),
        "a.go: parsing //go:build line: unexpected end of expression\n"
    );
    let o = run_in(&dir, &["run", "./nosuch"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        format!(
            "stat {}: directory not found\n",
            dir.join("nosuch").display()
        )
    );
    let o = run_in(&fixtures(), &["run", "pkg/main.go", "errs/b.go"]);
    assert_eq!(
        stderr(&o),
        "named files must all be in one directory; have pkg and errs\n"
    );
    let o = run_in(&fixtures(), &["run", "pkg/util_test.go"]);
    assert_eq!(
        stderr(&o),
        "go: cannot run *_test.go files (pkg/util_test.go)\n"
    );
}

#[test]
fn a_compile_error_names_its_file() {
    let dir = scratch("compile_error_file");
    write(&dir, "a.go", "package main\n\nfunc main() { g() }\n");
    write(
        &dir,
        "b.go",
        "package main\n\nimport \"runtime\"\n\nfunc g() {\n\truntime.Callers(0, nil)\n}\n",
    );
    let o = run_in(&dir, &["run", "."]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        "./b.go:6:2: runtime.Callers is not supported by minigo's VM yet\n"
    );
}

/// Runs minigo in `dir` with `input` on its stdin.
fn run_with_stdin(dir: &Path, args: &[&str], input: &str) -> Output {
    use std::io::Write as _;
    let mut child = minigo()
        .current_dir(dir)
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(input.as_bytes()).unwrap();
    drop(stdin);
    child.wait_with_output().unwrap()
}

#[test]
fn run_dash_reads_the_program_from_stdin() {
    let dir = scratch("run_stdin");
    let prog = "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tfmt.Println(\"from stdin\", os.Args[1:])\n}\n";
    let o = run_with_stdin(&dir, &["run", "-", "a", "b.go"], prog);
    assert_eq!(stderr(&o), "");
    assert_eq!(stdout(&o), "from stdin [a b.go]\n");
    assert_eq!(o.status.code(), Some(0));
    // Errors name the file as gofmt names its stdin, positions inside
    // messages too (gc's wording: `go run` of the same text in x.go).
    let bad = "package main\n\nfunc main() {}\n\nfunc main() {}\n";
    let o = run_with_stdin(&dir, &["run", "-"], bad);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        "<standard input>:5:6: main redeclared in this block\n\t<standard input>:3:6: other declaration of main\n"
    );
    // A panic's traceback names it as well.
    let o = run_with_stdin(
        &dir,
        &["run", "-"],
        "package main\n\nfunc main() {\n\tpanic(\"boom\")\n}\n",
    );
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.starts_with("panic: boom\n"), "{err}");
    assert!(err.contains("main.main()\n\t<standard input>:4\n"), "{err}");
}
