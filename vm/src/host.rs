//! Package os's natives: the host's files, directories and process
//! details, and the program's environment variables.
//!
//! Everything a program sees of the host that could differ between two
//! interpreters in one process belongs to its [`Machine`] (`Machine::
//! host`, a [`Host`]): the environment (initialised from what the
//! embedder passes, `RunOptions::env` for the CLI the process's own, and
//! changed by Setenv only there), the working directory (relative paths
//! are resolved against it, so os.Chdir does not move the process or
//! another machine), and the files the program opened (by their host
//! descriptor; a program can read, write and close only its own).
//!
//! Errors come back as errno numbers, which `stdlib/go/os.go` turns into
//! Go's `syscall.Errno` texts. Reads and writes of files are blocking
//! calls (ARCHITECTURE.md, "Blocking calls"): the native stops the
//! goroutine with `Exit::Syscall`, the runtime makes the call with the
//! P handed off and the heap not held, and the native, run again, takes
//! the result from [`Pending`].
//!
//! A sandboxed machine ([`Host::set_sandboxed`], for an embedded VM; the
//! CLI's machines are not) reaches none of the host: every native that
//! would name a file or directory, change the working directory, make a
//! pipe, change ownership or times, or ask for the hostname or the
//! groups answers EPERM in its errno result, so Go code sees Go's own
//! texts (`open x: operation not permitted`, `stat x: ...`, `mkdir d:
//! ...`). What stays: the standard streams (their own natives, not
//! these), the machine's environment (the embedder's), Getwd (the
//! directory the embedder set), the random numbers, and the page size;
//! the process ids are wasip1's fixed ones (pid 3, ppid 2, uid and gid
//! 1). Descriptors the machine already holds keep working (there are
//! none when it is sandboxed from the start).

use crate::bytecode::Native;
use crate::heap::{handle_of, offset_of, ref_word, Layout, Mutator};
use crate::interp::{str_bytes, Machine};
use std::collections::HashMap;
use std::ffi::{CString, OsStr};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::{FileExt, MetadataExt, PermissionsExt};
use std::os::unix::io::FromRawFd;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

/// One machine's view of the host.
#[derive(Debug)]
pub struct Host {
    /// `KEY=value` entries, in the order Environ lists them.
    env: Mutex<Vec<Vec<u8>>>,
    cwd: Mutex<PathBuf>,
    /// The files the program opened, by descriptor, with the path they
    /// were opened at (a directory's entries are read by path).
    files: Mutex<HashMap<i32, (Arc<std::fs::File>, PathBuf)>>,
    /// For CreateTemp's and MkdirTemp's names (xorshift).
    rng: AtomicU64,
    /// runtime_rand's splitmix64 counter, from a start drawn from the host.
    rand: AtomicU64,
    /// No host access (see the module's comment).
    sandboxed: AtomicBool,
}

impl Default for Host {
    fn default() -> Host {
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0x2545_F491_4F6C_DD1D, |d| d.as_nanos() as u64)
            ^ u64::from(std::process::id()) << 32
            | 1;
        Host {
            env: Mutex::default(),
            cwd: Mutex::new(std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"))),
            files: Mutex::default(),
            rng: AtomicU64::new(seed),
            rand: AtomicU64::new(random_start()),
            sandboxed: AtomicBool::new(false),
        }
    }
}

/// A start for runtime_rand: std's RandomState keys come from the OS;
/// the clock and the process id are mixed in as well.
fn random_start() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    h.write_u128(now);
    h.write_u32(std::process::id());
    h.finish()
}

