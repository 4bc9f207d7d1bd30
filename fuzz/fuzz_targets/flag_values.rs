//! Flag values: ports, volumes, links, names, images and env files, from arbitrary text.
#![no_main]

use docker_cloud_fuzz::values;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Some(entry) = values::publish(text) {
        assert!(entry["inner_port"].as_str().is_some());
    }
    if let Some(entry) = values::volume(text) {
        assert!(text.split(':').all(|part| !part.is_empty()));
        assert!(entry["container_path"].is_string());
    }
    let _ = values::port(text);
    let _ = values::ports(&[text.to_string()], &[text.to_string()]);
    let _ = values::links(&[text.to_string()]);
    assert_eq!(values::name(text).is_ok(), values::is_name(text));
    let _ = values::image(text);
    // As an env file and as -e: a result or a one-line error that never shows a value.
    let path = std::env::temp_dir().join(format!("fuzz-env-{}", std::process::id()));
    if std::fs::write(&path, data).is_ok() {
        if let Err(error) = values::envvars(&[path], &[text.to_string()]) {
            assert!(!error.message.contains('\n'));
        }
    }
});
