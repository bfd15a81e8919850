//! Blocking calls with the mock executor: while a goroutine blocks its
//! thread in `Stop::Syscall`, sysmon hands its P to another M and the
//! others run; a stop-the-world does not wait for the call; many calls
//! at once grow the Ms, within Go's thread limit.

mod common;

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;
use minigo_runtime::{format_schedtrace, Config, GStatus, Outcome, Sched, Stop};

/// A goroutine that blocks its thread for `d` (a receive that times out
/// on a channel nobody sends on), then ends, telling `done`.
fn blocker(id: u64, d: Duration, done: &Arc<Latch>) -> Task {
    let done = Arc::clone(done);
    let mut called = false;
    task(id, move |ctx| {
        if !called {
            called = true;
            return Stop::Syscall(Box::new(move || {
                let (_tx, rx) = mpsc::channel::<()>();
                let _ = rx.recv_timeout(d);
            }));
        }
        done.done(ctx);
        Stop::Done
    })
}

/// GOMAXPROCS=1: one goroutine blocks in a syscall for 200 ms while
/// another keeps running: sysmon retakes the P and hands it to another
/// M, so the second makes progress during the call; meanwhile the first
/// shows `_Gsyscall`, in scheddetail too.
#[test]
fn a_syscall_gives_its_p_to_the_others() {
    let mock = Arc::new(Mock::default());
    let latch = Latch::new(1);
    let stop = Arc::new(AtomicBool::new(false));
    let progress = Arc::new(Mutex::new(Vec::<Instant>::new()));
    let seen = Arc::new(Mutex::new((false, String::new())));
    let (l, pr, sn) = (Arc::clone(&latch), Arc::clone(&progress), Arc::clone(&seen));
    let call = Arc::new(Mutex::new((Instant::now(), Instant::now())));
    let cl = Arc::clone(&call);
    let mut spawned = false;
    let main = task(1, move |ctx| {
        if !spawned {
            spawned = true;
            // The blocker runs first (runnext), the worker behind it.
            let (sp, pr, sn) = (Arc::clone(&stop), Arc::clone(&pr), Arc::clone(&sn));
            let blocker_gid = Arc::new(Mutex::new(None));
            let bg = Arc::clone(&blocker_gid);
            ctx.newproc(|_| {
                task(3, move |ctx| {
                    pr.lock().unwrap().push(Instant::now());
                    let g = bg.lock().unwrap().unwrap();
                    if ctx.sched().gstatus(g) == Some(GStatus::Syscall) && !sn.lock().unwrap().0 {
                        let t = ctx.sched().schedtrace(Duration::ZERO, true);
                        *sn.lock().unwrap() = (true, format_schedtrace(&t, true));
                    }
                    if sp.load(Ordering::SeqCst) {
                        return Stop::Done;
                    }
                    std::thread::sleep(Duration::from_micros(500));
                    Stop::Yield
                })
            });
            let (l3, cl) = (Arc::clone(&l), Arc::clone(&cl));
            let mut called = false;
            let (gid, _) = ctx.newproc1(|_| {
                task(2, move |ctx| {
                    if !called {
                        called = true;
                        let cl = Arc::clone(&cl);
                        return Stop::Syscall(Box::new(move || {
                            let t0 = Instant::now();
                            let (_tx, rx) = mpsc::channel::<()>();
                            let _ = rx.recv_timeout(Duration::from_millis(200));
                            *cl.lock().unwrap() = (t0, Instant::now());
                        }));
                    }
                    // Back from the call.
                    l3.done(ctx);
                    Stop::Done
                })
            });
            *blocker_gid.lock().unwrap() = Some(gid);
        }
        l.wait(ctx).unwrap_or(Stop::Exit(0))
    });
    assert_eq!(expect_exit(run(&mock, 1, main)), 0);
    mock.assert_clean();
    let (t0, t1) = *call.lock().unwrap();
    let during = progress
        .lock()
        .unwrap()
        .iter()
        .filter(|&&t| t > t0 && t < t1)
        .count();
    eprintln!("the worker ran {during} times during the 200 ms call");
    assert!(
        during >= 50,
        "the worker ran only {during} times during the call"
    );
    let (saw, trace) = seen.lock().unwrap().clone();
    assert!(saw, "the blocker was never seen in _Gsyscall");
    assert!(trace.contains("status=3("), "{trace}");
}

