//! Package os's state belongs to one machine, not the process: two
//! programs run at once in one process, each with its own environment
//! (given through `RunOptions::env`, changed by Setenv) and its own
//! working directory (changed by Chdir), never see each other's.

use std::sync::Arc;

#[path = "common/buf.rs"]
mod buf;
use buf::Buf;

const PROGRAM: &str = r#"package main

import (
	"fmt"
	"os"
)

func main() {
	me := os.Getenv("WHO")
	fmt.Println("start", me, os.Getenv("SHARED"))
	dir, err := os.MkdirTemp("", "minigo-machines-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	if err := os.Chdir(dir); err != nil {
		fmt.Println(err)
		return
	}
	bad := 0
	for i := 0; i < 500; i++ {
		v := fmt.Sprint(me, i)
		os.Setenv("SHARED", v)
		os.WriteFile("mine.txt", []byte(v), 0644)
		if os.Getenv("SHARED") != v {
			bad++
		}
		if b, _ := os.ReadFile("mine.txt"); string(b) != v {
			bad++
		}
		if os.Getenv("WHO") != me {
			bad++
		}
	}
	fmt.Println("done", me, bad, len(os.Environ()))
}
"#;

fn run(who: &str) -> String {
    let src = minigo::SourceFile::new("machines.go", PROGRAM).unwrap();
    let checked = minigo::check_program(&src).unwrap_or_else(|e| panic!("{e:?}"));
    let program = minigo::compile_program(&src, &checked).unwrap_or_else(|e| panic!("{e:?}"));
    let options = minigo::RunOptions {
        env: vec![
            (b"WHO".to_vec(), who.as_bytes().to_vec()),
            (b"SHARED".to_vec(), format!("from-{who}").into_bytes()),
        ],
        gomaxprocs: 2,
        ..minigo::RunOptions::default()
    };
    let out = Buf::default();
    let code = minigo::run_program(
        Arc::new(program),
        &options,
        Box::new(std::io::empty()),
        Box::new(out.clone()),
        Box::new(std::io::sink()),
    );
    assert_eq!(code, 0);
    let bytes = out.0.lock().unwrap().clone();
    String::from_utf8(bytes).unwrap()
}

#[test]
fn machines_have_their_own_environment_and_directory() {
    let cwd = std::env::current_dir().unwrap();
    let key_before = std::env::var_os("SHARED");
    let a = std::thread::spawn(|| run("alpha"));
    let b = std::thread::spawn(|| run("beta"));
    let (a, b) = (a.join().unwrap(), b.join().unwrap());
    assert_eq!(a, "start alpha from-alpha\ndone alpha 0 2\n");
    assert_eq!(b, "start beta from-beta\ndone beta 0 2\n");
    // The process itself is untouched.
    assert_eq!(std::env::current_dir().unwrap(), cwd);
    assert_eq!(std::env::var_os("SHARED"), key_before);
}
