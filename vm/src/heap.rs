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
//! Roots are given by the caller at each collection: the registers that a
//! frame's layout marks as references, the globals, the program's
//! constants. Objects allocated for constants are pinned and never swept.

use smallvec::SmallVec;
use std::collections::HashMap;

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
        data: SmallVec<[u64; 2]>,
        layout: Layout,
    },
    /// A backing array of bytes or bools (`[]byte`, `new(bool)`): one
    /// byte per element instead of a word, read back zero-extended.
    ByteArray(Vec<u8>),
    /// A Go map.
    Map(Box<MapObj>),
}

impl Object {
    /// What the object costs in memory, for the pacer: its data, rounded
    /// as the allocator rounds small blocks, plus its slot in the arena.
    fn size(&self) -> usize {
        const SLOT: usize = std::mem::size_of::<Option<Object>>();
        let data = match self {
            Object::Bytes(b) => b.len(),
            Object::Words { data, .. } => data.len() * 8,
            Object::ByteArray(b) => b.len(),
            Object::Map(m) => (m.keys.len() + m.vals.len()) * 12 + 64,
        };
        SLOT + data.next_multiple_of(16)
    }
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

#[derive(Debug, Default)]
pub struct Heap {
    objects: Vec<Option<Object>>,
    free: Vec<u32>,
    /// Handles up to this one are pinned (constants).
    pinned: u32,
    marks: Vec<bool>,
    live_bytes: usize,
    allocated: usize,
    next_gc: usize,
    /// Collect at every allocation (the tests' GC-stress mode).
    pub stress: bool,
    /// GOGC: the heap may grow by this percentage of the live heap
    /// between collections; `None` is GOGC=off (never collect).
    pub gogc: Option<usize>,
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

impl Heap {
    pub fn new() -> Heap {
        Heap {
            next_gc: MIN_HEAP,
            gogc: Some(100),
            ..Heap::default()
        }
    }

    /// Whether an allocation of `size` bytes should collect first.
    pub fn should_collect(&self, size: usize) -> bool {
        self.stress || (self.gogc.is_some() && self.allocated + size >= self.next_gc)
    }

    fn insert(&mut self, obj: Object) -> Handle {
        let size = obj.size();
        self.allocated += size;
        self.live_bytes += size;
        if let Some(i) = self.free.pop() {
            self.objects[i as usize] = Some(obj);
            return i + 1;
        }
        self.objects.push(Some(obj));
        self.objects.len() as Handle
    }

