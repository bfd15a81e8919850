//! Reading source files, with Go's wording for what goes wrong, and
//! finding the files of the program `minigo run` was given, as the go
//! command finds them.

use std::fs::File;
use std::io::{self, Read};
use std::path::{Component, Path, PathBuf};

use minigo::SourceFile;

/// Which system call failed, as Go names it in `*PathError` messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    /// `go run` stats its files first: `stat x.go: no such file or directory`.
    Stat,
    /// `os.ReadFile`: `open x.go: no such file or directory`.
    Open,
}

/// Reads `path` as bytes into a [`SourceFile`] named as the user wrote it.
/// The error is the whole message to print.
pub fn read_source(path: &Path, first_op: Op) -> Result<SourceFile, String> {
    let name = path.to_string_lossy().into_owned();
    let fail = |op: &str, e: io::Error| format!("{op} {name}: {}", go_error_text(&e));
    if first_op == Op::Stat {
        std::fs::metadata(path).map_err(|e| fail("stat", e))?;
    }
    let mut bytes = Vec::new();
    File::open(path)
        .map_err(|e| fail("open", e))?
        .read_to_end(&mut bytes)
        .map_err(|e| fail("read", e))?;
    SourceFile::from_bytes(name.clone(), &bytes).map_err(|_| format!("read {name}: file too large"))
}

/// The name `minigo run -` gives the program it reads from stdin, as gofmt
/// names it in its errors.
pub const STDIN_NAME: &str = "<standard input>";

/// Reads the program from stdin, to its end.
pub fn read_stdin() -> Result<SourceFile, String> {
    let mut bytes = Vec::new();
    io::stdin()
        .lock()
        .read_to_end(&mut bytes)
        .map_err(|e| format!("read {STDIN_NAME}: {}", go_error_text(&e)))?;
    SourceFile::from_bytes(STDIN_NAME, &bytes)
        .map_err(|_| format!("read {STDIN_NAME}: file too large"))
}

/// A program as `minigo run` was given it.
pub struct Program {
    /// Its files, in the order gc gets them.
    pub files: Vec<SourceFile>,
    /// How the go command names the package in its messages:
    /// `command-line-arguments` for files, else the directory as given.
    pub import_path: String,
    /// The directory the files are in, absolute (for Go's messages about
    /// the package).
    pub dir: PathBuf,
}

/// Finds and reads the program `minigo run ARGS` names, as `go run` does:
/// `-` (stdin), one directory (its `.go` files but tests, sorted by name,
/// named as the go command names them, relative to the current directory
/// when that is shorter), or files (named as given). Checks what the go
/// command checks before compiling: one package, and `package main`. The
/// error is the whole message.
pub fn load_program(args: &[PathBuf]) -> Result<Program, String> {
    let program = match args {
        [one] if one.as_os_str() == "-" => Program {
            files: vec![read_stdin()?],
            import_path: "command-line-arguments".into(),
            dir: absolute(Path::new(".")),
        },
        [one] if !is_go_file(one) && (one.is_dir() || !one.exists()) => load_dir(one)?,
        _ => load_files(args)?,
    };
    let mut first: Option<(&str, &str)> = None;
    for file in &program.files {
        let Some(name) = minigo::package_name(file) else {
            continue; // the parser says what is wrong
        };
        let base = file.name().rsplit('/').next().unwrap_or_default();
        match first {
            None => first = Some((name, base)),
            Some((pkg, pkg_file)) if pkg != name => {
                return Err(format!(
                    "found packages {pkg} ({pkg_file}) and {name} ({base}) in {}",
                    program.dir.display()
                ))
            }
            Some(_) => {}
        }
    }
    if let Some((pkg, _)) = first {
        if pkg != "main" {
            return Err(format!(
                "package {} is not a main package",
                program.import_path
            ));
        }
    }
    Ok(program)
}

fn is_go_file(path: &Path) -> bool {
    path.as_os_str().as_encoded_bytes().ends_with(b".go")
}

