//! The link between the interactive prompt and the session it runs: one
//! program that never ends while the prompt is open.
//!
//! A session's main goroutine is a server (`Native::PromptServe`): in a
//! blocking call, holding an M and no P, it waits for the prompt's next
//! entry, a function of the program compiled so far (which only grows,
//! `compile::compile_prompt`), and starts a goroutine for it, then waits
//! again. Goroutines started at the prompt go on running meanwhile, and
//! the session is never deadlocked: its main goroutine is in a system
//! call, as Go's checkdead sees one.
//!
//! The executor reports how each entry's goroutine ended (`PromptEvent`),
//! kills the entry the prompt interrupted (Ctrl-C) at its next
//! safepoint, or when it runs again after a park, and prints the panic of
//! any goroutine without ending the session.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender};
use std::sync::{Arc, Mutex, PoisonError};

/// What the prompt hears from the session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptEvent {
    /// Entry `serial`'s goroutine is done; it had panicked (the panic is
    /// printed) or not.
    Done { serial: u64, panicked: bool },
    /// Entry `serial` was killed by an interrupt.
    Interrupted { serial: u64 },
    /// The session's program ended (`os.Exit`) with this status.
    Ended(i32),
}

/// Shared by the prompt and the session's machine.
#[derive(Debug)]
pub struct PromptLink {
    entries: Mutex<Receiver<(u32, u64)>>,
    events: Mutex<Sender<PromptEvent>>,
    /// Entries up to this serial are to be killed.
    interrupt_upto: AtomicU64,
}

/// The prompt's ends of a link: where entries go, where events come from.
pub struct PromptEnds {
    pub entries: Sender<(u32, u64)>,
    pub events: Receiver<PromptEvent>,
    /// To send `Ended` when the session's run returns.
    pub ended: Sender<PromptEvent>,
}

impl PromptLink {
    pub fn new() -> (Arc<PromptLink>, PromptEnds) {
        let (entries_tx, entries_rx) = std::sync::mpsc::channel();
        let (events_tx, events_rx) = std::sync::mpsc::channel();
        let link = Arc::new(PromptLink {
            entries: Mutex::new(entries_rx),
            events: Mutex::new(events_tx.clone()),
            interrupt_upto: AtomicU64::new(0),
        });
        let ends = PromptEnds {
            entries: entries_tx,
            events: events_rx,
            ended: events_tx,
        };
        (link, ends)
    }

    /// Blocks until the next entry: its function and serial; `None` once
    /// the prompt has closed.
    pub fn next_entry(&self) -> Option<(u32, u64)> {
        self.entries
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .recv()
            .ok()
    }

    pub fn report(&self, event: PromptEvent) {
        let _ = self
            .events
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .send(event);
    }

    /// Asks for every entry up to `serial` to be killed.
    pub fn interrupt(&self, serial: u64) {
        self.interrupt_upto.fetch_max(serial, Ordering::Relaxed);
    }

    pub fn interrupted(&self, serial: u64) -> bool {
        serial != 0 && serial <= self.interrupt_upto.load(Ordering::Relaxed)
    }
}

/// The result of the server's blocking call, for the instruction that
/// asked, run again.
pub type NextEntry = Arc<Mutex<Option<Option<(u32, u64)>>>>;
