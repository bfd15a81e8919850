//! sysmon with the mock executor: a G that never yields is preempted
//! after its 10 ms time slice, so others run; two spinners share one P
//! fairly; timers fire while every P is busy; sysmon sleeps when the
//! program is idle.

mod common;

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;
use minigo_runtime::Stop;

/// A goroutine that spins (at a "safepoint": checking its preempt flag)
/// until preempted, adding the time it ran to `ran`; it ends once `stop`
/// is set.
fn spinner(id: u64, stop: &Arc<AtomicBool>, ran: &Arc<AtomicU64>) -> Task {
    let (stop, ran) = (Arc::clone(stop), Arc::clone(ran));
    task(id, move |ctx| {
        let t0 = Instant::now();
        loop {
            if stop.load(Ordering::Relaxed) {
                return Stop::Done;
            }
            if ctx.preempt().load(Ordering::Relaxed) {
                ran.fetch_add(t0.elapsed().as_nanos() as u64, Ordering::Relaxed);
                return Stop::Preempted;
            }
            std::hint::spin_loop();
        }
    })
}

/// GOMAXPROCS=1: a goroutine that never yields holds the only P; the
/// one queued behind it runs once sysmon preempts it, about 10 ms later
/// (plus up to one sysmon pause).
#[test]
fn a_spinning_goroutine_is_preempted_so_another_runs() {
    let mock = Arc::new(Mock::default());
    let stop = Arc::new(AtomicBool::new(false));
    let ran = Arc::new(AtomicU64::new(0));
    let waited = Arc::new(Mutex::new(None));
    let latch = Latch::new(2);
    let (sp, r, w, l) = (
        Arc::clone(&stop),
        Arc::clone(&ran),
        Arc::clone(&waited),
        Arc::clone(&latch),
    );
    let mut spawned = false;
    let main = task(1, move |ctx| {
        if !spawned {
            spawned = true;
            let t0 = Instant::now();
            let (sp2, w, l2) = (Arc::clone(&sp), Arc::clone(&w), Arc::clone(&l));
            ctx.newproc(|_| {
                task(2, move |ctx| {
                    *w.lock().unwrap() = Some(t0.elapsed());
                    sp2.store(true, Ordering::SeqCst);
                    l2.done(ctx);
                    Stop::Done
                })
            });
            // The spinner goes to runnext, ahead of the needy one.
            let mut s = spinner(3, &sp, &r);
            let l3 = Arc::clone(&l);
            ctx.newproc(move |_| {
                task(3, move |ctx| match (s.body)(ctx) {
                    Stop::Done => {
                        l3.done(ctx);
                        Stop::Done
                    }
                    other => other,
                })
            });
        }
        l.wait(ctx).unwrap_or(Stop::Exit(0))
    });
    assert_eq!(expect_exit(run(&mock, 1, main)), 0);
    mock.assert_clean();
    let waited = waited.lock().unwrap().unwrap();
    eprintln!("the queued goroutine ran after {waited:?}");
    assert!(
        waited >= Duration::from_millis(9),
        "ran after {waited:?}: no time slice"
    );
    assert!(waited < Duration::from_millis(60), "ran after {waited:?}");
}

