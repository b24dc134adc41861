//! The little-endian binary layout of model files, and their zstd framing.

use crate::ModelError;

#[derive(Default)]
pub struct Writer {
    pub buf: Vec<u8>,
}

impl Writer {
    pub fn u8(&mut self, v: u8) {
        self.buf.push(v);
    }
    pub fn u32(&mut self, v: u32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn f32(&mut self, v: f32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn varint(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.buf.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.buf.push(v as u8);
    }
    pub fn str(&mut self, s: &str) {
        self.varint(s.len() as u64);
        self.buf.extend_from_slice(s.as_bytes());
    }
    pub fn strs(&mut self, v: &[String]) {
        self.varint(v.len() as u64);
        for s in v {
            self.str(s);
        }
    }
}

pub struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
    what: &'static str,
}

impl<'a> Reader<'a> {
    pub fn new(buf: &'a [u8], what: &'static str) -> Reader<'a> {
        Reader { buf, pos: 0, what }
    }
    pub fn err(&self, msg: &str) -> ModelError {
        ModelError::Format(format!("{}: {msg} at byte {}", self.what, self.pos))
    }
    pub fn bytes(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        if self.buf.len() - self.pos < n {
            return Err(self.err("unexpected end of data"));
        }
        let s = &self.buf[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }
    pub fn u8(&mut self) -> Result<u8, ModelError> {
        Ok(self.bytes(1)?[0])
    }
    pub fn u32(&mut self) -> Result<u32, ModelError> {
        let b = self.bytes(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    pub fn f32(&mut self) -> Result<f32, ModelError> {
        Ok(f32::from_bits(self.u32()?))
    }
    pub fn varint(&mut self) -> Result<u64, ModelError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            v |= ((b & 0x7f) as u64) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err(self.err("varint too long"))
    }
    pub fn len(&mut self, max: usize) -> Result<usize, ModelError> {
        let n = self.varint()? as usize;
        if n > max {
            return Err(self.err("length out of range"));
        }
        Ok(n)
    }
    pub fn str(&mut self) -> Result<String, ModelError> {
        let n = self.len(1 << 20)?;
        let b = self.bytes(n)?;
        String::from_utf8(b.to_vec()).map_err(|_| self.err("invalid UTF-8"))
    }
    pub fn strs(&mut self) -> Result<Vec<String>, ModelError> {
        let n = self.len(1 << 24)?;
        (0..n).map(|_| self.str()).collect()
    }
    pub fn magic(&mut self, magic: &[u8; 4], version: u32) -> Result<(), ModelError> {
        if self.bytes(4)? != magic {
            return Err(self.err("not a model file of this kind (bad magic)"));
        }
        let v = self.u32()?;
        if v != version {
            return Err(self.err(&format!("format version {v}, expected {version}")));
        }
        Ok(())
    }
    /// Checks the magic bytes and returns the format version, one of `versions`.
    pub fn magic_versions(&mut self, magic: &[u8; 4], versions: &[u32]) -> Result<u32, ModelError> {
        if self.bytes(4)? != magic {
            return Err(self.err("not a model file of this kind (bad magic)"));
        }
        let v = self.u32()?;
        if !versions.contains(&v) {
            return Err(self.err(&format!("format version {v}, expected one of {versions:?}")));
        }
        Ok(v)
    }
    pub fn done(&self) -> Result<(), ModelError> {
        if self.pos != self.buf.len() {
            return Err(self.err("trailing bytes"));
        }
        Ok(())
    }
}

/// zstd level used for model files.
pub const ZSTD_LEVEL: i32 = 19;

pub fn compress(raw: &[u8]) -> Vec<u8> {
    zstd::bulk::compress(raw, ZSTD_LEVEL).expect("zstd compression of an in-memory buffer")
}

pub fn decompress(bytes: &[u8], what: &str) -> Result<Vec<u8>, ModelError> {
    zstd::stream::decode_all(bytes).map_err(|e| ModelError::Format(format!("{what}: {e}")))
}