    pub fn alloc_bytes(&mut self, bytes: Box<[u8]>) -> Handle {
        self.insert(Object::Bytes(bytes))
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

    pub fn alloc_words(&mut self, len: usize, layout: Layout) -> Handle {
        let n = len.saturating_mul(layout.words as usize);
        self.insert(Object::Words {
            data: SmallVec::from_elem(0, n),
            layout,
        })
    }

    /// Pins every object allocated so far (the program's constants).
    pub fn pin_all(&mut self) {
        self.pinned = self.objects.len() as u32;
    }

    pub fn bytes(&self, h: Handle) -> &[u8] {
        match self.get(h) {
            Some(Object::Bytes(b)) => b,
            _ => &[],
        }
    }

    pub fn alloc_map(&mut self, layout: MapLayout) -> Handle {
        self.insert(Object::Map(Box::new(MapObj::new(layout))))
    }

    pub fn map(&self, h: Handle) -> Option<&MapObj> {
        match self.get(h) {
            Some(Object::Map(m)) => Some(m),
            _ => None,
        }
    }

    pub fn map_mut(&mut self, h: Handle) -> Option<&mut MapObj> {
        match self
            .objects
            .get_mut((h as usize).wrapping_sub(1))
            .and_then(Option::as_mut)
        {
            Some(Object::Map(m)) => Some(m),
            _ => None,
        }
    }

    pub fn words(&self, h: Handle) -> &[u64] {
        match self.get(h) {
            Some(Object::Words { data, .. }) => data,
            _ => &[],
        }
    }

    pub fn words_mut(&mut self, h: Handle) -> &mut [u64] {
        match self
            .objects
            .get_mut((h as usize).wrapping_sub(1))
            .and_then(Option::as_mut)
        {
            Some(Object::Words { data, .. }) => data,
            _ => &mut [],
        }
    }

    fn get(&self, h: Handle) -> Option<&Object> {
        self.objects.get((h as usize).wrapping_sub(1))?.as_ref()
    }

    /// A byte array of `len` zero bytes.
    pub fn alloc_byte_array(&mut self, len: usize) -> Handle {
        self.insert(Object::ByteArray(vec![0; len]))
    }

    /// A byte array holding `bytes`.
    pub fn alloc_byte_array_from(&mut self, bytes: Vec<u8>) -> Handle {
        self.insert(Object::ByteArray(bytes))
    }

    /// The bytes of a byte array (empty for anything else).
    pub fn byte_array(&self, h: Handle) -> &[u8] {
        match self.get(h) {
            Some(Object::ByteArray(b)) => b,
            _ => &[],
        }
    }

    /// Elements `off..off + out.len()` of an array object (words, or a
    /// byte array's bytes zero-extended); out of range reads as zeros.
    pub fn read(&self, h: Handle, off: usize, out: &mut [u64]) {
        match self.get(h) {
            Some(Object::Words { data, .. }) => match data.get(off..off + out.len()) {
                Some(src) => out.copy_from_slice(src),
                None => out.fill(0),
            },
            Some(Object::ByteArray(b)) => match b.get(off..off + out.len()) {
                Some(src) => {
                    for (o, &x) in out.iter_mut().zip(src) {
                        *o = u64::from(x);
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
            Some(Object::Words { data, .. }) => data.get(off).copied().unwrap_or(0),
            Some(Object::ByteArray(b)) => b.get(off).map_or(0, |&x| u64::from(x)),
            _ => 0,
        }
    }

    /// Stores one element, as `write` does.
    #[inline]
    pub fn write1(&mut self, h: Handle, off: usize, v: u64) {
        match self
            .objects
            .get_mut((h as usize).wrapping_sub(1))
            .and_then(Option::as_mut)
        {
            Some(Object::Words { data, .. }) => {
                if let Some(d) = data.get_mut(off) {
                    *d = v;
                }
            }
            Some(Object::ByteArray(b)) => {
                if let Some(d) = b.get_mut(off) {
                    *d = v as u8;
                }
            }
            _ => {}
        }
    }

    /// Stores `src` at elements `off..` of an array object (a byte array
    /// keeps each word's low byte); out of range stores nothing.
    pub fn write(&mut self, h: Handle, off: usize, src: &[u64]) {
        match self
            .objects
            .get_mut((h as usize).wrapping_sub(1))
            .and_then(Option::as_mut)
        {
            Some(Object::Words { data, .. }) => {
                if let Some(dst) = data.get_mut(off..off + src.len()) {
                    dst.copy_from_slice(src);
                }
            }
            Some(Object::ByteArray(b)) => {
                if let Some(dst) = b.get_mut(off..off + src.len()) {
                    for (d, &x) in dst.iter_mut().zip(src) {
                        *d = x as u8;
                    }
                }
            }
            _ => {}
        }
    }

    /// Copies `n` elements of object `src` from `soff` into object `dst`
    /// at `doff` (the same object or another): words to words, bytes (a
    /// string's or a byte array's) to a byte array, a string's bytes one
    /// per word to words. Ranges outside either object copy nothing.
    pub fn copy_into(&mut self, src: Handle, soff: usize, dst: Handle, doff: usize, n: usize) {
        let (si, di) = (
            (src as usize).wrapping_sub(1),
            (dst as usize).wrapping_sub(1),
        );
        if n == 0 {
            return;
        }
        if si == di {
            match self.objects.get_mut(di).and_then(Option::as_mut) {
                Some(Object::Words { data, .. })
                    if soff + n <= data.len() && doff + n <= data.len() =>
                {
                    data.copy_within(soff..soff + n, doff);
                }
                Some(Object::ByteArray(b)) if soff + n <= b.len() && doff + n <= b.len() => {
                    b.copy_within(soff..soff + n, doff);
                }
                _ => {}
            }
            return;
        }
        if si >= self.objects.len() || di >= self.objects.len() {
            return;
        }
        let (a, b) = if si < di {
            let (lo, hi) = self.objects.split_at_mut(di);
            (&lo[si], &mut hi[0])
        } else {
            let (lo, hi) = self.objects.split_at_mut(si);
            (&hi[0], &mut lo[di])
        };
        if let Some(Object::ByteArray(to)) = b {
            let Some(to) = to.get_mut(doff..doff + n) else {
                return;
            };
            let from = match a {
                Some(Object::ByteArray(from)) => from.get(soff..soff + n),
                Some(Object::Bytes(from)) => from.get(soff..soff + n),
                _ => None,
            };
            if let Some(from) = from {
                to.copy_from_slice(from);
            }
            return;
        }
        let Some(Object::Words { data: to, .. }) = b else {
            return;
        };
        let Some(to) = to.get_mut(doff..doff + n) else {
            return;
        };
        match a {
            Some(Object::Words { data, .. }) => {
                if let Some(from) = data.get(soff..soff + n) {
                    to.copy_from_slice(from);
                }
            }
            Some(Object::Bytes(bytes)) => {
                if let Some(from) = bytes.get(soff..soff + n) {
                    for (t, &f) in to.iter_mut().zip(from) {
                        *t = u64::from(f);
                    }
                }
            }
            _ => {}
        }
    }

    pub fn live_bytes(&self) -> usize {
        self.live_bytes
    }

    /// Marks from `roots` (reference words), sweeps the rest.
    /// A collection from `roots`; `scanned` is the size of the roots
    /// themselves (stacks and globals), which Go's pacer counts too.
    pub fn collect(&mut self, roots: impl Iterator<Item = u64>, scanned: usize) -> GcStats {
        let started = std::time::Instant::now();
        let before = self.live_bytes;
        self.collections += 1;
        self.marks.clear();
        self.marks.resize(self.objects.len(), false);
        let mut stack: Vec<Handle> = roots.map(handle_of).collect();
        while let Some(h) = stack.pop() {
            let i = (h as usize).wrapping_sub(1);
            match self.marks.get(i) {
                Some(false) => {}
                _ => continue, // nil, marked, or not a handle
            }
            self.marks[i] = true;
            match &self.objects[i] {
                Some(Object::Words { data, layout }) => {
                    if layout.refs.is_empty() || layout.words == 0 {
                        continue;
                    }
                    for elem in data.chunks(layout.words as usize) {
                        for &off in layout.refs.iter() {
                            if let Some(&w) = elem.get(off as usize) {
                                stack.push(handle_of(w));
                            }
                        }
                    }
                }
                Some(Object::Map(m)) => {
                    let vw = m.layout.val.words as usize;
                    for (slot, &live) in m.live.iter().enumerate() {
                        if !live {
                            continue;
                        }
                        let kw = m.layout.key.words as usize;
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
                _ => {}
            }
        }
        let mut live = 0;
        for (i, slot) in self.objects.iter_mut().enumerate() {
            let Some(obj) = slot else { continue };
            if self.marks[i] || (i as u32) < self.pinned {
                live += obj.size();
            } else {
                *slot = None;
                self.free.push(i as u32);
            }
        }
        self.live_bytes = live;
        self.allocated = 0;
        // Go's pacer (Go 1.18 on): the next goal is the live heap plus
        // GOGC% of what a collection scans, the live heap, the stacks and
        // the globals, at least 4 MB; `next_gc` counts what may be
        // allocated until then.
        let gogc = self.gogc.unwrap_or(100);
        let goal = (live + (live + scanned) * gogc / 100).max(MIN_HEAP);
        self.next_gc = goal - live;
        GcStats {
            before,
            after: live,
            goal: live + self.next_gc,
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
        let layout = Layout {
            words: 1,
            refs: vec![].into(),
        };
        let live: Vec<Handle> = (0..1000)
            .map(|_| heap.alloc_words(1024, layout.clone()))
            .collect();
        let stats = heap.collect(live.iter().map(|&h| ref_word(h, 0)), 0);
        assert!(stats.after > MIN_HEAP);
        assert_eq!(stats.goal, 2 * stats.after);
        // What may be allocated before the next collection: up to the goal.
        assert!(!heap.should_collect(stats.after - 1));
        assert!(heap.should_collect(stats.after));
        let stats = heap.collect(std::iter::empty(), 0);
        assert_eq!((stats.after, stats.goal), (0, MIN_HEAP));
        // Stacks and globals count as scanned work, as in Go 1.18's pacer.
        let live: Vec<Handle> = (0..1000)
            .map(|_| heap.alloc_words(1024, layout.clone()))
            .collect();
        let stats = heap.collect(live.iter().map(|&h| ref_word(h, 0)), 3 << 20);
        assert_eq!(stats.goal, 2 * stats.after + (3 << 20));
    }

    #[test]
    fn cycles_and_garbage_are_collected() {
        let mut heap = Heap::new();
        let layout = Layout {
            words: 1,
            refs: vec![0].into(),
        };
        let a = heap.alloc_words(1, layout.clone());
        let b = heap.alloc_words(1, layout);
        heap.words_mut(a)[0] = ref_word(b, 0);
        heap.words_mut(b)[0] = ref_word(a, 0);
        let kept = heap.alloc_bytes(b"kept".to_vec().into());
        heap.collect([ref_word(kept, 0)].into_iter(), 0);
        assert_eq!(heap.bytes(kept), b"kept");
        assert!(heap.words(a).is_empty() && heap.words(b).is_empty());
    }
}
