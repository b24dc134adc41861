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

#[derive(Clone, Copy, Debug, Default)]
#[repr(C)]
struct Entry {
    class: u32,
    w: f32,
}

#[derive(Clone, Copy, Debug, Default)]
#[repr(C)]
struct Slot {
    key: u32,
    /// Index in `entries` of the row's first entry; the row's length is `entries[start-1]`.
    start: u32,
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
    /// The lookup table built from them.
    mask: usize,
    slots: Vec<Slot>,
    entries: Vec<Entry>,
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
                mask: 0,
                slots: Vec::new(),
                entries: Vec::new(),
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

    fn index(&mut self) {
        let n = self.keys.len();
        let cap = (n * 2).next_power_of_two().max(16);
        self.mask = cap - 1;
        self.slots = vec![Slot::default(); cap];
        self.entries = Vec::with_capacity(self.classes.len() + n);
        let mut at = 0usize;
        for (i, &key) in self.keys.iter().enumerate() {
            let len = self.lens[i] as usize;
            self.entries.push(Entry {
                class: len as u32,
                w: 0.0,
            });
            let start = self.entries.len() as u32;
            for j in at..at + len {
                self.entries.push(Entry {
                    class: self.classes[j] as u32,
                    w: self.quants[j] as f32 * self.scale,
                });
            }
            at += len;
            let mut s = key as usize & self.mask;
            while self.slots[s].key != 0 {
                s = (s + 1) & self.mask;
            }
            self.slots[s] = Slot { key, start };
        }
    }

    /// Where the row of `key` starts in `entries` (0 when the feature has no weights).
    #[inline]
    fn find(&self, key: u32) -> usize {
        let mut s = key as usize & self.mask;
        loop {
            let slot = self.slots[s];
            if slot.key == key {
                return slot.start as usize;
            }
            if slot.key == 0 {
                return 0;
            }
            s = (s + 1) & self.mask;
        }
    }

    /// Adds the weights of `feats` to `scores` (which the caller zeroes).
    ///
    /// The tables are far larger than the caches, so the lookups are done in three sweeps:
    /// prefetch every feature's slot, then read the slots and prefetch the rows, then add
    /// the rows; the memory accesses of one sweep overlap instead of waiting one by one.
    #[inline]
    pub fn score(&self, feats: &[u32], scores: &mut [f32]) {
        let scores = &mut scores[..self.n_classes];
        let mut starts = [0u32; 64];
        for chunk in feats.chunks(64) {
            for &f in chunk {
                prefetch(&self.slots[f as usize & self.mask]);
            }
            for (i, &f) in chunk.iter().enumerate() {
                let start = self.find(f);
                if start > 0 {
                    prefetch(&self.entries[start - 1]);
                }
                starts[i] = start as u32;
            }
            for &start in &starts[..chunk.len()] {
                let start = start as usize;
                if start == 0 {
                    continue;
                }
                let len = self.entries[start - 1].class as usize;
                for e in &self.entries[start..start + len] {
                    scores[e.class as usize] += e.w;
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
            mask: 0,
            slots: Vec::new(),
            entries: Vec::new(),
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
}
