//! The scheduler end to end, with a mock executor (tests/common): order on
//! one P, goids, G reuse, park/ready under contention, stop-the-world,
//! GOMAXPROCS changes, checkdead, parallelism, a stress run, schedtrace.

mod common;

use std::collections::{HashMap, HashSet, VecDeque};
use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;
use minigo_runtime::{Config, GId, GStatus, Outcome, Sched, Stop, WaitReason};

/// Go 1.27 prints `g 4 g 2 g 3 main` for
///
/// ```go
/// runtime.GOMAXPROCS(1)
/// for i := 2; i <= 4; i++ { go func() { fmt.Println("g", i) }() }
/// runtime.Gosched()
/// fmt.Println("main")
/// ```
///
/// Each newproc puts the new G in runnext and kicks the previous one to
/// the tail of the local queue, so the queue is [2 3] with 4 in runnext;
/// Gosched puts main at the tail of the global queue, which is looked at
/// only when the local queue is empty (main's schedtick is 1, not a
/// multiple of 61).
#[test]
fn newproc_runnext_and_gosched_run_in_go_s_order() {
    let mock = Arc::new(Mock::default());
    let order = Arc::new(Mutex::new(Vec::new()));
    let o = Arc::clone(&order);
    let mut step = 0;
    let main = task(1, move |ctx| {
        step += 1;
        if step == 1 {
            assert_eq!(ctx.goid(), 1, "main is goroutine 1");
            // run_main's caller only waits; M0 has a thread of its own.
            assert_eq!(
                std::thread::current().name(),
                Some("minigo-m0"),
                "M0 runs main"
            );
            for _ in 0..3 {
                let o = Arc::clone(&o);
                ctx.newproc(|_| {
                    task(0, move |ctx| {
                        o.lock().unwrap().push(ctx.goid());
                        Stop::Done
                    })
                });
            }
            assert_eq!(ctx.num_goroutine(), 4);
            Stop::Yield
        } else {
            o.lock().unwrap().push(ctx.goid());
            Stop::Exit(0)
        }
    });
    assert_eq!(expect_exit(run(&mock, 1, main)), 0);
    assert_eq!(*order.lock().unwrap(), [4, 2, 3, 1]);
    mock.assert_clean();
}

/// goids are unique; each batch of 16 (Go's _GoidCacheBatch) belongs to
/// one P, and a P hands its goids out in increasing order.
#[test]
fn goids_are_unique_and_come_in_per_p_batches() {
    const SPAWNERS: usize = 40;
    const EACH: usize = 30;
    let mock = Arc::new(Mock::default());
    let latch = Latch::new(SPAWNERS * (EACH + 1));
    let log = Arc::new(Mutex::new(Vec::<(usize, u64)>::new()));
    let (l, lg) = (Arc::clone(&latch), Arc::clone(&log));
    let mut spawned = false;
    let main = task(1, move |ctx| {
        if !spawned {
            spawned = true;
            assert_eq!(ctx.goid(), 1);
            for i in 0..SPAWNERS {
                let (l, lg2) = (Arc::clone(&l), Arc::clone(&lg));
                let mut made = 0;
                let goid = ctx.newproc(|_| {
                    task(i as u64, move |ctx| {
                        if made == EACH {
                            l.done(ctx);
                            return Stop::Done;
                        }
                        for _ in 0..5 {
                            let l = Arc::clone(&l);
                            let goid = ctx.newproc(|_| {
                                task(0, move |ctx| {
                                    l.done(ctx);
                                    Stop::Done
                                })
                            });
                            lg2.lock().unwrap().push((ctx.p_id(), goid));
                            made += 1;
                        }
                        Stop::Yield
                    })
                });
                lg.lock().unwrap().push((ctx.p_id(), goid));
            }
        }
        l.wait(ctx).unwrap_or(Stop::Exit(0))
    });
    assert_eq!(expect_exit(run(&mock, 4, main)), 0);
    mock.assert_clean();

    let log = log.lock().unwrap();
    assert_eq!(log.len(), SPAWNERS * (EACH + 1));
    let unique: HashSet<u64> = log.iter().map(|&(_, g)| g).collect();
    assert_eq!(unique.len(), log.len(), "goids are unique");
    assert!(!unique.contains(&1));
    let mut batch_owner = HashMap::new();
    let mut last = HashMap::new();
    for &(p, goid) in log.iter() {
        let owner = *batch_owner.entry((goid - 1) / 16).or_insert(p);
        assert_eq!(owner, p, "goid {goid}'s batch was handed to two Ps");
        let prev = last.insert(p, goid).unwrap_or(0);
        assert!(goid > prev, "P{p} handed out {goid} after {prev}");
    }
}