/// `go run a.go b.go`: the files as given, in that order, all in one
/// directory.
fn load_files(paths: &[PathBuf]) -> Result<Program, String> {
    let mut dir: Option<&Path> = None;
    for path in paths {
        if path.as_os_str().as_encoded_bytes().ends_with(b"_test.go") {
            return Err(format!(
                "go: cannot run *_test.go files ({})",
                path.display()
            ));
        }
        let meta = std::fs::metadata(path)
            .map_err(|e| format!("stat {}: {}", path.to_string_lossy(), go_error_text(&e)))?;
        if meta.is_dir() {
            return Err(format!(
                "{} is a directory, should be a Go file",
                path.display()
            ));
        }
        let parent = parent_dir(path);
        match dir {
            None => dir = Some(parent),
            Some(d) if d != parent => {
                return Err(format!(
                    "named files must all be in one directory; have {} and {}",
                    d.display(),
                    parent.display()
                ))
            }
            Some(_) => {}
        }
    }
    let files = paths
        .iter()
        .map(|p| read_source(p, Op::Open))
        .collect::<Result<_, _>>()?;
    Ok(Program {
        files,
        import_path: "command-line-arguments".into(),
        dir: absolute(dir.unwrap_or(Path::new("."))),
    })
}

/// Go's `filepath.Dir`, without cleaning: the directory part, `.` when
/// there is none.
fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if p.as_os_str().is_empty() => Path::new("."),
        Some(p) => p,
        None => path,
    }
}

/// `go run DIR`: the directory's Go files but tests, sorted by name,
/// without the files the go command ignores: names starting with `_` or
/// `.`, and files whose build constraints (a `_GOOS`/`_GOARCH` name
/// suffix, a `//go:build` line) exclude minigo's linux/amd64.
fn load_dir(dir: &Path) -> Result<Program, String> {
    let abs = absolute(dir);
    let entries = std::fs::read_dir(dir).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => format!("stat {}: directory not found", abs.display()),
        _ => format!("open {}: {}", abs.display(), go_error_text(&e)),
    })?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("read {}: {}", abs.display(), go_error_text(&e)))?;
        // Directories named x.go are no Go files; links to files are.
        if std::fs::metadata(entry.path()).is_ok_and(|m| m.is_dir()) {
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".go") && !name.starts_with('_') && !name.starts_with('.') {
            names.push(name);
        }
    }
    names.sort();
    let prefix = short_dir(&abs);
    let (mut files, mut tests, mut excluded) = (Vec::new(), 0, 0);
    for name in &names {
        if !good_os_arch_file(name) {
            excluded += 1;
            continue;
        }
        let file = read_named(&abs.join(name), format!("{prefix}/{name}"))?;
        if !build_constraint_holds(file.text()).map_err(|e| format!("{name}: {e}"))? {
            excluded += 1;
            continue;
        }
        if name.ends_with("_test.go") {
            tests += 1;
            continue;
        }
        files.push(file);
    }
    // As the go command words it in module mode, the directory as given
    // standing for the import path minigo has not got.
    let import_path = dir.to_string_lossy().into_owned();
    if files.is_empty() {
        let abs = abs.display();
        return Err(if excluded > 0 {
            format!("package {import_path}: build constraints exclude all Go files in {abs}")
        } else if tests > 0 {
            format!("{import_path}: no non-test Go files in {abs}")
        } else {
            format!("no Go files in {abs}")
        });
    }
    Ok(Program {
        files,
        import_path,
        dir: abs,
    })
}

/// Go's `syslist.KnownOS`.
const KNOWN_OS: &[&str] = &[
    "aix",
    "android",
    "darwin",
    "dragonfly",
    "freebsd",
    "hurd",
    "illumos",
    "ios",
    "js",
    "linux",
    "nacl",
    "netbsd",
    "openbsd",
    "plan9",
    "solaris",
    "wasip1",
    "windows",
    "zos",
];

