//! Segmented goroutine stacks (DESIGN.md). A goroutine's registers live in
//! segments: it starts with one of 2 KB; a call whose frame does not fit
//! in the rest of the current segment links a new one, at least twice as
//! large, and copies the callee's arguments there; the return that leaves
//! it copies the results back into the caller's segment and unlinks it.
//!
//! The unlinked segment is kept as the one cached spare: a call at a
//! segment's edge in a hot loop then reuses it on every iteration instead
//! of allocating and freeing a segment each time (the "hot split" that
//! made Go give up segmented stacks for copying ones). A frame's registers
//! never move once it runs, so they are addressed by index within the
//! current segment (`cur`), as one contiguous stack would be.

/// A goroutine's first segment: 2 KB, Go's minimum stack.
pub const FIRST_SEGMENT_WORDS: usize = 256;

#[derive(Debug)]
pub struct Stack {
    /// The segment of the running frame.
    pub cur: Vec<u64>,
    /// The segments below it, outermost first; a frame's `seg` is its
    /// segment's index here (`parked.len()` for the current one).
    parked: Vec<Vec<u64>>,
    /// The last segment unlinked, kept for the next call that needs one.
    spare: Option<Vec<u64>>,
    /// The words of the parked segments (against Go's 1 GB limit).
    parked_words: usize,
    /// Segments allocated so far, the first included.
    allocated: u64,
}

impl Stack {
    /// A stack whose first segment holds at least `words` words.
    pub fn new(words: usize) -> Stack {
        Stack {
            cur: vec![0; words.max(FIRST_SEGMENT_WORDS)],
            parked: Vec::new(),
            spare: None,
            parked_words: 0,
            allocated: 1,
        }
    }

    /// Back to one segment of at least `words` words, as a new stack (a
    /// finished goroutine's, for a new one): the first segment is kept
    /// if it is large enough, the spare too.
    pub fn reset(&mut self, words: usize) {
        if let Some(first) = self.parked.drain(..).next() {
            self.cur = first;
        }
        self.parked_words = 0;
        if self.cur.len() < words {
            self.cur = vec![0; words.max(FIRST_SEGMENT_WORDS)];
            self.allocated += 1;
        }
    }

    /// Links a segment with room for a frame of `frame` words whose first
    /// `args` words are copied from `cur[from..]`; the new segment becomes
    /// `cur`, with the frame at its start. False, with nothing changed,
    /// when the stack would pass `limit_words`.
    pub fn link(&mut self, from: usize, args: usize, frame: usize, limit_words: usize) -> bool {
        let size = (self.cur.len() * 2).max(frame);
        let total = self.parked_words + self.cur.len() + size;
        if total > limit_words {
            return false;
        }
        let mut seg = match self.spare.take() {
            Some(s) if s.len() >= frame => s,
            _ => {
                self.allocated += 1;
                vec![0; size]
            }
        };
        seg[..args].copy_from_slice(&self.cur[from..from + args]);
        let caller = std::mem::replace(&mut self.cur, seg);
        self.parked_words += caller.len();
        self.parked.push(caller);
        true
    }

    /// Returns to the caller's segment: the `n` result words at
    /// `cur[src..]` go to `ret` in the caller's segment, and the current
    /// segment becomes the spare.
    pub fn unlink(&mut self, src: usize, n: usize, ret: usize) {
        let Some(mut caller) = self.parked.pop() else {
            return;
        };
        self.parked_words -= caller.len();
        caller[ret..ret + n].copy_from_slice(&self.cur[src..src + n]);
        self.spare = Some(std::mem::replace(&mut self.cur, caller));
    }

    /// Drops back to segment `seg` (a panic unwinding frames of several
    /// segments at once); the innermost segment dropped becomes the spare.
    pub fn unwind_to(&mut self, seg: u32) {
        while self.parked.len() > seg as usize {
            let Some(caller) = self.parked.pop() else {
                return;
            };
            self.parked_words -= caller.len();
            let done = std::mem::replace(&mut self.cur, caller);
            if self.spare.is_none() {
                self.spare = Some(done);
            }
        }
    }

    /// The depth of the current segment (a frame's `seg`).
    #[cfg(test)]
    fn depth(&self) -> u32 {
        self.parked.len() as u32
    }

    /// The segment at depth `seg`.
    pub fn segment(&self, seg: u32) -> &[u64] {
        self.parked.get(seg as usize).unwrap_or(&self.cur)
    }

    /// The words of the segments in use (the spare left out).
    pub fn words_in_use(&self) -> usize {
        self.parked_words + self.cur.len()
    }

    /// Segments allocated over the goroutine's life.
    pub fn segments_allocated(&self) -> u64 {
        self.allocated
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_call_at_the_edge_reuses_the_spare_segment() {
        let mut s = Stack::new(0);
        s.cur[10] = 7;
        for _ in 0..1000 {
            assert!(s.link(10, 1, 100, usize::MAX));
            assert_eq!(s.cur[0], 7);
            s.cur[5] = 9;
            s.unlink(5, 1, 20);
            assert_eq!(s.cur[20], 9);
        }
        assert_eq!(s.segments_allocated(), 2);
        assert_eq!(s.depth(), 0);
    }

    #[test]
    fn segments_grow_and_unwind() {
        let mut s = Stack::new(0);
        assert!(s.link(0, 0, 10, usize::MAX));
        assert!(s.link(0, 0, 5000, usize::MAX));
        assert_eq!(s.cur.len(), 5000.max(FIRST_SEGMENT_WORDS * 4));
        assert_eq!(s.depth(), 2);
        s.unwind_to(0);
        assert_eq!(s.depth(), 0);
        assert_eq!(s.cur.len(), FIRST_SEGMENT_WORDS);
        assert!(!s.link(0, 0, 10, 100));
    }
}