/// A spawn/finish loop reuses dead Gs (gfget/gfput): the G table stays
/// tiny, and `make` gets the dead G's task back.
#[test]
fn dead_gs_and_their_tasks_are_reused() {
    const N: usize = 10_000;
    const CHILD: u64 = 77;
    for (procs, most_slots) in [(1, 4), (2, 200)] {
        let mock = Arc::new(Mock::default());
        let reused = Arc::new(AtomicUsize::new(0));
        let slots = Arc::new(AtomicUsize::new(0));
        let (r, s) = (Arc::clone(&reused), Arc::clone(&slots));
        let mut i = 0;
        let main = task(1, move |ctx| {
            if i == N {
                s.store(ctx.sched().allglen(), Ordering::SeqCst);
                return Stop::Exit(0);
            }
            i += 1;
            let r = Arc::clone(&r);
            ctx.newproc(|old| {
                if let Some(old) = old {
                    assert_eq!(old.id, CHILD, "the old task is a dead child's");
                    r.fetch_add(1, Ordering::Relaxed);
                }
                task(CHILD, |_| Stop::Done)
            });
            Stop::Yield
        });
        assert_eq!(expect_exit(run(&mock, procs, main)), 0);
        mock.assert_clean();
        let slots = slots.load(Ordering::SeqCst);
        let reused = reused.load(Ordering::SeqCst);
        assert!(slots <= most_slots, "GOMAXPROCS={procs}: {slots} G slots");
        assert!(
            reused + slots >= N,
            "GOMAXPROCS={procs}: only {reused} reused"
        );
    }
}

/// Goroutines park themselves on a shared wait list (in the unlock
/// callback, once they are _Gwaiting) and others pop and ready them, on
/// eight Ms: 100k park/ready cycles, none lost (a lost one would end in
/// deadlock), none readied while still running (the waker sees
/// _Gwaiting; the mock sees no task executed twice at once).
#[test]
fn park_and_goready_under_contention() {
    const PARKERS: usize = 16;
    const WAKERS: usize = 4;
    const CYCLES: usize = 100_000 / PARKERS;
    const TOTAL: usize = PARKERS * CYCLES;
    let mock = Arc::new(Mock::default());
    let list = Arc::new(Mutex::new(VecDeque::<GId>::new()));
    let readied = Arc::new(AtomicUsize::new(0));
    let latch = Latch::new(PARKERS + WAKERS);
    let (ls, rd, l, m) = (
        Arc::clone(&list),
        Arc::clone(&readied),
        Arc::clone(&latch),
        Arc::clone(&mock),
    );
    let mut spawned = false;
    let main = task(1, move |ctx| {
        if !spawned {
            spawned = true;
            for i in 0..PARKERS {
                let (ls, l) = (Arc::clone(&ls), Arc::clone(&l));
                let mut left = CYCLES;
                ctx.newproc(|_| {
                    task(100 + i as u64, move |ctx| {
                        if left == 0 {
                            l.done(ctx);
                            return Stop::Done;
                        }
                        left -= 1;
                        let (ls, me) = (Arc::clone(&ls), ctx.gid());
                        Stop::Park(
                            WaitReason::ChanReceive,
                            Some(Box::new(move || {
                                ls.lock().unwrap().push_back(me);
                                true
                            })),
                        )
                    })
                });
            }
            for i in 0..WAKERS {
                let (ls, rd, l, m) = (
                    Arc::clone(&ls),
                    Arc::clone(&rd),
                    Arc::clone(&l),
                    Arc::clone(&m),
                );
                ctx.newproc(|_| {
                    task(200 + i as u64, move |ctx| {
                        for _ in 0..64 {
                            let Some(g) = ls.lock().unwrap().pop_front() else {
                                break;
                            };
                            let status = ctx.sched().gstatus(g);
                            if status != Some(GStatus::Waiting) {
                                m.violation(format!("readying a G in {status:?}"));
                            }
                            ctx.goready(g);
                            rd.fetch_add(1, Ordering::SeqCst);
                        }
                        if rd.load(Ordering::SeqCst) >= TOTAL {
                            l.done(ctx);
                            return Stop::Done;
                        }
                        Stop::Yield
                    })
                });
            }
        }
        l.wait(ctx).unwrap_or(Stop::Exit(0))
    });
    assert_eq!(expect_exit(run(&mock, 8, main)), 0);
    mock.assert_clean();
    assert_eq!(readied.load(Ordering::SeqCst), TOTAL);
    assert!(list.lock().unwrap().is_empty());
}

