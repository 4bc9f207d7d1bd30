//! Stackfiles: YAML, interpolation, key and value checks, from arbitrary bytes.
#![no_main]

use docker_cloud_fuzz::stackfile;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let path = std::env::temp_dir().join(format!("fuzz-stack-{}.yml", std::process::id()));
    if std::fs::write(&path, data).is_err() {
        return;
    }
    let env = |name: &str| (name == "VAR").then(|| "value".to_string());
    match stackfile::load(&[path], &env) {
        Ok(loaded) => {
            for service in &loaded.services {
                assert!(service["image"].is_string());
            }
        }
        Err(error) => assert!(!error.message.contains('\n'), "{}", error.message),
    }
});
