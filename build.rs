//! Links `docker-cloud` as a position-dependent executable on Linux.
//!
//! A position-independent executable carries about 11,000 relative relocations that the
//! dynamic loader applies at every start, copying some sixty pages to do so; one loaded at
//! its fixed address needs none. That is about a tenth of the CPU of a short command
//! (`cargo bench --bench cli -- original`). The code itself stays position-independent; what
//! is given up is the random placement of the executable's own image (libraries, stack and
//! heap are still placed at random).

fn main() {
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bin=docker-cloud=-no-pie");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
