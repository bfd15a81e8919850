//! A sandboxed machine (`RunOptions::sandbox`) reaches none of the host
//! through package os: every call on a file, a directory, the working
//! directory, a pipe, ownership, links or the hostname fails with EPERM,
//! in Go's own words (`open x: operation not permitted`). Standard output
//! and error, the machine's environment, Getwd, the random numbers and
//! the page size stay. The same program, not sandboxed, reads the file.
//!
//! The expected texts are Go's: the create, write, mkdir, remove, rename,
//! link, chmod, chown, chtimes and temporary-file ones as real Go prints
//! them for EPERM (an immutable directory, `chattr +i`); the others from
//! each operation's Op in Go's src/os (stat_unix.go's "stat" and
//! "lstat", file.go's "open", "chdir" and "readlink", file_unix.go's
//! "truncate", pipe2_unix.go's "pipe2", sys_linux.go's hostname, which
//! opens /proc/sys/kernel/hostname when uname gives no name).

use std::path::Path;
use std::sync::Arc;

#[path = "common/buf.rs"]
mod buf;
use buf::Buf;

const PROGRAM: &str = r#"package main

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand"
	"os"
	"strings"
	"time"
)

func show(what string, err error) {
	fmt.Printf("%s: %v (permission %v)\n", what, err, errors.Is(err, fs.ErrPermission))
}

func main() {
	dir := os.Getenv("DIR")
	fmt.Println("hello from", os.Getenv("WHO"))
	os.Setenv("WHO", "changed")
	fmt.Println("now", os.Getenv("WHO"), len(os.Environ()))

	b, err := os.ReadFile(dir + "/data.txt")
	if err == nil {
		fmt.Printf("read %q\n", b)
		fi, err := os.Stat(dir + "/data.txt")
		fmt.Println("stat", fi.Size(), err)
		return
	}
	show("ReadFile", err)
	f, err := os.Open(dir + "/data.txt")
	show("Open", err)
	fmt.Println("file", f == nil)
	_, err = os.Create(dir + "/new.txt")
	show("Create", err)
	show("WriteFile", os.WriteFile(dir+"/new2.txt", []byte("x"), 0644))
	_, err = os.OpenFile(dir+"/data.txt", os.O_WRONLY|os.O_APPEND, 0)
	show("OpenFile", err)
	_, err = os.Stat(dir + "/data.txt")
	show("Stat", err)
	_, err = os.Lstat(dir)
	show("Lstat", err)
	_, err = os.ReadDir(dir)
	show("ReadDir", err)
	show("Mkdir", os.Mkdir(dir+"/sub", 0755))
	show("Remove", os.Remove(dir+"/data.txt"))
	show("Rename", os.Rename(dir+"/data.txt", dir+"/moved.txt"))
	show("Chdir", os.Chdir(dir))
	_, err = os.Hostname()
	show("Hostname", err)
	show("Symlink", os.Symlink("data.txt", dir+"/link"))
	show("Link", os.Link(dir+"/data.txt", dir+"/hard"))
	_, err = os.Readlink(dir + "/link")
	show("Readlink", err)
	show("Chmod", os.Chmod(dir+"/data.txt", 0600))
	show("Truncate", os.Truncate(dir+"/data.txt", 0))
	show("Chown", os.Chown(dir+"/data.txt", 0, 0))
	show("Lchown", os.Lchown(dir+"/data.txt", 0, 0))
	show("Chtimes", os.Chtimes(dir+"/data.txt", time.Unix(0, 0), time.Unix(0, 0)))
	_, _, err = os.Pipe()
	show("Pipe", err)
	_, err = os.Getgroups()
	show("Getgroups", err)
	_, err = os.CreateTemp(dir, "t")
	fmt.Println("CreateTemp", strings.HasPrefix(err.Error(), "open "+dir+"/t"),
		strings.HasSuffix(err.Error(), ": operation not permitted"))
	_, err = os.MkdirTemp(dir, "t")
	fmt.Println("MkdirTemp", strings.HasPrefix(err.Error(), "mkdir "+dir+"/t"),
		strings.HasSuffix(err.Error(), ": operation not permitted"))

	wd, err := os.Getwd()
	fmt.Println("getwd", wd, err)
	fmt.Println("ids", os.Getpid(), os.Getppid(), os.Getuid(), os.Geteuid(), os.Getgid(), os.Getegid())
	fmt.Println("page", os.Getpagesize() > 0)
	n := rand.Intn(10)
	fmt.Println("rand", n >= 0 && n < 10)
	fmt.Fprintln(os.Stdout, "stdout still works")
	os.Stdout.WriteString("and WriteString\n")
	fmt.Fprintln(os.Stderr, "stderr too")
}
"#;

