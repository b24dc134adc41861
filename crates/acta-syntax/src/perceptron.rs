//! A multi-class averaged perceptron over hashed sparse features.
//!
//! A feature is a 32-bit key (see [`crate::hash`]); its weights are a sparse row of
//! `(class, weight)` pairs, only for the classes training ever updated. [`Trainer`] keeps the
//! running sums for averaging; [`Weights`] is the frozen, averaged, quantized result, held in
//! an open-addressing table so that scoring a feature is one probe and a short loop.

use rustc_hash::FxHashMap;

use crate::io::{Reader, Writer};
use crate::ModelError;

#[derive(Clone, Copy, Debug)]
struct Acc {
    class: u32,
    w: f32,
    total: f64,
    stamp: u64,
}

/// Weights being learned.
pub struct Trainer {
    n_classes: usize,
    rows: FxHashMap<u32, Vec<Acc>>,
    now: u64,
}

impl Trainer {
    pub fn new(n_classes: usize) -> Trainer {
        assert!(n_classes <= 256, "at most 256 classes");
        Trainer {
            n_classes,
            rows: FxHashMap::default(),
            now: 0,
        }
    }

    /// Adds the current weights of `feats` to `scores` (which the caller zeroes).
    pub fn score(&self, feats: &[u32], scores: &mut [f32]) {
        for f in feats {
            if let Some(row) = self.rows.get(f) {
                for e in row {
                    scores[e.class as usize] += e.w;
                }
            }
        }
    }

    /// One training instance seen: advances the averaging clock.
    pub fn tick(&mut self) {
        self.now += 1;
    }

    /// Moves weights towards `truth` and away from `guess`.
    pub fn update(&mut self, feats: &[u32], truth: usize, guess: usize) {
        if truth == guess {
            return;
        }
        let now = self.now;
        for &f in feats {
            let row = self.rows.entry(f).or_default();
            bump(row, truth as u32, 1.0, now);
            bump(row, guess as u32, -1.0, now);
        }
    }

    /// Adds `delta` to the weight of `class` for every feature of `feats` (structured
    /// updates, where the gold and predicted sequences have different features).
    pub fn add(&mut self, feats: &[u32], class: usize, delta: f32) {
        let now = self.now;
        for &f in feats {
            bump(self.rows.entry(f).or_default(), class as u32, delta, now);
        }
    }

    /// The averaged weights, quantized to 16 bits; entries that quantize to less than
    /// `prune` steps are dropped.
    pub fn average(&self, prune: i32) -> Weights {
        let now = self.now.max(1) as f64;
        let mut keys: Vec<u32> = self.rows.keys().copied().collect();
        keys.sort_unstable();
        let mut avg: Vec<(u32, Vec<(u32, f64)>)> = Vec::with_capacity(keys.len());
        let mut max_abs = 0f64;
        for k in keys {
            let mut row: Vec<(u32, f64)> = self.rows[&k]
                .iter()
                .map(|e| {
                    let total = e.total + (self.now - e.stamp) as f64 * e.w as f64;
                    (e.class, total / now)
                })
                .filter(|&(_, w)| w != 0.0)
                .collect();
            row.sort_unstable_by_key(|&(c, _)| c);
            for &(_, w) in &row {
                max_abs = max_abs.max(w.abs());
            }
            avg.push((k, row));
        }
        let scale = if max_abs > 0.0 {
            (max_abs / 32767.0) as f32
        } else {
            1.0
        };
        let mut b = WeightsBuilder::new(self.n_classes, scale);
        for (k, row) in avg {
            let q: Vec<(u32, i16)> = row
                .into_iter()
                .map(|(c, w)| {
                    (
                        c,
                        (w / scale as f64).round().clamp(-32767.0, 32767.0) as i16,
                    )
                })
                .filter(|&(_, q)| (q as i32).abs() >= prune.max(1))
                .collect();
            b.push(k, &q);
        }
        b.build()
    }
}