/// Busy goroutines on four Ms, spinning until preempted, and one that
/// stops the world thirty times: collect sees every live task exactly once
/// and none executing, and the busy ones were stopped by preemption.
#[test]
fn stop_the_world_sees_every_task_and_none_running() {
    const BUSY: usize = 8;
    const GCS: usize = 30;
    let registry = Arc::new(Mutex::new(Vec::<(u64, Arc<AtomicBool>)>::new()));
    let problems = Arc::new(Mutex::new(Vec::<String>::new()));
    let (reg, pr) = (Arc::clone(&registry), Arc::clone(&problems));
    let mock = Arc::new(Mock::with_collect(move |world| {
        let mut seen = Vec::new();
        world.for_each_task(|t| seen.push(t.id));
        let mut pr = pr.lock().unwrap();
        let unique: HashSet<u64> = seen.iter().copied().collect();
        if unique.len() != seen.len() {
            pr.push(format!("a task seen twice: {seen:?}"));
        }
        if seen.len() != world.num_goroutine() {
            pr.push(format!(
                "{} tasks seen, {} goroutines",
                seen.len(),
                world.num_goroutine()
            ));
        }
        for (id, running) in reg.lock().unwrap().iter() {
            if running.load(Ordering::SeqCst) {
                pr.push(format!("task {id} is executing during collect"));
            }
        }
        let mut ps = 0;
        world.for_each_plocal(|_| ps += 1);
        if ps != 4 {
            pr.push(format!("{ps} PLocals"));
        }
    }));
    let stop = Arc::new(AtomicBool::new(false));
    let preempted = Arc::new(AtomicUsize::new(0));
    let started = Arc::new(AtomicUsize::new(0));
    let latch = Latch::new(BUSY + 1);
    let (st, pe, l, reg, sd) = (
        Arc::clone(&stop),
        Arc::clone(&preempted),
        Arc::clone(&latch),
        Arc::clone(&registry),
        Arc::clone(&started),
    );
    let mut spawned = false;
    let main = task(1, move |ctx| {
        if !spawned {
            spawned = true;
            for i in 0..BUSY {
                let (st, pe, l, sd) = (
                    Arc::clone(&st),
                    Arc::clone(&pe),
                    Arc::clone(&l),
                    Arc::clone(&sd),
                );
                let mut first = true;
                let t = task(10 + i as u64, move |ctx| {
                    if first {
                        first = false;
                        sd.fetch_add(1, Ordering::SeqCst);
                    }
                    if st.load(Ordering::SeqCst) {
                        l.done(ctx);
                        return Stop::Done;
                    }
                    // Spin at a "safepoint" until asked to stop, or 1 ms.
                    let t0 = Instant::now();
                    while t0.elapsed() < Duration::from_millis(1) {
                        if ctx.preempt().load(Ordering::Relaxed) {
                            pe.fetch_add(1, Ordering::Relaxed);
                            return Stop::Preempted;
                        }
                        std::hint::spin_loop();
                    }
                    Stop::Yield
                });
                reg.lock().unwrap().push((t.id, Arc::clone(&t.running)));
                ctx.newproc(|_| t);
            }
            let (st, l, sd) = (Arc::clone(&st), Arc::clone(&l), Arc::clone(&sd));
            let mut n = 0;
            let t = task(2, move |ctx| {
                // Stop the world while the busy ones run: once they have
                // all started, and a millisecond into each round.
                if sd.load(Ordering::SeqCst) < BUSY {
                    return Stop::Yield;
                }
                if n == GCS {
                    st.store(true, Ordering::SeqCst);
                    l.done(ctx);
                    return Stop::Done;
                }
                n += 1;
                std::thread::sleep(Duration::from_millis(1));
                Stop::Gc
            });
            reg.lock().unwrap().push((t.id, Arc::clone(&t.running)));
            ctx.newproc(|_| t);
        }
        l.wait(ctx).unwrap_or(Stop::Exit(0))
    });
    registry
        .lock()
        .unwrap()
        .push((main.id, Arc::clone(&main.running)));
    assert_eq!(expect_exit(run(&mock, 4, main)), 0);
    mock.assert_clean();
    let problems = problems.lock().unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(mock.collects.load(Ordering::SeqCst), GCS);
    assert!(
        preempted.load(Ordering::SeqCst) > 0,
        "no busy G was preempted"
    );
}

