//! A Go worker pool fed by a Rust channel: Rust threads produce jobs, Go
//! goroutines (running in parallel on minigo's scheduler) take them with a
//! blocking host function, and the results come back to Rust through
//! another.
//!
//!     cargo run --release --example embed_workers

use minigo::embed::HostPackage;
use minigo::Vm;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};

const POOL: &str = r#"package main

import (
	"host/jobs"
	"sync"
)

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

// Serve runs workers goroutines until the host's job channel closes.
func Serve(workers int) int {
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				n, ok := jobs.Next()
				if !ok {
					return
				}
				jobs.Result(n, collatz(n))
				mu.Lock()
				done++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return done
}
"#;

fn main() {
    let (job_tx, job_rx) = mpsc::channel::<i64>();
    let (result_tx, result_rx) = mpsc::channel::<(i64, i64)>();
    let job_rx = Arc::new(Mutex::new(job_rx));
    let result_tx = Mutex::new(result_tx);
    let jobs = HostPackage::new("host/jobs")
        // Blocks until a job comes (other goroutines go on meanwhile);
        // false once every sender is gone.
        .func("Next", move || -> (i64, bool) {
            match job_rx.lock().unwrap().recv() {
                Ok(n) => (n, true),
                Err(_) => (0, false),
            }
        })
        .func("Result", move |n: i64, steps: i64| {
            let _ = result_tx.lock().unwrap().send((n, steps));
        });
    let vm = Vm::builder().gomaxprocs(4).package(jobs).build();
    let program = vm.compile("pool.go", POOL).expect("the pool compiles");
    let pool = Arc::new(vm.start(&program).expect("the pool starts"));

    let server = {
        let pool = pool.clone();
        std::thread::spawn(move || pool.call::<i64>("Serve", 4))
    };
    let producer = std::thread::spawn(move || {
        for n in 1..=2000 {
            job_tx.send(n).unwrap();
        }
    });
    producer.join().unwrap();
    let done = server.join().unwrap().expect("Serve returns");
    let mut best = (0, 0);
    for (n, steps) in result_rx.try_iter() {
        if steps > best.1 {
            best = (n, steps);
        }
    }
    println!(
        "{done} jobs done; the longest chain below 2001 starts at {} ({} steps)",
        best.0, best.1
    );
}
