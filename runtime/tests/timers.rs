//! Per-P timers with the mock executor: sleeping and waking, deadline
//! order, stop and reset, periodic timers, timers while every P is idle,
//! checkdead with timers, AfterFunc, timers from a host thread, GC roots,
//! and timers on Ps that GOMAXPROCS removes.

mod common;

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;
use minigo_runtime::{Outcome, Stop, TimerRef, WaitReason};

const PROCS: [usize; 3] = [1, 2, 8];

/// A generous upper bound for "on time" on a loaded two-core machine.
const LATE: Duration = Duration::from_millis(500);

/// A goroutine parks and a timer readies it after 5 ms: not earlier,
/// and not much later.
#[test]
fn a_timer_readies_a_sleeping_goroutine() {
    for procs in PROCS {
        let mock = Arc::new(Mock::default());
        let slept = Arc::new(Mutex::new(None));
        let s = Arc::clone(&slept);
        let mut start = None;
        let main = task(1, move |ctx| match start {
            None => {
                start = Some(Instant::now());
                sleep(ctx, Duration::from_millis(5))
            }
            Some(t0) => {
                *s.lock().unwrap() = Some(t0.elapsed());
                Stop::Exit(0)
            }
        });
        assert_eq!(expect_exit(run(&mock, procs, main)), 0);
        mock.assert_clean();
        let d = slept.lock().unwrap().unwrap();
        assert!(
            d >= Duration::from_millis(5),
            "GOMAXPROCS={procs}: woke after {d:?}"
        );
        assert!(d < LATE, "GOMAXPROCS={procs}: woke after {d:?}");
    }
}

/// A tiny LCG, enough for deadlines.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

/// 1,000 timers at random deadlines, added by goroutines on every P:
/// each heap's timers fire in deadline order, none before its deadline.
#[test]
fn timers_fire_in_deadline_order_per_p() {
    const N: usize = 1_000;
    for procs in PROCS {
        let mock = Arc::new(Mock::default());
        // (heap, deadline, fired at)
        let log = Arc::new(Mutex::new(Vec::<(usize, Instant, Instant)>::new()));
        let latch = Latch::new(N);
        let added = Arc::new(Mutex::new(Vec::new()));
        let (lg, l, ad) = (Arc::clone(&log), Arc::clone(&latch), Arc::clone(&added));
        let mut spawned = false;
        // Every timer is added before the first one is due.
        let base = Instant::now() + Duration::from_millis(30);
        let main = task(1, move |ctx| {
            if !spawned {
                spawned = true;
                for k in 0..10u64 {
                    let (lg, l, ad) = (Arc::clone(&lg), Arc::clone(&l), Arc::clone(&ad));
                    ctx.newproc(|_| {
                        task(10 + k, move |ctx| {
                            let mut rng = Lcg(k + 1);
                            let heap = ctx.p_id();
                            for _ in 0..N / 10 {
                                let when = base + Duration::from_micros(rng.next(50_000));
                                let (lg, l) = (Arc::clone(&lg), Arc::clone(&l));
                                ctx.addtimer(
                                    when,
                                    None,
                                    timer_fn(move |tc| {
                                        lg.lock().unwrap().push((heap, when, Instant::now()));
                                        l.done_from(tc);
                                    }),
                                );
                            }
                            ad.lock().unwrap().push(Instant::now());
                            Stop::Done
                        })
                    });
                }
            }
            l.wait(ctx).unwrap_or(Stop::Exit(0))
        });
        assert_eq!(expect_exit(run(&mock, procs, main)), 0);
        mock.assert_clean();
        let log = log.lock().unwrap();
        assert_eq!(log.len(), N);
        let last_add = added.lock().unwrap().iter().copied().max().unwrap();
        let first_fire = log.iter().map(|e| e.2).min().unwrap();
        if last_add > first_fire {
            eprintln!("GOMAXPROCS={procs}: adding took past the first deadline; order not checked");
            continue;
        }
        for p in 0..procs {
            let whens: Vec<Instant> = log.iter().filter(|e| e.0 == p).map(|e| e.1).collect();
            assert!(
                whens.windows(2).all(|w| w[0] <= w[1]),
                "GOMAXPROCS={procs}: P{p}'s timers fired out of order"
            );
        }
        for &(_, when, at) in log.iter() {
            assert!(at >= when, "a timer fired {:?} early", when - at);
        }
    }
}