/// Several goroutines stop the world at once, for collections and for
/// GOMAXPROCS: the stops are serialized (worldsema: the others park their
/// G until it is handed over), each one happens, and no task runs during
/// a collect.
#[test]
fn concurrent_stop_the_world_requests_take_turns() {
    const REQUESTERS: usize = 6;
    const EACH: usize = 20;
    let registry = Arc::new(Mutex::new(Vec::<Arc<AtomicBool>>::new()));
    let bad = Arc::new(AtomicUsize::new(0));
    let (reg, b) = (Arc::clone(&registry), Arc::clone(&bad));
    let mock = Arc::new(Mock::with_collect(move |world| {
        let mut n = 0;
        world.for_each_task(|_| n += 1);
        if n != world.num_goroutine() {
            b.fetch_add(1, Ordering::SeqCst);
        }
        for running in reg.lock().unwrap().iter() {
            if running.load(Ordering::SeqCst) {
                b.fetch_add(1, Ordering::SeqCst);
            }
        }
    }));
    let latch = Latch::new(REQUESTERS + 4);
    let stop = Arc::new(AtomicBool::new(false));
    let done_req = Arc::new(AtomicUsize::new(0));
    let (l, reg, st, dr) = (
        Arc::clone(&latch),
        Arc::clone(&registry),
        Arc::clone(&stop),
        Arc::clone(&done_req),
    );
    let mut spawned = false;
    let main = task(1, move |ctx| {
        if !spawned {
            spawned = true;
            for i in 0..4 {
                let (l, st) = (Arc::clone(&l), Arc::clone(&st));
                let t = task(10 + i, move |ctx| {
                    if st.load(Ordering::SeqCst) {
                        l.done(ctx);
                        return Stop::Done;
                    }
                    let t0 = Instant::now();
                    while t0.elapsed() < Duration::from_micros(300) {
                        if ctx.preempt().load(Ordering::Relaxed) {
                            return Stop::Preempted;
                        }
                    }
                    Stop::Yield
                });
                reg.lock().unwrap().push(Arc::clone(&t.running));
                ctx.newproc(|_| t);
            }
            for i in 0..REQUESTERS {
                let (l, st, dr) = (Arc::clone(&l), Arc::clone(&st), Arc::clone(&dr));
                let mut n = 0;
                let t = task(100 + i as u64, move |ctx| {
                    if n == EACH {
                        if dr.fetch_add(1, Ordering::SeqCst) + 1 == REQUESTERS {
                            st.store(true, Ordering::SeqCst);
                        }
                        l.done(ctx);
                        return Stop::Done;
                    }
                    n += 1;
                    // Requester 0 resizes between 2 and 4 Ps; the others
                    // collect.
                    if i == 0 {
                        Stop::GoMaxProcs(if n % 2 == 0 { 4 } else { 2 })
                    } else {
                        Stop::Gc
                    }
                });
                reg.lock().unwrap().push(Arc::clone(&t.running));
                ctx.newproc(|_| t);
            }
        }
        l.wait(ctx).unwrap_or(Stop::Exit(0))
    });
    assert_eq!(expect_exit(run(&mock, 4, main)), 0);
    mock.assert_clean();
    assert_eq!(bad.load(Ordering::SeqCst), 0);
    assert_eq!(
        mock.collects.load(Ordering::SeqCst),
        (REQUESTERS - 1) * EACH
    );
}

