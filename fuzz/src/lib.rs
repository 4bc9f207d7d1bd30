//! The client's parsers, compiled from its own sources (no copy) for the fuzz targets.
#![allow(dead_code, unused_imports)]

#[path = "../../src/bounded.rs"]
pub mod bounded;
#[path = "../../src/error.rs"]
pub mod error;
#[path = "../../src/key.rs"]
pub mod key;
#[path = "../../src/stackfile/mod.rs"]
pub mod stackfile;
#[path = "../../src/values.rs"]
pub mod values;
