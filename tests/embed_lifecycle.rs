//! Creating, running and dropping many Vms leaves the process as it was:
//! every thread a run started is joined, every heap freed. (Alone in its
//! test binary, so that no other test's threads are counted.)

use minigo::Vm;
use std::time::{Duration, Instant};

/// The process's threads (Linux's /proc/self/status).
fn threads() -> usize {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("Threads:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap()
}

/// The process's resident memory, in bytes (/proc/self/statm).
fn rss() -> usize {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap();
    let pages: usize = statm.split_whitespace().nth(1).unwrap().parse().unwrap();
    pages * 4096
}

const PROGRAM: &str = r#"package main

import "sync"

var Total int

func Work(n int) int {
	var wg sync.WaitGroup
	var mu sync.Mutex
	data := make([][]int, 0)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			row := make([]int, 1000)
			for j := range row {
				row[j] = i * j
			}
			mu.Lock()
			data = append(data, row)
			Total += row[999]
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	// Goroutines left blocked when the run ends are dropped with it.
	block := make(chan int)
	for i := 0; i < 4; i++ {
		go func() { <-block }()
	}
	return len(data)
}

func main() { Work(8) }
"#;

/// Waits until the thread count has not changed for 100 ms (at most 5 s).
fn settle() {
    let deadline = Instant::now() + Duration::from_secs(5);
    let mut last = threads();
    let mut since = Instant::now();
    while Instant::now() < deadline && since.elapsed() < Duration::from_millis(100) {
        std::thread::sleep(Duration::from_millis(10));
        let now = threads();
        if now != last {
            last = now;
            since = Instant::now();
        }
    }
}

/// One Vm's life: run main, start an instance, call it, drop. (Every
/// tenth compiles the program itself; the others run one compiled
/// once, which any Vm can run, to keep the test quick in debug builds.)
fn one_vm(i: usize, compiled: &minigo::embed::Program) {
    let vm = Vm::builder().gomaxprocs(1 + i % 4).build();
    let own;
    let program = if i.is_multiple_of(10) {
        own = vm.compile("life.go", PROGRAM).unwrap();
        &own
    } else {
        compiled
    };
    vm.run(program).unwrap();
    let go = vm.start(program).unwrap();
    assert_eq!(go.call::<i64>("Work", 16).unwrap(), 16);
}

#[test]
fn a_thousand_vms_leave_no_threads_or_memory_behind() {
    let compiled = Vm::default().compile("life.go", PROGRAM).unwrap();
    // Warm up: the allocator's arenas and the std tables settle first.
    for i in 0..20 {
        one_vm(i, &compiled);
    }
    // A run's last M may still be on its way out.
    settle();
    let (threads0, rss0) = (threads(), rss());
    for i in 0..1000 {
        one_vm(i, &compiled);
    }
    // Threads that were joined are gone at once; allow the kernel a
    // moment to reap them.
    let deadline = Instant::now() + Duration::from_secs(5);
    while threads() > threads0 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(10));
    }
    let (threads1, rss1) = (threads(), rss());
    eprintln!(
        "threads {threads0} -> {threads1}; RSS {:.1} MB -> {:.1} MB",
        rss0 as f64 / 1e6,
        rss1 as f64 / 1e6
    );
    assert_eq!(threads1, threads0, "threads left behind");
    // Each run allocates over a megabyte; 1000 runs that kept their heaps
    // would hold a gigabyte.
    assert!(
        rss1 < rss0 + (24 << 20),
        "RSS grew from {rss0} to {rss1} bytes"
    );
}
