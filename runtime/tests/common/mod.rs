//! A mock executor for the scheduler's tests: a task is a closure, called
//! once per `execute`, whose state lives in what it captures. The mock
//! checks on every execute what must always hold (the G is `_Grunning`, no
//! other M runs the same task, the P id is below GOMAXPROCS), counts each
//! P's executes in its PLocal, and runs a test's hook in `collect`.

#![allow(dead_code)]

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use minigo_runtime::{
    Config, Ctx, Executor, GId, GStatus, Outcome, Sched, Stop, TimerCtx, WaitReason, World,
};

pub type Body = Box<dyn for<'a> FnMut(&mut Ctx<'a, Mock>) -> Stop + Send>;

/// A mock timer's payload: what it does when it fires.
pub type TimerFn = Box<dyn for<'a> Fn(&mut TimerCtx<'a, Mock>) + Send + Sync>;

pub fn timer_fn(f: impl for<'a> Fn(&mut TimerCtx<'a, Mock>) + Send + Sync + 'static) -> TimerFn {
    Box::new(f)
}

/// time.Sleep as Go does it: the G's timer is made first and reset in the
/// park's unlockf, once the G is parked, so the timer's goready finds it
/// waiting.
pub fn sleep(ctx: &mut Ctx<'_, Mock>, d: Duration) -> Stop {
    let me = ctx.gid();
    let t = ctx.newtimer(timer_fn(move |tc| tc.goready(me)));
    let when = std::time::Instant::now() + d;
    Stop::Park(
        WaitReason::Sleep,
        Some(Box::new(move || {
            t.reset(when, None);
            true
        })),
    )
}

pub struct Task {
    pub id: u64,
    /// Set while an M executes the task: collect checks that none is.
    pub running: Arc<AtomicBool>,
    pub body: Body,
}

pub fn task(
    id: u64,
    body: impl for<'a> FnMut(&mut Ctx<'a, Mock>) -> Stop + Send + 'static,
) -> Task {
    Task {
        id,
        running: Arc::new(AtomicBool::new(false)),
        body: Box::new(body),
    }
}

#[derive(Default)]
pub struct PL {
    pub steps: u64,
}