/// GOMAXPROCS goes up and down while goroutines run: every goroutine
/// finishes, no P id is ever at or past GOMAXPROCS, and the PLocals of
/// removed Ps are kept (the per-P execute counts all add up at the end).
#[test]
fn gomaxprocs_changes_while_goroutines_run() {
    const WORKERS: usize = 48;
    const STEPS: usize = 200;
    const SIZES: [usize; 9] = [1, 8, 3, 6, 1, 4, 2, 8, 5];
    let counted = Arc::new(AtomicU64::new(0));
    let c = Arc::clone(&counted);
    let mock = Arc::new(Mock::with_collect(move |world| {
        let mut steps = 0;
        world.for_each_plocal(|pl| steps += pl.steps);
        c.store(steps, Ordering::SeqCst);
    }));
    let latch = Latch::new(WORKERS * (1 + STEPS / 50) + 1);
    let executes = Arc::new(AtomicU64::new(0));
    let wrong_procs = Arc::new(AtomicUsize::new(0));
    let (l, ex, wp) = (
        Arc::clone(&latch),
        Arc::clone(&executes),
        Arc::clone(&wrong_procs),
    );
    let mut step = 0;
    let main = task(1, move |ctx| {
        ex.fetch_add(1, Ordering::SeqCst);
        step += 1;
        if step == 1 {
            for i in 0..WORKERS {
                let (l, ex) = (Arc::clone(&l), Arc::clone(&ex));
                let mut n = 0;
                ctx.newproc(|_| {
                    task(10 + i as u64, move |ctx| {
                        ex.fetch_add(1, Ordering::SeqCst);
                        if n == STEPS {
                            l.done(ctx);
                            return Stop::Done;
                        }
                        n += 1;
                        if n % 50 == 0 {
                            let (l, ex) = (Arc::clone(&l), Arc::clone(&ex));
                            let mut m = 0;
                            ctx.newproc(|_| {
                                task(0, move |ctx| {
                                    ex.fetch_add(1, Ordering::SeqCst);
                                    m += 1;
                                    if m == 10 {
                                        l.done(ctx);
                                        return Stop::Done;
                                    }
                                    Stop::Yield
                                })
                            });
                        }
                        Stop::Yield
                    })
                });
            }
            let (l, ex, wp) = (Arc::clone(&l), Arc::clone(&ex), Arc::clone(&wp));
            let mut k = 0;
            let mut ticks = 0;
            ctx.newproc(|_| {
                task(2, move |ctx| {
                    ex.fetch_add(1, Ordering::SeqCst);
                    if k > 0 && ticks == 0 && ctx.gomaxprocs() != SIZES[k - 1] {
                        wp.fetch_add(1, Ordering::SeqCst);
                    }
                    ticks += 1;
                    if ticks < 15 {
                        return Stop::Yield;
                    }
                    ticks = 0;
                    if k == SIZES.len() {
                        l.done(ctx);
                        return Stop::Done;
                    }
                    k += 1;
                    Stop::GoMaxProcs(SIZES[k - 1])
                })
            });
        }
        if let Some(park) = l.wait(ctx) {
            return park;
        }
        if step < 1_000_000 {
            // One collection at the end, to count the PLocals' steps.
            step = 1_000_000;
            return Stop::Gc;
        }
        Stop::Exit(0)
    });
    assert_eq!(expect_exit(run(&mock, 2, main)), 0);
    mock.assert_clean();
    assert_eq!(wrong_procs.load(Ordering::SeqCst), 0);
    assert!(mock.pdestroys.load(Ordering::SeqCst) > 0);
    // Every execute but main's last (the Exit) ran before the collect.
    assert_eq!(
        counted.load(Ordering::SeqCst),
        executes.load(Ordering::SeqCst) - 1
    );
}