/// Runs PROGRAM with DIR=`dir`; (exit status, stdout, stderr).
fn run(dir: &Path, sandbox: bool) -> (i32, String, String) {
    let src = minigo::SourceFile::new("sandbox.go", PROGRAM).unwrap();
    let checked = minigo::check_program(&src).unwrap_or_else(|e| panic!("{e:?}"));
    let program = minigo::compile_program(&src, &checked).unwrap_or_else(|e| panic!("{e:?}"));
    let options = minigo::RunOptions {
        env: vec![
            (b"WHO".to_vec(), b"test".to_vec()),
            (b"DIR".to_vec(), dir.as_os_str().as_encoded_bytes().to_vec()),
        ],
        gomaxprocs: 2,
        sandbox,
        ..minigo::RunOptions::default()
    };
    let (out, err) = (Buf::default(), Buf::default());
    let code = minigo::run_program(
        Arc::new(program),
        &options,
        Box::new(std::io::empty()),
        Box::new(out.clone()),
        Box::new(err.clone()),
    );
    (code, out.text(), err.text())
}

/// The directory's entries, sorted.
fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

#[test]
fn sandboxed_machine_gets_eperm_and_keeps_its_streams_and_environment() {
    let dir = std::env::temp_dir().join(format!("minigo-sandbox-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("data.txt"), "secret\n").unwrap();
    let cwd = std::env::current_dir().unwrap();

    let (code, out, err) = run(&dir, true);
    let d = dir.display();
    let p = "operation not permitted (permission true)";
    let expected = format!(
        "hello from test
now changed 2
ReadFile: open {d}/data.txt: {p}
Open: open {d}/data.txt: {p}
file true
Create: open {d}/new.txt: {p}
WriteFile: open {d}/new2.txt: {p}
OpenFile: open {d}/data.txt: {p}
Stat: stat {d}/data.txt: {p}
Lstat: lstat {d}: {p}
ReadDir: open {d}: {p}
Mkdir: mkdir {d}/sub: {p}
Remove: remove {d}/data.txt: {p}
Rename: rename {d}/data.txt {d}/moved.txt: {p}
Chdir: chdir {d}: {p}
Hostname: open /proc/sys/kernel/hostname: {p}
Symlink: symlink data.txt {d}/link: {p}
Link: link {d}/data.txt {d}/hard: {p}
Readlink: readlink {d}/link: {p}
Chmod: chmod {d}/data.txt: {p}
Truncate: truncate {d}/data.txt: {p}
Chown: chown {d}/data.txt: {p}
Lchown: lchown {d}/data.txt: {p}
Chtimes: chtimes {d}/data.txt: {p}
Pipe: pipe2: {p}
Getgroups: getgroups: {p}
CreateTemp true true
MkdirTemp true true
getwd {} <nil>
ids 3 2 1 1 1 1
page true
rand true
stdout still works
and WriteString
",
        cwd.display()
    );
    assert_eq!(out, expected);
    assert_eq!(err, "stderr too\n");
    assert_eq!(code, 0);
    // Nothing was created, removed, renamed or changed.
    assert_eq!(entries(&dir), ["data.txt"]);
    assert_eq!(
        std::fs::read_to_string(dir.join("data.txt")).unwrap(),
        "secret\n"
    );
    // Neither the process's directory nor its environment moved.
    assert_eq!(std::env::current_dir().unwrap(), cwd);
    assert_eq!(std::env::var_os("WHO"), None);

    // Not sandboxed, the same program reads the file.
    let (code, out, err) = run(&dir, false);
    assert_eq!(
        out,
        "hello from test\nnow changed 2\nread \"secret\\n\"\nstat 7 <nil>\n"
    );
    assert_eq!(err, "");
    assert_eq!(code, 0);
    assert_eq!(entries(&dir), ["data.txt"]);

    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn host_is_not_sandboxed_by_default() {
    assert!(!minigo::RunOptions::default().sandbox);
    assert!(!minigo::RunOptions::from_env(|_| None).sandbox);
    let host = minigo_vm::host::Host::default();
    assert!(!host.sandboxed());
    host.set_sandboxed(true);
    assert!(host.sandboxed());
}
