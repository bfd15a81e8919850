//! Go's sort algorithms for `sort.Slice` and `sort.SliceStable`, in Rust:
//! pdqsort_func and stable_func of Go's `sort/zsortfunc.go`, line for
//! line, so that they make Go's exact sequence of Less and Swap calls
//! and leave equal elements where Go leaves them. The VM runs them when
//! the less function is a leaf (see `interp::is_leaf`): each Less is then
//! one short nested run of the interpreter instead of a trip through the
//! interpreted sort package.
//!
//! Indices are `isize`, as Go's `int`: the algorithms compute `a-1`,
//! `(hi-1)/2` and such.
//!
//! Copyright 2022 The Go Authors. All rights reserved. Use of this source
//! code is governed by a BSD-style license that can be found in Go's
//! LICENSE file.

/// What the algorithms sort: `less` may fail (the less function
/// panicked), which ends the sort at once.
pub(crate) trait LessSwap {
    type Err;
    fn less(&mut self, i: isize, j: isize) -> Result<bool, Self::Err>;
    fn swap(&mut self, i: isize, j: isize);
}

type R<D> = Result<(), <D as LessSwap>::Err>;

#[derive(Clone, Copy, PartialEq, Eq)]
enum SortedHint {
    Unknown,
    Increasing,
    Decreasing,
}

/// Go's sort.Slice: pdqsort over data[0:n].
pub(crate) fn sort<D: LessSwap>(data: &mut D, n: isize) -> R<D> {
    let limit = usize::BITS - (n as usize).leading_zeros();
    pdqsort(data, 0, n, limit as isize)
}

fn insertion_sort<D: LessSwap>(data: &mut D, a: isize, b: isize) -> R<D> {
    for i in a + 1..b {
        let mut j = i;
        while j > a && data.less(j, j - 1)? {
            data.swap(j, j - 1);
            j -= 1;
        }
    }
    Ok(())
}

fn sift_down<D: LessSwap>(data: &mut D, lo: isize, hi: isize, first: isize) -> R<D> {
    let mut root = lo;
    loop {
        let mut child = 2 * root + 1;
        if child >= hi {
            return Ok(());
        }
        if child + 1 < hi && data.less(first + child, first + child + 1)? {
            child += 1;
        }
        if !data.less(first + root, first + child)? {
            return Ok(());
        }
        data.swap(first + root, first + child);
        root = child;
    }
}

fn heap_sort<D: LessSwap>(data: &mut D, a: isize, b: isize) -> R<D> {
    let (first, lo, hi) = (a, 0, b - a);
    let mut i = (hi - 1) / 2;
    while i >= 0 {
        sift_down(data, i, hi, first)?;
        i -= 1;
    }
    let mut i = hi - 1;
    while i >= 0 {
        data.swap(first, first + i);
        sift_down(data, lo, i, first)?;
        i -= 1;
    }
    Ok(())
}

fn pdqsort<D: LessSwap>(data: &mut D, mut a: isize, mut b: isize, mut limit: isize) -> R<D> {
    const MAX_INSERTION: isize = 12;
    let (mut was_balanced, mut was_partitioned) = (true, true);
    loop {
        let length = b - a;
        if length <= MAX_INSERTION {
            return insertion_sort(data, a, b);
        }
        if limit == 0 {
            return heap_sort(data, a, b);
        }
        if !was_balanced {
            break_patterns(data, a, b);
            limit -= 1;
        }
        let (mut pivot, mut hint) = choose_pivot(data, a, b)?;
        if hint == SortedHint::Decreasing {
            reverse_range(data, a, b);
            pivot = (b - 1) - (pivot - a);
            hint = SortedHint::Increasing;
        }
        if was_balanced
            && was_partitioned
            && hint == SortedHint::Increasing
            && partial_insertion_sort(data, a, b)?
        {
            return Ok(());
        }
        if a > 0 && !data.less(a - 1, pivot)? {
            a = partition_equal(data, a, b, pivot)?;
            continue;
        }
        let (mid, already_partitioned) = partition(data, a, b, pivot)?;
        was_partitioned = already_partitioned;
        let (left_len, right_len) = (mid - a, b - mid);
        let balance_threshold = length / 8;
        if left_len < right_len {
            was_balanced = left_len >= balance_threshold;
            pdqsort(data, a, mid, limit)?;
            a = mid + 1;
        } else {
            was_balanced = right_len >= balance_threshold;
            pdqsort(data, mid + 1, b, limit)?;
            b = mid;
        }
    }
}