/// Stop before the deadline: true, and it never fires; stop after it
/// fired: false.
#[test]
fn stop_before_and_after_firing() {
    for procs in PROCS {
        let mock = Arc::new(Mock::default());
        let fired = Arc::new(AtomicUsize::new(0));
        let results = Arc::new(Mutex::new(Vec::new()));
        let (f, r) = (Arc::clone(&fired), Arc::clone(&results));
        let mut step = 0;
        let mut later: Option<TimerRef<Mock>> = None;
        let mut soon: Option<TimerRef<Mock>> = None;
        let main = task(1, move |ctx| {
            step += 1;
            match step {
                1 => {
                    let f1 = Arc::clone(&f);
                    let t = ctx.addtimer(
                        Instant::now() + Duration::from_millis(20),
                        None,
                        timer_fn(move |_| {
                            f1.fetch_add(1, Ordering::SeqCst);
                        }),
                    );
                    r.lock().unwrap().push(t.active());
                    r.lock().unwrap().push(t.stop());
                    r.lock().unwrap().push(t.stop());
                    later = Some(t);
                    let f2 = Arc::clone(&f);
                    soon = Some(ctx.addtimer(
                        Instant::now() + Duration::from_millis(1),
                        None,
                        timer_fn(move |_| {
                            f2.fetch_add(10, Ordering::SeqCst);
                        }),
                    ));
                    sleep(ctx, Duration::from_millis(40))
                }
                _ => {
                    let soon = soon.take().unwrap();
                    r.lock().unwrap().push(soon.active());
                    r.lock().unwrap().push(soon.stop());
                    drop(later.take());
                    Stop::Exit(0)
                }
            }
        });
        assert_eq!(expect_exit(run(&mock, procs, main)), 0);
        mock.assert_clean();
        assert_eq!(*results.lock().unwrap(), [true, true, false, false, false]);
        assert_eq!(fired.load(Ordering::SeqCst), 10, "GOMAXPROCS={procs}");
    }
}

/// Reset moves a timer earlier (it fires at the new time, long before
/// the old one) and later (it does not fire at the old time).
#[test]
fn reset_moves_a_timer_earlier_and_later() {
    for procs in PROCS {
        let mock = Arc::new(Mock::default());
        let log = Arc::new(Mutex::new(Vec::<(&str, Duration)>::new()));
        let rets = Arc::new(Mutex::new(Vec::new()));
        let (lg, rt) = (Arc::clone(&log), Arc::clone(&rets));
        let t0 = Instant::now();
        let mut step = 0;
        let mut keep = Vec::new();
        let main = task(1, move |ctx| {
            step += 1;
            if step > 1 {
                drop(std::mem::take(&mut keep));
                return Stop::Exit(0);
            }
            let (l1, l2) = (Arc::clone(&lg), Arc::clone(&lg));
            let early = ctx.addtimer(
                t0 + Duration::from_secs(10),
                None,
                timer_fn(move |_| l1.lock().unwrap().push(("early", t0.elapsed()))),
            );
            let late = ctx.addtimer(
                t0 + Duration::from_millis(5),
                None,
                timer_fn(move |_| l2.lock().unwrap().push(("late", t0.elapsed()))),
            );
            rt.lock()
                .unwrap()
                .push(early.reset(t0 + Duration::from_millis(10), None));
            rt.lock()
                .unwrap()
                .push(late.reset(t0 + Duration::from_millis(60), None));
            keep.push(early);
            keep.push(late);
            sleep(ctx, Duration::from_millis(120))
        });
        assert_eq!(expect_exit(run(&mock, procs, main)), 0);
        mock.assert_clean();
        assert_eq!(*rets.lock().unwrap(), [true, true]);
        let log = log.lock().unwrap();
        let names: Vec<&str> = log.iter().map(|e| e.0).collect();
        assert_eq!(names, ["early", "late"], "GOMAXPROCS={procs}");
        assert!(
            log[0].1 >= Duration::from_millis(10) && log[0].1 < LATE,
            "{log:?}"
        );
        assert!(log[1].1 >= Duration::from_millis(60), "{log:?}");
    }
}