/// Every goroutine parks for good: checkdead reports a deadlock, with
/// every goroutine, goroutine 1 first, and why each waits.
#[test]
fn checkdead_reports_a_deadlock_with_every_goroutine() {
    let mock = Arc::new(Mock::default());
    let main = task(1, move |ctx| {
        let reasons = [
            WaitReason::ChanReceive,
            WaitReason::Select,
            WaitReason::Sleep,
        ];
        for (i, r) in reasons.into_iter().enumerate() {
            ctx.newproc(|_| task(2 + i as u64, move |_| Stop::Park(r, None)));
        }
        Stop::Park(WaitReason::SelectNoCases, None)
    });
    let Outcome::Deadlock(gs) = run(&mock, 2, main) else {
        panic!("not a deadlock");
    };
    let got: Vec<_> = gs
        .iter()
        .map(|g| (g.goid, g.status, g.reason, g.task.id))
        .collect();
    assert_eq!(
        got,
        [
            (1, GStatus::Waiting, WaitReason::SelectNoCases, 1),
            (2, GStatus::Waiting, WaitReason::ChanReceive, 2),
            (3, GStatus::Waiting, WaitReason::Select, 3),
            (4, GStatus::Waiting, WaitReason::Sleep, 4),
        ]
    );
    mock.assert_clean();
}

/// Many goroutines on eight Ms, all ending up parked forever: still one
/// deadlock report, in goid order.
#[test]
fn checkdead_with_many_ms() {
    let mock = Arc::new(Mock::default());
    let main = task(1, move |ctx| {
        for i in 0..300 {
            ctx.newproc(|_| {
                let mut yields = i % 5;
                task(2 + i, move |_| {
                    if yields > 0 {
                        yields -= 1;
                        return Stop::Yield;
                    }
                    Stop::Park(WaitReason::ChanSend, None)
                })
            });
        }
        Stop::Park(WaitReason::ChanReceive, None)
    });
    let Outcome::Deadlock(gs) = run(&mock, 8, main) else {
        panic!("not a deadlock");
    };
    assert_eq!(gs.len(), 301);
    assert!(gs.iter().map(|g| g.goid).eq(1..=301));
    assert_eq!(gs[0].reason, WaitReason::ChanReceive);
    assert!(gs[1..].iter().all(|g| g.reason == WaitReason::ChanSend));
}

/// main calls runtime.Goexit and the last other goroutine returns: Go's
/// "no goroutines (main called runtime.Goexit) - deadlock!".
#[test]
fn checkdead_with_no_goroutines_left() {
    let mock = Arc::new(Mock::default());
    let main = task(1, move |ctx| {
        ctx.newproc(|_| task(2, |_| Stop::Done));
        Stop::Done
    });
    assert!(matches!(run(&mock, 2, main), Outcome::NoGoroutines));
}

/// A wakeup announced with pending_add holds checkdead off: main parks,
/// and a host thread (started from the unlock callback, once main is
/// parked) readies it 30 ms later.
#[test]
fn a_pending_wakeup_is_not_a_deadlock() {
    let mock = Arc::new(Mock::default());
    let host = Arc::new(Mutex::new(None));
    let h = Arc::clone(&host);
    let mut parked = false;
    let main = task(1, move |ctx| {
        if parked {
            return Stop::Exit(3);
        }
        parked = true;
        let sched = Arc::clone(ctx.sched());
        let (me, h) = (ctx.gid(), Arc::clone(&h));
        sched.pending_add();
        Stop::Park(
            WaitReason::Sleep,
            Some(Box::new(move || {
                let t = std::thread::spawn(move || {
                    std::thread::sleep(Duration::from_millis(30));
                    sched.goready(me);
                    sched.pending_done();
                });
                *h.lock().unwrap() = Some(t);
                true
            })),
        )
    });
    assert_eq!(expect_exit(run(&mock, 2, main)), 3);
    host.lock().unwrap().take().unwrap().join().unwrap();
}

