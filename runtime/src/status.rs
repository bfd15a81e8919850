//! G and P statuses and wait reasons, after runtime2.go.
//!
//! The numbers are Go's (`_Grunnable` is 1, `_Gwaiting` 4, `_Pgcstop` 3),
//! because schedtrace prints them as numbers and anyone reading a trace
//! next to Go's should see the same values. Wait reasons keep Go's order
//! (the `waitReason` constants) and Go's strings (`waitReasonStrings`),
//! which are what a goroutine dump prints between the brackets:
//! `goroutine 1 [chan receive]:`.
//!
//! A status lives in an `AtomicU32` in the G (Go's `atomicstatus`); these
//! enums are what reading it gives. minigo has no stack scanning, so there
//! is no `_Gscan` bit: a G's task is behind a mutex and the collector only
//! looks at it with the world stopped.

/// A goroutine's status, `g.atomicstatus`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[repr(u32)]
pub enum GStatus {
    /// `_Gidle`: just allocated, not yet initialized.
    Idle = 0,
    /// `_Grunnable`: on a run queue, not executing; its task is in the G.
    Runnable = 1,
    /// `_Grunning`: an M is executing it; the M holds its task.
    Running = 2,
    /// `_Gsyscall`: in a blocking host call (`Stop::Syscall`); its task is
    /// in the G.
    Syscall = 3,
    /// `_Gwaiting`: parked (gopark); something will goready it, or nothing
    /// ever will.
    Waiting = 4,
    /// `_Gdead`: exited, on a free list (its task kept for reuse), or being
    /// set up by newproc.
    Dead = 6,
    /// `_Gpreempted`: stopped itself for a suspendG preemption. minigo's
    /// preemption requeues instead (gopreempt_m), so nothing sets it yet;
    /// checkdead and the goroutine dump treat it as Go does.
    Preempted = 9,
}

impl GStatus {
    /// The status stored as `v`; unknown values read as `Idle`, which every
    /// scheduler path skips.
    pub fn from_u32(v: u32) -> GStatus {
        match v {
            1 => GStatus::Runnable,
            2 => GStatus::Running,
            3 => GStatus::Syscall,
            4 => GStatus::Waiting,
            6 => GStatus::Dead,
            9 => GStatus::Preempted,
            _ => GStatus::Idle,
        }
    }

    /// Go's `gStatusStrings`: `runnable`, `running`, `waiting`, ...
    pub fn as_str(self) -> &'static str {
        match self {
            GStatus::Idle => "idle",
            GStatus::Runnable => "runnable",
            GStatus::Running => "running",
            GStatus::Syscall => "syscall",
            GStatus::Waiting => "waiting",
            GStatus::Dead => "dead",
            GStatus::Preempted => "preempted",
        }
    }

    /// What traceback.go's goroutineheader prints in `goroutine N [...]:`:
    /// the wait reason for a waiting G that has one, else the status.
    pub fn header(self, reason: WaitReason) -> &'static str {
        if self == GStatus::Waiting && reason != WaitReason::Zero {
            reason.as_str()
        } else {
            self.as_str()
        }
    }
}

/// A P's status, `p.status`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[repr(u32)]
pub enum PStatus {
    /// `_Pidle`: not running user code; on the idle list or changing hands.
    /// Its run queue is empty.
    Idle = 0,
    /// `_Prunning`: owned by an M running user code or the scheduler.
    Running = 1,
    /// `_Psyscall`: its M is in a blocking call (Go 1.21's meaning; later
    /// Go keeps such a P `_Prunning`). sysmon may take it.
    Syscall = 2,
    /// `_Pgcstop`: halted for a stop-the-world, owned by the M that stopped
    /// the world. It keeps its run queue.
    GcStop = 3,
    /// `_Pdead`: no longer used (GOMAXPROCS shrank); reused if it grows.
    Dead = 4,
}

impl PStatus {
    pub fn from_u32(v: u32) -> PStatus {
        match v {
            0 => PStatus::Idle,
            1 => PStatus::Running,
            2 => PStatus::Syscall,
            3 => PStatus::GcStop,
            _ => PStatus::Dead,
        }
    }
}

macro_rules! wait_reasons {
    ($($name:ident = $s:literal,)*) => {
        /// Why a goroutine is parked: Go's `waitReason`, in Go's order,
        /// with Go's strings.
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
        #[repr(u8)]
        pub enum WaitReason {
            #[default]
            $($name,)*
        }

        impl WaitReason {
            /// Every reason, in Go's order (`WaitReason::ALL[r as usize] == r`).
            pub const ALL: &'static [WaitReason] = &[$(WaitReason::$name,)*];

            /// Go's `waitReasonStrings`: what a goroutine dump and
            /// scheddetail print.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(WaitReason::$name => $s,)*
                }
            }
        }
    };
}

