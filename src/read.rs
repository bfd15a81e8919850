//! Reading source files, with Go's wording for what goes wrong.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

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
    fn directories_cannot_be_read() {
        let dir = std::env::temp_dir();
        let err = read_source(&dir, Op::Open).unwrap_err();
        assert!(err.ends_with(": is a directory"), "{err}");
    }
}
