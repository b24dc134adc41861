//! Byte spans and the map from cleaned text back to the input.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into a text.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Maps byte offsets of the cleaned text back to byte offsets of the input it came from.
///
/// Cleaning copies runs of the input into the cleaned text, drops some runs and rewrites a few
/// characters (odd whitespace). Each segment `[clean_start, input_start, clean_len, input_len]`
/// says that `clean_start..clean_start+clean_len` of the cleaned text came from
/// `input_start..input_start+input_len` of the input; within a segment where both lengths are
/// equal the mapping is byte for byte. Segments are sorted and do not overlap.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SourceMap {
    pub segments: Vec<[usize; 4]>,
}

impl SourceMap {
    /// Records that `clean_len` bytes at `clean_start` came from `input_len` input bytes at
    /// `input_start`, merging with the previous segment when both continue it.
    pub fn push(
        &mut self,
        clean_start: usize,
        input_start: usize,
        clean_len: usize,
        input_len: usize,
    ) {
        if clean_len == 0 && input_len == 0 {
            return;
        }
        if let Some(last) = self.segments.last_mut() {
            let [cs, is, cl, il] = *last;
            if cl == il
                && clean_len == input_len
                && cs + cl == clean_start
                && is + il == input_start
            {
                last[2] += clean_len;
                last[3] += input_len;
                return;
            }
        }
        self.segments
            .push([clean_start, input_start, clean_len, input_len]);
    }

    /// The input offset of a cleaned-text offset. Offsets inside a rewritten segment map to
    /// its start; an offset at the very end maps to the end of the last segment.
    pub fn to_input(&self, clean: usize) -> usize {
        let i = self.segments.partition_point(|s| s[0] + s[2] <= clean);
        match self.segments.get(i) {
            Some(&[cs, is, cl, il]) if clean >= cs => {
                if cl == il {
                    is + (clean - cs)
                } else if clean == cs {
                    is
                } else {
                    is + il
                }
            }
            Some(&[_, is, _, _]) => is,
            None => self.segments.last().map(|s| s[1] + s[3]).unwrap_or(0),
        }
    }

    /// The input span a cleaned-text span came from.
    pub fn span_to_input(&self, span: Span) -> Span {
        let start = self.to_input(span.start);
        let end = if span.is_empty() {
            start
        } else {
            self.to_input(span.end - 1) + 1
        };
        Span::new(start, end.max(start))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_contiguous_copies_and_maps_back() {
        let mut m = SourceMap::default();
        m.push(0, 0, 5, 5);
        m.push(5, 5, 3, 3);
        // a dropped input run of 10 bytes, then more copied text
        m.push(8, 18, 4, 4);
        // a two-byte no-break space rewritten as one space
        m.push(12, 22, 1, 2);
        m.push(13, 24, 2, 2);
        assert_eq!(m.segments.len(), 4);
        assert_eq!(m.to_input(0), 0);
        assert_eq!(m.to_input(7), 7);
        assert_eq!(m.to_input(8), 18);
        assert_eq!(m.to_input(11), 21);
        assert_eq!(m.to_input(12), 22);
        assert_eq!(m.to_input(13), 24);
        assert_eq!(m.to_input(15), 26);
        assert_eq!(m.span_to_input(Span::new(8, 12)), Span::new(18, 22));
    }
}
