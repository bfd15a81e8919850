//! The heap: every object a Go program allocates (string bytes, slice
//! backing arrays), in one arena per VM, collected by a mark-and-sweep
//! tracing collector, so cycles are collected like everything else.
//!
//! A value refers to an object by a [`Handle`], an index into the arena,
//! never by a machine pointer: every access is bounds-checked against the
//! real object, so a racy or buggy program can read a wrong value but can
//! never make the interpreter touch memory outside the heap. A word that
//! holds a reference keeps the handle in its upper 32 bits and an offset
//! into the object in its lower 32 (see [`ref_word`]).
//!
//! Goroutines on several threads share the heap. The arena never moves a
//! slot (fixed-size chunks, each made once, found through a table of fixed
//! size), a slot is filled once per allocation (`OnceLock`: a thread that
//! meets a handle before its object is in place, which only a racy
//! program can make happen, sees an empty slot), and every word and
//! byte an object holds is a relaxed atomic, which costs a plain load or
//! store on x86 and makes a data race in the Go program a wrong value
//! rather than undefined behaviour in the VM.
//! Maps are behind a lock each. Allocation takes slots from the P's
//! [`AllocCache`] (Go's mcache), refilled from the shared free list in
//! batches, so threads do not contend on every allocation.
//!
//! Collection happens with the world stopped, through `&mut Heap` (the
//! machine keeps the heap in a `ShardedLock` that running goroutines hold for
//! reading): nothing else touches the heap while it marks and sweeps.
//! Roots are given by the caller: the registers that a frame's layout marks
//! as references, the globals, the program's constants. Objects allocated
//! for constants are pinned and never swept.

use smallvec::SmallVec;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, AtomicUsize, Ordering::Relaxed};
use std::sync::{Mutex, MutexGuard, OnceLock, PoisonError};
/// The maps' hasher: foldhash, seeded per map as Go seeds its maps, and
/// several times faster than std's SipHash on the short keys Go programs
/// use.
type KeyHasher = foldhash::fast::RandomState;

/// An object's index plus one; 0 is nil.
pub type Handle = u32;

/// A reference word: handle and offset (bytes for strings, elements for
/// slices).
pub fn ref_word(h: Handle, offset: u32) -> u64 {
    (u64::from(h) << 32) | u64::from(offset)
}

pub fn handle_of(w: u64) -> Handle {
    (w >> 32) as Handle
}

pub fn offset_of(w: u64) -> u32 {
    w as u32
}

/// Which words of a backing array's elements hold references.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    /// Words per element.
    pub words: u32,
    /// Offsets (in words, within an element) of reference words.
    pub refs: std::sync::Arc<[u32]>,
}

#[derive(Debug)]
pub enum Object {
    /// Immutable bytes (string data).
    Bytes(Box<[u8]>),
    /// A backing array of words; one or two (a small struct, a closure
    /// with one capture, a boxed variable) live in the slot itself, with
    /// no allocation of their own.
    Words {
        data: SmallVec<[AtomicU64; 2]>,
        layout: Layout,
    },
    /// A backing array of bytes or bools (`[]byte`, `new(bool)`): one
    /// byte per element instead of a word, read back zero-extended.
    ByteArray(Box<[AtomicU8]>),
    /// A Go map, locked for each operation (goroutines on other threads
    /// may use it at the same time).
    Map(Box<Mutex<MapObj>>),
    /// A channel; its park callbacks hold it too.
    Chan(std::sync::Arc<crate::chan::Chan>),
    /// A time.Timer's runtime timer (no references the collector sees:
    /// an armed timer's payload is a root of its own).
    Timer(Box<dyn crate::timer::TimerOps>),
}

impl Object {
    /// What the object costs in memory, for the pacer: its data, rounded
    /// as the allocator rounds small blocks, plus its slot in the arena.
    fn size(&self) -> usize {
        charge(match self {
            Object::Bytes(b) => b.len(),
            Object::Words { data, .. } => data.len() * 8,
            Object::ByteArray(b) => b.len(),
            Object::Map(m) => {
                let m = m.lock().unwrap_or_else(PoisonError::into_inner);
                (m.keys.len() + m.vals.len()) * 12 + 64
            }
            Object::Chan(c) => 96 + c.cap * c.elem.words as usize * 8,
            Object::Timer(_) => 64,
        })
    }
}

/// What an object with `data` bytes costs (see [`Object::size`]).
#[inline]
fn charge(data: usize) -> usize {
    std::mem::size_of::<Slot>() + data.next_multiple_of(16)
}

/// `n` zero words: in the slot itself for one or two.
#[inline]
fn zeroed_words(n: usize) -> SmallVec<[AtomicU64; 2]> {
    if n <= 2 {
        SmallVec::from_buf_and_len([AtomicU64::new(0), AtomicU64::new(0)], n)
    } else {
        SmallVec::from_vec((0..n).map(|_| AtomicU64::new(0)).collect())
    }
}

fn zeroed_bytes(n: usize) -> Box<[AtomicU8]> {
    (0..n).map(|_| AtomicU8::new(0)).collect()
}

/// How a map's keys and values are laid out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MapLayout {
    /// Keys are strings (two words, compared by content); else one
    /// scalar word.
    pub key_str: bool,
    /// Keys are floats: -0 equals +0, and NaN equals nothing.
    pub key_float: bool,
    /// Keys are structs, arrays or interfaces of this runtime type,
    /// compared through a canonical encoding of their value; `key` says
    /// their words and which are references.
    pub key_composite: Option<u32>,
    pub key: Layout,
    pub val: Layout,
}