/// A fired one-shot timer is inactive; Reset re-arms it (returning
/// false) and it fires again.
#[test]
fn reset_after_firing_rearms() {
    let mock = Arc::new(Mock::default());
    let fired = Arc::new(AtomicUsize::new(0));
    let rets = Arc::new(Mutex::new(Vec::new()));
    let (f, rt) = (Arc::clone(&fired), Arc::clone(&rets));
    let mut step = 0;
    let mut t: Option<TimerRef<Mock>> = None;
    let main = task(1, move |ctx| {
        step += 1;
        match step {
            1 => {
                let f = Arc::clone(&f);
                t = Some(ctx.addtimer(
                    Instant::now() + Duration::from_millis(2),
                    None,
                    timer_fn(move |_| {
                        f.fetch_add(1, Ordering::SeqCst);
                    }),
                ));
                sleep(ctx, Duration::from_millis(20))
            }
            2 => {
                let t = t.as_ref().unwrap();
                rt.lock().unwrap().push(t.active());
                rt.lock()
                    .unwrap()
                    .push(t.reset(Instant::now() + Duration::from_millis(2), None));
                sleep(ctx, Duration::from_millis(20))
            }
            _ => {
                t = None;
                Stop::Exit(0)
            }
        }
    });
    assert_eq!(expect_exit(run(&mock, 2, main)), 0);
    assert_eq!(*rets.lock().unwrap(), [false, false]);
    assert_eq!(fired.load(Ordering::SeqCst), 2);
}

/// A ticker fires every 3 ms; after the fifth tick it readies main,
/// which stops it (true: a periodic timer stays armed); no tick comes
/// after the stop.
#[test]
fn a_periodic_timer_fires_until_stopped() {
    const TICKS: usize = 5;
    const PERIOD: Duration = Duration::from_millis(3);
    for procs in PROCS {
        let mock = Arc::new(Mock::default());
        let ticks = Arc::new(Mutex::new(Vec::<Instant>::new()));
        let waiter = Arc::new(Mutex::new(None));
        let stopped = Arc::new(Mutex::new(None));
        let (tk, w, sp) = (
            Arc::clone(&ticks),
            Arc::clone(&waiter),
            Arc::clone(&stopped),
        );
        let mut step = 0;
        let mut ticker: Option<TimerRef<Mock>> = None;
        let start = Arc::new(Mutex::new(Instant::now()));
        let st = Arc::clone(&start);
        let main = task(1, move |ctx| {
            step += 1;
            match step {
                1 => {
                    let (tk, w2) = (Arc::clone(&tk), Arc::clone(&w));
                    let t0 = Instant::now();
                    *st.lock().unwrap() = t0;
                    ticker = Some(ctx.addtimer(
                        t0 + PERIOD,
                        Some(PERIOD),
                        timer_fn(move |tc| {
                            let mut tk = tk.lock().unwrap();
                            tk.push(Instant::now());
                            if tk.len() == TICKS {
                                if let Some(g) = w2.lock().unwrap().take() {
                                    tc.goready(g);
                                }
                            }
                        }),
                    ));
                    let (me, w) = (ctx.gid(), Arc::clone(&w));
                    Stop::Park(
                        WaitReason::ChanReceive,
                        Some(Box::new(move || {
                            *w.lock().unwrap() = Some(me);
                            true
                        })),
                    )
                }
                2 => {
                    let t = ticker.take().unwrap();
                    *sp.lock().unwrap() = Some((t.stop(), tk.lock().unwrap().len()));
                    sleep(ctx, PERIOD * 10)
                }
                _ => Stop::Exit(0),
            }
        });
        assert_eq!(expect_exit(run(&mock, procs, main)), 0);
        mock.assert_clean();
        let (was_active, at_stop) = stopped.lock().unwrap().unwrap();
        assert!(was_active);
        let ticks = ticks.lock().unwrap();
        assert!(at_stop >= TICKS);
        assert_eq!(ticks.len(), at_stop, "a tick after Stop");
        // Ticks are at least a period apart (Go's when+period rule).
        let t0 = *start.lock().unwrap();
        let first = ticks[0];
        assert!(first >= t0 + PERIOD);
        assert!(ticks[TICKS - 1] >= t0 + PERIOD * TICKS as u32);
    }
}

