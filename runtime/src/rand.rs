//! The scheduler's randomness: Go's `cheaprand` and `randomOrder`.
//!
//! Stealing visits the other Ps in a random order so that idle Ms do not
//! all pile onto the same victim. Go enumerates the Ps as `(start + k*inc)
//! % n` with `inc` coprime to `n`, which visits each exactly once; start and
//! stride both come from one random number (`stealOrder.start(cheaprand())`).
//!
//! Each M keeps its own generator and its own copy of the coprimes (Go has
//! one `stealOrder` global, reset by procresize; a per-M copy, refreshed
//! when GOMAXPROCS changes, needs no synchronization and no process state).

/// wyrand, the generator behind Go's `cheaprand` on 64-bit platforms.
pub(crate) struct CheapRand(u64);

impl CheapRand {
    pub fn new(seed: u64) -> CheapRand {
        CheapRand(seed)
    }

    pub fn next_u32(&mut self) -> u32 {
        self.0 = self.0.wrapping_add(0xa076_1d64_78bd_642f);
        let t = u128::from(self.0) * u128::from(self.0 ^ 0xe703_7ed1_a0b4_28db);
        ((t >> 64) as u64 ^ t as u64) as u32
    }
}

/// A seed that differs between Ms and between runs: std's per-process
/// random hash keys, mixed with the M's id.
pub(crate) fn seed(id: i64) -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_i64(id);
    h.finish()
}

/// `randomOrder`: the strides coprime to `count`.
#[derive(Default)]
pub(crate) struct RandomOrder {
    count: u32,
    coprimes: Vec<u32>,
}

/// `randomEnum`: one enumeration of `0..count`.
pub(crate) struct RandomEnum {
    i: u32,
    count: u32,
    pos: u32,
    inc: u32,
}

fn gcd(mut a: u32, mut b: u32) -> u32 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

impl RandomOrder {
    /// reset, when the number of Ps changed.
    pub fn reset(&mut self, count: u32) {
        if self.count == count && !self.coprimes.is_empty() {
            return;
        }
        self.count = count;
        self.coprimes = (1..=count).filter(|&i| gcd(i, count) == 1).collect();
    }

    pub fn start(&self, i: u32) -> RandomEnum {
        let count = self.count.max(1);
        let n = self.coprimes.len().max(1) as u32;
        RandomEnum {
            i: 0,
            count: self.count,
            pos: i % count,
            inc: self
                .coprimes
                .get((i / count % n) as usize)
                .copied()
                .unwrap_or(1),
        }
    }
}

impl RandomEnum {
    pub fn done(&self) -> bool {
        self.i == self.count
    }

    pub fn next(&mut self) {
        self.i += 1;
        self.pos = (self.pos + self.inc) % self.count.max(1);
    }

    pub fn position(&self) -> u32 {
        self.pos
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_enumeration_visits_each_p_once() {
        let mut order = RandomOrder::default();
        let mut rng = CheapRand::new(seed(1));
        for count in 1..=12 {
            order.reset(count);
            for _ in 0..50 {
                let mut seen = vec![0; count as usize];
                let mut e = order.start(rng.next_u32());
                while !e.done() {
                    seen[e.position() as usize] += 1;
                    e.next();
                }
                assert!(seen.iter().all(|&n| n == 1), "count {count}: {seen:?}");
            }
        }
    }
}