fn partition<D: LessSwap>(
    data: &mut D,
    a: isize,
    b: isize,
    pivot: isize,
) -> Result<(isize, bool), D::Err> {
    data.swap(a, pivot);
    let (mut i, mut j) = (a + 1, b - 1);
    while i <= j && data.less(i, a)? {
        i += 1;
    }
    while i <= j && !data.less(j, a)? {
        j -= 1;
    }
    if i > j {
        data.swap(j, a);
        return Ok((j, true));
    }
    data.swap(i, j);
    i += 1;
    j -= 1;
    loop {
        while i <= j && data.less(i, a)? {
            i += 1;
        }
        while i <= j && !data.less(j, a)? {
            j -= 1;
        }
        if i > j {
            break;
        }
        data.swap(i, j);
        i += 1;
        j -= 1;
    }
    data.swap(j, a);
    Ok((j, false))
}

fn partition_equal<D: LessSwap>(
    data: &mut D,
    a: isize,
    b: isize,
    pivot: isize,
) -> Result<isize, D::Err> {
    data.swap(a, pivot);
    let (mut i, mut j) = (a + 1, b - 1);
    loop {
        while i <= j && !data.less(a, i)? {
            i += 1;
        }
        while i <= j && data.less(a, j)? {
            j -= 1;
        }
        if i > j {
            break;
        }
        data.swap(i, j);
        i += 1;
        j -= 1;
    }
    Ok(i)
}

fn partial_insertion_sort<D: LessSwap>(data: &mut D, a: isize, b: isize) -> Result<bool, D::Err> {
    const MAX_STEPS: usize = 5;
    const SHORTEST_SHIFTING: isize = 50;
    let mut i = a + 1;
    for _ in 0..MAX_STEPS {
        while i < b && !data.less(i, i - 1)? {
            i += 1;
        }
        if i == b {
            return Ok(true);
        }
        if b - a < SHORTEST_SHIFTING {
            return Ok(false);
        }
        data.swap(i, i - 1);
        if i - a >= 2 {
            let mut j = i - 1;
            while j >= 1 {
                if !data.less(j, j - 1)? {
                    break;
                }
                data.swap(j, j - 1);
                j -= 1;
            }
        }
        if b - i >= 2 {
            for j in i + 1..b {
                if !data.less(j, j - 1)? {
                    break;
                }
                data.swap(j, j - 1);
            }
        }
    }
    Ok(false)
}

fn break_patterns<D: LessSwap>(data: &mut D, a: isize, b: isize) {
    let length = b - a;
    if length >= 8 {
        let mut random = length as u64;
        let modulus = 1u64 << (u64::BITS - (length as u64).leading_zeros());
        let mut idx = a + (length / 4) * 2 - 1;
        while idx <= a + (length / 4) * 2 + 1 {
            // Go's xorshift.
            random ^= random << 13;
            random ^= random >> 7;
            random ^= random << 17;
            let mut other = (random & (modulus - 1)) as isize;
            if other >= length {
                other -= length;
            }
            data.swap(idx, a + other);
            idx += 1;
        }
    }
}

fn choose_pivot<D: LessSwap>(
    data: &mut D,
    a: isize,
    b: isize,
) -> Result<(isize, SortedHint), D::Err> {
    const SHORTEST_NINTHER: isize = 50;
    const MAX_SWAPS: usize = 4 * 3;
    let l = b - a;
    let mut swaps = 0;
    let (mut i, mut j, mut k) = (a + l / 4, a + l / 4 * 2, a + l / 4 * 3);
    if l >= 8 {
        if l >= SHORTEST_NINTHER {
            i = median(data, i - 1, i, i + 1, &mut swaps)?;
            j = median(data, j - 1, j, j + 1, &mut swaps)?;
            k = median(data, k - 1, k, k + 1, &mut swaps)?;
        }
        j = median(data, i, j, k, &mut swaps)?;
    }
    Ok(match swaps {
        0 => (j, SortedHint::Increasing),
        MAX_SWAPS => (j, SortedHint::Decreasing),
        _ => (j, SortedHint::Unknown),
    })
}

fn order2<D: LessSwap>(
    data: &mut D,
    a: isize,
    b: isize,
    swaps: &mut usize,
) -> Result<(isize, isize), D::Err> {
    if data.less(b, a)? {
        *swaps += 1;
        return Ok((b, a));
    }
    Ok((a, b))
}

fn median<D: LessSwap>(
    data: &mut D,
    a: isize,
    b: isize,
    c: isize,
    swaps: &mut usize,
) -> Result<isize, D::Err> {
    let (a, b) = order2(data, a, b, swaps)?;
    let (b, c) = order2(data, b, c, swaps)?;
    let _ = c;
    let (_, b) = order2(data, a, b, swaps)?;
    Ok(b)
}

fn reverse_range<D: LessSwap>(data: &mut D, a: isize, b: isize) {
    let (mut i, mut j) = (a, b - 1);
    while i < j {
        data.swap(i, j);
        i += 1;
        j -= 1;
    }
}

