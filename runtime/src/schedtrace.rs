//! GODEBUG=schedtrace=N,scheddetail=1: proc.go's schedtrace, field for
//! field.
//!
//! In Go, sysmon prints the lines; minigo's sysmon sleeps deeply when the
//! program is idle, so a thread of its own prints them instead (started by run_main when `Config::schedtrace_ms` is
//! set, stopped and joined at exit). It prints once at start (`SCHED 0ms`,
//! as Go's first sysmon round does) and then every N ms. The line is built
//! by [`format_schedtrace`], a pure function of a [`SchedTrace`] snapshot,
//! so its text is tested against lines recorded from Go 1.27.
//!
//! Fields minigo does not have print Go's idle values: `syscalltick=0`,
//! `mallocing=0 throwing=0 preemptoff= locks=0 dying=0`,
//! `lockedg=nil`, `lockedm=nil`. `threads` counts Ms only (Go's also
//! counts sysmon, a thread of its own here too, and its template thread,
//! which minigo does not have).

use std::fmt::Write as _;
use std::io::Write;
use std::sync::atomic::Ordering;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::executor::Executor;
use crate::g::GId;
use crate::proc::Sched;
use crate::status::WaitReason;

/// What one schedtrace line reads, taken under sched.lock.
#[derive(Clone, Debug, Default)]
pub struct SchedTrace {
    pub elapsed_ms: u128,
    pub gomaxprocs: usize,
    pub idleprocs: i32,
    pub threads: i64,
    pub spinningthreads: i32,
    pub needspinning: u32,
    pub idlethreads: i32,
    pub runqueue: usize,
    pub gcwaiting: bool,
    pub nmidlelocked: i32,
    pub stopwait: i32,
    pub sysmonwait: bool,
    pub ps: Vec<PTrace>,
    /// In allm order: newest M first.
    pub ms: Vec<MTrace>,
    /// In allgs order.
    pub gs: Vec<GTrace>,
}

#[derive(Clone, Debug, Default)]
pub struct PTrace {
    pub status: u32,
    pub schedtick: u32,
    pub syscalltick: u32,
    pub m: Option<i64>,
    /// `runqtail - runqhead`: runnext is not counted.
    pub runqsize: u32,
    pub gfreecnt: u32,
    pub timerslen: usize,
}

#[derive(Clone, Debug, Default)]
pub struct MTrace {
    pub id: i64,
    pub p: Option<i64>,
    pub curg: Option<u64>,
    pub spinning: bool,
    pub blocked: bool,
}

#[derive(Clone, Debug, Default)]
pub struct GTrace {
    pub goid: u64,
    pub status: u32,
    pub waitreason: WaitReason,
    pub m: Option<i64>,
}

fn opt(v: Option<impl std::fmt::Display>) -> String {
    v.map_or_else(|| "nil".to_string(), |v| v.to_string())
}

/// schedtrace(detailed): the text Go prints, newline-terminated.
pub fn format_schedtrace(t: &SchedTrace, detailed: bool) -> String {
    let mut s = String::new();
    // Writing to a String cannot fail.
    let _ = write!(
        s,
        "SCHED {}ms: gomaxprocs={} idleprocs={} threads={} spinningthreads={} needspinning={} idlethreads={} runqueue={}",
        t.elapsed_ms,
        t.gomaxprocs,
        t.idleprocs,
        t.threads,
        t.spinningthreads,
        t.needspinning,
        t.idlethreads,
        t.runqueue
    );
    if detailed {
        let _ = writeln!(
            s,
            " gcwaiting={} nmidlelocked={} stopwait={} sysmonwait={}",
            t.gcwaiting, t.nmidlelocked, t.stopwait, t.sysmonwait
        );
    }
    for (i, p) in t.ps.iter().enumerate() {
        if detailed {
            let _ = writeln!(
                s,
                "  P{}: status={} schedtick={} syscalltick={} m={} runqsize={} gfreecnt={} timerslen={}",
                i,
                p.status,
                p.schedtick,
                p.syscalltick,
                opt(p.m),
                p.runqsize,
                p.gfreecnt,
                p.timerslen
            );
        } else {
            // In non-detailed mode format lengths of per-P run queues as:
            // [ len1 len2 len3 len4 ]
            s.push(' ');
            if i == 0 {
                s.push_str("[ ");
            }
            let _ = write!(s, "{}", p.runqsize);
            if i == t.ps.len() - 1 {
                s.push_str(" ]");
            }
        }
    }
    if !detailed {
        // Format per-P schedticks as: schedticks=[ tick1 tick2 tick3 tick4 ].
        s.push_str(" schedticks=[ ");
        for p in &t.ps {
            let _ = write!(s, "{} ", p.schedtick);
        }
        s.push_str("]\n");
        return s;
    }
    for m in &t.ms {
        let _ = writeln!(
            s,
            "  M{}: p={} curg={} mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning={} blocked={} lockedg=nil",
            m.id,
            opt(m.p),
            opt(m.curg),
            m.spinning,
            m.blocked
        );
    }
    for g in &t.gs {
        let _ = writeln!(
            s,
            "  G{}: status={}({}) m={} lockedm=nil",
            g.goid,
            g.status,
            g.waitreason.as_str(),
            opt(g.m)
        );
    }
    s
}