/// Every goroutine is parked and every P idle; a timer 50 ms away
/// readies one: no deadlock, and the wakeup is on time.
#[test]
fn a_timer_fires_while_every_p_is_idle() {
    for procs in PROCS {
        let mock = Arc::new(Mock::default());
        let woke = Arc::new(Mutex::new(None));
        let wk = Arc::clone(&woke);
        let mut start = None;
        let main = task(1, move |ctx| match start {
            None => {
                start = Some(Instant::now());
                for i in 0..3 {
                    ctx.newproc(|_| task(2 + i, |_| Stop::Park(WaitReason::ChanReceive, None)));
                }
                sleep(ctx, Duration::from_millis(50))
            }
            Some(t0) => {
                *wk.lock().unwrap() = Some(t0.elapsed());
                Stop::Exit(4)
            }
        });
        assert_eq!(expect_exit(run(&mock, procs, main)), 4);
        let d = woke.lock().unwrap().unwrap();
        assert!(
            d >= Duration::from_millis(50) && d < Duration::from_millis(50) + LATE,
            "{d:?}"
        );
    }
}

/// Parked goroutines and a stopped timer are a deadlock, found at once
/// (the stopped timer's stale heap entry does not hold it off); so is a
/// timer whose last tick has fired.
#[test]
fn a_stopped_timer_does_not_prevent_a_deadlock() {
    for procs in PROCS {
        let mock = Arc::new(Mock::default());
        let t0 = Instant::now();
        let main = task(1, move |ctx| {
            let t = ctx.addtimer(
                Instant::now() + Duration::from_secs(3600),
                None,
                timer_fn(|_| {}),
            );
            assert!(t.stop());
            let once = ctx.addtimer(
                Instant::now() + Duration::from_millis(1),
                None,
                timer_fn(|_| {}),
            );
            drop(once);
            ctx.newproc(|_| task(2, |_| Stop::Park(WaitReason::ChanReceive, None)));
            Stop::Park(WaitReason::ChanReceive, None)
        });
        match run(&mock, procs, main) {
            Outcome::Deadlock(gs) => assert_eq!(gs.len(), 2),
            _ => panic!("GOMAXPROCS={procs}: not a deadlock"),
        }
        assert!(
            t0.elapsed() < Duration::from_secs(5),
            "took {:?}",
            t0.elapsed()
        );
    }
}

/// A timer stopped by a goroutine while another M waits for it (it was
/// the next timer): the waiting M looks again, and the deadlock is found
/// at once rather than when the stopped timer would have fired.
#[test]
fn stopping_the_timer_an_m_waits_for_lets_checkdead_run() {
    let mock = Arc::new(Mock::default());
    let t0 = Instant::now();
    let slot = Arc::new(Mutex::new(None::<TimerRef<Mock>>));
    let s = Arc::clone(&slot);
    let mut step = 0;
    let main = task(1, move |ctx| {
        step += 1;
        if step == 1 {
            *s.lock().unwrap() = Some(ctx.addtimer(
                Instant::now() + Duration::from_secs(3600),
                None,
                timer_fn(|_| {}),
            ));
            return sleep(ctx, Duration::from_millis(30));
        }
        // By now an M has waited for the one-hour timer.
        assert!(s.lock().unwrap().as_ref().unwrap().stop());
        Stop::Park(WaitReason::ChanReceive, None)
    });
    assert!(matches!(run(&mock, 2, main), Outcome::Deadlock(_)));
    assert!(
        t0.elapsed() < Duration::from_secs(5),
        "took {:?}",
        t0.elapsed()
    );
}