fn swap_range<D: LessSwap>(data: &mut D, a: isize, b: isize, n: isize) {
    for i in 0..n {
        data.swap(a + i, b + i);
    }
}

/// Go's sort.SliceStable: insertion sorts of blocks of 20, then
/// symMerge of ever larger blocks.
pub(crate) fn stable<D: LessSwap>(data: &mut D, n: isize) -> R<D> {
    let mut block_size = 20;
    let (mut a, mut b) = (0, block_size);
    while b <= n {
        insertion_sort(data, a, b)?;
        a = b;
        b += block_size;
    }
    insertion_sort(data, a, n)?;
    while block_size < n {
        (a, b) = (0, 2 * block_size);
        while b <= n {
            sym_merge(data, a, a + block_size, b)?;
            a = b;
            b += 2 * block_size;
        }
        let m = a + block_size;
        if m < n {
            sym_merge(data, a, m, n)?;
        }
        block_size *= 2;
    }
    Ok(())
}

fn sym_merge<D: LessSwap>(data: &mut D, a: isize, m: isize, b: isize) -> R<D> {
    let half = |x: isize, y: isize| ((x + y) as usize >> 1) as isize;
    if m - a == 1 {
        let (mut i, mut j) = (m, b);
        while i < j {
            let h = half(i, j);
            if data.less(h, a)? {
                i = h + 1;
            } else {
                j = h;
            }
        }
        for k in a..i - 1 {
            data.swap(k, k + 1);
        }
        return Ok(());
    }
    if b - m == 1 {
        let (mut i, mut j) = (a, m);
        while i < j {
            let h = half(i, j);
            if !data.less(m, h)? {
                i = h + 1;
            } else {
                j = h;
            }
        }
        let mut k = m;
        while k > i {
            data.swap(k, k - 1);
            k -= 1;
        }
        return Ok(());
    }
    let mid = half(a, b);
    let n = mid + m;
    let (mut start, mut r) = if m > mid { (n - b, mid) } else { (a, m) };
    let p = n - 1;
    while start < r {
        let c = half(start, r);
        if !data.less(p - c, c)? {
            start = c + 1;
        } else {
            r = c;
        }
    }
    let end = n - start;
    if start < m && m < end {
        rotate(data, start, m, end);
    }
    if a < start && start < mid {
        sym_merge(data, a, start, mid)?;
    }
    if mid < end && end < b {
        sym_merge(data, mid, end, b)?;
    }
    Ok(())
}

fn rotate<D: LessSwap>(data: &mut D, a: isize, m: isize, b: isize) {
    let (mut i, mut j) = (m - a, b - m);
    while i != j {
        if i > j {
            swap_range(data, m - i, m, j);
            i -= j;
        } else {
            swap_range(data, m - i, m + j - i, i);
            j -= i;
        }
    }
    swap_range(data, m - i, m, i);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sorts by key and logs every call, to compare with a run of Go's
    /// algorithm on the same data (the logs' lengths, and the results of
    /// equal keys, are what Go's sort leaves).
    struct Keys {
        v: Vec<(i32, usize)>,
        calls: usize,
    }

    impl LessSwap for Keys {
        type Err = ();
        fn less(&mut self, i: isize, j: isize) -> Result<bool, ()> {
            self.calls += 1;
            Ok(self.v[i as usize].0 < self.v[j as usize].0)
        }
        fn swap(&mut self, i: isize, j: isize) {
            self.v.swap(i as usize, j as usize);
        }
    }

    fn data(n: usize) -> Keys {
        let mut x = 88172645463325252u64;
        let v = (0..n)
            .map(|i| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                ((x % 100) as i32, i)
            })
            .collect();
        Keys { v, calls: 0 }
    }

    #[test]
    fn sorts_and_stable_keeps_order() {
        for n in [0, 1, 5, 13, 49, 50, 51, 1000, 5000] {
            let mut d = data(n);
            sort(&mut d, n as isize).unwrap();
            assert!(d.v.windows(2).all(|w| w[0].0 <= w[1].0), "sort {n}");
            let mut d = data(n);
            stable(&mut d, n as isize).unwrap();
            assert!(d.v.windows(2).all(|w| w[0] <= w[1]), "stable {n}");
        }
    }

    #[test]
    fn an_error_stops_the_sort() {
        struct Fails(usize);
        impl LessSwap for Fails {
            type Err = &'static str;
            fn less(&mut self, _: isize, _: isize) -> Result<bool, &'static str> {
                self.0 += 1;
                if self.0 == 100 {
                    return Err("stop");
                }
                Ok(self.0 & 1 == 0)
            }
            fn swap(&mut self, _: isize, _: isize) {}
        }
        let mut f = Fails(0);
        assert_eq!(sort(&mut f, 1000), Err("stop"));
        assert_eq!(f.0, 100);
    }
}
