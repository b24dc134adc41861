//! Feature hashing. The functions here are part of the model format: a model trained with
//! them is only valid while they stay the same, so they are written out here rather than
//! borrowed from a hashing crate whose algorithm may change between versions.

/// FNV-1a over the bytes of a string: the atomic value of a word, suffix, tag or label.
#[inline]
pub fn str_hash(s: &str) -> u64 {
    bytes_hash(s.as_bytes())
}

#[inline]
pub fn bytes_hash(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// FNV-1a fed one character at a time (as its UTF-8 bytes): the same value as
/// [`str_hash`] of the string of those characters, without building it.
#[derive(Clone, Copy, Debug)]
pub struct Fnv(pub u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    #[inline]
    pub fn push(&mut self, c: char) {
        let mut b = [0u8; 4];
        for &x in c.encode_utf8(&mut b).as_bytes() {
            self.0 ^= x as u64;
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// Combines a running feature hash with one more value.
#[inline]
pub fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(0x517c_c1b7_2722_0a95)
}

/// The final 32-bit feature key (never 0, which marks an empty slot).
#[inline]
pub fn finish(h: u64) -> u32 {
    let mut h = h;
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    match (h >> 32) as u32 {
        0 => 1,
        k => k,
    }
}

/// A small seeded generator (SplitMix64) for shuffling and exploration during training; its
/// sequence is fixed, so the same seed gives the same model.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9e37_79b9_7f4a_7c15)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    /// Uniform in [0, 1).
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// Fisher-Yates shuffle.
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_fixed() {
        // FNV-1a test vector
        assert_eq!(str_hash("a"), 0xaf63_dc4c_8601_ec8c);
        assert_ne!(finish(mix(1, 2)), finish(mix(2, 1)));
        let mut f = Fnv::default();
        "Zelensky rejected".chars().for_each(|c| f.push(c));
        assert_eq!(f.0, str_hash("Zelensky rejected"));
        let mut r = Rng::new(7);
        let a = r.next_u64();
        assert_eq!(Rng::new(7).next_u64(), a);
    }
}
