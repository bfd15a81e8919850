//! How a scheduler is set up: GOMAXPROCS, schedtrace, the Ms' stacks.
//!
//! Everything the runtime would read from the environment in Go (GOMAXPROCS,
//! GODEBUG=schedtrace=N,scheddetail=1) comes in through [`Config`], which
//! the embedder fills, so two schedulers in one process can differ and
//! nothing is read behind the caller's back. [`default_gomaxprocs`] and
//! [`Config::apply_godebug`] are the conveniences that read it Go's way.

use std::io::Write;

/// Go's `_MaxGomaxprocs` is 1024; minigo caps it at 256, which bounds the
/// table of Ps a scheduler keeps.
pub const MAX_GOMAXPROCS: usize = 256;

pub struct Config {
    /// The number of Ps; clamped to `1..=MAX_GOMAXPROCS`.
    pub gomaxprocs: usize,
    /// GODEBUG=schedtrace=N: print a schedtrace line every N ms.
    pub schedtrace_ms: Option<u64>,
    /// GODEBUG=scheddetail=1: print the P, M and G lines with it.
    pub scheddetail: bool,
    /// Where schedtrace writes (Go writes to stderr).
    pub trace_out: Box<dyn Write + Send>,
    /// The stack size of each M's thread (M0 is the caller's thread).
    pub m_stack_size: usize,
    /// Go's `sched.maxmcount` (runtime/debug.SetMaxThreads): a program
    /// that needs more Ms than this (goroutines blocked in syscalls, each
    /// holding one) dies with Go's "program exceeds N-thread limit".
    pub max_threads: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            gomaxprocs: default_gomaxprocs(),
            schedtrace_ms: None,
            scheddetail: false,
            trace_out: Box::new(std::io::stderr()),
            m_stack_size: 16 << 20,
            max_threads: 10_000,
        }
    }
}

impl Config {
    /// Takes `schedtrace=N` and `scheddetail=1` from a GODEBUG value
    /// (`name=value` pairs separated by commas, the last one winning, as
    /// Go's parsedebugvars reads them); other settings are left alone.
    pub fn apply_godebug(&mut self, godebug: &str) {
        for kv in godebug.split(',') {
            let Some((k, v)) = kv.split_once('=') else {
                continue;
            };
            match k {
                "schedtrace" => {
                    if let Ok(n) = v.parse::<u64>() {
                        self.schedtrace_ms = (n > 0).then_some(n);
                    }
                }
                "scheddetail" => {
                    if let Ok(n) = v.parse::<i64>() {
                        self.scheddetail = n > 0;
                    }
                }
                _ => {}
            }
        }
    }
}

/// GOMAXPROCS as Go's schedinit picks it: the GOMAXPROCS environment
/// variable if it is a positive integer, else the CPUs available to the
/// process; at most [`MAX_GOMAXPROCS`].
pub fn default_gomaxprocs() -> usize {
    let env = std::env::var("GOMAXPROCS").ok();
    gomaxprocs_from(env.as_deref())
}

fn gomaxprocs_from(env: Option<&str>) -> usize {
    let n = env
        .and_then(|s| s.parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    n.clamp(1, MAX_GOMAXPROCS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gomaxprocs_from_the_environment() {
        assert_eq!(gomaxprocs_from(Some("3")), 3);
        assert_eq!(gomaxprocs_from(Some("100000")), MAX_GOMAXPROCS);
        let cpus = gomaxprocs_from(None);
        assert!(cpus >= 1);
        assert_eq!(gomaxprocs_from(Some("0")), cpus);
        assert_eq!(gomaxprocs_from(Some("-2")), cpus);
        assert_eq!(gomaxprocs_from(Some("x")), cpus);
    }

    #[test]
    fn godebug_settings() {
        let mut c = Config::default();
        c.apply_godebug("gctrace=1,schedtrace=10,scheddetail=1");
        assert_eq!(c.schedtrace_ms, Some(10));
        assert!(c.scheddetail);
        c.apply_godebug("schedtrace=0,scheddetail=0,bogus");
        assert_eq!(c.schedtrace_ms, None);
        assert!(!c.scheddetail);
    }
}
