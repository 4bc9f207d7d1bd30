//! Reading with a size limit: files the user names and replies the server sends, so that
//! `/dev/zero` or an endless reply ends in a clear error instead of exhausting memory.

use std::io::{self, Read};
use std::path::Path;

/// The most read from one input file (stackfile, env file, config file, piped stdin).
pub const MAX_FILE: u64 = 16 << 20;

/// The most read from one REST reply.
pub const MAX_REPLY: u64 = 64 << 20;

/// Reads at most `limit` bytes of UTF-8 text from `reader`; more is an error that says how
/// much is allowed.
pub fn read_limited(reader: impl Read, limit: u64) -> io::Result<String> {
    let mut bytes = Vec::new();
    reader.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("larger than {} MiB", limit >> 20),
        ));
    }
    String::from_utf8(bytes)
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "not valid UTF-8 text"))
}

/// The text of the file at `path`, at most [`MAX_FILE`] bytes.
pub fn read_text(path: &Path) -> io::Result<String> {
    read_limited(std::fs::File::open(path)?, MAX_FILE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endless_and_oversized_inputs_stop_at_the_limit() {
        let message = read_limited(io::repeat(0), 1 << 20)
            .unwrap_err()
            .to_string();
        assert_eq!(message, "larger than 1 MiB");
        assert_eq!(read_limited(&b"abc"[..], 3).unwrap(), "abc");
        assert!(read_limited(&b"abcd"[..], 3).is_err());
        assert!(read_limited(&b"\xff"[..], 3).is_err());
        let dir = tempfile::tempdir().unwrap();
        assert!(read_text(dir.path()).is_err());
    }
}
