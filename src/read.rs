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

/// `go run DIR`: the directory's Go files but tests (and the files the go
/// command ignores: names starting with `_` or `.`), sorted by name.
fn load_dir(dir: &Path) -> Result<Program, String> {
    let abs = absolute(dir);
    let entries = std::fs::read_dir(dir).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => format!("stat {}: directory not found", abs.display()),
        _ => format!("open {}: {}", abs.display(), go_error_text(&e)),
    })?;
    let mut names = Vec::new();
    let mut tests = 0;
    for entry in entries {
        let entry = entry.map_err(|e| format!("read {}: {}", abs.display(), go_error_text(&e)))?;
        // Directories named x.go are no Go files; links to files are.
        if std::fs::metadata(entry.path()).is_ok_and(|m| m.is_dir()) {
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.ends_with(".go") || name.starts_with('_') || name.starts_with('.') {
            continue;
        }
        if name.ends_with("_test.go") {
            tests += 1;
            continue;
        }
        names.push(name);
    }
    if names.is_empty() {
        return Err(if tests > 0 {
            format!("no non-test Go files in {}", abs.display())
        } else {
            format!("no Go files in {}", abs.display())
        });
    }
    names.sort();
    let prefix = short_dir(&abs);
    let files = names
        .iter()
        .map(|name| {
            let shown = format!("{prefix}/{name}");
            read_named(&abs.join(name), shown)
        })
        .collect::<Result<_, _>>()?;
    Ok(Program {
        files,
        import_path: dir.to_string_lossy().into_owned(),
        dir: abs,
    })
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
    fn directories_cannot_be_read() {
        let dir = std::env::temp_dir();
        let err = read_source(&dir, Op::Open).unwrap_err();
        assert!(err.ends_with(": is a directory"), "{err}");
    }
}
