//! The cost of crossing between Rust and Go: 1M calls from Go to a host
//! function, and 1M calls from Rust into a Go function.
//!
//!     cargo run --release --example embed_bench [calls]

use minigo::embed::HostPackage;
use minigo::Vm;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Instant;

const PROGRAM: &str = r#"package main

import "host/count"

func Add(a, b int) int { return a + b }

func CallHost(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		total += count.Inc(i)
	}
	return total
}

func CallQuick(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		total += count.QuickInc(i)
	}
	return total
}
"#;

fn main() {
    let calls: i64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let seen = Arc::new(AtomicU64::new(0));
    let s = seen.clone();
    let s2 = seen.clone();
    let count = HostPackage::new("host/count")
        .func("Inc", move |i: i64| {
            s.fetch_add(1, Ordering::Relaxed);
            i & 1
        })
        .func_nonblocking("QuickInc", move |i: i64| {
            s2.fetch_add(1, Ordering::Relaxed);
            i & 1
        });
    let vm = Vm::builder().gomaxprocs(2).package(count).build();
    let program = vm.compile("bench.go", PROGRAM).expect("compiles");
    let go = vm.start(&program).expect("starts");

    let t = Instant::now();
    let total: i64 = go.call("CallHost", calls).expect("CallHost runs");
    let go_to_host = t.elapsed();
    assert_eq!(total, calls / 2);
    assert_eq!(seen.load(Ordering::Relaxed), calls as u64);

    let t = Instant::now();
    let total: i64 = go.call("CallQuick", calls).expect("CallQuick runs");
    let go_to_quick = t.elapsed();
    assert_eq!(total, calls / 2);
    assert_eq!(seen.load(Ordering::Relaxed), 2 * calls as u64);

    let t = Instant::now();
    for i in 0..calls {
        let r: i64 = go.call("Add", (i, 1)).expect("Add runs");
        assert_eq!(r, i + 1);
    }
    let rust_to_go = t.elapsed();
    let per = |d: std::time::Duration| d.as_nanos() as f64 / calls as f64;
    println!(
        "Go -> host function: {calls} calls in {:.2?}, {:.0} ns per call",
        go_to_host,
        per(go_to_host)
    );
    println!(
        "Go -> non-blocking host function: {calls} calls in {:.2?}, {:.0} ns per call",
        go_to_quick,
        per(go_to_quick)
    );
    println!(
        "Rust -> Go function: {calls} calls in {:.2?}, {:.0} ns per call",
        rust_to_go,
        per(rust_to_go)
    );
}