/// time.AfterFunc: the timer starts a goroutine, which runs.
#[test]
fn an_after_func_timer_starts_a_goroutine() {
    for procs in PROCS {
        let mock = Arc::new(Mock::default());
        let ran = Arc::new(Mutex::new(Vec::new()));
        let latch = Latch::new(3);
        let (r, l) = (Arc::clone(&ran), Arc::clone(&latch));
        let mut armed = false;
        let main = task(1, move |ctx| {
            if !armed {
                armed = true;
                for k in 0..3u64 {
                    let (r, l) = (Arc::clone(&r), Arc::clone(&l));
                    ctx.addtimer(
                        Instant::now() + Duration::from_millis(2 + k),
                        None,
                        timer_fn(move |tc| {
                            let (r, l) = (Arc::clone(&r), Arc::clone(&l));
                            tc.newproc(move |_| {
                                task(100 + k, move |ctx| {
                                    r.lock().unwrap().push((k, ctx.goid()));
                                    l.done(ctx);
                                    Stop::Done
                                })
                            });
                        }),
                    );
                }
            }
            l.wait(ctx).unwrap_or(Stop::Exit(0))
        });
        assert_eq!(expect_exit(run(&mock, procs, main)), 0);
        mock.assert_clean();
        let ran = ran.lock().unwrap();
        assert_eq!(ran.len(), 3);
        assert!(ran.iter().all(|&(_, goid)| goid > 1));
    }
}

/// Timers added from a host thread (Sched::addtimer) fire on the Ms,
/// while every goroutine is parked.
#[test]
fn timers_added_from_a_host_thread() {
    for procs in PROCS {
        let mock = Arc::new(Mock::default());
        let host = Arc::new(Mutex::new(None));
        let fired = Arc::new(AtomicUsize::new(0));
        let (h, f) = (Arc::clone(&host), Arc::clone(&fired));
        let mut parked = false;
        let main = task(1, move |ctx| {
            if parked {
                return Stop::Exit(5);
            }
            parked = true;
            let sched = Arc::clone(ctx.sched());
            let (me, h, f) = (ctx.gid(), Arc::clone(&h), Arc::clone(&f));
            // The host thread's timers are a wakeup from outside until
            // they are armed.
            sched.pending_add();
            Stop::Park(
                WaitReason::Sleep,
                Some(Box::new(move || {
                    let t = std::thread::spawn(move || {
                        let mut keep = Vec::new();
                        for k in 0..20u64 {
                            let f = Arc::clone(&f);
                            keep.push(sched.addtimer(
                                Instant::now() + Duration::from_millis(1 + k % 5),
                                None,
                                timer_fn(move |tc| {
                                    if f.fetch_add(1, Ordering::SeqCst) + 1 == 20 {
                                        tc.goready(me);
                                    }
                                }),
                            ));
                        }
                        sched.pending_done();
                        keep
                    });
                    *h.lock().unwrap() = Some(t);
                    true
                })),
            )
        });
        assert_eq!(expect_exit(run(&mock, procs, main)), 5);
        mock.assert_clean();
        assert_eq!(fired.load(Ordering::SeqCst), 20);
        let keep = host.lock().unwrap().take().unwrap().join().unwrap();
        assert!(keep.iter().all(|t| !t.active()));
    }
}

/// The collector sees every armed timer's payload, and only those.
#[test]
fn collect_sees_the_armed_timers() {
    let seen = Arc::new(AtomicUsize::new(usize::MAX));
    let s = Arc::clone(&seen);
    let mock = Arc::new(Mock::with_collect(move |world| {
        let mut n = 0;
        world.for_each_timer(|_| n += 1);
        s.store(n, Ordering::SeqCst);
    }));
    let mut step = 0;
    let mut keep = Vec::new();
    let main = task(1, move |ctx| {
        step += 1;
        if step == 1 {
            let far = Instant::now() + Duration::from_secs(3600);
            for k in 0..5 {
                let t = ctx.addtimer(far, None, timer_fn(|_| {}));
                if k % 2 == 0 {
                    t.stop();
                }
                keep.push(t);
            }
            // A periodic one that has ticked stays armed.
            keep.push(ctx.addtimer(
                Instant::now(),
                Some(Duration::from_secs(3600)),
                timer_fn(|_| {}),
            ));
            return Stop::Gc;
        }
        Stop::Exit(0)
    });
    assert_eq!(expect_exit(run(&mock, 4, main)), 0);
    assert_eq!(seen.load(Ordering::SeqCst), 3);
}