fn bump(row: &mut Vec<Acc>, class: u32, delta: f32, now: u64) {
    let e = match row.iter_mut().position(|e| e.class == class) {
        Some(i) => &mut row[i],
        None => {
            row.push(Acc {
                class,
                w: 0.0,
                total: 0.0,
                stamp: now,
            });
            row.last_mut().expect("just pushed")
        }
    };
    e.total += (now - e.stamp) as f64 * e.w as f64;
    e.stamp = now;
    e.w += delta;
}

/// Asks the CPU to bring `x` into the cache (a hint; no effect on results).
#[inline(always)]
fn prefetch<T>(x: &T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: prefetching is only a hint and never faults, whatever the address.
    #[allow(unused_unsafe)]
    unsafe {
        std::arch::x86_64::_mm_prefetch(x as *const T as *const i8, std::arch::x86_64::_MM_HINT_T0);
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = x;
}

/// One feature of the lookup table: its key and up to three (class, weight) pairs inline, so
/// that a lookup usually reads one 16-byte cell; a longer row lives in `long`, and `w[0..2]`
/// then hold where it starts.
#[derive(Clone, Copy, Debug, Default)]
#[repr(C, align(16))]
struct Cell {
    key: u32,
    len: u8,
    cls: [u8; 3],
    w: [i16; 4],
}

/// Four cells: one cache line. A key's cells are searched from its home bucket on; since
/// cells are filled in order, an empty cell ends the search.
#[derive(Clone, Copy, Debug, Default)]
#[repr(C, align(64))]
struct Bucket {
    cells: [Cell; 4],
}

#[derive(Clone, Copy, Debug, Default)]
#[repr(C)]
struct Long {
    cls: u8,
    w: i16,
}

/// Asks the kernel to back `v`'s memory with huge pages where it can: the tables are read at
/// random, and with 4 KiB pages nearly every lookup would also miss the TLB.
fn advise_huge_pages<T>(v: &mut Vec<T>, len: usize) {
    #[cfg(target_os = "linux")]
    {
        const HUGE: usize = 2 << 20;
        let bytes = len * std::mem::size_of::<T>();
        if bytes >= 2 * HUGE {
            let p = v.as_mut_ptr() as usize;
            let start = (p + HUGE - 1) & !(HUGE - 1);
            let end = (p + bytes) & !(HUGE - 1);
            if end > start {
                // SAFETY: the range lies inside the allocation owned by `v`; MADV_HUGEPAGE
                // only changes how the kernel backs it, never its contents.
                unsafe {
                    libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_HUGEPAGE);
                }
            }
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = (v, len);
}

/// Frozen weights.
#[derive(Clone, Debug)]
pub struct Weights {
    n_classes: usize,
    scale: f32,
    /// Feature keys in ascending order with their quantized rows (the serialized form).
    keys: Vec<u32>,
    lens: Vec<u8>,
    classes: Vec<u8>,
    quants: Vec<i16>,
    /// The lookup table built from them: open addressing with linear probing over buckets,
    /// a key's home bucket being `key * buckets.len() >> 32`.
    buckets: Vec<Bucket>,
    long: Vec<Long>,
}

struct WeightsBuilder {
    w: Weights,
}

impl WeightsBuilder {
    fn new(n_classes: usize, scale: f32) -> WeightsBuilder {
        WeightsBuilder {
            w: Weights {
                n_classes,
                scale,
                keys: Vec::new(),
                lens: Vec::new(),
                classes: Vec::new(),
                quants: Vec::new(),
                buckets: Vec::new(),
                long: Vec::new(),
            },
        }
    }
    fn push(&mut self, key: u32, row: &[(u32, i16)]) {
        if row.is_empty() {
            return;
        }
        self.w.keys.push(key);
        self.w.lens.push(row.len() as u8);
        for &(c, q) in row {
            self.w.classes.push(c as u8);
            self.w.quants.push(q);
        }
    }
    fn build(mut self) -> Weights {
        self.w.index();
        self.w
    }
}

impl Weights {
    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Number of features and of stored weights.
    pub fn size(&self) -> (usize, usize) {
        (self.keys.len(), self.classes.len())
    }

    #[inline(always)]
    fn home(&self, key: u32) -> usize {
        ((key as u64 * self.buckets.len() as u64) >> 32) as usize
    }

    fn index(&mut self) {
        let n = self.keys.len();
        // buckets a little over half full: most lookups, found or not, read one cache line
        let nb = (n * 4 / 9 + 1).max(4);
        let mut buckets = Vec::with_capacity(nb);
        advise_huge_pages(&mut buckets, nb);
        buckets.resize(nb, Bucket::default());
        self.buckets = buckets;
        self.long = Vec::new();
        let mut at = 0usize;
        for (i, &key) in self.keys.iter().enumerate() {
            let len = self.lens[i] as usize;
            let mut cell = Cell {
                key,
                len: len as u8,
                ..Cell::default()
            };
            if len <= 3 {
                for j in 0..len {
                    cell.cls[j] = self.classes[at + j];
                    cell.w[j] = self.quants[at + j];
                }
            } else {
                let start = self.long.len() as u32;
                cell.w[0] = start as u16 as i16;
                cell.w[1] = (start >> 16) as u16 as i16;
                for j in at..at + len {
                    self.long.push(Long {
                        cls: self.classes[j],
                        w: self.quants[j],
                    });
                }
            }
            at += len;
            let mut b = self.home(key);
            'place: loop {
                for c in self.buckets[b].cells.iter_mut() {
                    if c.key == 0 {
                        *c = cell;
                        break 'place;
                    }
                }
                b += 1;
                if b == nb {
                    b = 0;
                }
            }
        }
    }

    /// Adds the weights of `feats` to `scores` (which the caller zeroes), in quantization
    /// steps (the same for every feature of a model, so only comparisons are meaningful).
    ///
    /// The table is larger than the caches, so the lookups are done in two sweeps: prefetch
    /// every feature's home bucket, then read them; the memory accesses of the first sweep
    /// overlap instead of waiting one by one.
    #[inline]
    pub fn score(&self, feats: &[u32], scores: &mut [f32]) {
        let scores = &mut scores[..self.n_classes];
        let nb = self.buckets.len();
        let mut homes = [0u32; 64];
        for chunk in feats.chunks(64) {
            for (i, &f) in chunk.iter().enumerate() {
                let h = self.home(f);
                homes[i] = h as u32;
                prefetch(&self.buckets[h]);
            }
            for (i, &f) in chunk.iter().enumerate() {
                let mut b = homes[i] as usize;
                'find: loop {
                    for c in &self.buckets[b].cells {
                        if c.key == f {
                            let len = c.len as usize;
                            if len <= 3 {
                                for j in 0..len {
                                    scores[c.cls[j] as usize] += c.w[j] as f32;
                                }
                            } else {
                                let start =
                                    (c.w[0] as u16 as usize) | ((c.w[1] as u16 as usize) << 16);
                                for e in &self.long[start..start + len] {
                                    scores[e.cls as usize] += e.w as f32;
                                }
                            }
                            break 'find;
                        }
                        if c.key == 0 {
                            break 'find;
                        }
                    }
                    b += 1;
                    if b == nb {
                        b = 0;
                    }
                }
            }
        }
    }

    /// These weights without the entries smaller than `min_q` quantization steps.
    pub fn pruned(&self, min_q: i32) -> Weights {
        let mut b = WeightsBuilder::new(self.n_classes, self.scale);
        let mut at = 0;
        let mut row = Vec::new();
        for (i, &k) in self.keys.iter().enumerate() {
            let len = self.lens[i] as usize;
            row.clear();
            for j in at..at + len {
                if (self.quants[j] as i32).abs() >= min_q {
                    row.push((self.classes[j] as u32, self.quants[j]));
                }
            }
            at += len;
            b.push(k, &row);
        }
        b.build()
    }

    /// The mean of several tables' weights, feature by feature: the keys are the union of
    /// theirs (a feature a table lacks weighs zero there), each table's quantized weights are
    /// read back in its own units (times its scale), and the mean is quantized again to 16
    /// bits with a scale of its own; entries under `prune` steps of that scale are dropped.
    ///
    /// Scores are linear in the weights, so before quantization the mean table scores every
    /// decision with the mean of the tables' scores: a score ensemble (of models trained with
    /// different seeds, say) at the cost of one model at run time.
    ///
    /// `parts` pairs each table with the map from its class ids to the result's (`n_classes`
    /// of them), or `None` when its ids already are the result's. A map only renames output
    /// classes: a model whose feature keys hash class ids (previous tags, child labels) can
    /// only be averaged with models that number their classes alike.
    pub fn mean(parts: &[(&Weights, Option<&[usize]>)], n_classes: usize, prune: i32) -> Weights {
        assert!(n_classes <= 255, "at most 255 classes in an averaged table");
        for (w, map) in parts {
            match map {
                Some(m) => assert!(
                    m.len() == w.n_classes && m.iter().all(|&c| c < n_classes),
                    "class map does not fit the table"
                ),
                None => assert_eq!(w.n_classes, n_classes, "tables with different classes"),
            }
        }
        let k = parts.len().max(1) as f64;
        // k-way merge of the tables' ascending keys; for each table, its next key and where
        // that key's row starts
        let mut next = vec![(0usize, 0usize); parts.len()];
        let mut acc = vec![0f64; n_classes];
        let mut seen = vec![false; n_classes];
        let mut touched: Vec<u32> = Vec::new();
        let mut keys: Vec<u32> = Vec::new();
        let mut rows: Vec<Vec<(u32, f64)>> = Vec::new();
        let mut max_abs = 0f64;
        loop {
            let key = parts
                .iter()
                .zip(&next)
                .filter_map(|((w, _), &(i, _))| w.keys.get(i).copied())
                .min();
            let Some(key) = key else { break };
            for ((w, map), (i, at)) in parts.iter().zip(next.iter_mut()) {
                if w.keys.get(*i) != Some(&key) {
                    continue;
                }
                let len = w.lens[*i] as usize;
                for j in *at..*at + len {
                    let c = w.classes[j] as usize;
                    let c = map.map_or(c, |m| m[c]);
                    if !seen[c] {
                        seen[c] = true;
                        touched.push(c as u32);
                    }
                    acc[c] += w.quants[j] as f64 * w.scale as f64;
                }
                *i += 1;
                *at += len;
            }
            touched.sort_unstable();
            let row: Vec<(u32, f64)> = touched
                .iter()
                .map(|&c| {
                    seen[c as usize] = false;
                    (c, std::mem::take(&mut acc[c as usize]) / k)
                })
                .filter(|&(_, v)| v != 0.0)
                .collect();
            touched.clear();
            for &(_, v) in &row {
                max_abs = max_abs.max(v.abs());
            }
            keys.push(key);
            rows.push(row);
        }
        let scale = if max_abs > 0.0 {
            max_abs / 32767.0
        } else {
            1.0
        };
        let mut b = WeightsBuilder::new(n_classes, scale as f32);
        for (key, row) in keys.into_iter().zip(rows) {
            let q: Vec<(u32, i16)> = row
                .into_iter()
                .map(|(c, v)| (c, (v / scale).round().clamp(-32767.0, 32767.0) as i16))
                .filter(|&(_, q)| (q as i32).abs() >= prune.max(1))
                .collect();
            b.push(key, &q);
        }
        b.build()
    }

    pub fn write(&self, w: &mut Writer) {
        w.u32(self.n_classes as u32);
        w.f32(self.scale);
        w.u32(self.keys.len() as u32);
        w.u32(self.classes.len() as u32);
        let mut prev = 0u32;
        for &k in &self.keys {
            w.varint((k - prev) as u64);
            prev = k;
        }
        w.buf.extend_from_slice(&self.lens);
        w.buf.extend_from_slice(&self.classes);
        // high bytes then low bytes: the high bytes of small weights are 0x00/0xff and
        // compress well together
        for &q in &self.quants {
            w.u8((q as u16 >> 8) as u8);
        }
        for &q in &self.quants {
            w.u8(q as u16 as u8);
        }
    }

    pub fn read(r: &mut Reader) -> Result<Weights, ModelError> {
        let n_classes = r.u32()? as usize;
        let scale = r.f32()?;
        let n_keys = r.u32()? as usize;
        let n_entries = r.u32()? as usize;
        if n_classes > 256 || n_keys > 1 << 28 || n_entries > 1 << 30 {
            return Err(r.err("weight table sizes out of range"));
        }
        let mut keys = Vec::with_capacity(n_keys);
        let mut prev = 0u64;
        for _ in 0..n_keys {
            prev += r.varint()?;
            if prev == 0 || prev > u32::MAX as u64 {
                return Err(r.err("feature key out of range"));
            }
            keys.push(prev as u32);
        }
        let lens = r.bytes(n_keys)?.to_vec();
        if lens.iter().map(|&l| l as usize).sum::<usize>() != n_entries {
            return Err(r.err("row lengths do not add up"));
        }
        let classes = r.bytes(n_entries)?.to_vec();
        if classes.iter().any(|&c| c as usize >= n_classes) {
            return Err(r.err("class out of range"));
        }
        let hi = r.bytes(n_entries)?;
        let lo = r.bytes(n_entries)?;
        let quants = hi
            .iter()
            .zip(lo)
            .map(|(&h, &l)| (((h as u16) << 8) | l as u16) as i16)
            .collect();
        let mut w = Weights {
            n_classes,
            scale,
            keys,
            lens,
            classes,
            quants,
            buckets: Vec::new(),
            long: Vec::new(),
        };
        w.index();
        Ok(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_separable_data_and_round_trips() {
        let mut t = Trainer::new(3);
        let data: [(&[u32], usize); 3] = [(&[1, 10], 0), (&[2, 10], 1), (&[3, 10], 2)];
        for _ in 0..5 {
            for (f, y) in data {
                let mut s = [0f32; 3];
                t.score(f, &mut s);
                let guess = (0..3)
                    .max_by(|&a, &b| s[a].total_cmp(&s[b]).then(b.cmp(&a)))
                    .unwrap();
                t.update(f, y, guess);
                t.tick();
            }
        }
        let w = t.average(1);
        for (f, y) in data {
            let mut s = [0f32; 3];
            w.score(f, &mut s);
            let guess = (0..3).max_by(|&a, &b| s[a].total_cmp(&s[b])).unwrap();
            assert_eq!(guess, y);
        }
        let mut out = Writer::default();
        w.write(&mut out);
        let back = Weights::read(&mut Reader::new(&out.buf, "test")).unwrap();
        let (mut a, mut b) = ([0f32; 3], [0f32; 3]);
        w.score(&[2, 10, 99], &mut a);
        back.score(&[2, 10, 99], &mut b);
        assert_eq!(a, b);
    }

    /// A table trained on `data` for a few epochs.
    fn trained(n: usize, data: &[(&[u32], usize)], epochs: usize) -> Weights {
        let mut t = Trainer::new(n);
        for _ in 0..epochs {
            for &(f, y) in data {
                let mut s = vec![0f32; n];
                t.score(f, &mut s);
                let guess = (0..n)
                    .max_by(|&a, &b| s[a].total_cmp(&s[b]).then(b.cmp(&a)))
                    .unwrap();
                t.update(f, y, guess);
                t.tick();
            }
        }
        t.average(1)
    }

    /// Scores in the table's own units (quantization steps times its scale).
    fn real_scores(w: &Weights, feats: &[u32]) -> Vec<f64> {
        let mut s = vec![0f32; w.n_classes];
        w.score(feats, &mut s);
        s.iter().map(|&x| x as f64 * w.scale as f64).collect()
    }

    fn bytes(w: &Weights) -> Vec<u8> {
        let mut out = Writer::default();
        w.write(&mut out);
        out.buf
    }

    #[test]
    fn the_mean_of_two_tables_scores_with_the_mean_of_their_scores() {
        // two different tables over overlapping features: 10 and 11 are in both, 1-3 only
        // in the first, 4-6 only in the second
        let a = trained(
            3,
            &[(&[1, 10], 0), (&[2, 10], 1), (&[3, 11], 2), (&[1, 11], 0)],
            4,
        );
        let b = trained(
            3,
            &[(&[4, 10], 2), (&[5, 11], 1), (&[6, 10], 0), (&[4, 11], 1)],
            3,
        );
        let m = Weights::mean(&[(&a, None), (&b, None)], 3, 1);
        // keys are the union
        assert_eq!(m.size().0, 8);
        let step = m.scale as f64;
        for feats in [
            &[1u32, 10][..],
            &[4, 11],
            &[2, 5, 10, 11],
            &[3, 6],
            &[99],
            &[1, 2, 3, 4, 5, 6],
        ] {
            let (sa, sb, sm) = (
                real_scores(&a, feats),
                real_scores(&b, feats),
                real_scores(&m, feats),
            );
            for c in 0..3 {
                let want = (sa[c] + sb[c]) / 2.0;
                // each weight is rounded once: half a step each at most
                assert!(
                    (sm[c] - want).abs() <= 0.5 * step * feats.len() as f64 + 1e-9,
                    "{feats:?} class {c}: {} vs {want}",
                    sm[c]
                );
            }
        }
        // a feature of one table alone weighs half as much in the mean
        let (s1, sm1) = (real_scores(&a, &[1]), real_scores(&m, &[1]));
        assert!(s1[0] > 0.0);
        assert!((sm1[0] - s1[0] / 2.0).abs() <= step);
    }

    #[test]
    fn the_mean_of_one_table_is_that_table_pruned() {
        let a = trained(
            3,
            &[(&[1, 10], 0), (&[2, 10], 1), (&[3, 11], 2), (&[1, 11], 0)],
            5,
        );
        for prune in [1, 200, 5000] {
            let m = Weights::mean(&[(&a, None)], 3, prune);
            assert_eq!(bytes(&m), bytes(&a.pruned(prune)), "prune {prune}");
        }
        assert!(
            a.pruned(5000).size().1 < a.size().1,
            "the test must prune something"
        );
    }

    #[test]
    fn class_maps_rename_a_tables_classes() {
        let data: [(&[u32], usize); 3] = [(&[1, 10], 0), (&[2, 10], 1), (&[3, 10], 2)];
        let a = trained(3, &data, 4);
        // the same data with classes numbered 2, 0, 1
        let renamed: Vec<(&[u32], usize)> = data.iter().map(|&(f, y)| (f, (y + 2) % 3)).collect();
        let b = trained(3, &renamed, 4);
        // b's class c is a's class map[c]
        let map = [1, 2, 0];
        let m = Weights::mean(&[(&a, None), (&b, Some(&map))], 3, 1);
        let step = m.scale as f64;
        for (feats, y) in data {
            let (sa, sb, sm) = (
                real_scores(&a, feats),
                real_scores(&b, feats),
                real_scores(&m, feats),
            );
            for c in 0..3 {
                let want = (sa[map[c]] + sb[c]) / 2.0;
                assert!((sm[map[c]] - want).abs() <= step * feats.len() as f64);
            }
            let best = (0..3).max_by(|&i, &j| sm[i].total_cmp(&sm[j])).unwrap();
            assert_eq!(best, y);
        }
        // without the map the classes would not line up
        let wrong = Weights::mean(&[(&a, None), (&b, None)], 3, 1);
        assert_ne!(real_scores(&wrong, &[1, 10]), real_scores(&a, &[1, 10]));
    }
}
