//! Where an embedded program's standard streams go: sinks the host gives
//! once and every run shares, and the tail of standard error a failed run
//! is reported from.

use std::io::{Read, Write};
use std::sync::{Arc, Mutex, PoisonError};

/// A writer shared by the runs of one Vm.
pub type Sink = Arc<Mutex<Box<dyn Write + Send>>>;

pub fn sink(w: impl Write + Send + 'static) -> Sink {
    Arc::new(Mutex::new(Box::new(w)))
}

/// A run's handle on a [`Sink`].
pub struct SinkWriter(pub Sink);

impl Write for SinkWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .flush()
    }
}

/// A reader shared by the runs of one Vm.
#[derive(Clone)]
pub struct SinkReader(Arc<Mutex<Box<dyn Read + Send>>>);

pub fn reader(r: impl Read + Send + 'static) -> SinkReader {
    SinkReader(Arc::new(Mutex::new(Box::new(r))))
}

impl Read for SinkReader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .read(buf)
    }
}

/// The last bytes a run wrote to standard error.
#[derive(Clone, Default)]
pub struct Tail(Arc<Mutex<Vec<u8>>>);

/// How much of standard error a failed run's report may quote.
const TAIL_BYTES: usize = 16 << 10;

impl Tail {
    /// A writer that writes to `w` and keeps the tail here.
    pub fn tee(&self, w: impl Write + Send + 'static) -> impl Write + Send + 'static {
        struct Tee<W>(W, Tail);
        impl<W: Write> Write for Tee<W> {
            fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
                let n = self.0.write(buf)?;
                let mut t = self.1 .0.lock().unwrap_or_else(PoisonError::into_inner);
                t.extend_from_slice(&buf[..n]);
                if t.len() > TAIL_BYTES {
                    let cut = t.len() - TAIL_BYTES;
                    t.drain(..cut);
                }
                Ok(n)
            }
            fn flush(&mut self) -> std::io::Result<()> {
                self.0.flush()
            }
        }
        Tee(w, self.clone())
    }

    /// Go's report of the panic or fatal error that ended the run: from
    /// its last `panic: ` or `fatal error: ` line to the end.
    pub fn report(&self) -> Option<String> {
        let t = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        let text = String::from_utf8_lossy(&t);
        let starts = |l: &str| l.starts_with("panic: ") || l.starts_with("fatal error: ");
        let mut at = None;
        let mut off = 0;
        for line in text.split_inclusive('\n') {
            if starts(line) && at.is_none() {
                at = Some(off);
            }
            off += line.len();
        }
        at.map(|a| text[a..].to_string())
    }
}