impl MapLayout {
    pub fn key_words(&self) -> usize {
        self.key.words as usize
    }
}

/// A hash map: entries in slots (insertion order, deleted slots dead),
/// found through an index on the key's word or the string's bytes.
#[derive(Debug)]
pub struct MapObj {
    pub layout: MapLayout,
    pub keys: Vec<u64>,
    pub vals: Vec<u64>,
    pub live: Vec<bool>,
    pub len: usize,
    by_word: HashMap<u64, usize, KeyHasher>,
    by_bytes: HashMap<Box<[u8]>, usize, KeyHasher>,
}

/// A map key as the index sees it.
pub enum MapKey<'k> {
    Word(u64),
    Bytes(&'k [u8]),
    /// A NaN float key: never found, always a new entry.
    Nan,
}

impl MapObj {
    pub fn new(layout: MapLayout) -> MapObj {
        MapObj {
            layout,
            keys: Vec::new(),
            vals: Vec::new(),
            live: Vec::new(),
            len: 0,
            by_word: HashMap::default(),
            by_bytes: HashMap::default(),
        }
    }

    pub fn find(&self, k: &MapKey) -> Option<usize> {
        match k {
            MapKey::Word(w) => self.by_word.get(w).copied(),
            MapKey::Bytes(b) => self.by_bytes.get(*b).copied(),
            MapKey::Nan => None,
        }
    }

    /// The slot for `k`, made (zero value) if absent.
    pub fn slot_for(&mut self, k: &MapKey, key_words: &[u64]) -> usize {
        if let Some(i) = self.find(k) {
            return i;
        }
        let i = self.live.len();
        self.live.push(true);
        self.len += 1;
        self.keys.extend_from_slice(key_words);
        self.vals
            .extend(std::iter::repeat_n(0, self.layout.val.words as usize));
        match k {
            MapKey::Word(w) => {
                self.by_word.insert(*w, i);
            }
            MapKey::Bytes(b) => {
                self.by_bytes.insert((*b).into(), i);
            }
            MapKey::Nan => {}
        }
        i
    }

    pub fn remove(&mut self, k: &MapKey) {
        let i = match k {
            MapKey::Word(w) => self.by_word.remove(w),
            MapKey::Bytes(b) => self.by_bytes.remove(*b),
            MapKey::Nan => None,
        };
        if let Some(i) = i {
            if let Some(l) = self.live.get_mut(i) {
                *l = false;
                self.len -= 1;
            }
        }
    }

    /// `clear(m)`.
    pub fn clear(&mut self) {
        self.keys.clear();
        self.vals.clear();
        self.live.clear();
        self.by_word.clear();
        self.by_bytes.clear();
        self.len = 0;
    }
}

/// The arena is chunks of `CHUNK` slots, made when first needed and never
/// moved or freed; slot `i` is slot `i % CHUNK` of chunk `i / CHUNK`, so a
/// lookup is a shift, a mask and a load from a table of fixed size. The
/// first `NEAR` chunks (16M objects) are in a table inside the heap; the
/// rest that a `u32` handle can name are in a second table, made the
/// first time a program has that many objects, and looked up out of line.
const CHUNK_BITS: u32 = 12;
const CHUNK: usize = 1 << CHUNK_BITS;
const NEAR: usize = 4096;
const CHUNKS: usize = 1 << (32 - CHUNK_BITS);

/// A slot: an object, put there once per allocation and taken out only by
/// a collection. A thread that meets a handle before its object is in
/// place (only a racy program can make that happen) sees an empty slot.
/// A slot is a cache line of its own, so one miss brings in the object
/// and its state. (A hand-made cell with a state byte saved the
/// allocations a few percent, within this machine's noise; `OnceLock`
/// keeps the heap free of `unsafe`.)
#[repr(align(64))]
struct Slot(OnceLock<Object>);

impl Slot {
    fn new() -> Slot {
        Slot(OnceLock::new())
    }

    /// The object, if it is in place.
    #[inline]
    fn get(&self) -> Option<&Object> {
        self.0.get()
    }

    /// Puts `obj` in an empty slot; gives it back if the slot is not.
    #[inline]
    fn set(&self, obj: Object) -> Result<(), Object> {
        self.0.set(obj)
    }

    fn get_mut(&mut self) -> Option<&mut Object> {
        self.0.get_mut()
    }

    /// Empties the slot, dropping its object.
    fn clear(&mut self) {
        self.0.take();
    }
}

impl std::fmt::Debug for Slot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.get().fmt(f)
    }
}

type Chunk = [Slot; CHUNK];
type ChunkCell = OnceLock<Box<Chunk>>;

fn new_chunk() -> Box<Chunk> {
    let slots: Box<[Slot]> = (0..CHUNK).map(|_| Slot::new()).collect();
    match slots.try_into() {
        Ok(chunk) => chunk,
        Err(_) => unreachable!("a chunk has CHUNK slots"),
    }
}

/// Free slots a P allocates from without touching the shared list, and
/// the bytes it allocated since it last told the heap (Go's mcache and
/// its `heapLive` flushes).
#[derive(Debug, Default)]
pub struct AllocCache {
    free: Vec<u32>,
    bytes: usize,
}

