//! Segmented stacks: a call at a segment's edge in a hot loop reuses the
//! cached spare segment instead of allocating one per call, and deep
//! recursion links segments that grow geometrically.

use minigo::SourceFile;
use minigo_vm::exec::run_alone;
use minigo_vm::interp::{Exit, Goroutine, Machine, Output};
use std::sync::{Arc, Mutex};

/// What the program prints, kept where the test can read it.
#[derive(Clone, Default)]
struct Shared(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Shared {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Runs `src`'s main goroutine; what it printed and how many stack
/// segments it allocated.
fn run(src: &str) -> (String, u64) {
    let file = SourceFile::new("main.go", src).expect("source");
    let checked = minigo::check_program(&file).expect("checks");
    let program = minigo::compile_program(&file, &checked).expect("compiles");
    let machine = Machine::new(&program);
    let mut g = Goroutine::new(&program, program.entry);
    let buf = Shared::default();
    let out = Output::new(Box::new(buf.clone()), Box::new(std::io::sink()));
    match run_alone(&program, &machine, &out, &mut g) {
        Exit::Done => {}
        other => panic!("{other:?}"),
    }
    let stdout = buf.0.lock().unwrap().clone();
    (
        String::from_utf8(stdout).expect("utf-8"),
        g.stack_segments_allocated(),
    )
}

#[test]
fn hot_calls_across_a_segment_boundary_allocate_no_segment_each() {
    // At every depth from 1 to 120 a loop calls a leaf 2,000 times: at
    // some depth the leaf's frame no longer fits in the first 2 KB
    // segment, so 2,000 calls in a row cross the boundary.
    let src = r#"package main

import "fmt"

func leaf(a, b, c, d int) int { return a + b*c - d }

func descend(depth int) int {
	if depth == 0 {
		return 0
	}
	sum := 0
	for i := 0; i < 2000; i++ {
		sum += leaf(i, depth, 2, 1)
	}
	return sum + descend(depth-1)
}

func main() {
	for n := 1; n <= 120; n++ {
		total := descend(n)
		if n == 120 {
			fmt.Println(total)
		}
	}
}
"#;
    let (out, segments) = run(src);
    assert_eq!(out, "268680000\n"); // go run prints this
                                    // The first segment, the one the boundary needs (reused as the spare
                                    // ever after), and a few more as recursion goes deeper.
    assert!(segments <= 4, "{segments} segments allocated");
}

#[test]
fn deep_recursion_links_segments_that_grow() {
    let src = r#"package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func main() {
	fmt.Println(depth(1000000))
}
"#;
    let (out, segments) = run(src);
    assert_eq!(out, "1000000\n");
    // Doubling: about log2(frames' words / 256) segments, not one per call.
    assert!(segments < 40, "{segments} segments allocated");
}