/// Go's `syslist.KnownArch`.
const KNOWN_ARCH: &[&str] = &[
    "386",
    "amd64",
    "amd64p32",
    "arm",
    "armbe",
    "arm64",
    "arm64be",
    "loong64",
    "mips",
    "mipsle",
    "mips64",
    "mips64le",
    "mips64p32",
    "mips64p32le",
    "ppc",
    "ppc64",
    "ppc64le",
    "riscv",
    "riscv64",
    "s390",
    "s390x",
    "sparc",
    "sparc64",
    "wasm",
];

/// The minor version of Go whose language and library minigo follows: the
/// release tags go1.1 to go1.27 hold.
const GO_MINOR: u32 = 27;

/// Whether a build tag holds for minigo (go/build's `matchTag` with GOOS
/// linux, GOARCH amd64, compiler gc, cgo off, no -tags).
fn tag_holds(tag: &str) -> bool {
    match tag {
        "linux" | "amd64" | "unix" | "gc" | "amd64.v1" => true,
        _ => tag
            .strip_prefix("go1.")
            .and_then(|m| m.parse::<u32>().ok())
            .is_some_and(|m| (1..=GO_MINOR).contains(&m)),
    }
}

/// go/build's `goodOSArchFile`: a name's `_GOOS`, `_GOARCH` or
/// `_GOOS_GOARCH` suffix (before `_test`) must name linux/amd64. What
/// comes before the first `_` does not count (`linux.go` is any file).
fn good_os_arch_file(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or_default();
    let Some(i) = stem.find('_') else {
        return true;
    };
    let mut parts: Vec<&str> = stem[i..].split('_').collect();
    if parts.last() == Some(&"test") {
        parts.pop();
    }
    let n = parts.len();
    let known_os = |s: &str| KNOWN_OS.contains(&s);
    let known_arch = |s: &str| KNOWN_ARCH.contains(&s);
    if n >= 2 && known_os(parts[n - 2]) && known_arch(parts[n - 1]) {
        return tag_holds(parts[n - 1]) && tag_holds(parts[n - 2]);
    }
    if n >= 1 && (known_os(parts[n - 1]) || known_arch(parts[n - 1])) {
        return tag_holds(parts[n - 1]);
    }
    true
}

/// Whether the file's `//go:build` line, if it has one among the comments
/// before its package clause, holds for minigo. The error is go/build's
/// `parsing //go:build line: ...`.
fn build_constraint_holds(text: &str) -> Result<bool, String> {
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let Some(comment) = line.strip_prefix("//") else {
            break; // the package clause, or a block comment: the header ends
        };
        let Some(expr) = comment.strip_prefix("go:build") else {
            continue;
        };
        if !expr.is_empty() && !expr.starts_with([' ', '\t']) {
            continue;
        }
        return BuildExpr::new(expr)
            .eval()
            .map_err(|e| format!("parsing //go:build line: {e}"));
    }
    Ok(true)
}

/// A `//go:build` expression (go/build/constraint's grammar: `||` over
/// `&&` over `!`, parentheses, tags of letters, digits, `_` and `.`),
/// evaluated as it is read; errors in go/build/constraint's words.
struct BuildExpr<'a> {
    rest: &'a str,
}

impl<'a> BuildExpr<'a> {
    fn new(text: &'a str) -> BuildExpr<'a> {
        BuildExpr { rest: text }
    }

    fn eval(mut self) -> Result<bool, String> {
        let v = self.or()?;
        match self.peek()? {
            None => Ok(v),
            Some(tok) => Err(format!("unexpected token {tok}")),
        }
    }

    /// The next token, without taking it: an operator or a tag.
    fn peek(&mut self) -> Result<Option<&'a str>, String> {
        self.rest = self.rest.trim_start();
        let Some(c) = self.rest.chars().next() else {
            return Ok(None);
        };
        let len = if self.rest.starts_with("&&") || self.rest.starts_with("||") {
            2
        } else if matches!(c, '(' | ')' | '!') {
            1
        } else if c.is_alphanumeric() || c == '_' || c == '.' {
            self.rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
                .unwrap_or(self.rest.len())
        } else {
            return Err(format!("invalid syntax at {c}"));
        };
        Ok(self.rest.get(..len))
    }