/// How many slots a cache takes from the shared list at a time, and how
/// many bytes it allocates before adding them to the heap's count.
const REFILL: usize = 128;
const FLUSH_BYTES: usize = 64 << 10;

impl AllocCache {
    /// Forgets its slots and reports its bytes: a collection rebuilds the
    /// free list from every empty slot.
    fn reset(&mut self) -> usize {
        self.free.clear();
        std::mem::take(&mut self.bytes)
    }
}

#[derive(Debug)]
pub struct Heap {
    /// Chunks `0..NEAR`.
    near: [ChunkCell; NEAR],
    /// Chunks `NEAR..CHUNKS`, for programs with more than 16M objects.
    far: OnceLock<Box<[ChunkCell]>>,
    /// Slots below this one have been handed out at least once (at most
    /// 2^32: it counts past the last handle rather than wrap).
    fresh: AtomicU64,
    /// Empty slots below `fresh`, for the caches to take.
    free: Mutex<Vec<u32>>,
    /// Handles up to this one are pinned (constants).
    pinned: u32,
    marks: Vec<bool>,
    /// Live bytes after the last collection.
    live_bytes: usize,
    /// Bytes allocated since, as the caches have reported them.
    allocated: AtomicUsize,
    /// What may be allocated before the next collection.
    next_gc: AtomicUsize,
    /// Collect at every safepoint after an allocation (the tests'
    /// GC-stress mode).
    pub stress: bool,
    /// GOGC: the heap may grow by this percentage of the live heap
    /// between collections; `None` is GOGC=off (never collect).
    pub gogc: Option<usize>,
    /// An embedder's limit on the live heap: the goal never passes it.
    limit: Option<usize>,
    /// An allocation larger than the limit allows was refused.
    pub over_limit: AtomicBool,
    pub collections: u64,
}

/// What one collection did, for GODEBUG=gctrace=1.
#[derive(Clone, Copy, Debug)]
pub struct GcStats {
    /// Heap bytes when it started, live bytes after, the next goal.
    pub before: usize,
    pub after: usize,
    pub goal: usize,
    pub elapsed: std::time::Duration,
}

/// The first collection happens once this much is allocated (Go's 4 MB).
const MIN_HEAP: usize = 4 << 20;

/// Under a heap limit, what may still be allocated after a collection.
const MIN_ROOM: usize = 64 << 10;

impl Default for Heap {
    fn default() -> Heap {
        Heap::new()
    }
}

/// A goroutine's way to allocate: the shared heap and its P's cache.
/// Reads go through to the heap.
pub struct Mutator<'h> {
    pub heap: &'h Heap,
    pub cache: &'h mut AllocCache,
}

impl std::ops::Deref for Mutator<'_> {
    type Target = Heap;
    fn deref(&self) -> &Heap {
        self.heap
    }
}

impl Mutator<'_> {
    /// Whether the heap has grown to its goal, counting this cache's
    /// bytes and an allocation of `size` about to happen.
    pub fn should_collect(&self, size: usize) -> bool {
        self.heap.stress
            || self.heap.over_limit.load(Relaxed)
            || (self.heap.gogc.is_some()
                && self.heap.allocated.load(Relaxed) + self.cache.bytes + size
                    >= self.heap.next_gc.load(Relaxed))
    }

    /// Puts `obj`, which costs `size` (its [`Object::size`]), in a free
    /// slot.
    #[inline(never)]
    fn insert(&mut self, obj: Object, size: usize) -> Handle {
        self.cache.bytes += size;
        if self.cache.bytes >= FLUSH_BYTES {
            self.heap
                .allocated
                .fetch_add(std::mem::take(&mut self.cache.bytes), Relaxed);
        }
        let mut obj = obj;
        loop {
            let Some(i) = self
                .cache
                .free
                .pop()
                .or_else(|| self.heap.refill(self.cache))
            else {
                // Every u32 handle is in use: nothing more can be
                // allocated. The value reads as nil.
                return 0;
            };
            let Some(slot) = self.heap.slot_or_make(i) else {
                return 0;
            };
            match slot.set(obj) {
                Ok(()) => return i + 1,
                // Cannot happen (a slot is in one cache at a time); take
                // another rather than fail.
                Err(o) => obj = o,
            }
        }
    }

    pub fn alloc_bytes(&mut self, bytes: Box<[u8]>) -> Handle {
        let size = charge(bytes.len());
        self.insert(Object::Bytes(bytes), size)
    }

    /// A new string's two words (reference, length); the empty string
    /// allocates nothing.
    pub fn alloc_string(&mut self, bytes: Vec<u8>) -> [u64; 2] {
        let len = bytes.len() as u64;
        if len == 0 {
            return [0, 0];
        }
        [ref_word(self.alloc_bytes(bytes.into()), 0), len]
    }

    /// Whether an allocation of `bytes` would pass the embedder's heap
    /// limit by itself; then it is refused (the object is made empty, and
    /// the heap marked: the run ends at the goroutine's next stop, before
    /// the program can use it).
    fn refused(&self, bytes: usize) -> bool {
        match self.heap.limit {
            Some(limit) if bytes > limit.saturating_sub(self.heap.live_bytes) => {
                self.heap.over_limit.store(true, Relaxed);
                true
            }
            _ => false,
        }
    }

    pub fn alloc_words(&mut self, len: usize, layout: Layout) -> Handle {
        let mut n = len.saturating_mul(layout.words as usize);
        if self.refused(n.saturating_mul(8)) {
            n = 0;
        }
        self.insert(
            Object::Words {
                data: zeroed_words(n),
                layout,
            },
            charge(n.saturating_mul(8)),
        )
    }

    /// Words holding `init`, with `layout`.
    pub fn alloc_words_from(&mut self, init: &[u64], layout: Layout) -> Handle {
        let data = match *init {
            [] => SmallVec::new(),
            [a] => SmallVec::from_buf_and_len([AtomicU64::new(a), AtomicU64::new(0)], 1),
            [a, b] => SmallVec::from_buf([AtomicU64::new(a), AtomicU64::new(b)]),
            _ => SmallVec::from_vec(init.iter().map(|&w| AtomicU64::new(w)).collect()),
        };
        self.insert(Object::Words { data, layout }, charge(init.len() * 8))
    }

    pub fn alloc_chan(&mut self, elem: Layout, cap: usize) -> Handle {
        let obj = Object::Chan(std::sync::Arc::new(crate::chan::Chan::new(elem, cap)));
        let size = obj.size();
        self.insert(obj, size)
    }

    pub fn alloc_timer(&mut self, t: Box<dyn crate::timer::TimerOps>) -> Handle {
        let obj = Object::Timer(t);
        let size = obj.size();
        self.insert(obj, size)
    }

    pub fn alloc_map(&mut self, layout: MapLayout) -> Handle {
        let obj = Object::Map(Box::new(Mutex::new(MapObj::new(layout))));
        let size = obj.size();
        self.insert(obj, size)
    }

    /// A byte array of `len` zero bytes.
    pub fn alloc_byte_array(&mut self, len: usize) -> Handle {
        let len = if self.refused(len) { 0 } else { len };
        self.insert(Object::ByteArray(zeroed_bytes(len)), charge(len))
    }

    /// A byte array holding `bytes`.
    pub fn alloc_byte_array_from(&mut self, bytes: Vec<u8>) -> Handle {
        let size = charge(bytes.len());
        self.insert(
            Object::ByteArray(bytes.into_iter().map(AtomicU8::new).collect()),
            size,
        )
    }
}