wait_reasons! {
    Zero = "",
    GCAssistMarking = "GC assist marking",
    IOWait = "IO wait",
    DumpingHeap = "dumping heap",
    GarbageCollection = "garbage collection",
    GarbageCollectionScan = "garbage collection scan",
    PanicWait = "panicwait",
    GCAssistWait = "GC assist wait",
    GCSweepWait = "GC sweep wait",
    GCScavengeWait = "GC scavenge wait",
    FinalizerWait = "finalizer wait",
    ForceGCIdle = "force gc (idle)",
    UpdateGOMAXPROCSIdle = "GOMAXPROCS updater (idle)",
    Semacquire = "semacquire",
    Sleep = "sleep",
    ChanReceiveNilChan = "chan receive (nil chan)",
    ChanSendNilChan = "chan send (nil chan)",
    SelectNoCases = "select (no cases)",
    Select = "select",
    ChanReceive = "chan receive",
    ChanSend = "chan send",
    SyncCondWait = "sync.Cond.Wait",
    SyncMutexLock = "sync.Mutex.Lock",
    SyncRWMutexRLock = "sync.RWMutex.RLock",
    SyncRWMutexLock = "sync.RWMutex.Lock",
    SyncWaitGroupWait = "sync.WaitGroup.Wait",
    TraceReaderBlocked = "trace reader (blocked)",
    WaitForGCCycle = "wait for GC cycle",
    GCWorkerIdle = "GC worker (idle)",
    GCWorkerActive = "GC worker (active)",
    Preempted = "preempted",
    DebugCall = "debug call",
    GCMarkTermination = "GC mark termination",
    StoppingTheWorld = "stopping the world",
    FlushProcCaches = "flushing proc caches",
    TraceGoroutineStatus = "trace goroutine status",
    TraceProcStatus = "trace proc status",
    PageTraceFlush = "page trace flush",
    Coroutine = "coroutine",
    GCWeakToStrongWait = "GC weak to strong wait",
    SynctestRun = "synctest.Run",
    SynctestWait = "synctest.Wait",
    SynctestChanReceive = "chan receive (durable)",
    SynctestChanSend = "chan send (durable)",
    SynctestSelect = "select (durable)",
    SynctestWaitGroupWait = "sync.WaitGroup.Wait (durable)",
    CleanupWait = "cleanup wait",
}

impl WaitReason {
    /// The reason stored as `v`; out of range reads as `Zero`.
    pub fn from_u8(v: u8) -> WaitReason {
        WaitReason::ALL
            .get(usize::from(v))
            .copied()
            .unwrap_or(WaitReason::Zero)
    }
}

impl std::fmt::Display for WaitReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_go_s() {
        assert_eq!(GStatus::Runnable as u32, 1);
        assert_eq!(GStatus::Waiting as u32, 4);
        assert_eq!(GStatus::Dead as u32, 6);
        assert_eq!(GStatus::Preempted as u32, 9);
        assert_eq!(PStatus::GcStop as u32, 3);
        assert_eq!(PStatus::Dead as u32, 4);
        for s in [
            GStatus::Idle,
            GStatus::Runnable,
            GStatus::Running,
            GStatus::Syscall,
            GStatus::Waiting,
            GStatus::Dead,
            GStatus::Preempted,
        ] {
            assert_eq!(GStatus::from_u32(s as u32), s);
        }
    }

    #[test]
    fn wait_reasons_are_go_s() {
        // Spot checks against runtime2.go's constants (order) and strings.
        assert_eq!(WaitReason::Zero as u8, 0);
        assert_eq!(WaitReason::Semacquire as u8, 13);
        assert_eq!(WaitReason::ChanReceive as u8, 19);
        assert_eq!(WaitReason::CleanupWait as u8, 46);
        assert_eq!(WaitReason::ChanReceive.as_str(), "chan receive");
        assert_eq!(WaitReason::SelectNoCases.as_str(), "select (no cases)");
        assert_eq!(WaitReason::ChanSendNilChan.as_str(), "chan send (nil chan)");
        assert_eq!(
            WaitReason::SyncWaitGroupWait.as_str(),
            "sync.WaitGroup.Wait"
        );
        for (i, r) in WaitReason::ALL.iter().enumerate() {
            assert_eq!(*r as usize, i);
            assert_eq!(WaitReason::from_u8(i as u8), *r);
        }
        assert_eq!(WaitReason::from_u8(200), WaitReason::Zero);
    }

    #[test]
    fn goroutine_header_status() {
        assert_eq!(
            GStatus::Waiting.header(WaitReason::ChanReceive),
            "chan receive"
        );
        assert_eq!(GStatus::Waiting.header(WaitReason::Zero), "waiting");
        assert_eq!(GStatus::Runnable.header(WaitReason::Sleep), "runnable");
    }
}