/// GOMAXPROCS=1: two goroutines that never yield share the P about
/// equally over one second, in 10 ms slices; main, sleeping on a timer,
/// is woken on time while they run (its timer fires on the busy P).
#[test]
fn two_spinners_share_one_p_fairly() {
    let mock = Arc::new(Mock::default());
    let stop = Arc::new(AtomicBool::new(false));
    let ran = [Arc::new(AtomicU64::new(0)), Arc::new(AtomicU64::new(0))];
    let woke = Arc::new(Mutex::new(None));
    let (sp, r, wk) = (Arc::clone(&stop), ran.clone(), Arc::clone(&woke));
    let mut start = None;
    let main = task(1, move |ctx| match start {
        None => {
            start = Some(Instant::now());
            for (i, r) in r.iter().enumerate() {
                let t = spinner(2 + i as u64, &sp, r);
                ctx.newproc(move |_| t);
            }
            sleep(ctx, Duration::from_secs(1))
        }
        Some(t0) => {
            *wk.lock().unwrap() = Some(t0.elapsed());
            sp.store(true, Ordering::SeqCst);
            Stop::Exit(0)
        }
    });
    assert_eq!(expect_exit(run(&mock, 1, main)), 0);
    mock.assert_clean();
    let woke = woke.lock().unwrap().unwrap();
    let a = ran[0].load(Ordering::SeqCst) as f64;
    let b = ran[1].load(Ordering::SeqCst) as f64;
    let share = a / (a + b);
    eprintln!(
        "spinners ran {:.0} ms and {:.0} ms ({:.1}% / {:.1}%); main woke after {woke:?}",
        a / 1e6,
        b / 1e6,
        share * 100.0,
        (1.0 - share) * 100.0
    );
    assert!((0.4..=0.6).contains(&share), "share {share}");
    assert!(a + b > 0.8e9, "the spinners ran only {} ms", (a + b) / 1e6);
    assert!(
        woke >= Duration::from_secs(1) && woke < Duration::from_millis(1100),
        "{woke:?}"
    );
}

/// Timers are due while every P runs a goroutine that does not stop by
/// itself: they fire within a time slice or two.
#[test]
fn timers_fire_while_every_p_is_busy() {
    for procs in [1, 2] {
        let mock = Arc::new(Mock::default());
        let stop = Arc::new(AtomicBool::new(false));
        let ran = Arc::new(AtomicU64::new(0));
        let woke = Arc::new(Mutex::new(None));
        let (sp, r, wk) = (Arc::clone(&stop), Arc::clone(&ran), Arc::clone(&woke));
        let mut start = None;
        let main = task(1, move |ctx| match start {
            None => {
                start = Some(Instant::now());
                for i in 0..procs {
                    let t = spinner(2 + i as u64, &sp, &r);
                    ctx.newproc(move |_| t);
                }
                sleep(ctx, Duration::from_millis(5))
            }
            Some(t0) => {
                *wk.lock().unwrap() = Some(t0.elapsed());
                sp.store(true, Ordering::SeqCst);
                Stop::Exit(0)
            }
        });
        assert_eq!(expect_exit(run(&mock, procs, main)), 0);
        let woke = woke.lock().unwrap().unwrap();
        eprintln!("GOMAXPROCS={procs}: a 5 ms sleep among spinners took {woke:?}");
        assert!(
            woke >= Duration::from_millis(5) && woke < Duration::from_millis(100),
            "{woke:?}"
        );
    }
}

/// An idle program: every G asleep for 200 ms. sysmon sleeps through it
/// (a handful of rounds, against hundreds while a G spins).
#[test]
fn sysmon_sleeps_while_the_program_is_idle() {
    let mock = Arc::new(Mock::default());
    let counts = Arc::new(Mutex::new(Vec::new()));
    let c = Arc::clone(&counts);
    let mut step = 0;
    let mut t0 = Instant::now();
    let main = task(1, move |ctx| {
        step += 1;
        let n = ctx.sched().sysmon_wakeups();
        match step {
            1 => {
                // Busy for 100 ms, preempted along the way.
                t0 = Instant::now();
                c.lock().unwrap().push(n);
                Stop::Yield
            }
            2 => {
                if t0.elapsed() < Duration::from_millis(100) {
                    step = 1;
                    let t = Instant::now();
                    while t.elapsed() < Duration::from_millis(1) {}
                    return Stop::Yield;
                }
                c.lock().unwrap().push(n);
                sleep(ctx, Duration::from_millis(200))
            }
            _ => {
                c.lock().unwrap().push(n);
                Stop::Exit(0)
            }
        }
    });
    assert_eq!(expect_exit(run(&mock, 2, main)), 0);
    let counts = counts.lock().unwrap();
    // counts: at start of each busy step ..., before the sleep, after it.
    let (before, after) = (counts[counts.len() - 2], counts[counts.len() - 1]);
    let busy = before - counts[0];
    eprintln!(
        "sysmon rounds: {busy} in 100 ms busy, {} in 200 ms idle",
        after - before
    );
    assert!(
        after - before <= 10,
        "sysmon woke {} times while idle",
        after - before
    );
    assert!(busy > after - before);
}
