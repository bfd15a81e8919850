//! Go's standard packages. Today: their API declarations (`api/`), one Go
//! source file per package that declares every exported member with Go's
//! names, types and exact constant values, functions without bodies; the
//! type checker resolves `import "strings"` against them. The files are
//! generated from Go's own sources by `tools/genapi` (see `api/README.md`).
//! Natives and Go implementations of the packages come in later issues.

/// Declares the packages once, for both lookups: their import paths, sorted,
/// and their declaration files.
macro_rules! api_files {
    ($($path:literal),* $(,)?) => {
        /// The import paths of the declared packages, sorted.
        static PACKAGES: &[&str] = &[$($path),*];

        /// (import path, declaration file), in the order of `PACKAGES`.
        static SOURCES: &[(&str, &str)] = &[
            $(($path, include_str!(concat!("../api/", $path, ".go")))),*
        ];
    };
}

api_files![
    "bufio",
    "bytes",
    "cmp",
    "container/heap",
    "container/list",
    "container/ring",
    "errors",
    "fmt",
    "io",
    "io/fs",
    "iter",
    "maps",
    "math",
    "math/bits",
    "math/rand",
    "math/rand/v2",
    "os",
    "runtime",
    "slices",
    "sort",
    "strconv",
    "strings",
    "sync",
    "sync/atomic",
    "time",
    "unicode",
    "unicode/utf8",
];

/// The packages with Go implementation files (`go/<path>.go`), sorted:
/// their functions replace the declaration file's bodiless ones.
static IMPLEMENTATIONS: &[(&str, &str)] = &[
    ("bufio", include_str!("../go/bufio.go")),
    ("bytes", include_str!("../go/bytes.go")),
    ("cmp", include_str!("../go/cmp.go")),
    ("container/heap", include_str!("../go/container/heap.go")),
    ("container/list", include_str!("../go/container/list.go")),
    ("container/ring", include_str!("../go/container/ring.go")),
    ("errors", include_str!("../go/errors.go")),
    ("fmt", include_str!("../go/fmt.go")),
    ("io", include_str!("../go/io.go")),
    ("io/fs", include_str!("../go/io/fs.go")),
    ("iter", include_str!("../go/iter.go")),
    ("maps", include_str!("../go/maps.go")),
    ("math", include_str!("../go/math.go")),
    ("math/bits", include_str!("../go/math/bits.go")),
    ("math/rand", include_str!("../go/math/rand.go")),
    ("math/rand/v2", include_str!("../go/math/rand/v2.go")),
    ("os", include_str!("../go/os.go")),
    ("runtime", include_str!("../go/runtime.go")),
    ("slices", include_str!("../go/slices.go")),
    ("sort", include_str!("../go/sort.go")),
    ("strconv", include_str!("../go/strconv.go")),
    ("strings", include_str!("../go/strings.go")),
    ("sync", include_str!("../go/sync.go")),
    ("sync/atomic", include_str!("../go/sync/atomic.go")),
    ("time", include_str!("../go/time.go")),
    ("unicode", include_str!("../go/unicode.go")),
    ("unicode/utf8", include_str!("../go/unicode/utf8.go")),
];

/// The Go implementation file of a standard package, if it has one.
pub fn impl_source(import_path: &str) -> Option<&'static str> {
    IMPLEMENTATIONS
        .binary_search_by(|(path, _)| (*path).cmp(import_path))
        .ok()
        .map(|i| IMPLEMENTATIONS[i].1)
}

/// The declaration file of the standard package with this import path
/// (`"strings"`, `"math/rand/v2"`), or `None` if minigo does not declare it.
pub fn api_source(import_path: &str) -> Option<&'static str> {
    SOURCES
        .binary_search_by(|(path, _)| (*path).cmp(import_path))
        .ok()
        .map(|i| SOURCES[i].1)
}

/// The import paths of the standard packages with a declaration file,
/// sorted.
pub fn api_packages() -> &'static [&'static str] {
    PACKAGES
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;
    use std::path::Path;

    /// The import paths of the `.go` files under `dir`, relative to `root`.
    fn files_on_disk(root: &Path, dir: &Path, out: &mut Vec<String>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                files_on_disk(root, &path, out);
            } else if path.extension().is_some_and(|e| e == "go") {
                let rel = path.strip_prefix(root).unwrap().with_extension("");
                let parts: Vec<_> = rel.iter().map(|p| p.to_str().unwrap()).collect();
                out.push(parts.join("/"));
            }
        }
    }

    /// Go's package name for an import path: its last element, or the one
    /// before a major version suffix (`math/rand/v2` is package `rand`).
    fn package_name(import_path: &str) -> &str {
        let mut elems = import_path.rsplit('/');
        let last = elems.next().unwrap();
        let is_version = last.len() > 1
            && last.starts_with('v')
            && last[1..].bytes().all(|b| b.is_ascii_digit());
        match elems.next() {
            Some(prev) if is_version => prev,
            _ => last,
        }
    }

    #[test]
    fn packages_are_sorted_and_match_the_files() {
        let pkgs = api_packages();
        assert!(
            pkgs.windows(2).all(|w| w[0] < w[1]),
            "api_packages() is not sorted: {pkgs:?}"
        );
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("api");
        let mut on_disk = Vec::new();
        files_on_disk(&root, &root, &mut on_disk);
        on_disk.sort();
        assert_eq!(pkgs, on_disk.as_slice(), "api_packages() and stdlib/api/");
    }

    #[test]
    fn files_start_with_their_package_clause() {
        for &path in api_packages() {
            let src = api_source(path).unwrap();
            let first = src.lines().next().unwrap_or("");
            assert_eq!(
                first,
                format!("package {}", package_name(path)),
                "first line of api/{path}.go"
            );
        }
    }

    #[test]
    fn sources_are_the_files() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("api");
        for &path in api_packages() {
            let disk = fs::read_to_string(root.join(format!("{path}.go"))).unwrap();
            assert_eq!(api_source(path), Some(disk.as_str()), "{path}");
        }
        assert_eq!(api_source("math/rand/v3"), None);
        assert_eq!(api_source("unique"), None);
        assert_eq!(api_source(""), None);
    }

    #[test]
    fn package_names() {
        assert_eq!(package_name("fmt"), "fmt");
        assert_eq!(package_name("unicode/utf8"), "utf8");
        assert_eq!(package_name("math/rand/v2"), "rand");
    }
}