/// A stop-the-world while a goroutine blocks in a syscall for 300 ms
/// completes at once: the P in the syscall counts as stopped, and the
/// collector sees the blocked goroutine's task, saved in its G.
#[test]
fn stop_the_world_during_a_syscall() {
    let tasks = Arc::new(Mutex::new(Vec::new()));
    let ts = Arc::clone(&tasks);
    let mock = Arc::new(Mock::with_collect(move |world| {
        let mut ids = Vec::new();
        world.for_each_task(|t| ids.push(t.id));
        ts.lock().unwrap().push(ids);
    }));
    let latch = Latch::new(1);
    let gc_took = Arc::new(Mutex::new(None));
    let (l, gt) = (Arc::clone(&latch), Arc::clone(&gc_took));
    let in_call = Arc::new(AtomicBool::new(false));
    let ic = Arc::clone(&in_call);
    let mut step = 0;
    let mut t0 = Instant::now();
    let main = task(1, move |ctx| {
        step += 1;
        match step {
            1 => {
                let (l, ic) = (Arc::clone(&l), Arc::clone(&ic));
                let mut called = false;
                ctx.newproc(|_| {
                    task(2, move |ctx| {
                        if !called {
                            called = true;
                            let ic = Arc::clone(&ic);
                            return Stop::Syscall(Box::new(move || {
                                ic.store(true, Ordering::SeqCst);
                                std::thread::sleep(Duration::from_millis(300));
                            }));
                        }
                        l.done(ctx);
                        Stop::Done
                    })
                });
                Stop::Yield
            }
            2 => {
                if !ic.load(Ordering::SeqCst) {
                    step = 1;
                    std::thread::sleep(Duration::from_micros(200));
                    return Stop::Yield;
                }
                t0 = Instant::now();
                Stop::Gc
            }
            3 => {
                *gt.lock().unwrap() = Some(t0.elapsed());
                l.wait(ctx).unwrap_or(Stop::Exit(0))
            }
            _ => l.wait(ctx).unwrap_or(Stop::Exit(0)),
        }
    });
    assert_eq!(expect_exit(run(&mock, 2, main)), 0);
    mock.assert_clean();
    let took = gc_took.lock().unwrap().unwrap();
    eprintln!("stop-the-world during a syscall took {took:?}");
    assert!(
        took < Duration::from_millis(150),
        "the collection waited for the call: {took:?}"
    );
    let tasks = tasks.lock().unwrap();
    assert_eq!(tasks.len(), 1);
    let mut ids = tasks[0].clone();
    ids.sort();
    assert_eq!(ids, [1, 2], "the collector saw {ids:?}");
}

/// 32 goroutines block in syscalls at once on 2 Ps: Ms are started for
/// the Ps handed off, so the calls overlap (about 100 ms in all, not
/// 32 x 100 / 2), and every goroutine comes back.
#[test]
fn many_syscalls_at_once_grow_the_ms() {
    const N: usize = 32;
    let mock = Arc::new(Mock::default());
    let latch = Latch::new(N);
    let most = Arc::new(AtomicUsize::new(0));
    let (l, ms) = (Arc::clone(&latch), Arc::clone(&most));
    let mut spawned = false;
    let t0 = Instant::now();
    let main = task(1, move |ctx| {
        if !spawned {
            spawned = true;
            for k in 0..N as u64 {
                let t = blocker(10 + k, Duration::from_millis(100), &l);
                ctx.newproc(move |_| t);
            }
        }
        let threads = ctx.sched().schedtrace(Duration::ZERO, false).threads as usize;
        ms.fetch_max(threads, Ordering::SeqCst);
        l.wait(ctx).unwrap_or(Stop::Exit(0))
    });
    assert_eq!(expect_exit(run(&mock, 2, main)), 0);
    mock.assert_clean();
    let took = t0.elapsed();
    let most = most.load(Ordering::SeqCst);
    eprintln!("{N} overlapping 100 ms syscalls took {took:?}, {most} Ms");
    assert!(most > 4, "only {most} Ms");
    assert!(
        took < Duration::from_millis(1000),
        "the calls did not overlap: {took:?}"
    );
}

/// More Ms than Config::max_threads (Go's debug.SetMaxThreads) are
/// needed: the run ends with Go's fatal error.
#[test]
fn the_thread_limit_is_fatal() {
    let mock = Arc::new(Mock::default());
    let latch = Latch::new(16);
    let l = Arc::clone(&latch);
    let mut spawned = false;
    let main = task(1, move |ctx| {
        if !spawned {
            spawned = true;
            for k in 0..16u64 {
                let t = blocker(10 + k, Duration::from_millis(50), &l);
                ctx.newproc(move |_| t);
            }
        }
        l.wait(ctx).unwrap_or(Stop::Exit(0))
    });
    let config = Config {
        max_threads: 4,
        ..config(2)
    };
    match Sched::run_main(Arc::clone(&mock), config, main) {
        Outcome::Fatal(msg) => assert_eq!(
            msg,
            "runtime: program exceeds 4-thread limit\nfatal error: thread exhaustion"
        ),
        _ => panic!("no fatal error"),
    }
}