impl Heap {
    pub fn new() -> Heap {
        Heap {
            near: std::array::from_fn(|_| OnceLock::new()),
            far: OnceLock::new(),
            fresh: AtomicU64::new(0),
            free: Mutex::new(Vec::new()),
            pinned: 0,
            marks: Vec::new(),
            live_bytes: 0,
            allocated: AtomicUsize::new(0),
            next_gc: AtomicUsize::new(MIN_HEAP),
            stress: false,
            gogc: Some(100),
            limit: None,
            over_limit: AtomicBool::new(false),
            collections: 0,
        }
    }

    /// A mutator for code that owns the heap outright (setting up a
    /// machine, tests): its cache is the caller's.
    pub fn mutator<'h>(&'h self, cache: &'h mut AllocCache) -> Mutator<'h> {
        Mutator { heap: self, cache }
    }

    /// Slots for `cache`: from the free list, else never used ones.
    fn refill(&self, cache: &mut AllocCache) -> Option<u32> {
        {
            let mut free = self.free.lock().unwrap_or_else(PoisonError::into_inner);
            let n = free.len().min(REFILL);
            let at = free.len() - n;
            cache.free.extend(free.drain(at..));
        }
        if cache.free.is_empty() {
            // Slot u32::MAX would be handle 0 (nil): the last one is
            // u32::MAX - 1.
            const END: u64 = u32::MAX as u64;
            let first = self.fresh.fetch_add(REFILL as u64, Relaxed).min(END);
            let last = (first + REFILL as u64).min(END);
            cache.free.extend((first as u32..last as u32).rev());
        }
        cache.free.pop()
    }

    /// Slot `i`, if its chunk has been made.
    #[inline]
    fn slot(&self, i: u32) -> Option<&Slot> {
        let c = (i >> CHUNK_BITS) as usize;
        let chunk = match self.near.get(c) {
            Some(cell) => cell.get()?,
            None => self.far_chunk(c)?,
        };
        Some(&chunk[i as usize & (CHUNK - 1)])
    }

    /// Chunk `c` past the near table (also where nil, slot u32::MAX,
    /// is looked up).
    #[cold]
    #[inline(never)]
    fn far_chunk(&self, c: usize) -> Option<&Chunk> {
        Some(self.far.get()?.get(c.checked_sub(NEAR)?)?.get()?)
    }

    #[inline(never)]
    fn slot_or_make(&self, i: u32) -> Option<&Slot> {
        let c = (i >> CHUNK_BITS) as usize;
        let cell = match self.near.get(c) {
            Some(cell) => cell,
            None => self
                .far
                .get_or_init(|| (NEAR..CHUNKS).map(|_| OnceLock::new()).collect())
                .get(c - NEAR)?,
        };
        Some(&cell.get_or_init(new_chunk)[i as usize & (CHUNK - 1)])
    }

    #[inline]
    fn get(&self, h: Handle) -> Option<&Object> {
        self.slot(h.wrapping_sub(1))?.get()
    }