type CollectHook = Box<dyn Fn(&mut World<'_, Mock>) + Send + Sync>;

#[derive(Default)]
pub struct Mock {
    pub violations: Mutex<Vec<String>>,
    pub collects: AtomicUsize,
    pub in_collect: AtomicBool,
    pub pdestroys: AtomicUsize,
    pub on_collect: Option<CollectHook>,
}

impl Mock {
    pub fn with_collect(f: impl Fn(&mut World<'_, Mock>) + Send + Sync + 'static) -> Mock {
        Mock {
            on_collect: Some(Box::new(f)),
            ..Mock::default()
        }
    }

    pub fn violation(&self, what: String) {
        self.violations.lock().unwrap().push(what);
    }

    pub fn assert_clean(&self) {
        let v = self.violations.lock().unwrap();
        assert!(
            v.is_empty(),
            "{} violations, first: {:?}",
            v.len(),
            &v[..v.len().min(5)]
        );
    }
}

impl Executor for Mock {
    type Task = Task;
    type PLocal = PL;
    type Timer = TimerFn;

    fn execute(&self, task: &mut Task, ctx: &mut Ctx<'_, Mock>) -> Stop {
        if task.running.swap(true, Ordering::SeqCst) {
            self.violation(format!("task {} executed twice at once", task.id));
        }
        let status = ctx.sched().gstatus(ctx.gid());
        if status != Some(GStatus::Running) {
            self.violation(format!("task {} executes in status {status:?}", task.id));
        }
        if ctx.p_id() >= ctx.gomaxprocs() {
            self.violation(format!(
                "P{} with GOMAXPROCS={}",
                ctx.p_id(),
                ctx.gomaxprocs()
            ));
        }
        ctx.plocal().steps += 1;
        let stop = (task.body)(ctx);
        task.running.store(false, Ordering::SeqCst);
        stop
    }

    fn collect(&self, world: &mut World<'_, Mock>) {
        if self.in_collect.swap(true, Ordering::SeqCst) {
            self.violation("two collects at once".into());
        }
        self.collects.fetch_add(1, Ordering::SeqCst);
        if let Some(f) = &self.on_collect {
            f(world);
        }
        self.in_collect.store(false, Ordering::SeqCst);
    }

    fn pdestroy(&self, _plocal: &mut PL) {
        self.pdestroys.fetch_add(1, Ordering::SeqCst);
    }

    fn fire(&self, f: &TimerFn, ctx: &mut TimerCtx<'_, Mock>) {
        if ctx.p_id() >= ctx.sched().gomaxprocs() {
            self.violation(format!("timer fired on P{}", ctx.p_id()));
        }
        f(ctx);
    }
}

pub fn config(gomaxprocs: usize) -> Config {
    Config {
        gomaxprocs,
        m_stack_size: 256 << 10,
        ..Config::default()
    }
}

pub fn run(mock: &Arc<Mock>, gomaxprocs: usize, main: Task) -> Outcome<Task> {
    Sched::run_main(Arc::clone(mock), config(gomaxprocs), main)
}

pub fn expect_exit(o: Outcome<Task>) -> i32 {
    match o {
        Outcome::Exit(code) => code,
        Outcome::Deadlock(gs) => panic!(
            "deadlock: {:?}",
            gs.iter()
                .map(|g| (g.goid, g.status, g.reason))
                .collect::<Vec<_>>()
        ),
        Outcome::NoGoroutines => panic!("no goroutines"),
        Outcome::Fatal(msg) => panic!("fatal: {msg}"),
    }
}

/// A countdown a goroutine can park on: Go's WaitGroup, with the park
/// protocol done right (the waiter registers itself in the unlock
/// callback, under the latch's lock, after it is `_Gwaiting`).
pub struct Latch {
    st: Mutex<(usize, Option<GId>)>,
}

impl Latch {
    pub fn new(n: usize) -> Arc<Latch> {
        Arc::new(Latch {
            st: Mutex::new((n, None)),
        })
    }

    fn lock(&self) -> MutexGuard<'_, (usize, Option<GId>)> {
        self.st.lock().unwrap()
    }

    pub fn left(&self) -> usize {
        self.lock().0
    }

    /// wg.Done.
    pub fn done(&self, ctx: &mut Ctx<'_, Mock>) {
        if let Some(w) = self.done1() {
            ctx.goready(w);
        }
    }

    /// wg.Done from a timer's function.
    pub fn done_from(&self, tc: &mut TimerCtx<'_, Mock>) {
        if let Some(w) = self.done1() {
            tc.goready(w);
        }
    }

    /// The count goes down; the waiter to ready when it reaches zero.
    fn done1(&self) -> Option<GId> {
        let mut st = self.lock();
        st.0 -= 1;
        if st.0 == 0 {
            st.1.take()
        } else {
            None
        }
    }

    /// wg.Wait: None when the count is zero, else the Park to return
    /// (call again when resumed).
    pub fn wait(self: &Arc<Self>, ctx: &mut Ctx<'_, Mock>) -> Option<Stop> {
        if self.left() == 0 {
            return None;
        }
        let me = ctx.gid();
        let latch = Arc::clone(self);
        // Counted down meanwhile: no park (the unlockf says so).
        Some(Stop::Park(
            WaitReason::SyncWaitGroupWait,
            Some(Box::new(move || {
                let mut st = latch.lock();
                if st.0 == 0 {
                    return false;
                }
                st.1 = Some(me);
                true
            })),
        ))
    }
}

/// Spin until `f` holds, at most `secs` seconds; says whether it held.
pub fn spin_until(secs: u64, f: impl Fn() -> bool) -> bool {
    let deadline = std::time::Instant::now() + Duration::from_secs(secs);
    while !f() {
        if std::time::Instant::now() > deadline {
            return false;
        }
        std::thread::yield_now();
    }
    true
}

pub fn thread_count() -> usize {
    std::fs::read_dir("/proc/self/task").map_or(0, |d| d.count())
}