/// Two goroutines run at the same time on different threads: each waits,
/// inside its execute, until the other has started.
#[test]
fn goroutines_run_in_parallel_on_different_ms() {
    let mock = Arc::new(Mock::default());
    let started = Arc::new([AtomicBool::new(false), AtomicBool::new(false)]);
    let threads = Arc::new(Mutex::new(Vec::new()));
    let latch = Latch::new(1);
    let meet = |me: usize, started: &[AtomicBool; 2], threads: &Mutex<Vec<_>>| {
        started[me].store(true, Ordering::SeqCst);
        threads.lock().unwrap().push(std::thread::current().id());
        assert!(
            spin_until(10, || started[1 - me].load(Ordering::SeqCst)),
            "goroutine {me} never saw the other one running"
        );
    };
    let (s, t, l) = (
        Arc::clone(&started),
        Arc::clone(&threads),
        Arc::clone(&latch),
    );
    let mut first = true;
    let main = task(1, move |ctx| {
        if first {
            first = false;
            let (s2, t2, l) = (Arc::clone(&s), Arc::clone(&t), Arc::clone(&l));
            ctx.newproc(|_| {
                task(2, move |ctx| {
                    meet(1, &s2, &t2);
                    l.done(ctx);
                    Stop::Done
                })
            });
            meet(0, &s, &t);
        }
        l.wait(ctx).unwrap_or(Stop::Exit(0))
    });
    assert_eq!(expect_exit(run(&mock, 2, main)), 0);
    let threads = threads.lock().unwrap();
    assert_eq!(threads.len(), 2);
    assert_ne!(threads[0], threads[1]);
    mock.assert_clean();
}

/// 100k goroutines made by 1,000 spawners on eight Ms, every seventh
/// parking once on a wait list that others drain; each runs to completion
/// exactly once.
#[test]
fn stress_100k_goroutines_on_eight_ms() {
    const SPAWNERS: usize = 1_000;
    const EACH: usize = 100;
    const TOTAL: usize = SPAWNERS * EACH;
    let t0 = Instant::now();
    let mock = Arc::new(Mock::default());
    let done: Arc<Vec<AtomicU8>> = Arc::new((0..TOTAL).map(|_| AtomicU8::new(0)).collect());
    let finished = Arc::new(AtomicUsize::new(0));
    let list = Arc::new(Mutex::new(VecDeque::<GId>::new()));
    let (d, f, ls) = (Arc::clone(&done), Arc::clone(&finished), Arc::clone(&list));
    let mut spawned = false;
    let main = task(1, move |ctx| {
        if !spawned {
            spawned = true;
            for s in 0..SPAWNERS {
                let (d, f, ls) = (Arc::clone(&d), Arc::clone(&f), Arc::clone(&ls));
                let mut made = 0;
                ctx.newproc(|_| {
                    task(0, move |ctx| {
                        for _ in 0..10 {
                            if made == EACH {
                                return Stop::Done;
                            }
                            let id = s * EACH + made;
                            made += 1;
                            let (d, f, ls) = (Arc::clone(&d), Arc::clone(&f), Arc::clone(&ls));
                            let mut parked = false;
                            ctx.newproc(|_| {
                                task(id as u64, move |ctx| {
                                    // Ready one parked goroutine, if any.
                                    let waiter = ls.lock().unwrap().pop_front();
                                    if let Some(g) = waiter {
                                        ctx.goready(g);
                                    }
                                    if id % 7 == 0 && !parked {
                                        parked = true;
                                        let (ls, me) = (Arc::clone(&ls), ctx.gid());
                                        return Stop::Park(
                                            WaitReason::ChanReceive,
                                            Some(Box::new(move || {
                                                ls.lock().unwrap().push_back(me);
                                                true
                                            })),
                                        );
                                    }
                                    d[id].fetch_add(1, Ordering::SeqCst);
                                    f.fetch_add(1, Ordering::SeqCst);
                                    Stop::Done
                                })
                            });
                        }
                        Stop::Yield
                    })
                });
            }
        }
        // The waker of last resort: the last goroutines to park may find
        // nobody after them to ready them.
        let waiters: Vec<GId> = ls.lock().unwrap().drain(..).collect();
        for g in waiters {
            ctx.goready(g);
        }
        if f.load(Ordering::SeqCst) == TOTAL {
            return Stop::Exit(0);
        }
        Stop::Yield
    });
    assert_eq!(expect_exit(run(&mock, 8, main)), 0);
    mock.assert_clean();
    let wrong: Vec<_> = (0..TOTAL)
        .filter(|&i| done[i].load(Ordering::SeqCst) != 1)
        .take(10)
        .collect();
    assert!(
        wrong.is_empty(),
        "goroutines not run exactly once: {wrong:?}"
    );
    eprintln!("stress: {TOTAL} goroutines in {:?}", t0.elapsed());
}