    /// Chunk `c` of `near` and `far`, for a collection.
    fn chunk_mut<'a>(
        near: &'a mut [ChunkCell; NEAR],
        far: &'a mut OnceLock<Box<[ChunkCell]>>,
        c: usize,
    ) -> Option<&'a mut Chunk> {
        let cell = match c.checked_sub(NEAR) {
            None => near.get_mut(c)?,
            Some(f) => far.get_mut()?.get_mut(f)?,
        };
        Some(cell.get_mut()?)
    }

    /// Pins every object allocated so far (the program's constants,
    /// allocated one after another from a new heap): collections never
    /// sweep them. The slots their cache did not use go to the free list.
    pub fn pin_all(&mut self) {
        let used = (*self.fresh.get_mut()).min(u64::from(u32::MAX)) as u32;
        let mut pinned = 0;
        while pinned < used && self.slot(pinned).is_some_and(|s| s.get().is_some()) {
            pinned += 1;
        }
        self.pinned = pinned;
        let free: Vec<u32> = (pinned..used)
            .rev()
            .filter(|&i| self.slot(i).is_none_or(|s| s.get().is_none()))
            .collect();
        *self.free.get_mut().unwrap_or_else(PoisonError::into_inner) = free;
    }

    pub fn bytes(&self, h: Handle) -> &[u8] {
        match self.get(h) {
            Some(Object::Bytes(b)) => b,
            _ => &[],
        }
    }

    /// Map `h`, locked; `None` if `h` is not a map.
    #[inline(never)]
    pub fn map(&self, h: Handle) -> Option<MutexGuard<'_, MapObj>> {
        match self.get(h) {
            Some(Object::Map(m)) => Some(m.lock().unwrap_or_else(PoisonError::into_inner)),
            _ => None,
        }
    }

    /// Channel `h`; `None` if `h` is not a channel.
    pub fn chan(&self, h: Handle) -> Option<&std::sync::Arc<crate::chan::Chan>> {
        match self.get(h) {
            Some(Object::Chan(c)) => Some(c),
            _ => None,
        }
    }

    /// The runtime timer of a time.Timer.
    pub fn timer(&self, h: Handle) -> Option<&dyn crate::timer::TimerOps> {
        match self.get(h) {
            Some(Object::Timer(t)) => Some(&**t),
            _ => None,
        }
    }

    /// The words of a word array (empty for anything else).
    pub fn words(&self, h: Handle) -> &[AtomicU64] {
        match self.get(h) {
            Some(Object::Words { data, .. }) => data,
            _ => &[],
        }
    }

    /// The words of a word object, or `None` for any other kind of
    /// object (a byte array reads through `read`/`read1`) and for nil.
    /// The slice stays valid while the heap is borrowed: only a
    /// collection (`&mut Heap`) empties a slot.
    #[inline]
    pub fn word_array(&self, h: Handle) -> Option<&[AtomicU64]> {
        match self.get(h) {
            Some(Object::Words { data, .. }) => Some(data),
            _ => None,
        }
    }

    /// Words `off..off + n` of an array object, as `read` reads them.
    #[inline(never)]
    pub fn read_vec(&self, h: Handle, off: usize, n: usize) -> Vec<u64> {
        let mut out = vec![0; n];
        self.read(h, off, &mut out);
        out
    }

    /// Bytes `off..off + n` of a byte array, if it has them.
    #[inline(never)]
    pub fn byte_array_range(&self, h: Handle, off: usize, n: usize) -> Option<Vec<u8>> {
        match self.get(h) {
            Some(Object::ByteArray(b)) => Some(
                b.get(off..off.checked_add(n)?)?
                    .iter()
                    .map(|x| x.load(Relaxed))
                    .collect(),
            ),
            _ => None,
        }
    }

    /// Elements `off..off + out.len()` of an array object (words, or a
    /// byte array's bytes zero-extended); out of range reads as zeros.
    #[inline(never)]
    pub fn read(&self, h: Handle, off: usize, out: &mut [u64]) {
        let end = off.saturating_add(out.len());
        match self.get(h) {
            Some(Object::Words { data, .. }) => match data.get(off..end) {
                Some(src) => {
                    for (o, x) in out.iter_mut().zip(src) {
                        *o = x.load(Relaxed);
                    }
                }
                None => out.fill(0),
            },
            Some(Object::ByteArray(b)) => match b.get(off..end) {
                Some(src) => {
                    for (o, x) in out.iter_mut().zip(src) {
                        *o = u64::from(x.load(Relaxed));
                    }
                }
                None => out.fill(0),
            },
            _ => out.fill(0),
        }
    }

    /// Element `off` of an array object, as `read` reads it: the common
    /// one-word case without a copy loop.
    #[inline]
    pub fn read1(&self, h: Handle, off: usize) -> u64 {
        match self.get(h) {
            Some(Object::Words { data, .. }) => data.get(off).map_or(0, |x| x.load(Relaxed)),
            Some(Object::ByteArray(b)) => b.get(off).map_or(0, |x| u64::from(x.load(Relaxed))),
            _ => 0,
        }
    }

    /// Stores one element, as `write` does.
    #[inline]
    pub fn write1(&self, h: Handle, off: usize, v: u64) {
        match self.get(h) {
            Some(Object::Words { data, .. }) => {
                if let Some(d) = data.get(off) {
                    d.store(v, Relaxed);
                }
            }
            Some(Object::ByteArray(b)) => {
                if let Some(d) = b.get(off) {
                    d.store(v as u8, Relaxed);
                }
            }
            _ => {}
        }
    }

    /// Stores `src` at elements `off..` of an array object (a byte array
    /// keeps each word's low byte); out of range stores nothing.
    #[inline(never)]
    pub fn write(&self, h: Handle, off: usize, src: &[u64]) {
        let end = off.saturating_add(src.len());
        match self.get(h) {
            Some(Object::Words { data, .. }) => {
                if let Some(dst) = data.get(off..end) {
                    for (d, &x) in dst.iter().zip(src) {
                        d.store(x, Relaxed);
                    }
                }
            }
            Some(Object::ByteArray(b)) => {
                if let Some(dst) = b.get(off..end) {
                    for (d, &x) in dst.iter().zip(src) {
                        d.store(x as u8, Relaxed);
                    }
                }
            }
            _ => {}
        }
    }

    /// Copies `n` elements of object `src` from `soff` into object `dst`
    /// at `doff` (the same object or another, overlapping as memmove
    /// allows): words to words, bytes (a string's or a byte array's) to a
    /// byte array, a string's bytes one per word to words. Ranges outside
    /// either object copy nothing.
    #[inline(never)]
    pub fn copy_into(&self, src: Handle, soff: usize, dst: Handle, doff: usize, n: usize) {
        if n == 0 {
            return;
        }
        let (Some(a), Some(b)) = (self.get(src), self.get(dst)) else {
            return;
        };
        let (Some(send), Some(dend)) = (soff.checked_add(n), doff.checked_add(n)) else {
            return;
        };
        // Backwards when the destination overlaps the source from above.
        let backwards = src == dst && doff > soff;
        fn each(n: usize, backwards: bool, mut f: impl FnMut(usize)) {
            if backwards {
                (0..n).rev().for_each(&mut f);
            } else {
                (0..n).for_each(&mut f);
            }
        }
        match (a, b) {
            (Object::Words { data: from, .. }, Object::Words { data: to, .. }) => {
                if let (Some(from), Some(to)) = (from.get(soff..send), to.get(doff..dend)) {
                    each(n, backwards, |i| {
                        to[i].store(from[i].load(Relaxed), Relaxed)
                    });
                }
            }
            (Object::ByteArray(from), Object::ByteArray(to)) => {
                if let (Some(from), Some(to)) = (from.get(soff..send), to.get(doff..dend)) {
                    each(n, backwards, |i| {
                        to[i].store(from[i].load(Relaxed), Relaxed)
                    });
                }
            }
            (Object::Bytes(from), Object::ByteArray(to)) => {
                if let (Some(from), Some(to)) = (from.get(soff..send), to.get(doff..dend)) {
                    for (t, &f) in to.iter().zip(from) {
                        t.store(f, Relaxed);
                    }
                }
            }
            (Object::Bytes(from), Object::Words { data: to, .. }) => {
                if let (Some(from), Some(to)) = (from.get(soff..send), to.get(doff..dend)) {
                    for (t, &f) in to.iter().zip(from) {
                        t.store(u64::from(f), Relaxed);
                    }
                }
            }
            // A byte array ([N]byte, a word a byte) and a packed byte
            // slice (make([]byte), append's temporaries), either way.
            (Object::ByteArray(from), Object::Words { data: to, .. }) => {
                if let (Some(from), Some(to)) = (from.get(soff..send), to.get(doff..dend)) {
                    for (t, f) in to.iter().zip(from) {
                        t.store(u64::from(f.load(Relaxed)), Relaxed);
                    }
                }
            }
            (Object::Words { data: from, .. }, Object::ByteArray(to)) => {
                if let (Some(from), Some(to)) = (from.get(soff..send), to.get(doff..dend)) {
                    for (t, f) in to.iter().zip(from) {
                        t.store(f.load(Relaxed) as u8, Relaxed);
                    }
                }
            }
            _ => {}
        }
    }

    /// Takes back a cache's slots and bytes before a collection (which
    /// rebuilds the free list from every empty slot).
    pub fn reset_cache(&mut self, cache: &mut AllocCache) {
        *self.allocated.get_mut() += cache.reset();
    }

    /// Adds what a cache allocated to the heap's count (ReadMemStats).
    pub fn flush_bytes(&self, cache: &mut AllocCache) {
        self.allocated
            .fetch_add(std::mem::take(&mut cache.bytes), Relaxed);
    }

    /// The heap size at which the next collection starts (Go's NextGC).
    pub fn goal(&self) -> usize {
        self.live_bytes + self.next_gc.load(Relaxed)
    }

    /// Live bytes after the last collection plus what was allocated
    /// since (as far as the caches have reported it).
    pub fn live_bytes(&self) -> usize {
        self.live_bytes + self.allocated.load(Relaxed)
    }

    /// Sets an embedder's limit on the live heap: collections start
    /// before the heap reaches it.
    pub fn set_limit(&mut self, limit: usize) {
        self.limit = Some(limit);
        let first = (*self.next_gc.get_mut()).min(limit.max(MIN_ROOM));
        *self.next_gc.get_mut() = first;
    }

    /// A collection from `roots` (reference words); `scanned` is the size
    /// of the roots themselves (stacks and globals), which Go's pacer
    /// counts too. Every P's cache must have been handed back first
    /// (`reset_cache`): the sweep rebuilds the free list from every empty
    /// slot, so the caches start over.
    pub fn collect(&mut self, roots: impl Iterator<Item = u64>, scanned: usize) -> GcStats {
        let started = std::time::Instant::now();
        let before = self.live_bytes + *self.allocated.get_mut();
        self.collections += 1;
        let used = (*self.fresh.get_mut()).min(u64::from(u32::MAX)) as u32;
        self.marks.clear();
        self.marks.resize(used as usize, false);
        let mut stack: Vec<Handle> = roots.map(handle_of).collect();
        let mut live = 0;
        while let Some(h) = stack.pop() {
            let i = h.wrapping_sub(1);
            match self.marks.get(i as usize) {
                Some(false) => {}
                _ => continue, // nil, marked, or not a handle
            }
            let Some(obj) =
                Heap::chunk_mut(&mut self.near, &mut self.far, (i >> CHUNK_BITS) as usize)
                    .and_then(|chunk| chunk[i as usize & (CHUNK - 1)].get_mut())
            else {
                continue;
            };
            // Marked means in place and live: the sweep does not look at
            // marked slots again, so their bytes are counted here.
            self.marks[i as usize] = true;
            live += obj.size();
            match obj {
                Object::Words { data, layout } => {
                    if layout.refs.is_empty() || layout.words == 0 {
                        continue;
                    }
                    for elem in data.chunks_mut(layout.words as usize) {
                        for &off in layout.refs.iter() {
                            if let Some(w) = elem.get_mut(off as usize) {
                                stack.push(handle_of(*w.get_mut()));
                            }
                        }
                    }
                }
                Object::Map(m) => {
                    let m = m.get_mut().unwrap_or_else(PoisonError::into_inner);
                    let vw = m.layout.val.words as usize;
                    let kw = m.layout.key.words as usize;
                    for (slot, &live) in m.live.iter().enumerate() {
                        if !live {
                            continue;
                        }
                        for &off in m.layout.key.refs.iter() {
                            if let Some(&w) = m.keys.get(slot * kw + off as usize) {
                                stack.push(handle_of(w));
                            }
                        }
                        for &off in m.layout.val.refs.iter() {
                            if let Some(&w) = m.vals.get(slot * vw + off as usize) {
                                stack.push(handle_of(w));
                            }
                        }
                    }
                }
                Object::Chan(c) => {
                    let mut words = Vec::new();
                    c.roots(&mut words);
                    stack.extend(words.into_iter().map(handle_of));
                }
                _ => {}
            }
        }
        let free = self.free.get_mut().unwrap_or_else(PoisonError::into_inner);
        free.clear();
        for c in 0..(used as usize).div_ceil(CHUNK) {
            let base = (c * CHUNK) as u32;
            let Some(chunk) = Heap::chunk_mut(&mut self.near, &mut self.far, c) else {
                break;
            };
            let n = ((used - base) as usize).min(CHUNK);
            let marks = &self.marks[base as usize..base as usize + n];
            for ((k, slot), &marked) in chunk[..n].iter_mut().enumerate().zip(marks) {
                let i = base + k as u32;
                if marked {
                    continue;
                }
                match slot.get_mut() {
                    Some(obj) if i < self.pinned => live += obj.size(),
                    Some(_) => {
                        slot.clear();
                        free.push(i);
                    }
                    None => free.push(i),
                }
            }
        }
        // Low slots first: the caches pop from the end of what they take.
        free.reverse();
        self.live_bytes = live;
        *self.allocated.get_mut() = 0;
        // Go's pacer (Go 1.18 on): the next goal is the live heap plus
        // GOGC% of what a collection scans, the live heap, the stacks and
        // the globals, at least 4 MB; `next_gc` counts what may be
        // allocated until then.
        let gogc = self.gogc.unwrap_or(100);
        let mut goal = (live + (live + scanned) * gogc / 100).max(MIN_HEAP);
        if let Some(limit) = self.limit {
            // Collect before the limit, however often that takes (Go's
            // GOMEMLIMIT does likewise), but leave room to allocate.
            goal = goal.min(limit).max(live + MIN_ROOM);
        }
        *self.next_gc.get_mut() = goal - live;
        GcStats {
            before,
            after: live,
            goal,
            elapsed: started.elapsed(),
        }
    }
}