/// Timers on Ps that GOMAXPROCS removes move to a P that stays, and
/// fire.
#[test]
fn timers_survive_gomaxprocs_shrinking() {
    let mock = Arc::new(Mock::default());
    let latch = Latch::new(40);
    let heaps = Arc::new(Mutex::new(std::collections::HashSet::new()));
    let (l, hp) = (Arc::clone(&latch), Arc::clone(&heaps));
    let started = Arc::new(AtomicUsize::new(0));
    let st = Arc::clone(&started);
    let mut step = 0;
    let main = task(1, move |ctx| {
        step += 1;
        match step {
            1 => {
                for k in 0..8u64 {
                    let (l, hp, st) = (Arc::clone(&l), Arc::clone(&hp), Arc::clone(&st));
                    ctx.newproc(move |_| {
                        task(10 + k, move |ctx| {
                            hp.lock().unwrap().insert(ctx.p_id());
                            for _ in 0..5 {
                                let l = Arc::clone(&l);
                                ctx.addtimer(
                                    Instant::now() + Duration::from_millis(30),
                                    None,
                                    timer_fn(move |tc| l.done_from(tc)),
                                );
                            }
                            st.fetch_add(1, Ordering::SeqCst);
                            // Keep the P busy a little so others spread.
                            std::thread::sleep(Duration::from_millis(2));
                            Stop::Done
                        })
                    });
                }
                Stop::Yield
            }
            2 => {
                if st.load(Ordering::SeqCst) < 8 {
                    step = 1;
                    return Stop::Yield;
                }
                Stop::GoMaxProcs(1)
            }
            _ => l.wait(ctx).unwrap_or(Stop::Exit(0)),
        }
    });
    assert_eq!(expect_exit(run(&mock, 4, main)), 0);
    mock.assert_clean();
    assert_eq!(latch.left(), 0);
}

/// A ticker far behind catches up Go's way: it fires once, and its next
/// tick is the first when+k*period after now, not a burst of missed
/// ones.
#[test]
fn a_late_ticker_does_not_burst() {
    let mock = Arc::new(Mock::default());
    let ticks = Arc::new(AtomicUsize::new(0));
    let tk = Arc::clone(&ticks);
    let mut step = 0;
    let mut t = None;
    let main = task(1, move |ctx| {
        step += 1;
        match step {
            1 => {
                let tk = Arc::clone(&tk);
                t = Some(ctx.addtimer(
                    Instant::now() + Duration::from_millis(1),
                    Some(Duration::from_millis(1)),
                    timer_fn(move |_| {
                        tk.fetch_add(1, Ordering::SeqCst);
                    }),
                ));
                // Hold the only P for 50 ms: the ticker falls behind.
                std::thread::sleep(Duration::from_millis(50));
                Stop::Yield
            }
            2 => {
                // The timers ran once in this findRunnable.
                let n = tk.load(Ordering::SeqCst);
                assert_eq!(n, 1, "a burst of {n} ticks");
                t.take().unwrap().stop();
                Stop::Exit(0)
            }
            _ => Stop::Exit(1),
        }
    });
    assert_eq!(expect_exit(run(&mock, 1, main)), 0);
}

/// A spurious ready check: a timer whose G is not the one parked is not
/// readied twice (the mock flags any task executed twice at once).
#[test]
fn many_sleepers_on_many_ms() {
    for procs in PROCS {
        let mock = Arc::new(Mock::default());
        let latch = Latch::new(200);
        let bad = Arc::new(AtomicBool::new(false));
        let (l, b) = (Arc::clone(&latch), Arc::clone(&bad));
        let mut spawned = false;
        let main = task(1, move |ctx| {
            if !spawned {
                spawned = true;
                for k in 0..200u64 {
                    let (l, b) = (Arc::clone(&l), Arc::clone(&b));
                    let mut rounds = 0;
                    let mut since = None;
                    let mut want = Duration::ZERO;
                    ctx.newproc(move |_| {
                        task(10 + k, move |ctx| {
                            if let Some(t0) = since {
                                if Instant::elapsed(&t0) < want {
                                    b.store(true, Ordering::SeqCst);
                                }
                            }
                            if rounds == 5 {
                                l.done(ctx);
                                return Stop::Done;
                            }
                            rounds += 1;
                            since = Some(Instant::now());
                            want = Duration::from_micros(100 * ((k % 7) + 1));
                            sleep(ctx, want)
                        })
                    });
                }
            }
            l.wait(ctx).unwrap_or(Stop::Exit(0))
        });
        assert_eq!(expect_exit(run(&mock, procs, main)), 0);
        mock.assert_clean();
        assert!(!bad.load(Ordering::SeqCst), "a sleeper woke early");
    }
}