impl<E: Executor> Sched<E> {
    /// A snapshot for schedtrace, under sched.lock (most of it still
    /// changes underfoot, as in Go).
    pub fn schedtrace(&self, elapsed: Duration, detailed: bool) -> SchedTrace {
        let st = self.lock();
        let gomaxprocs = self.gomaxprocs();
        let ps = (0..gomaxprocs)
            .filter_map(|id| self.pshared(id))
            .map(|p| PTrace {
                status: p.status.load(Ordering::Relaxed),
                schedtick: p.schedtick.load(Ordering::Relaxed),
                syscalltick: p.syscalltick.load(Ordering::Relaxed),
                m: Some(p.m.load(Ordering::Relaxed)).filter(|&m| m >= 0),
                runqsize: p.stealer.runqsize(),
                gfreecnt: p.gfreecnt.load(Ordering::Relaxed),
                timerslen: p.timers.len.load(Ordering::Relaxed) as usize,
            })
            .collect();
        let (ms, gs) = if detailed {
            let ms = st
                .allm
                .iter()
                .rev()
                .map(|m| MTrace {
                    id: m.id,
                    p: Some(m.p.load(Ordering::Relaxed)).filter(|&p| p >= 0),
                    curg: m
                        .curg
                        .load(Ordering::Relaxed)
                        .checked_sub(1)
                        .and_then(|g| u32::try_from(g).ok())
                        .and_then(|g| self.goid_of(GId(g))),
                    spinning: m.spinning(),
                    blocked: m.blocked.load(Ordering::Relaxed),
                })
                .collect();
            let gs = self
                .allgs
                .iter()
                .map(|(_, g)| GTrace {
                    goid: g.goid.load(Ordering::Relaxed),
                    status: g.status.load(Ordering::Relaxed),
                    waitreason: g.waitreason(),
                    m: Some(g.m.load(Ordering::Relaxed)).filter(|&m| m >= 0),
                })
                .collect();
            (ms, gs)
        } else {
            (Vec::new(), Vec::new())
        };
        SchedTrace {
            elapsed_ms: elapsed.as_millis(),
            gomaxprocs,
            idleprocs: self.npidle.load(Ordering::Relaxed),
            threads: st.mnext - st.nmfreed,
            spinningthreads: self.nmspinning.load(Ordering::Relaxed),
            needspinning: self.needspinning.load(Ordering::Relaxed),
            idlethreads: st.nmidle,
            runqueue: st.runq.size(),
            gcwaiting: self.gcwaiting.load(Ordering::Relaxed),
            nmidlelocked: st.nmidlelocked,
            stopwait: st.stopwait,
            sysmonwait: self.sysmonwait.load(Ordering::Relaxed),
            ps,
            ms,
            gs,
        }
    }