    fn take(&mut self, tok: &str) {
        self.rest = self.rest.get(tok.len()..).unwrap_or_default();
    }

    fn eat(&mut self, op: &str) -> Result<bool, String> {
        if self.peek()? == Some(op) {
            self.take(op);
            return Ok(true);
        }
        Ok(false)
    }

    fn or(&mut self) -> Result<bool, String> {
        let mut v = self.and()?;
        while self.eat("||")? {
            v |= self.and()?;
        }
        Ok(v)
    }

    fn and(&mut self) -> Result<bool, String> {
        let mut v = self.not()?;
        while self.eat("&&")? {
            v &= self.not()?;
        }
        Ok(v)
    }

    fn not(&mut self) -> Result<bool, String> {
        if self.eat("!")? {
            if self.peek()? == Some("!") {
                return Err("double negation not allowed".into());
            }
            return Ok(!self.atom()?);
        }
        self.atom()
    }

    fn atom(&mut self) -> Result<bool, String> {
        match self.peek()? {
            Some("(") => {
                self.take("(");
                let v = self.or()?;
                if !self.eat(")")? {
                    return Err("missing close paren".into());
                }
                Ok(v)
            }
            None => Err("unexpected end of expression".into()),
            Some(tok @ (")" | "!" | "&&" | "||")) => Err(format!("unexpected token {tok}")),
            Some(tag) => {
                self.take(tag);
                Ok(tag_holds(tag))
            }
        }
    }
}

/// Reads `path`, naming the file `name`.
fn read_named(path: &Path, name: String) -> Result<SourceFile, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("open {name}: {}", go_error_text(&e)))?;
    SourceFile::from_bytes(name.clone(), &bytes).map_err(|_| format!("read {name}: file too large"))
}

/// Go's `filepath.Abs`: joined to the current directory and cleaned
/// lexically.
fn absolute(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    clean(&joined)
}

/// Go's `filepath.Clean` of an absolute path.
fn clean(path: &Path) -> PathBuf {
    let mut out = PathBuf::from("/");
    for c in path.components() {
        match c {
            Component::Normal(n) => out.push(n),
            Component::ParentDir => {
                out.pop();
            }
            Component::RootDir | Component::CurDir | Component::Prefix(_) => {}
        }
    }
    out
}

/// How the go command shows a package directory in the compiler's
/// messages (`base.ShortPath`): relative to the current directory when that
/// is shorter (`.` for the current directory itself), else absolute.
fn short_dir(abs: &Path) -> String {
    let abs_text = abs.to_string_lossy().into_owned();
    let Ok(cwd) = std::env::current_dir() else {
        return abs_text;
    };
    let rel = relative(&clean(&cwd), abs);
    let rel = rel.to_string_lossy().into_owned();
    if rel.len() < abs_text.len() {
        rel
    } else {
        abs_text
    }
}

/// Go's `filepath.Rel` of two clean absolute paths.
fn relative(base: &Path, target: &Path) -> PathBuf {
    let b: Vec<_> = base.components().collect();
    let t: Vec<_> = target.components().collect();
    let common = b.iter().zip(&t).take_while(|(x, y)| x == y).count();
    let mut out = PathBuf::new();
    for _ in common..b.len() {
        out.push("..");
    }
    for c in &t[common..] {
        out.push(c);
    }
    if out.as_os_str().is_empty() {
        out.push(".");
    }
    out
}