/// Go's size classes (internal/runtime/gc.SizeClassToSize): a small
/// allocation gets the smallest class that fits.
const SIZE_CLASSES: [usize; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

/// The runtime's `roundupsize`: the size Go's allocator really hands out
/// for a request, which is what `append` turns into capacity.
pub fn roundupsize(size: usize, noscan: bool) -> usize {
    const MALLOC_HEADER: usize = 8;
    const MIN_SIZE_FOR_HEADER: usize = 8 * 64;
    const MAX_SMALL: usize = 32768;
    const PAGE: usize = 8192;
    if size <= MAX_SMALL - MALLOC_HEADER {
        let mut req = size;
        if !noscan && req > MIN_SIZE_FOR_HEADER {
            req += MALLOC_HEADER;
        }
        let class = SIZE_CLASSES
            .iter()
            .copied()
            .find(|&c| c >= req)
            .unwrap_or(MAX_SMALL);
        return class - (req - size);
    }
    size.saturating_add(PAGE - 1) & !(PAGE - 1)
}

/// The capacity `append` gives a slice of `elem_size`-byte elements growing
/// from `old_cap` to hold `new_len` (the runtime's `growslice`).
pub fn grow_cap(old_cap: usize, new_len: usize, elem_size: usize, has_pointers: bool) -> usize {
    let mut newcap = old_cap;
    let doublecap = newcap * 2;
    if new_len > doublecap {
        newcap = new_len;
    } else if old_cap < 256 {
        newcap = doublecap;
    } else {
        while newcap < new_len {
            newcap += (newcap + 3 * 256) >> 2;
        }
    }
    if elem_size == 0 {
        return newcap;
    }
    let mem = roundupsize(newcap.saturating_mul(elem_size), !has_pointers);
    mem / elem_size
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn append_growth_is_gos() {
        // Capacities Go 1.27 reports appending one element at a time to a
        // heap slice (tests/go's README): []int and []byte.
        let mut cap = 0;
        let mut seen = Vec::new();
        for len in 1..=2000 {
            if len > cap {
                cap = grow_cap(cap, len, 8, false);
                seen.push(cap);
            }
        }
        assert_eq!(
            &seen[..12],
            &[1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280]
        );
        let mut cap = 0;
        let mut seen = Vec::new();
        for len in 1..=3000 {
            if len > cap {
                cap = grow_cap(cap, len, 1, false);
                seen.push(cap);
            }
        }
        assert_eq!(
            &seen[..],
            &[8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072]
        );
    }

    #[test]
    fn the_goal_is_twice_the_live_heap_or_4_mb() {
        let mut heap = Heap::new();
        let mut cache = AllocCache::default();
        let layout = Layout {
            words: 1,
            refs: vec![].into(),
        };
        let mut mu = heap.mutator(&mut cache);
        let live: Vec<Handle> = (0..1000)
            .map(|_| mu.alloc_words(1024, layout.clone()))
            .collect();
        heap.reset_cache(&mut cache);
        let stats = heap.collect(live.iter().map(|&h| ref_word(h, 0)), 0);
        assert!(stats.after > MIN_HEAP);
        assert_eq!(stats.goal, 2 * stats.after);
        // What may be allocated before the next collection: up to the goal.
        let mu = heap.mutator(&mut cache);
        assert!(!mu.should_collect(stats.after - 1));
        assert!(mu.should_collect(stats.after));
        let stats = heap.collect(std::iter::empty(), 0);
        assert_eq!((stats.after, stats.goal), (0, MIN_HEAP));
        // Stacks and globals count as scanned work, as in Go 1.18's pacer.
        let mut mu = heap.mutator(&mut cache);
        let live: Vec<Handle> = (0..1000)
            .map(|_| mu.alloc_words(1024, layout.clone()))
            .collect();
        heap.reset_cache(&mut cache);
        let stats = heap.collect(live.iter().map(|&h| ref_word(h, 0)), 3 << 20);
        assert_eq!(stats.goal, 2 * stats.after + (3 << 20));
    }

    #[test]
    fn cycles_and_garbage_are_collected() {
        let mut heap = Heap::new();
        let mut cache = AllocCache::default();
        let layout = Layout {
            words: 1,
            refs: vec![0].into(),
        };
        let mut mu = heap.mutator(&mut cache);
        let a = mu.alloc_words(1, layout.clone());
        let b = mu.alloc_words(1, layout);
        let kept = mu.alloc_bytes(b"kept".to_vec().into());
        heap.write1(a, 0, ref_word(b, 0));
        heap.write1(b, 0, ref_word(a, 0));
        heap.reset_cache(&mut cache);
        heap.collect([ref_word(kept, 0)].into_iter(), 0);
        assert_eq!(heap.bytes(kept), b"kept");
        assert!(heap.words(a).is_empty() && heap.words(b).is_empty());
        // The freed slots are reused.
        let mut mu = heap.mutator(&mut cache);
        let c = mu.alloc_bytes(b"new".to_vec().into());
        assert!(c == a || c == b, "{c} reuses {a} or {b}");
    }

    #[test]
    fn threads_allocate_and_write_at_once() {
        // Four threads, each with its own cache, allocate 20,000 objects
        // and link them into lists; every object is where it was put.
        let heap = Heap::new();
        let layout = Layout {
            words: 2,
            refs: vec![1].into(),
        };
        let lists: Vec<Handle> = std::thread::scope(|s| {
            let workers: Vec<_> = (0..4u64)
                .map(|t| {
                    let (heap, layout) = (&heap, layout.clone());
                    s.spawn(move || {
                        let mut cache = AllocCache::default();
                        let mut mu = heap.mutator(&mut cache);
                        let mut head = 0;
                        for i in 0..20_000u64 {
                            let h = mu.alloc_words(1, layout.clone());
                            heap.write(h, 0, &[t * 1_000_000 + i, ref_word(head, 0)]);
                            head = h;
                        }
                        head
                    })
                })
                .collect();
            workers.into_iter().map(|w| w.join().unwrap()).collect()
        });
        for (t, &head) in lists.iter().enumerate() {
            let (mut h, mut i) = (head, 20_000u64);
            while h != 0 {
                i -= 1;
                assert_eq!(heap.read1(h, 0), t as u64 * 1_000_000 + i);
                h = handle_of(heap.read1(h, 1));
            }
            assert_eq!(i, 0);
        }
    }
}