    /// The thread standing in for sysmon's schedtrace calls.
    pub(crate) fn start_schedtrace(
        &self,
        period_ms: u64,
        detailed: bool,
        mut out: Box<dyn Write + Send>,
    ) -> Option<JoinHandle<()>> {
        if period_ms == 0 {
            return None;
        }
        let sched = self.this.upgrade()?;
        let period = Duration::from_millis(period_ms);
        std::thread::Builder::new()
            .name("minigo-schedtrace".into())
            .spawn(move || {
                let start = Instant::now();
                loop {
                    let line =
                        format_schedtrace(&sched.schedtrace(start.elapsed(), detailed), detailed);
                    // Like Go's print, a failed write is not an error.
                    let _ = out.write_all(line.as_bytes());
                    let _ = out.flush();
                    if sched.tracestop.notetsleep(period) {
                        return;
                    }
                }
            })
            .ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Recorded from Go 1.27.3, GOMAXPROCS=2 GODEBUG=schedtrace=10.
    const GO_LINE: &str = "SCHED 12ms: gomaxprocs=2 idleprocs=0 threads=4 spinningthreads=0 needspinning=1 idlethreads=1 runqueue=0 [ 0 0 ] schedticks=[ 5 6 ]\n";

    // Recorded from Go 1.27.3, GOMAXPROCS=2
    // GODEBUG=schedtrace=10,scheddetail=1 (Ms and Gs cut down).
    const GO_DETAIL: &str = "\
SCHED 10ms: gomaxprocs=2 idleprocs=0 threads=4 spinningthreads=0 needspinning=0 idlethreads=1 runqueue=0 gcwaiting=false nmidlelocked=0 stopwait=0 sysmonwait=false
  P0: status=1 schedtick=4 syscalltick=786 m=2 runqsize=0 gfreecnt=0 timerslen=0
  P1: status=1 schedtick=6 syscalltick=862 m=0 runqsize=0 gfreecnt=1 timerslen=0
  M3: p=nil curg=nil mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning=false blocked=true lockedg=nil
  M2: p=0 curg=20 mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning=false blocked=false lockedg=nil
  G1: status=4(chan receive) m=nil lockedm=nil
  G20: status=2() m=2 lockedm=nil
";

    fn p(status: u32, schedtick: u32, m: Option<i64>, gfreecnt: u32) -> PTrace {
        PTrace {
            status,
            schedtick,
            m,
            gfreecnt,
            ..PTrace::default()
        }
    }

    fn ps(mut p: PTrace, syscalltick: u32) -> PTrace {
        p.syscalltick = syscalltick;
        p
    }

    #[test]
    fn line_matches_go() {
        let t = SchedTrace {
            elapsed_ms: 12,
            gomaxprocs: 2,
            threads: 4,
            needspinning: 1,
            idlethreads: 1,
            ps: vec![p(1, 5, None, 0), p(1, 6, None, 0)],
            ..SchedTrace::default()
        };
        assert_eq!(format_schedtrace(&t, false), GO_LINE);
    }

    #[test]
    fn one_p_line() {
        let t = SchedTrace {
            gomaxprocs: 1,
            threads: 1,
            ps: vec![PTrace {
                runqsize: 3,
                schedtick: 7,
                ..PTrace::default()
            }],
            ..SchedTrace::default()
        };
        assert_eq!(
            format_schedtrace(&t, false),
            "SCHED 0ms: gomaxprocs=1 idleprocs=0 threads=1 spinningthreads=0 needspinning=0 idlethreads=0 runqueue=0 [ 3 ] schedticks=[ 7 ]\n"
        );
    }

    #[test]
    fn detail_matches_go() {
        let t = SchedTrace {
            elapsed_ms: 10,
            gomaxprocs: 2,
            threads: 4,
            idlethreads: 1,
            ps: vec![ps(p(1, 4, Some(2), 0), 786), ps(p(1, 6, Some(0), 1), 862)],
            ms: vec![
                MTrace {
                    id: 3,
                    blocked: true,
                    ..MTrace::default()
                },
                MTrace {
                    id: 2,
                    p: Some(0),
                    curg: Some(20),
                    ..MTrace::default()
                },
            ],
            gs: vec![
                GTrace {
                    goid: 1,
                    status: 4,
                    waitreason: WaitReason::ChanReceive,
                    m: None,
                },
                GTrace {
                    goid: 20,
                    status: 2,
                    waitreason: WaitReason::Zero,
                    m: Some(2),
                },
            ],
            ..SchedTrace::default()
        };
        assert_eq!(format_schedtrace(&t, true), GO_DETAIL);
    }
}