/// Go prints errno text in lower case without Rust's ` (os error N)`:
/// `no such file or directory`, `permission denied`, `is a directory`.
fn go_error_text(e: &io::Error) -> String {
    let text = e.to_string();
    let text = match (e.raw_os_error(), text.rfind(" (os error ")) {
        (Some(_), Some(i)) => text.get(..i).unwrap_or(&text),
        _ => &text,
    };
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_files_read_like_go() {
        let path = Path::new("/nonexistent-minigo-dir/x.go");
        assert_eq!(
            read_source(path, Op::Stat).unwrap_err(),
            "stat /nonexistent-minigo-dir/x.go: no such file or directory"
        );
        assert_eq!(
            read_source(path, Op::Open).unwrap_err(),
            "open /nonexistent-minigo-dir/x.go: no such file or directory"
        );
    }

    #[test]
    fn relative_paths_are_go_s() {
        let p = |s: &str| PathBuf::from(s);
        assert_eq!(relative(&p("/a/b"), &p("/a/b")), p("."));
        assert_eq!(relative(&p("/a/b"), &p("/a/b/c")), p("c"));
        assert_eq!(relative(&p("/a/b"), &p("/a/d")), p("../d"));
        assert_eq!(relative(&p("/a/b"), &p("/")), p("../.."));
        assert_eq!(clean(&p("/a/./b/../c/")), p("/a/c"));
        assert_eq!(clean(&p("/..")), p("/"));
    }

    #[test]
    fn file_names_constrain_as_go_s() {
        for good in [
            "a.go",
            "linux.go",
            "windows.go",
            "a_linux.go",
            "a_amd64.go",
            "a_linux_amd64.go",
            "a_linux_test.go",
            "a_unix.go",
            "a_b.go",
        ] {
            assert!(good_os_arch_file(good), "{good}");
        }
        for bad in [
            "a_windows.go",
            "a_arm64.go",
            "a_linux_arm64.go",
            "a_darwin_amd64.go",
            "a_windows_test.go",
            "x_android.go",
        ] {
            assert!(!good_os_arch_file(bad), "{bad}");
        }
    }

    #[test]
    fn build_lines_evaluate_for_linux_amd64() {
        let holds = |src: &str| build_constraint_holds(src);
        assert_eq!(holds("package main\n"), Ok(true));
        assert_eq!(holds("//go:build linux\n\npackage main\n"), Ok(true));
        assert_eq!(holds("//go:build windows\n\npackage main\n"), Ok(false));
        assert_eq!(
            holds("// Copyright\n\n//go:build !windows && (amd64 || arm64)\n\npackage main\n"),
            Ok(true)
        );
        assert_eq!(
            holds("//go:build go1.21 && !go1.99\npackage main\n"),
            Ok(true)
        );
        assert_eq!(holds("//go:build ignore\n\npackage main\n"), Ok(false));
        assert_eq!(holds("//go:build cgo\npackage main\n"), Ok(false));
        // After the package clause it is only a comment.
        assert_eq!(holds("package main\n//go:build windows\n"), Ok(true));
        // Not a build line: //go:builder.
        assert_eq!(holds("//go:builder x\npackage main\n"), Ok(true));
        let err = |src: &str| build_constraint_holds(src).unwrap_err();
        // go/build/constraint's messages.
        assert_eq!(
            err("//go:build linux &&\npackage main\n"),
            "parsing //go:build line: unexpected end of expression"
        );
        assert_eq!(
            err("//go:build (linux\npackage main\n"),
            "parsing //go:build line: missing close paren"
        );
        assert_eq!(
            err("//go:build linux)\npackage main\n"),
            "parsing //go:build line: unexpected token )"
        );
        assert_eq!(
            err("//go:build !!linux\npackage main\n"),
            "parsing //go:build line: double negation not allowed"
        );
        assert_eq!(
            err("//go:build linux,amd64\npackage main\n"),
            "parsing //go:build line: invalid syntax at ,"
        );
    }

    #[test]
    fn directories_cannot_be_read() {
        let dir = std::env::temp_dir();
        let err = read_source(&dir, Op::Open).unwrap_err();
        assert!(err.ends_with(": is a directory"), "{err}");
    }
}
