//! Threads come back: when run_main returns, every M it started has been
//! joined, whoever ended the program. Its own test binary, with one test,
//! so that no other test's threads come and go while it counts them.

mod common;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;
use minigo_runtime::{Stop, WaitReason};

#[test]
fn every_thread_is_joined() {
    let before = thread_count();
    assert!(before > 0, "/proc/self/task is not readable");

    // Exit from a goroutine on another M while M0 is parked: main parks
    // for good once the child runs elsewhere; the child waits until M0 has
    // had time to park, then ends the program.
    let mock = Arc::new(Mock::default());
    let on_other_m = Arc::new(AtomicBool::new(false));
    let child_thread = Arc::new(Mutex::new(String::new()));
    let (o, ct) = (Arc::clone(&on_other_m), Arc::clone(&child_thread));
    let main = task(1, move |ctx| {
        let (o2, ct) = (Arc::clone(&o), Arc::clone(&ct));
        ctx.newproc(|_| {
            task(2, move |_| {
                *ct.lock().unwrap() = std::thread::current().name().unwrap_or("").to_string();
                o2.store(true, Ordering::SeqCst);
                std::thread::sleep(Duration::from_millis(50));
                Stop::Exit(7)
            })
        });
        // Keep M0 busy until the child has been stolen by another M.
        assert!(spin_until(10, || o.load(Ordering::SeqCst)));
        Stop::Park(WaitReason::SelectNoCases, None)
    });
    let t0 = Instant::now();
    assert_eq!(expect_exit(run(&mock, 2, main)), 7);
    assert!(
        t0.elapsed() < Duration::from_secs(5),
        "exit took {:?}",
        t0.elapsed()
    );
    assert!(
        child_thread.lock().unwrap().starts_with("minigo-m"),
        "the child ran on {:?}",
        child_thread.lock().unwrap()
    );
    assert_eq!(
        thread_count(),
        before,
        "threads left after an exit from another M"
    );

    // A deadlock, with eight Ms.
    let mock = Arc::new(Mock::default());
    let main = task(1, |ctx| {
        for i in 0..32 {
            ctx.newproc(|_| task(2 + i, |_| Stop::Park(WaitReason::ChanReceive, None)));
        }
        Stop::Park(WaitReason::ChanReceive, None)
    });
    assert!(matches!(
        run(&mock, 8, main),
        minigo_runtime::Outcome::Deadlock(_)
    ));
    assert_eq!(thread_count(), before, "threads left after a deadlock");

    // Embedders make and drop many schedulers: 1,000 short runs on four
    // Ps each, goroutines spread over Ms, and the thread count comes back.
    for k in 0..1_000 {
        let mock = Arc::new(Mock::default());
        let latch = Latch::new(8);
        let l = Arc::clone(&latch);
        let mut first = true;
        let main = task(1, move |ctx| {
            if first {
                first = false;
                for _ in 0..8 {
                    let l = Arc::clone(&l);
                    ctx.newproc(|_| {
                        task(0, move |ctx| {
                            l.done(ctx);
                            Stop::Done
                        })
                    });
                }
            }
            l.wait(ctx).unwrap_or(Stop::Exit(k))
        });
        assert_eq!(expect_exit(run(&mock, 4, main)), k);
    }
    assert_eq!(
        thread_count(),
        before,
        "threads left after 1,000 schedulers"
    );
}
