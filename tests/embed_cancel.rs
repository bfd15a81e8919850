//! Cancelling a Vm stops every goroutine within 50 ms: those spinning in
//! tight loops (at their next safepoint), those blocked on channels, and
//! a host function's caller. (Alone in its test binary, so that the
//! timing is not shared with other tests.)

use minigo::embed::{CallError, HostPackage, RunError};
use minigo::Vm;
use std::time::{Duration, Instant};

const SPIN_AND_BLOCK: &str = r#"package main

import "sync"

var Spins [4]int

func main() {
	var mu sync.Mutex
	c := make(chan int)
	for i := 0; i < 4; i++ {
		go func(i int) {
			for {
				Spins[i]++
			}
		}(i)
		go func() { <-c }()
		go func() {
			mu.Lock()
			c <- 1
			mu.Unlock()
		}()
	}
	select {}
}
"#;

#[test]
fn cancel_stops_spinning_and_blocked_goroutines_within_50ms() {
    for gomaxprocs in [1, 2, 4] {
        let vm = Vm::builder().gomaxprocs(gomaxprocs).build();
        let program = vm.compile("spin.go", SPIN_AND_BLOCK).unwrap();
        let cancel = vm.cancel_handle();
        let (tx, rx) = std::sync::mpsc::channel();
        let runner = std::thread::spawn(move || {
            let r = vm.run(&program);
            tx.send(Instant::now()).unwrap();
            r
        });
        std::thread::sleep(Duration::from_millis(200));
        let at = Instant::now();
        cancel.cancel();
        let ended = rx
            .recv_timeout(Duration::from_secs(5))
            .expect("the run did not end");
        let took = ended.duration_since(at);
        assert_eq!(runner.join().unwrap(), Err(RunError::Cancelled));
        eprintln!("GOMAXPROCS={gomaxprocs}: stopped in {took:?}");
        assert!(
            took < Duration::from_millis(50),
            "GOMAXPROCS={gomaxprocs}: {took:?}"
        );
    }
}

#[test]
fn cancel_ends_an_instance_and_its_callers() {
    let pkg = HostPackage::new("host/wait").func("Nap", || {
        std::thread::sleep(Duration::from_millis(20));
    });
    let vm = Vm::builder().gomaxprocs(2).package(pkg).build();
    let program = vm
        .compile(
            "i.go",
            "package main\n\nimport \"host/wait\"\n\nfunc Forever() {\n\tfor {\n\t\twait.Nap()\n\t}\n}\n\nfunc Block() { select {} }\n\nfunc Spin() int {\n\tn := 0\n\tfor {\n\t\tn++\n\t}\n}\n",
        )
        .unwrap();
    let go = std::sync::Arc::new(vm.start(&program).unwrap());
    let callers: Vec<_> = ["Forever", "Block", "Spin"]
        .into_iter()
        .map(|f| {
            let go = go.clone();
            std::thread::spawn(move || go.call::<()>(f, ()))
        })
        .collect();
    std::thread::sleep(Duration::from_millis(100));
    let at = Instant::now();
    go.cancel_handle().cancel();
    for c in callers {
        assert_eq!(
            c.join().unwrap(),
            Err(CallError::Ended(RunError::Cancelled))
        );
    }
    let took = at.elapsed();
    eprintln!("instance stopped in {took:?}");
    assert!(took < Duration::from_millis(50), "{took:?}");
}
