//! A Go worker pool fed by a Rust channel: Rust threads send jobs on a Go
//! channel, Go goroutines (running in parallel on minigo's scheduler) work
//! on them, and the results come back to Rust on another channel.
//!
//!     cargo run --release --example embed_workers

use minigo::embed::{Chan, ChanError};
use minigo::Vm;
use std::sync::Arc;

const POOL: &str = r#"package main

import "sync"

type Result struct {
	N     int
	Steps int
}

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

// Serve runs workers goroutines over jobs until it is closed, then
// closes results.
func Serve(workers int, jobs chan int, results chan Result) {
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range jobs {
				results <- Result{n, collatz(n)}
			}
		}()
	}
	wg.Wait()
	close(results)
}
"#;

struct Outcome {
    n: i64,
    steps: i64,
}
minigo::go_struct!(Outcome as "main.Result" { n: "N", steps: "Steps" });

fn main() {
    let vm = Vm::builder().gomaxprocs(4).build();
    let program = vm.compile("pool.go", POOL).expect("the pool compiles");
    let pool = Arc::new(vm.start(&program).expect("the pool starts"));
    let jobs: Chan<i64> = pool.make_chan(16).expect("a channel of ints");
    let results: Chan<Outcome> = pool.make_chan(16).expect("a channel of results");

    let server = {
        let (pool, jobs, results) = (pool.clone(), jobs.clone(), results.clone());
        std::thread::spawn(move || pool.call::<()>("Serve", (4, jobs, results)))
    };
    // Two Rust producers share the job channel.
    let producers: Vec<_> = (0..2)
        .map(|p| {
            let jobs = jobs.clone();
            std::thread::spawn(move || {
                for n in (1 + p..=20_000).step_by(2) {
                    jobs.send(n).expect("the pool takes jobs");
                }
            })
        })
        .collect();
    let closer = std::thread::spawn(move || {
        for p in producers {
            p.join().unwrap();
        }
        jobs.close().unwrap();
    });

    let (mut done, mut best) = (0, Outcome { n: 0, steps: 0 });
    loop {
        match results.recv() {
            Ok(r) => {
                done += 1;
                if r.steps > best.steps {
                    best = r;
                }
            }
            Err(ChanError::Closed) => break,
            Err(e) => panic!("{e}"),
        }
    }
    closer.join().unwrap();
    server.join().unwrap().expect("Serve returns");
    println!(
        "{done} jobs done; the longest chain below 20001 starts at {} ({} steps)",
        best.n, best.steps
    );
}