impl Host {
    /// Go's runtime.rand for math/rand's and math/rand/v2's top-level
    /// functions: splitmix64 over the machine's counter. Not a
    /// cryptographic generator (neither is math/rand's).
    fn runtime_rand(&self) -> u64 {
        let mut z = self
            .rand
            .fetch_add(0x9e37_79b9_7f4a_7c15, Ordering::Relaxed)
            .wrapping_add(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

impl Host {
    /// Sets the environment (`KEY=value` entries, as Environ lists them).
    pub fn set_env(&self, entries: impl IntoIterator<Item = (Vec<u8>, Vec<u8>)>) {
        let mut env = self.env.lock().unwrap_or_else(PoisonError::into_inner);
        env.clear();
        for (k, v) in entries {
            let mut e = k;
            e.push(b'=');
            e.extend_from_slice(&v);
            env.push(e);
        }
    }

    /// Denies (`true`) or allows the program the host's files,
    /// directories, pipes and names (the module's comment says which
    /// natives). Set it before the program runs.
    pub fn set_sandboxed(&self, on: bool) {
        self.sandboxed.store(on, Ordering::Relaxed);
    }

    /// Whether the machine is sandboxed.
    pub fn sandboxed(&self) -> bool {
        self.sandboxed.load(Ordering::Relaxed)
    }

    /// Sets the working directory relative paths are resolved against.
    pub fn set_cwd(&self, dir: PathBuf) {
        *self.cwd.lock().unwrap_or_else(PoisonError::into_inner) = dir;
    }

    /// `name` resolved against the working directory.
    fn path(&self, name: &[u8]) -> PathBuf {
        let p = Path::new(OsStr::from_bytes(name));
        if p.is_absolute() {
            p.to_path_buf()
        } else {
            self.cwd
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .join(p)
        }
    }

    fn file(&self, fd: i32) -> Option<(Arc<std::fs::File>, PathBuf)> {
        self.files
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&fd)
            .cloned()
    }

    fn env_index(env: &[Vec<u8>], key: &[u8]) -> Option<usize> {
        env.iter()
            .position(|e| e.len() > key.len() && e.starts_with(key) && e[key.len()] == b'=')
    }
}

const EPERM: i64 = 1;
const EBADF: i64 = 9;
const ENOENT: i64 = 2;
const EINVAL: i64 = 22;
const EIO: i64 = 5;

fn errno(e: &std::io::Error) -> i64 {
    e.raw_os_error().map_or(EIO, i64::from)
}

/// A blocking call's result: the bytes read (a read) or written (a
/// write), and the errno (0 for none).
#[derive(Debug, Default)]
pub struct HostOut {
    data: Vec<u8>,
    n: usize,
    errno: i64,
}

/// Where a blocking call leaves its result for the native run again.
pub type Pending = Arc<Mutex<Option<HostOut>>>;

/// A read or write for the executor to make outside `Goroutine::run`.
#[derive(Debug)]
pub struct Blocking {
    file: Arc<std::fs::File>,
    /// A write's bytes; none for a read.
    write: Option<Vec<u8>>,
    /// A read's buffer size.
    max: usize,
    /// ReadAt/WriteAt's offset; `None` at the file's position.
    at: Option<u64>,
    result: Pending,
}

impl Blocking {
    /// Makes the call (blocking the thread).
    pub fn call(self) {
        let mut out = HostOut::default();
        let f = &*self.file;
        match self.write {
            Some(data) => {
                // As Go's poll.FD.Write: on until everything is written or
                // an error.
                while out.n < data.len() {
                    let r = match self.at {
                        Some(off) => f.write_at(&data[out.n..], off + out.n as u64),
                        None => std::io::Write::write(&mut &*f, &data[out.n..]),
                    };
                    match r {
                        Ok(0) => {
                            out.errno = EIO;
                            break;
                        }
                        Ok(k) => out.n += k,
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                        Err(e) => {
                            out.errno = errno(&e);
                            break;
                        }
                    }
                }
            }
            None => {
                let mut buf = vec![0; self.max];
                // ReadAt reads until the buffer is full or the end.
                loop {
                    let r = match self.at {
                        Some(off) => f.read_at(&mut buf[out.n..], off + out.n as u64),
                        None => std::io::Read::read(&mut &*f, &mut buf[out.n..]),
                    };
                    match r {
                        Ok(0) => break,
                        Ok(k) => {
                            out.n += k;
                            if self.at.is_none() || out.n == buf.len() {
                                break;
                            }
                        }
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                        Err(e) => {
                            out.errno = errno(&e);
                            break;
                        }
                    }
                }
                buf.truncate(out.n);
                out.data = buf;
            }
        }
        *self.result.lock().unwrap_or_else(PoisonError::into_inner) = Some(out);
    }
}

/// Whether `native` is one of this file's.
pub fn is_host(native: Native) -> bool {
    matches!(
        native,
        Native::OsEnvGet
            | Native::OsEnvSet
            | Native::OsEnvUnset
            | Native::OsEnvClear
            | Native::OsEnvList
            | Native::OsOpen
            | Native::OsClose
            | Native::OsRead
            | Native::OsWrite
            | Native::OsSeek
            | Native::OsStat
            | Native::OsReadDir
            | Native::OsMkdir
            | Native::OsUnlink
            | Native::OsRmdir
            | Native::OsRename
            | Native::OsLink
            | Native::OsReadlink
            | Native::OsGetwd
            | Native::OsChdir
            | Native::OsHostname
            | Native::OsProcInfo
            | Native::OsTruncate
            | Native::OsChmod
            | Native::OsFsync
            | Native::OsRand
            | Native::OsPipe
            | Native::OsChown
            | Native::OsUtimes
            | Native::OsGetgroups
            | Native::RandRuntimeRand
    )
}

fn string(heap: &Mutator, regs: &[u64], at: usize) -> Vec<u8> {
    str_bytes(heap, regs[at], regs[at + 1] as usize).to_vec()
}

fn set_string(heap: &mut Mutator, regs: &mut [u64], at: usize, bytes: Vec<u8>) {
    regs[at..at + 2].copy_from_slice(&heap.alloc_string(bytes));
}

/// A new `[]string` at `regs[at..at + 3]`.
fn set_strings(heap: &mut Mutator, regs: &mut [u64], at: usize, items: Vec<Vec<u8>>) {
    let n = items.len();
    if n == 0 {
        regs[at..at + 3].fill(0);
        return;
    }
    let words: Vec<u64> = items
        .into_iter()
        .flat_map(|s| heap.alloc_string(s))
        .collect();
    let h = heap.alloc_words(
        n,
        Layout {
            words: 2,
            refs: Arc::new([0]),
        },
    );
    heap.write(h, 0, &words);
    regs[at] = ref_word(h, 0);
    regs[at + 1] = n as u64;
    regs[at + 2] = n as u64;
}

/// The bytes of the `[]byte` at `regs[at..]`.
fn byte_slice(heap: &Mutator, regs: &[u64], at: usize) -> Vec<u8> {
    let (w, len) = (regs[at], regs[at + 1] as usize);
    if len == 0 {
        return Vec::new();
    }
    let mut words = vec![0; len];
    heap.read(handle_of(w), offset_of(w) as usize, &mut words);
    words.iter().map(|&b| b as u8).collect()
}

fn c_path(p: &Path) -> Option<CString> {
    CString::new(p.as_os_str().as_bytes()).ok()
}

/// A sandboxed machine's answer to `native` (true), with EPERM in the
/// errno result of its Go signature (stdlib/go/os.go); false for the
/// natives that stay (see the module's comment). The forms on a
/// descriptor the machine holds (fd >= 0) stay.
fn deny(native: Native, regs: &mut [u64]) -> bool {
    let eperm = EPERM as u64;
    let by_name = (regs[0] as i64 as i32) < 0;
    match native {
        // sysOpen(name, flag, perm) (fd int, errno int)
        Native::OsOpen => {
            regs[0] = u64::MAX;
            regs[1] = eperm;
        }
        // sysStat(fd, name, follow) (size, mode, mtime, mtimeNsec, dev,
        // ino, errno)
        Native::OsStat if by_name => {
            regs[..6].fill(0);
            regs[6] = eperm;
        }
        // sysTruncate(fd, name, size) int, sysChmod(fd, name, mode) int,
        // sysChown(fd, name, uid, gid, follow) int
        Native::OsTruncate | Native::OsChmod | Native::OsChown if by_name => regs[0] = eperm,
        // (name string, ...) int; (old, new string, ...) int
        Native::OsMkdir
        | Native::OsUnlink
        | Native::OsRmdir
        | Native::OsRename
        | Native::OsLink
        | Native::OsChdir
        | Native::OsUtimes => regs[0] = eperm,
        // sysReadlink(name) (string, int), sysHostname() (string, int)
        Native::OsReadlink | Native::OsHostname => {
            regs[..2].fill(0);
            regs[2] = eperm;
        }
        // sysPipe() (r, w int, errno int)
        Native::OsPipe => {
            regs[0] = u64::MAX;
            regs[1] = u64::MAX;
            regs[2] = eperm;
        }
        // sysGetgroups() ([]int, int)
        Native::OsGetgroups => {
            regs[..3].fill(0);
            regs[3] = eperm;
        }
        // sysProcInfo(what int) int: wasip1's ids; the page size stays.
        Native::OsProcInfo if regs[0] < 6 => {
            regs[0] = match regs[0] {
                0 => 3,
                1 => 2,
                _ => 1,
            };
        }
        _ => return false,
    }
    true
}

/// Runs host native `native` on its frame `regs`. A read or write
/// returns the blocking call to make; the native runs again afterwards
/// and finds the result in `pending`.
pub fn run(
    m: &Machine,
    heap: &mut Mutator,
    native: Native,
    regs: &mut [u64],
    pending: &mut Option<Pending>,
) -> Option<Blocking> {
    let host = &m.host;
    if host.sandboxed() && deny(native, regs) {
        return None;
    }
    match native {
        Native::OsEnvGet => {
            // envGet(key string) (value string, ok bool)
            let key = string(heap, regs, 0);
            let found = {
                let env = host.env.lock().unwrap_or_else(PoisonError::into_inner);
                Host::env_index(&env, &key).map(|i| env[i][key.len() + 1..].to_vec())
            };
            regs[2] = u64::from(found.is_some());
            set_string(heap, regs, 0, found.unwrap_or_default());
        }
        Native::OsEnvSet => {
            // envSet(key, value string)
            let key = string(heap, regs, 0);
            let mut e = key.clone();
            e.push(b'=');
            e.extend_from_slice(&string(heap, regs, 2));
            let mut env = host.env.lock().unwrap_or_else(PoisonError::into_inner);
            match Host::env_index(&env, &key) {
                Some(i) => env[i] = e,
                None => env.push(e),
            }
        }
        Native::OsEnvUnset => {
            let key = string(heap, regs, 0);
            let mut env = host.env.lock().unwrap_or_else(PoisonError::into_inner);
            if let Some(i) = Host::env_index(&env, &key) {
                env.remove(i);
            }
        }
        Native::OsEnvClear => host
            .env
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clear(),
        Native::OsEnvList => {
            let env = host
                .env
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .clone();
            set_strings(heap, regs, 0, env);
        }
        Native::OsOpen => {
            // open(name string, flag int, perm uint32) (fd int, errno int)
            let name = string(heap, regs, 0);
            let (flag, perm) = (regs[2] as i64 as i32, regs[3] as u32);
            let (fd, err) = if name.is_empty() {
                (-1, ENOENT)
            } else {
                let path = host.path(&name);
                match c_path(&path) {
                    None => (-1, EINVAL),
                    Some(c) => {
                        // SAFETY: a NUL-terminated path; the descriptor
                        // returned is owned by the File made from it.
                        let fd = unsafe {
                            libc::open(c.as_ptr(), flag | libc::O_CLOEXEC, perm as libc::c_uint)
                        };
                        if fd < 0 {
                            (-1, errno(&std::io::Error::last_os_error()))
                        } else {
                            // SAFETY: fd was just opened and nothing else owns it.
                            let f = unsafe { std::fs::File::from_raw_fd(fd) };
                            host.files
                                .lock()
                                .unwrap_or_else(PoisonError::into_inner)
                                .insert(fd, (Arc::new(f), path));
                            (i64::from(fd), 0)
                        }
                    }
                }
            };
            regs[0] = fd as u64;
            regs[1] = err as u64;
        }
        Native::OsClose => {
            let fd = regs[0] as i64 as i32;
            let f = host
                .files
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .remove(&fd);
            // The descriptor closes when the last blocking call holding it
            // is done.
            regs[0] = if f.is_some() { 0 } else { EBADF as u64 };
        }
        Native::OsRead | Native::OsWrite => {
            // read(fd int, b []byte, off int64) (n int, errno int), write
            // likewise; off < 0: at the file's position.
            if let Some(p) = pending.take() {
                let out = p
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .take()
                    .unwrap_or_default();
                if native == Native::OsRead && !out.data.is_empty() {
                    let b = regs[1];
                    let words: Vec<u64> = out.data.iter().map(|&c| u64::from(c)).collect();
                    heap.write(handle_of(b), offset_of(b) as usize, &words);
                }
                regs[0] = out.n as u64;
                regs[1] = out.errno as u64;
                return None;
            }
            let fd = regs[0] as i64 as i32;
            let Some((file, _)) = host.file(fd) else {
                regs[0] = 0;
                regs[1] = EBADF as u64;
                return None;
            };
            let off = regs[4] as i64;
            let at = (off >= 0).then_some(off as u64);
            let (write, max) = if native == Native::OsWrite {
                (Some(byte_slice(heap, regs, 1)), 0)
            } else {
                (None, regs[2] as usize)
            };
            let result = Pending::default();
            *pending = Some(result.clone());
            return Some(Blocking {
                file,
                write,
                max,
                at,
                result,
            });
        }
        Native::OsSeek => {
            // seek(fd int, offset int64, whence int) (int64, errno int)
            let fd = regs[0] as i64 as i32;
            let (off, whence) = (regs[1] as i64, regs[2] as i64);
            let (pos, err) = match host.file(fd) {
                None => (0, EBADF),
                Some((f, _)) => {
                    let from = match whence {
                        0 if off >= 0 => Some(std::io::SeekFrom::Start(off as u64)),
                        1 => Some(std::io::SeekFrom::Current(off)),
                        2 => Some(std::io::SeekFrom::End(off)),
                        _ => None,
                    };
                    match from.map(|from| std::io::Seek::seek(&mut &*f, from)) {
                        None => (0, EINVAL),
                        Some(Ok(p)) => (p as i64, 0),
                        Some(Err(e)) => (0, errno(&e)),
                    }
                }
            };
            regs[0] = pos as u64;
            regs[1] = err as u64;
        }
        Native::OsStat => {
            // stat(fd int, name string, follow bool) (size int64, mode
            // uint32, mtime, mtimeNsec int64, dev, ino uint64, errno
            // int): the file fd when it is not negative, else the file
            // at name.
            let fd = regs[0] as i64 as i32;
            let name = string(heap, regs, 1);
            let follow = regs[3] != 0;
            let md = if fd >= 0 {
                match host.file(fd) {
                    None => Err(EBADF),
                    Some((f, _)) => f.metadata().map_err(|e| errno(&e)),
                }
            } else if name.is_empty() {
                Err(ENOENT)
            } else {
                let p = host.path(&name);
                if follow {
                    std::fs::metadata(p)
                } else {
                    std::fs::symlink_metadata(p)
                }
                .map_err(|e| errno(&e))
            };
            regs[..7].fill(0);
            match md {
                Ok(md) => {
                    regs[0] = md.size();
                    regs[1] = u64::from(md.mode());
                    regs[2] = md.mtime() as u64;
                    regs[3] = md.mtime_nsec() as u64;
                    regs[4] = md.dev();
                    regs[5] = md.ino();
                }
                Err(e) => regs[6] = e as u64,
            }
        }
        Native::OsReadDir => {
            // readDir(fd int) (names []string, errno int): every entry
            // but . and .., in the directory's order.
            let fd = regs[0] as i64 as i32;
            let r = match host.file(fd) {
                None => Err(EBADF),
                Some((_, path)) => std::fs::read_dir(&path)
                    .and_then(|d| {
                        d.map(|e| e.map(|e| e.file_name().into_vec()))
                            .collect::<Result<Vec<_>, _>>()
                    })
                    .map_err(|e| errno(&e)),
            };
            match r {
                Ok(names) => {
                    set_strings(heap, regs, 0, names);
                    regs[3] = 0;
                }
                Err(e) => {
                    regs[..3].fill(0);
                    regs[3] = e as u64;
                }
            }
        }
        Native::OsMkdir => {
            // mkdir(name string, perm uint32) errno
            let p = host.path(&string(heap, regs, 0));
            let perm = regs[2] as u32;
            regs[0] = match c_path(&p) {
                // SAFETY: a NUL-terminated path.
                Some(c) if unsafe { libc::mkdir(c.as_ptr(), perm as libc::mode_t) } == 0 => 0,
                Some(_) => errno(&std::io::Error::last_os_error()) as u64,
                None => EINVAL as u64,
            };
        }
        Native::OsUnlink | Native::OsRmdir => {
            let name = string(heap, regs, 0);
            let r = if name.is_empty() {
                Err(ENOENT)
            } else {
                let p = host.path(&name);
                if native == Native::OsUnlink {
                    std::fs::remove_file(p)
                } else {
                    std::fs::remove_dir(p)
                }
                .map_err(|e| errno(&e))
            };
            regs[0] = r.err().unwrap_or(0) as u64;
        }
        Native::OsRename | Native::OsLink => {
            // rename(old, new string) errno; link(old, new string,
            // symbolic bool) errno.
            let (old, new) = (string(heap, regs, 0), string(heap, regs, 2));
            let np = host.path(&new);
            let r = if native == Native::OsRename {
                std::fs::rename(host.path(&old), np)
            } else if regs[4] != 0 {
                // A symbolic link's target is kept as written.
                std::os::unix::fs::symlink(OsStr::from_bytes(&old), np)
            } else {
                std::fs::hard_link(host.path(&old), np)
            };
            regs[0] = r.err().map_or(0, |e| errno(&e)) as u64;
        }
        Native::OsReadlink => {
            let p = host.path(&string(heap, regs, 0));
            match std::fs::read_link(p) {
                Ok(t) => {
                    set_string(heap, regs, 0, t.into_os_string().into_vec());
                    regs[2] = 0;
                }
                Err(e) => {
                    regs[..2].fill(0);
                    regs[2] = errno(&e) as u64;
                }
            }
        }
        Native::OsGetwd => {
            let cwd = host
                .cwd
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .clone();
            set_string(heap, regs, 0, cwd.into_os_string().into_vec());
        }
        Native::OsChdir => {
            let name = string(heap, regs, 0);
            let r = if name.is_empty() {
                Err(ENOENT)
            } else {
                let p = host.path(&name);
                match std::fs::metadata(&p) {
                    Err(e) => Err(errno(&e)),
                    Ok(md) if !md.is_dir() => Err(20), // ENOTDIR
                    Ok(_) => {
                        let p = std::fs::canonicalize(&p).unwrap_or(p);
                        host.set_cwd(p);
                        Ok(())
                    }
                }
            };
            regs[0] = r.err().unwrap_or(0) as u64;
        }
        Native::OsHostname => {
            // hostname() (name string, errno int), as Go's reads it.
            match std::fs::read("/proc/sys/kernel/hostname") {
                Ok(mut b) => {
                    if b.last() == Some(&b'\n') {
                        b.pop();
                    }
                    set_string(heap, regs, 0, b);
                    regs[2] = 0;
                }
                Err(e) => {
                    regs[..2].fill(0);
                    regs[2] = errno(&e) as u64;
                }
            }
        }
        Native::OsProcInfo => {
            // procInfo(what int) int: pid, ppid, uid, euid, gid, egid,
            // page size.
            // SAFETY: these calls take no arguments and cannot fail.
            regs[0] = unsafe {
                match regs[0] {
                    0 => i64::from(libc::getpid()),
                    1 => i64::from(libc::getppid()),
                    2 => i64::from(libc::getuid()),
                    3 => i64::from(libc::geteuid()),
                    4 => i64::from(libc::getgid()),
                    5 => i64::from(libc::getegid()),
                    _ => libc::sysconf(libc::_SC_PAGESIZE) as i64,
                }
            } as u64;
        }
        Native::OsTruncate | Native::OsChmod => {
            // truncate(fd int, name string, size int64) errno; chmod(fd
            // int, name string, mode uint32) errno: the file fd when it
            // is not negative, else the file at name.
            let fd = regs[0] as i64 as i32;
            let name = string(heap, regs, 1);
            let arg = regs[3];
            let r = if fd >= 0 {
                match host.file(fd) {
                    None => Err(EBADF),
                    Some((f, _)) => if native == Native::OsTruncate {
                        f.set_len(arg)
                    } else {
                        f.set_permissions(std::fs::Permissions::from_mode(arg as u32))
                    }
                    .map_err(|e| errno(&e)),
                }
            } else if name.is_empty() {
                Err(ENOENT)
            } else {
                let p = host.path(&name);
                if native == Native::OsTruncate {
                    std::fs::OpenOptions::new()
                        .write(true)
                        .open(&p)
                        .and_then(|f| f.set_len(arg))
                } else {
                    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(arg as u32))
                }
                .map_err(|e| errno(&e))
            };
            regs[0] = r.err().unwrap_or(0) as u64;
        }
        Native::OsFsync => {
            let fd = regs[0] as i64 as i32;
            regs[0] = match host.file(fd) {
                None => EBADF as u64,
                Some((f, _)) => f.sync_all().err().map_or(0, |e| errno(&e)) as u64,
            };
        }
        Native::OsPipe => {
            // pipe() (r, w, errno int)
            let mut fds = [0 as libc::c_int; 2];
            // SAFETY: fds has room for the two descriptors pipe2 writes.
            if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
                regs[0] = u64::MAX;
                regs[1] = u64::MAX;
                regs[2] = errno(&std::io::Error::last_os_error()) as u64;
            } else {
                let mut files = host.files.lock().unwrap_or_else(PoisonError::into_inner);
                for (i, &fd) in fds.iter().enumerate() {
                    // SAFETY: fd was just made and nothing else owns it.
                    let f = unsafe { std::fs::File::from_raw_fd(fd) };
                    files.insert(fd, (Arc::new(f), PathBuf::from(format!("|{i}"))));
                    regs[i] = i64::from(fd) as u64;
                }
                regs[2] = 0;
            }
        }
        Native::OsChown => {
            // chown(fd int, name string, uid, gid int, follow bool) errno:
            // the file fd when it is not negative, else the file at name
            // (the link itself unless follow).
            let fd = regs[0] as i64 as i32;
            let name = string(heap, regs, 1);
            let (uid, gid) = (regs[3] as i64, regs[4] as i64);
            let follow = regs[5] != 0;
            // Go's -1: leave unchanged (the C calls' (uid_t)-1).
            let (uid, gid) = (uid as libc::uid_t, gid as libc::gid_t);
            let r = if fd >= 0 {
                match host.file(fd) {
                    None => -(EBADF as i32),
                    // SAFETY: a descriptor the machine owns.
                    Some((f, _)) => unsafe {
                        use std::os::unix::io::AsRawFd;
                        libc::fchown(f.as_raw_fd(), uid, gid)
                    },
                }
            } else if name.is_empty() {
                -(ENOENT as i32)
            } else {
                match c_path(&host.path(&name)) {
                    None => -(EINVAL as i32),
                    // SAFETY: a NUL-terminated path.
                    Some(c) => unsafe {
                        if follow {
                            libc::chown(c.as_ptr(), uid, gid)
                        } else {
                            libc::lchown(c.as_ptr(), uid, gid)
                        }
                    },
                }
            };
            regs[0] = match r {
                0 => 0,
                r if r < -1 => (-r) as u64,
                _ => errno(&std::io::Error::last_os_error()) as u64,
            };
        }
        Native::OsUtimes => {
            // utimes(name string, atime, mtime int64, omitA, omitM bool)
            // errno: nanoseconds since 1970; omit leaves one unchanged.
            let name = string(heap, regs, 0);
            let ts = |ns: u64, omit: bool| libc::timespec {
                tv_sec: (ns as i64).div_euclid(1_000_000_000) as libc::time_t,
                tv_nsec: if omit {
                    libc::UTIME_OMIT
                } else {
                    (ns as i64).rem_euclid(1_000_000_000) as libc::c_long
                },
            };
            let times = [ts(regs[2], regs[4] != 0), ts(regs[3], regs[5] != 0)];
            regs[0] = if name.is_empty() {
                ENOENT as u64
            } else {
                match c_path(&host.path(&name)) {
                    None => EINVAL as u64,
                    // SAFETY: a NUL-terminated path and two timespecs.
                    Some(c) => {
                        if unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), times.as_ptr(), 0) }
                            == 0
                        {
                            0
                        } else {
                            errno(&std::io::Error::last_os_error()) as u64
                        }
                    }
                }
            };
        }
        Native::OsGetgroups => {
            // getgroups() (gids []int, errno int)
            // SAFETY: a size query, then a buffer of that many gids.
            let n = unsafe { libc::getgroups(0, std::ptr::null_mut()) };
            let mut gids = vec![0 as libc::gid_t; n.max(0) as usize];
            let got = if n > 0 {
                unsafe { libc::getgroups(n, gids.as_mut_ptr()) }
            } else {
                n
            };
            if got < 0 {
                regs[..3].fill(0);
                regs[3] = errno(&std::io::Error::last_os_error()) as u64;
            } else {
                gids.truncate(got as usize);
                let words: Vec<u64> = gids.iter().map(|&g| u64::from(g)).collect();
                if words.is_empty() {
                    regs[..3].fill(0);
                } else {
                    let h = heap.alloc_words_from(
                        &words,
                        Layout {
                            words: 1,
                            refs: Arc::new([]),
                        },
                    );
                    regs[0] = ref_word(h, 0);
                    regs[1] = words.len() as u64;
                    regs[2] = words.len() as u64;
                }
                regs[3] = 0;
            }
        }
        Native::RandRuntimeRand => regs[0] = host.runtime_rand(),
        Native::OsRand => {
            // rand() uint32: for temporary files' names.
            let mut x = host.rng.load(Ordering::Relaxed);
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            host.rng.store(x, Ordering::Relaxed);
            regs[0] = x >> 32;
        }
        _ => {}
    }
    None
}