/// Two schedulers in one process run side by side without noticing each
/// other: each has its own goroutine 1 and goid sequence.
#[test]
fn two_schedulers_do_not_interfere() {
    let runs: Vec<_> = (0..2)
        .map(|k| {
            std::thread::spawn(move || {
                let mock = Arc::new(Mock::default());
                let goids = Arc::new(Mutex::new(Vec::new()));
                let latch = Latch::new(50);
                let (g, l) = (Arc::clone(&goids), Arc::clone(&latch));
                let mut first = true;
                let main = task(1, move |ctx| {
                    if first {
                        first = false;
                        g.lock().unwrap().push(ctx.goid());
                        for _ in 0..50 {
                            let l = Arc::clone(&l);
                            let goid = ctx.newproc(|_| {
                                task(0, move |ctx| {
                                    l.done(ctx);
                                    Stop::Done
                                })
                            });
                            g.lock().unwrap().push(goid);
                        }
                    }
                    l.wait(ctx).unwrap_or(Stop::Exit(k))
                });
                let code = expect_exit(run(&mock, 1, main));
                mock.assert_clean();
                let goids = goids.lock().unwrap().clone();
                (code, goids)
            })
        })
        .collect();
    for (k, r) in runs.into_iter().enumerate() {
        let (code, goids) = r.join().unwrap();
        assert_eq!(code, k as i32);
        assert_eq!(goids, (1..=51).collect::<Vec<u64>>());
    }
}

/// A panic in the executor ends the run: run_main re-raises it after
/// joining the Ms, instead of hanging with the other Ms waiting.
#[test]
fn an_executor_panic_reaches_run_main() {
    let mock = Arc::new(Mock::default());
    let main = task(1, move |ctx| {
        ctx.newproc(|_| task(2, |_| panic!("boom in a goroutine")));
        Stop::Park(WaitReason::ChanReceive, None)
    });
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(&mock, 2, main)));
    let payload = r.err().expect("run_main must panic");
    assert_eq!(payload.downcast_ref::<&str>(), Some(&"boom in a goroutine"));
}

#[derive(Clone, Default)]
struct Buf(Arc<Mutex<Vec<u8>>>);

impl Write for Buf {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// GODEBUG=schedtrace=5,scheddetail=1: the trace thread prints Go's lines
/// while the program runs (the first at 0 ms) and is stopped at exit.
#[test]
fn schedtrace_prints_while_running() {
    let buf = Buf::default();
    let mut config = Config {
        gomaxprocs: 2,
        trace_out: Box::new(buf.clone()),
        ..config(2)
    };
    config.apply_godebug("schedtrace=5,scheddetail=1");
    let mock = Arc::new(Mock::default());
    let t0 = Instant::now();
    let main = task(1, move |_| {
        if t0.elapsed() < Duration::from_millis(40) {
            std::thread::sleep(Duration::from_millis(2));
            return Stop::Yield;
        }
        Stop::Exit(0)
    });
    assert_eq!(
        expect_exit(Sched::run_main(Arc::clone(&mock), config, main)),
        0
    );
    let text = String::from_utf8(buf.0.lock().unwrap().clone()).unwrap();
    let heads: Vec<&str> = text.lines().filter(|l| l.starts_with("SCHED ")).collect();
    assert!(heads.len() >= 3, "{text}");
    assert!(
        heads[0].starts_with("SCHED 0ms: gomaxprocs=2 idleprocs="),
        "{text}"
    );
    assert!(heads[0].ends_with("sysmonwait=false"), "{text}");
    assert!(text.contains("\n  P0: status="), "{text}");
    assert!(text.contains("\n  P1: status="), "{text}");
    assert!(text.contains("\n  M0: p="), "{text}");
    assert!(text.contains("\n  G1: status="), "{text}");
}

/// An unlockf that returns false cancels the park: the G runs again at
/// once, as Go's park_m does, and nothing ever readies it.
#[test]
fn a_park_whose_unlockf_says_no_runs_on() {
    let mock = Arc::new(Mock::default());
    let mut parks = 0;
    let main = task(1, move |_| {
        parks += 1;
        if parks == 1000 {
            return Stop::Exit(7);
        }
        Stop::Park(WaitReason::ChanReceive, Some(Box::new(|| false)))
    });
    assert_eq!(expect_exit(run(&mock, 2, main)), 7);
}
